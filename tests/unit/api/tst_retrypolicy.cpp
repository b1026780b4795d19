// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backoff, jitter, Retry-After and which calls may be retried; the rate limiter's bucket.
#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace snc;
using Kind = ApiError::Kind;

namespace {
ApiError err(Kind kind, int status = 0, int retryAfter = -1)
{
    ApiError e = ApiError::make(kind);
    e.httpStatus = status;
    e.retryAfterSeconds = retryAfter;
    return e;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilings()
    {
        RetryPolicy p(1);
        QCOMPARE(p.backoffCeilingMs(1), 500);
        QCOMPARE(p.backoffCeilingMs(2), 1000);
        QCOMPARE(p.backoffCeilingMs(3), 2000);
        QCOMPARE(p.backoffCeilingMs(4), 4000);
        QCOMPARE(p.backoffCeilingMs(5), 8000);
        QCOMPARE(p.backoffCeilingMs(6), 8000);   // capped
        QCOMPARE(p.backoffCeilingMs(60), 8000);  // no overflow
    }

    void jitterBounds()
    {
        QCOMPARE(RetryPolicy::jittered(1000, 0.0), 500);
        QCOMPARE(RetryPolicy::jittered(1000, 1.0), 1000);
        QCOMPARE(RetryPolicy::jittered(1000, 0.5), 750);
        RetryPolicy p(42);
        for (int attempt = 1; attempt <= 6; ++attempt) {
            for (int i = 0; i < 200; ++i) {
                const int d = p.nextDelayMs(attempt);
                const int c = p.backoffCeilingMs(attempt);
                QVERIFY2(d >= c / 2 && d <= c, qPrintable(u"attempt %1 delay %2"_s.arg(attempt).arg(d)));
            }
        }
    }

    void seededIsDeterministicAndJittered()
    {
        RetryPolicy a(1234), b(1234), c(99);
        QList<int> da, db, dc;
        for (int i = 0; i < 10; ++i) {
            da << a.nextDelayMs(3);
            db << b.nextDelayMs(3);
            dc << c.nextDelayMs(3);
        }
        QCOMPARE(da, db);
        QVERIFY(da != dc);
        QVERIFY(QSet<int>(da.begin(), da.end()).size() > 1); // it does jitter
    }

    void retryAfterHonoured()
    {
        RetryPolicy p(7);
        QCOMPARE(p.nextDelayMs(1, 3), 3000);
        QCOMPARE(p.nextDelayMs(4, 0), 0);
        QCOMPARE(p.nextDelayMs(1, 100000), p.maxRetryAfterSeconds * 1000);
    }

    void whatIsRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("retry");
        QTest::newRow("GET 503") << "GET"_ba << err(Kind::ServerError, 503) << 1 << true;
        QTest::newRow("GET 500 third") << "GET"_ba << err(Kind::ServerError, 500) << 3 << true;
        QTest::newRow("GET 500 fourth") << "GET"_ba << err(Kind::ServerError, 500) << 4 << false;
        QTest::newRow("GET 501") << "GET"_ba << err(Kind::ServerError, 501) << 1 << false;
        QTest::newRow("GET 429") << "GET"_ba << err(Kind::RateLimited, 429, 2) << 1 << true;
        QTest::newRow("GET 429 too long") << "GET"_ba << err(Kind::RateLimited, 429, 3600) << 1 << false;
        QTest::newRow("GET reset") << "GET"_ba << err(Kind::Network) << 1 << true;
        QTest::newRow("GET timeout") << "GET"_ba << err(Kind::Timeout) << 1 << false;
        QTest::newRow("GET 404") << "GET"_ba << err(Kind::NotFound, 404) << 1 << false;
        QTest::newRow("GET 403") << "GET"_ba << err(Kind::CredentialInvalid, 403) << 1 << false;
        QTest::newRow("GET tls") << "GET"_ba << err(Kind::Tls) << 1 << false;
        QTest::newRow("POST 503") << "POST"_ba << err(Kind::ServerError, 503) << 1 << false;
        QTest::newRow("POST 429") << "POST"_ba << err(Kind::RateLimited, 429, 1) << 1 << false;
        QTest::newRow("POST reset") << "POST"_ba << err(Kind::Network) << 1 << false;
        QTest::newRow("PUT 502") << "PUT"_ba << err(Kind::ServerError, 502) << 1 << false;
        QTest::newRow("DELETE 500") << "DELETE"_ba << err(Kind::ServerError, 500) << 1 << false;
    }

    void whatIsRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(ApiError, error);
        QFETCH(int, attempts);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy(1).shouldRetry(method, error, attempts), retry);
    }

    void maxAttemptsConfigurable()
    {
        RetryPolicy p(1);
        p.maxAttempts = 2;
        QVERIFY(p.shouldRetry("GET", err(Kind::ServerError, 500), 1));
        QVERIFY(!p.shouldRetry("GET", err(Kind::ServerError, 500), 2));
    }

    void bucketQueues()
    {
        RateLimiter r(60, 3); // one per second, bursts of three
        QCOMPARE(r.tryAcquire(0), 0);
        QCOMPARE(r.tryAcquire(0), 0);
        QCOMPARE(r.tryAcquire(0), 0);
        QCOMPARE(r.tryAcquire(0), 1000);   // empty: wait a full token
        QCOMPARE(r.tryAcquire(400), 600);
        QCOMPARE(r.tryAcquire(1000), 0);
        QCOMPARE(r.tryAcquire(1000), 1000);
        QCOMPARE(r.tryAcquire(60000), 0);  // refilled, but never above the burst
        QCOMPARE(r.tryAcquire(60000), 0);
        QCOMPARE(r.tryAcquire(60000), 0);
        QVERIFY(r.tryAcquire(60000) > 0);

        // A reserve for priority calls: bulk calls stop while two tokens are left.
        RateLimiter p(60, 4);
        QCOMPARE(p.tryAcquire(0, 2), 0);
        QCOMPARE(p.tryAcquire(0, 2), 0);
        QCOMPARE(p.tryAcquire(0, 2), 1000); // 2 left: a bulk call waits for a third
        QCOMPARE(p.tryAcquire(0), 0);       // a priority call still goes now
        QCOMPARE(p.tryAcquire(0), 0);
        QCOMPARE(p.tryAcquire(0), 1000);
        QCOMPARE(p.tryAcquire(500, 2), 2500); // the reserve refills before bulk calls resume
        QCOMPARE(RateLimiter(60, 1).tryAcquire(0, 2), 0); // never more than burst - 1 kept
    }

    void bucketSustainedRate()
    {
        RateLimiter r(60, 10);
        int sent = 0;
        for (qint64 t = 0; t < 60000; t += 10) {
            while (r.tryAcquire(t) == 0)
                ++sent;
        }
        QVERIFY2(sent <= 60 + 10, qPrintable(QString::number(sent)));
        QVERIFY(sent >= 60);
    }

    void bucketDisabledAndBackwardsTime()
    {
        RateLimiter off(0, 1);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(off.tryAcquire(0), 0);
        RateLimiter r(60, 1);
        QCOMPARE(r.tryAcquire(5000), 0);
        QVERIFY(r.tryAcquire(1000) > 0); // time going backwards refills nothing
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
