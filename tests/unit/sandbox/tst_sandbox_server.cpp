// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An in-process SandboxServer over real loopback sockets (plain HTTP): auth routes, the
// consumer-key flow through the browser form, error shapes, and injected faults.
#include "SandboxTestHelpers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace snc::sandbox;
using namespace snc::test;
using namespace Qt::StringLiterals;

namespace {
SandboxKeys keysOf(const SandboxServer &s)
{
    return {s.url(), s.applicationKey(), s.applicationSecret(), s.consumerKey()};
}
} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    qint64 serverTime(const QUrl &base)
    {
        QUrl u = base;
        u.setPath(u"/1.0/auth/time"_s);
        const RawReply r = rawCall(m_nam, QNetworkRequest(u), "GET");
        bool ok = false;
        const qint64 t = r.body.toLongLong(&ok);
        return ok ? t : -1;
    }

    RawReply plain(const QUrl &base, const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                   const QByteArray &appKey = {}, const QByteArray &control = {})
    {
        QNetworkRequest req(QUrl(base.toString() + pathAndQuery));
        req.setRawHeader("Content-Type", contentType);
        if (!control.isEmpty())
            req.setRawHeader(SandboxServer::controlHeader(), control);
        if (!appKey.isEmpty())
            req.setRawHeader("X-Ovh-Application", appKey);
        return rawCall(m_nam, req, method, body);
    }

