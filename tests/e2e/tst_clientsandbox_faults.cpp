// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ApiClient's resilience against the sandbox's fault injection (--faults): a 429 with
// Retry-After is honoured; a GET that fails with a 5xx is retried; a POST never is. The
// sandbox's /sandbox/stats counts what actually reached it.
#include "SandboxFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;
using Kind = ApiError::Kind;

class TestClientSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterHonoured_data() { SandboxFixture::transports(); }
    void retryAfterHonoured()
    {
        QFETCH(bool, tls);
        SandboxFixture f;
        QVERIFY2(f.start(tls, u"ratelimit=1.0"_s), qPrintable(f.startError));
        RetryPolicy policy = SandboxFixture::fastRetries(); // backoff alone: 10-40 ms
        policy.maxAttempts = 2;
        f.client->setRetryPolicy(policy);

        // When each /me request reached the sandbox, on one monotonic clock.
        QElapsedTimer steady;
        steady.start();
        QList<qint64> arrivals;
        QObject::connect(f.server.get(), &sandbox::SandboxServer::requestHandled, f.server.get(),
                         [&](const QString &route, int status) {
                             if (route == u"GET /1.0/me"_s && status == 429)
                                 arrivals.append(steady.elapsed());
                         });

        const auto r = SandboxFixture::wait(f.client->get(u"/me"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(SandboxFixture::kindOf(r), Kind::RateLimited);
        QCOMPARE(r->error().httpStatus, 429);
        QVERIFY(r->error().retryAfterSeconds >= 1 && r->error().retryAfterSeconds <= 3);
        // One retry, and it waited for the server's Retry-After (at least 1 s), not for the
        // 10-40 ms backoff. (A lower bound: the client must never come back earlier.)
        QCOMPARE(arrivals.size(), 2);
        QCOMPARE(f.requestsFor(u"GET /1.0/me"_s), 2);
        QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 1000 - 5,
                 qPrintable(u"second attempt after %1 ms"_s.arg(arrivals.at(1) - arrivals.at(0))));
        // The server time is exempt from injected faults and was read once.
        QCOMPARE(f.requestsFor(u"GET /1.0/auth/time"_s), 1);
    }

    void failedGetIsRetried_data() { SandboxFixture::transports(); }
    void failedGetIsRetried()
    {
        QFETCH(bool, tls);
        SandboxFixture f;
        QVERIFY2(f.start(tls, u"error5xx=1.0"_s), qPrintable(f.startError));
        const int attempts = SandboxFixture::fastRetries().maxAttempts;

        const auto r = SandboxFixture::wait(f.client->get(u"/me"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(SandboxFixture::kindOf(r), Kind::ServerError);
        QVERIFY(r->error().httpStatus >= 500 && r->error().httpStatus <= 503);
        QCOMPARE(f.requestsFor(u"GET /1.0/me"_s), attempts);
    }

    void failedPostIsNotRetried_data() { SandboxFixture::transports(); }
    void failedPostIsNotRetried()
    {
        QFETCH(bool, tls);
        SandboxFixture f;
        QVERIFY2(f.start(tls, u"error5xx=1.0"_s), qPrintable(f.startError));

        // A signed POST (logout would expire the demo key: the fault answers before it runs).
        const auto logout = SandboxFixture::wait(f.client->post(u"/auth/logout"_s));
        QVERIFY(logout && !logout->ok());
        QCOMPARE(SandboxFixture::kindOf(logout), Kind::ServerError);
        QCOMPARE(f.requestsFor(u"POST /1.0/auth/logout"_s), 1);

        // An unsigned POST that would create something (a consumer key).
        CallOptions unsigned_;
        unsigned_.authenticated = false;
        const QJsonObject body{{u"accessRules"_s,
                                QJsonArray{QJsonObject{{u"method"_s, u"GET"_s},
                                                       {u"path"_s, u"/me"_s}}}}};
        const auto created = SandboxFixture::wait(
                f.client->send("POST", u"/auth/credential"_s, {}, body, unsigned_));
        QVERIFY(created && !created->ok());
        QCOMPARE(SandboxFixture::kindOf(created), Kind::ServerError);
        QCOMPARE(f.requestsFor(u"POST /1.0/auth/credential"_s), 1);
        QCOMPARE(f.stats().value(u"duplicateCreations"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientSandboxFaults)
#include "tst_clientsandbox_faults.moc"
