// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Consumer-key flow over a real socket, and the least-privilege access rules.
#include "ApiTestFixture.h"
#include "api/CredentialFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;
using Kind = ApiError::Kind;

namespace {
const QByteArray kNewConsumerKey = "newConsumerKeyFromTheServer";

// POST /auth/credential answers a pending key; /auth/currentCredential answers the scripted
// statuses in turn (the last one repeats).
void scriptFlow(ApiFixture &f, QList<FakeResponse> polls)
{
    auto index = std::make_shared<int>(0);
    f.route = [polls, index](const FakeRequest &r) {
        if (r.path() == "/1.0/auth/credential")
            return FakeResponse::json(200, "{\"consumerKey\":\"" + kNewConsumerKey
                                                   + "\",\"state\":\"pendingValidation\","
                                                     "\"validationUrl\":\"https://eu.api.ovh.com/auth/?credentialToken=tok\"}");
        if (r.path() == "/1.0/auth/currentCredential")
            return polls.value(std::min<int>((*index)++, polls.size() - 1));
        return FakeResponse::json(404, "{}");
    };
}

FakeResponse status(const char *s, const char *extra = "")
{
    return FakeResponse::json(200, QByteArray("{\"credentialId\":1,\"status\":\"") + s + "\"" + extra + "}");
}
} // namespace

class TestCredentialFlow : public QObject
{
    Q_OBJECT

private slots:
    void fullFlow()
    {
        ApiFixture f;
        f.client->clearConsumerKey();
        scriptFlow(f, {status("pendingValidation"),
                       FakeResponse::json(403, R"({"errorCode":"NOT_CREDENTIAL","message":"This credential has not been validated"})"),
                       status("validated", ",\"expiration\":\"2026-01-02T03:04:05+01:00\"")});
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(20);
        QSignalSpy requested(&flow, &CredentialFlow::credentialRequested);
        QSignalSpy validated(&flow, &CredentialFlow::validated);
        QSignalSpy failed(&flow, &CredentialFlow::failed);

        const QList<AccessRule> rules = wizardAccessRules(u"pcc-192-0-2-1"_s);
        flow.requestCredential(rules, QUrl(u"https://example.com/done"_s));
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toUrl(),
                 QUrl(u"https://eu.api.ovh.com/auth/?credentialToken=tok"_s));
        QCOMPARE(flow.state(), CredentialFlow::State::WaitingForUser);