private slots:
    void timeMeAndErrors()
    {
        SandboxServer server;
        QVERIFY(server.start());
        QCOMPARE(server.url().scheme(), u"http"_s);
        QVERIFY(server.caPemPath().isEmpty());
        QVERIFY(server.startupInfo().value(u"ca"_s).isNull());
        const qint64 t = serverTime(server.url());
        QVERIFY(qAbs(t - QDateTime::currentSecsSinceEpoch()) < 5);

        const RawReply me = signedCall(m_nam, keysOf(server), "GET", u"/1.0/me"_s, t);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"nichandle"_s).toString(), u"xx1111-ovh"_s);
        QVERIFY(me.header("X-Ovh-QueryID").startsWith("SBX."));
        QCOMPARE(signedCall(m_nam, keysOf(server), "GET", u"/v1/me"_s, t).status, 200);

        SandboxKeys wrong = keysOf(server);
        wrong.applicationSecret = u"tampered"_s;
        const RawReply bad = signedCall(m_nam, wrong, "GET", u"/1.0/me"_s, t);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(u"errorCode"_s).toString(), u"INVALID_SIGNATURE"_s);
        QCOMPARE(bad.json().value(u"class"_s).toString(), u"Client::BadRequest"_s);
        QVERIFY(!bad.header("X-Ovh-QueryID").isEmpty());

        const RawReply missing = plain(server.url(), "GET", u"/1.0/nothing"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(u"class"_s).toString(), u"Client::NotFound"_s);
        QCOMPARE(plain(server.url(), "DELETE", u"/1.0/me"_s).status, 405);

        const RawReply stats = plain(server.url(), "GET", u"/sandbox/stats"_s);
        QCOMPARE(stats.json().value(u"requestsPerRoute"_s).toObject().value(u"GET /1.0/me"_s).toInt(), 3);
        QCOMPARE(stats.json().value(u"duplicateCreations"_s).toInt(), 0);
    }

    // Issue 16: the unpublished behaviours are switched at run time through a control route
    // (the control secret, like the other /sandbox/* routes), all or nothing, and named in the
    // start-up JSON line.
    void unpublishedSwitchesAtRunTime()
    {
        SandboxOptions options;
        options.unpublished = {{u"addNetworkTaskName"_s, u"createAllowedNetwork"_s}};
        SandboxServer server(options);
        QVERIFY(server.start());
        const QByteArray control = server.controlSecret().toLatin1();
        QCOMPARE(server.startupInfo().value(u"unpublished"_s).toObject().value(u"addNetworkTaskName"_s).toString(),
                 u"createAllowedNetwork"_s);
        QCOMPARE(server.startupInfo().value(u"unpublished"_s).toObject().value(u"consumerKeyPending"_s).toString(),
                 u"invalid-credential-403"_s);

        const QByteArray change = R"({"consumerKeyPending":"invalid-signature-400"})";
        QCOMPARE(plain(server.url(), "POST", u"/sandbox/unpublished"_s, change).status, 401);
        const RawReply bad = plain(server.url(), "POST", u"/sandbox/unpublished"_s,
                                   R"({"consumerKeyPending":"invalid-signature-400","tokenTaskReturned":"maybe"})",
                                   "application/json", {}, control);
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.json().value(u"message"_s).toString().contains(u"other-task"_s), bad.body.constData());
        QCOMPARE(server.unpublished().value(u"consumerKeyPending"_s), u"invalid-credential-403"_s); // all or nothing
        QCOMPARE(plain(server.url(), "POST", u"/sandbox/unpublished"_s, R"({"nope":"x"})", "application/json", {},
                       control).status,
                 400);
        const RawReply ok = plain(server.url(), "POST", u"/sandbox/unpublished"_s, change, "application/json", {}, control);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"consumerKeyPending"_s).toString(), u"invalid-signature-400"_s);
        const RawReply read = plain(server.url(), "GET", u"/sandbox/unpublished"_s, {}, "application/json", {}, control);
        QCOMPARE(read.json().value(u"consumerKeyPending"_s).toString(), u"invalid-signature-400"_s);

        // The new answer applies from the next request on.
        const RawReply created = plain(server.url(), "POST", u"/1.0/auth/credential"_s,
                                       "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/auth/*\"}]}", "application/json",
                                       server.applicationKey().toLatin1());
        SandboxKeys keys = keysOf(server);
        keys.consumerKey = created.json().value(u"consumerKey"_s).toString();
        const RawReply pending = signedCall(m_nam, keys, "GET", u"/1.0/auth/currentCredential"_s, serverTime(server.url()));
        QCOMPARE(pending.status, 400);
        QCOMPARE(pending.json().value(u"errorCode"_s).toString(), u"INVALID_SIGNATURE"_s);

        QString why;
        QVERIFY(!server.setUnpublished(u"consumerKeyPending"_s, u"nope"_s, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(server.setUnpublished(u"consumerKeyPending"_s, u"not-validated-403"_s));
        const RawReply explicitAnswer =
                signedCall(m_nam, keys, "GET", u"/1.0/auth/currentCredential"_s, serverTime(server.url()));
        QCOMPARE(explicitAnswer.json().value(u"errorCode"_s).toString(), u"NOT_CREDENTIAL"_s);

        SandboxOptions wrong;
        wrong.unpublished = {{u"consumerKeyPending"_s, u"teapot"_s}};
        SandboxServer refused(wrong);
        QString error;
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(u"--unpublished"_s), qPrintable(error));
    }

    void consumerKeyFlowThroughTheBrowserForm()
    {
        SandboxServer server;
        QVERIFY(server.start());
        const QByteArray ak = server.applicationKey().toLatin1();
        const QByteArray rules = "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/auth/*\"}]}";
        QCOMPARE(plain(server.url(), "POST", u"/1.0/auth/credential"_s, rules, "application/json",
                       "unknownkey").status,
                 403);
        const RawReply created = plain(server.url(), "POST", u"/1.0/auth/credential"_s, rules,
                                       "application/json", ak);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(u"state"_s).toString(), u"pendingValidation"_s);
        const QUrl validationUrl(created.json().value(u"validationUrl"_s).toString());
        QVERIFY(validationUrl.toString().startsWith(server.url().toString() + u"/auth/?credentialToken="_s));

        SandboxKeys keys = keysOf(server);
        keys.consumerKey = created.json().value(u"consumerKey"_s).toString();
        const qint64 t = serverTime(server.url());
        const RawReply pending = signedCall(m_nam, keys, "GET", u"/1.0/auth/currentCredential"_s, t);
        QCOMPARE(pending.status, 403); // the default of consumerKeyPending (UNPUBLISHED.md)
        QCOMPARE(pending.json().value(u"errorCode"_s).toString(), u"INVALID_CREDENTIAL"_s);

        const RawReply page = rawCall(m_nam, QNetworkRequest(validationUrl), "GET");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<form method=\"post\""));
        QVERIFY(page.body.contains("<code>GET /auth/*</code>"));

        const QString token = QUrlQuery(validationUrl).queryItemValue(u"credentialToken"_s);
        auto form = [&](const QString &password) {
            QUrlQuery f;
            f.addQueryItem(u"credentialToken"_s, token);
            f.addQueryItem(u"login"_s, u"xx1111-ovh"_s);
            f.addQueryItem(u"password"_s, password);
            f.addQueryItem(u"validity"_s, u"3600"_s);
            f.addQueryItem(u"action"_s, u"authorize"_s);
            return plain(server.url(), "POST", u"/auth/"_s, f.toString(QUrl::FullyEncoded).toUtf8(),
                         "application/x-www-form-urlencoded");
        };
        QCOMPARE(form(u"wrong"_s).status, 403);
        QCOMPARE(form(u"sandbox"_s).status, 200);

        const RawReply current = signedCall(m_nam, keys, "GET", u"/1.0/auth/currentCredential"_s, t);
        QCOMPARE(current.status, 200);
        QCOMPARE(current.json().value(u"status"_s).toString(), u"validated"_s);
        QVERIFY(current.json().value(u"expiration"_s).isString());
        // GET /me is not granted by its single rule:
        const RawReply me = signedCall(m_nam, keys, "GET", u"/1.0/me"_s, t);
        QCOMPARE(me.status, 403);
        QCOMPARE(me.json().value(u"errorCode"_s).toString(), u"NOT_GRANTED_CALL"_s);
        // Logout expires it.
        QCOMPARE(signedCall(m_nam, keys, "POST", u"/1.0/auth/logout"_s, t).status, 200);
        QCOMPARE(signedCall(m_nam, keys, "GET", u"/1.0/auth/currentCredential"_s, t)
                         .json().value(u"errorCode"_s).toString(),
                 u"INVALID_CREDENTIAL"_s);
    }

    void jsonValidationEndpoint()
    {
        SandboxServer server;
        QVERIFY(server.start());
        const RawReply created = plain(server.url(), "POST", u"/1.0/auth/credential"_s,
                                       "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}",
                                       "application/json", server.applicationKey().toLatin1());
        const QByteArray body = QJsonDocument(QJsonObject{
                {u"validationUrl"_s, created.json().value(u"validationUrl"_s)}}).toJson();
        const QByteArray control = server.controlSecret().toUtf8();
        const RawReply v = plain(server.url(), "POST", u"/sandbox/validate-credential"_s, body, "application/json",
                                 {}, control);
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json().value(u"status"_s).toString(), u"validated"_s);
        QCOMPARE(plain(server.url(), "POST", u"/sandbox/validate-credential"_s, body, "application/json", {}, control)
                         .status,
                 409);
    }

    // Issue 15, item 9: the control routes need the session's secret (X-Sandbox-Control); a
    // request without it, or with another, is answered 401 and does nothing. The counters of
    // GET /sandbox/stats stay readable (nothing secret in them).
    void controlRoutesNeedTheSessionSecret()
    {
        SandboxServer server;
        QVERIFY(server.start());
        const QByteArray control = server.controlSecret().toUtf8();
        QCOMPARE(control.size(), 64);
        QCOMPARE(server.startupInfo().value(u"controlSecret"_s).toString(), server.controlSecret());
        SandboxServer other;
        QVERIFY(other.start());
        QVERIFY(other.controlSecret() != server.controlSecret()); // random per session

        const RawReply created = plain(server.url(), "POST", u"/1.0/auth/credential"_s,
                                       "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}",
                                       "application/json", server.applicationKey().toLatin1());
        const QByteArray body = QJsonDocument(QJsonObject{
                {u"validationUrl"_s, created.json().value(u"validationUrl"_s)}}).toJson();
        const QString validate = u"/sandbox/validate-credential"_s;
        QCOMPARE(plain(server.url(), "POST", validate, body).status, 401);
        QCOMPARE(plain(server.url(), "POST", validate, body, "application/json", {}, other.controlSecret().toUtf8())
                         .status,
                 401);
        QCOMPARE(plain(server.url(), "POST", validate, body, "application/json", {}, control.left(63)).status, 401);
        QCOMPARE(plain(server.url(), "POST", u"/sandbox/stats/reset"_s).status, 401);
        // Nothing was validated: with the secret, the credential is still pending.
        QCOMPARE(plain(server.url(), "POST", validate, body, "application/json", {}, control).status, 200);
        QCOMPARE(plain(server.url(), "POST", u"/sandbox/stats/reset"_s, {}, "application/json", {}, control).status,
                 200);
        QCOMPARE(plain(server.url(), "GET", u"/sandbox/stats"_s).status, 200);

        SandboxOptions given;
        given.controlSecret = u"a-secret-given-on-the-command-line"_s;
        SandboxServer fixed(given);
        QVERIFY(fixed.start());
        QCOMPARE(fixed.controlSecret(), given.controlSecret);
    }

    void skewShiftsTime()
    {
        SandboxOptions o;
        o.faults = *FaultSpec::parse(u"skew=600s"_s, nullptr);
        SandboxServer server(o);
        QVERIFY(server.start());
        const qint64 t = serverTime(server.url());
        QVERIFY(qAbs(t - QDateTime::currentSecsSinceEpoch() - 600) < 5);
        // The local clock is refused, the server's accepted.
        const qint64 local = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(signedCall(m_nam, keysOf(server), "GET", u"/1.0/me"_s, local).json()
                         .value(u"errorCode"_s).toString(),
                 u"QUERY_TIME_OUT"_s);
        QCOMPARE(signedCall(m_nam, keysOf(server), "GET", u"/1.0/me"_s, t).status, 200);
    }

    void rateLimitAndServerErrorsRunNothing()
    {
        SandboxOptions o;
        o.faults = *FaultSpec::parse(u"ratelimit=1"_s, nullptr);
        SandboxServer server(o);
        QVERIFY(server.start());
        const RawReply r = plain(server.url(), "POST", u"/1.0/auth/credential"_s,
                                 "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}",
                                 "application/json", server.applicationKey().toLatin1());
        QCOMPARE(r.status, 429);
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 3);
        QVERIFY(server.stats()->toJson().value(u"resourcesCreated"_s).toObject().isEmpty());
        // Introspection is never faulted.
        QCOMPARE(plain(server.url(), "GET", u"/sandbox/stats"_s).status, 200);
    }

    // Issue 13: a seed gives the same faults to the same calls whatever the concurrency. Three
    // routes are called 12 times each, once one after the other and once as three concurrent
    // chains (a route's next call leaves when its previous one is answered) whose answers come
    // after a random latency, so the requests reach the sandbox in another order. Each route
    // must see the same answers in both runs, and the sandbox must record the same faults.
    void faultsFollowTheCallNotTheTiming()
    {
        const QStringList paths{u"/1.0/me"_s, u"/1.0/auth/currentCredential"_s,
                                u"/1.0/auth/details"_s};
        const int calls = 12;
        struct Run
        {
            QHash<QString, QList<int>> statuses; ///< path -> status of each call, in call order
            QStringList arrivals;                ///< route keys in the order the sandbox saw them
            QStringList faults;                  ///< the sandbox's injectedFaults, sorted
        };
        auto run = [&](bool concurrent, Run *out) {
            SandboxOptions o;
            o.seed = 5;
            o.faults = *FaultSpec::parse(u"latency=0-60ms,error5xx=0.3,ratelimit=0.2"_s, nullptr);
            SandboxServer server(o);
            connect(&server, &SandboxServer::requestHandled, this,
                    [out](const QString &routeKey, int) { out->arrivals << routeKey; });
            QVERIFY(server.start());
            const qint64 t = serverTime(server.url());
            out->arrivals.clear();
            const SandboxKeys keys = keysOf(server);
            if (!concurrent) {
                for (const QString &path : paths)
                    for (int k = 0; k < calls; ++k)
                        out->statuses[path] << signedCall(m_nam, keys, "GET", path, t).status;
            } else {
                int chainsLeft = int(paths.size());
                std::function<void(const QString &, int)> next = [&](const QString &path, int k) {
                    if (k == calls) {
                        --chainsLeft;
                        return;
                    }
                    QNetworkReply *reply = m_nam.get(signedRequest(keys, "GET", path, t));
                    connect(reply, &QNetworkReply::finished, this, [&, reply, path, k] {
                        out->statuses[path]
                                << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                        reply->deleteLater();
                        next(path, k + 1);
                    });
                };
                for (const QString &path : paths)
                    next(path, 0);
                QTRY_COMPARE_WITH_TIMEOUT(chainsLeft, 0, 60000);
            }
            for (const QJsonValue v : server.stats()->toJson().value(u"injectedFaults"_s).toArray())
                out->faults << v.toString();
            out->faults.sort();
        };
        Run sequential, concurrent;
        run(false, &sequential);
        run(true, &concurrent);
        // The two runs really differ in timing: the sandbox saw the calls in another order.
        QCOMPARE(sequential.arrivals.size(), concurrent.arrivals.size());
        QVERIFY(sequential.arrivals != concurrent.arrivals);
        // Faults were injected, and to the same calls.
        QVERIFY2(sequential.faults.size() >= 5, qPrintable(sequential.faults.join(u", "_s)));
        QCOMPARE(concurrent.faults, sequential.faults);
        for (const QString &path : paths) {
            QCOMPARE(sequential.statuses.value(path).size(), calls);
            QCOMPARE(concurrent.statuses.value(path), sequential.statuses.value(path));
        }
    }

    void dropClosesTheConnection()
    {
        SandboxOptions o;
        o.faults = *FaultSpec::parse(u"drop=1,latency=20ms"_s, nullptr);
        SandboxServer server(o);
        QSignalSpy handled(&server, &SandboxServer::requestHandled);
        QVERIFY(server.start());
        const RawReply r = plain(server.url(), "GET", u"/1.0/me"_s);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(!handled.isEmpty());
        QCOMPARE(handled.last().at(1).toInt(), 0);
    }

    void destroyedRightAfterStart()
    {
        // snc-wizard --sandbox closed at once: the server goes away with its task timer running
        // and a client connection open (regression: crash in ~TaskEngine at exit).
        for (const bool tls : {false, true}) {
            SandboxOptions o;
            o.tls = tls;
            auto server = std::make_unique<SandboxServer>(o);
            QVERIFY(server->start());
            TaskKind kind;
            kind.kind = u"test.slow"_s;
            kind.name = u"slowTask"_s;
            kind.todoMs = 60'000;
            server->tasks()->registerKind(kind);
            QVERIFY(server->tasks()->create(u"test.slow"_s, u"pcc-1"_s) > 0);
            QNetworkReply *pending = m_nam.get(QNetworkRequest(QUrl(server->url().toString() + u"/1.0/auth/time"_s)));
            server.reset();
            server = std::make_unique<SandboxServer>(o); // destroyed without start() too
            server.reset();
            pending->abort();
            pending->deleteLater();
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