        // The credential request: unsigned, application key only, the rules as JSON.
        const FakeRequest post = f.server.requestsFor("/1.0/auth/credential").first();
        QCOMPARE(post.method, "POST"_ba);
        QCOMPARE(post.header("X-Ovh-Application"), "fixtureApplicationKey"_ba);
        QVERIFY(post.header("X-Ovh-Signature").isEmpty());
        QVERIFY(post.header("X-Ovh-Consumer").isEmpty());
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.value(u"accessRules"_s).toArray(), accessRulesToJson(rules));
        QCOMPARE(body.value(u"redirection"_s).toString(), u"https://example.com/done"_s);
        QVERIFY(f.server.requestsFor("/1.0/auth/time").isEmpty()); // nothing signed yet

        flow.waitForValidation();
        QTRY_COMPARE(validated.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(flow.state(), CredentialFlow::State::Validated);
        QCOMPARE(flow.expiration(), QDateTime(QDate(2026, 1, 2), QTime(2, 4, 5), Qt::UTC));
        const QList<FakeRequest> polls = f.server.requestsFor("/1.0/auth/currentCredential");
        QCOMPARE(polls.size(), 3);
        // Polling is signed with the new consumer key (not copied from node-ovh's /auth quirk).
        for (const FakeRequest &p : polls) {
            QCOMPARE(p.header("X-Ovh-Consumer"), kNewConsumerKey);
            QCOMPARE(p.header("X-Ovh-Signature"), f.server.expectedSignature(p, kSecret));
        }
        QVERIFY(f.client->hasCredentials());
        QCOMPARE(flow.takeConsumerKey().expose(), kNewConsumerKey);
        QVERIFY(flow.takeConsumerKey().isEmpty()); // moved out
    }

    void refusedFails()
    {
        ApiFixture f;
        scriptFlow(f, {status("pendingValidation"), status("refused")});
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(10);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(wizardAccessRules());
        QTRY_COMPARE(flow.state(), CredentialFlow::State::WaitingForUser);
        flow.waitForValidation();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::CredentialInvalid);
        QCOMPARE(flow.state(), CredentialFlow::State::Failed);
    }

    void cancelStopsPolling()
    {
        ApiFixture f;
        scriptFlow(f, {status("pendingValidation")});
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(10);
        QSignalSpy validated(&flow, &CredentialFlow::validated);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(wizardAccessRules());
        QTRY_COMPARE(flow.state(), CredentialFlow::State::WaitingForUser);
        flow.waitForValidation();
        QTRY_VERIFY(f.server.requestsFor("/1.0/auth/currentCredential").size() >= 2);
        flow.cancel();
        QCOMPARE(flow.state(), CredentialFlow::State::Canceled);
        QTest::qWait(30);
        const qsizetype seen = f.server.requestsFor("/1.0/auth/currentCredential").size();
        QTest::qWait(100);
        QCOMPARE(f.server.requestsFor("/1.0/auth/currentCredential").size(), seen);
        QCOMPARE(validated.size() + failed.size(), 0);
    }

    void givesUpAfterPollTimeout()
    {
        ApiFixture f;
        scriptFlow(f, {status("pendingValidation")});
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(10);
        flow.setPollTimeoutMs(150);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(wizardAccessRules());
        QTRY_COMPARE(flow.state(), CredentialFlow::State::WaitingForUser);
        flow.waitForValidation();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::Expired);
        QVERIFY(f.server.requestsFor("/1.0/auth/currentCredential").size() >= 2);
    }

    // The deadline is measured on the injected clock: moving it ends the wait, time alone does not.
    void pollTimeoutOnTheInjectedClock()
    {
        ApiFixture f;
        scriptFlow(f, {status("pendingValidation")});
        TestClock waitClock;
        CredentialFlow flow(f.client.get());
        flow.setClock(&waitClock);
        flow.setPollIntervalMs(10);
        flow.setPollTimeoutMs(60'000);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(wizardAccessRules());
        QTRY_COMPARE(flow.state(), CredentialFlow::State::WaitingForUser);
        flow.waitForValidation();
        QTRY_VERIFY(f.server.requestsFor("/1.0/auth/currentCredential").size() >= 2);
        QCOMPARE(failed.size(), 0);
        waitClock.advanceMs(61'000);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::Expired);
    }

    // Without a clock of its own the wait is steady: a wall-clock jump of the client's clock
    // (suspend, manual change) does not end it.
    void wallClockJumpDoesNotEndTheWait()
    {
        ApiFixture f;
        scriptFlow(f, {status("pendingValidation")});
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(10);
        flow.setPollTimeoutMs(60'000);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(wizardAccessRules());
        QTRY_COMPARE(flow.state(), CredentialFlow::State::WaitingForUser);
        flow.waitForValidation();
        QTRY_VERIFY(f.server.requestsFor("/1.0/auth/currentCredential").size() >= 2);
        f.clock.jump(2 * 3600 * 1000);
        const qsizetype seen = f.server.requestsFor("/1.0/auth/currentCredential").size();
        QTRY_VERIFY(f.server.requestsFor("/1.0/auth/currentCredential").size() > seen + 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(flow.state(), CredentialFlow::State::Polling);
    }

    void unknownApplicationKey()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &) {
            return FakeResponse::json(403, R"({"errorCode":"INVALID_KEY","httpCode":"403 Forbidden","message":"This application key is invalid"})");
        };
        CredentialFlow flow(f.client.get());
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(wizardAccessRules());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::InvalidApplicationKey);
    }

    void rulesForOneService()
    {
        const QList<AccessRule> rules = wizardAccessRules(u"pcc-192-0-2-1"_s);
        for (const char *m : {"GET", "POST", "PUT", "DELETE"}) {
            QVERIFY(rules.contains(AccessRule{QString::fromLatin1(m), u"/dedicatedCloud/pcc-192-0-2-1"_s}));
            QVERIFY(rules.contains(AccessRule{QString::fromLatin1(m), u"/dedicatedCloud/pcc-192-0-2-1/*"_s}));
            QVERIFY(!rules.contains(AccessRule{QString::fromLatin1(m), u"/dedicatedCloud/*"_s}));
        }
        QVERIFY(rules.contains(AccessRule{u"GET"_s, u"/dedicatedCloud"_s}));
        QVERIFY(rules.contains(AccessRule{u"POST"_s, u"/me/geolocation"_s}));
        QVERIFY(rules.contains(AccessRule{u"GET"_s, u"/me"_s}));
        QVERIFY(rules.contains(AccessRule{u"GET"_s, u"/auth/*"_s}));
        QVERIFY(rules.contains(AccessRule{u"GET"_s, u"/v2/okms/resource"_s}));
        QVERIFY(rules.contains(AccessRule{u"DELETE"_s, u"/v2/okms/*"_s}));
        QVERIFY(!rules.contains(AccessRule{u"PUT"_s, u"/v2/okms/*"_s}));
        // Nothing broader than needed: no rule on "/*" and no write on /me itself.
        for (const AccessRule &r : rules) {
            QVERIFY(r.path != u"/*"_s);
            QVERIFY(!(r.path == u"/me"_s && r.method != u"GET"_s));
        }
        const QStringList text = describeAccessRules(rules);
        QCOMPARE(text.size(), rules.size());
        for (qsizetype i = 0; i < rules.size(); ++i)
            QVERIFY(text[i].contains(rules[i].method + u' ' + rules[i].path));
    }

    void rulesAnyServiceAndEncoding()
    {
        const QList<AccessRule> any = wizardAccessRules();
        QVERIFY(any.contains(AccessRule{u"PUT"_s, u"/dedicatedCloud/*"_s}));
        const QList<AccessRule> odd = wizardAccessRules(u"a/b"_s);
        QVERIFY(odd.contains(AccessRule{u"GET"_s, u"/dedicatedCloud/a%2Fb/*"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCredentialFlow)
#include "tst_credentialflow.moc"
