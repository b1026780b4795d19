// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient over a real socket: retries, Retry-After, timeouts, abort, rate limit, concurrency.
#include "ApiTestFixture.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;
using Kind = ApiError::Kind;

namespace {
// Fails the first `failures` requests on `path` with `status`, then answers 200.
std::function<FakeResponse(const FakeRequest &)> failFirst(int failures, int status,
                                                          QList<QPair<QByteArray, QByteArray>> headers = {})
{
    auto count = std::make_shared<int>(0);
    return [=](const FakeRequest &) {
        if ((*count)++ < failures)
            return FakeResponse{status, R"({"class":"Server::ServiceUnavailable","message":"busy"})", headers};
        return FakeResponse::json(200, R"({"ok":true})");
    };
}
} // namespace

class TestApiResilience : public QObject
{
    Q_OBJECT

private slots:
    void getRetriedOn503()
    {
        ApiFixture f;
        f.route = failFirst(2, 503);
        ApiCall *call = f.client->get(u"/dedicatedCloud"_s);
        const auto r = ApiFixture::wait(call);
        QVERIFY2(r && r->ok(), ApiFixture::describe(r).constData());
        QCOMPARE(f.server.requestsFor("/1.0/dedicatedCloud").size(), 3);
    }

    void getGivesUpAfterMaxAttempts()
    {
        ApiFixture f;
        f.route = failFirst(100, 502);
        const auto r = ApiFixture::wait(f.client->get(u"/dedicatedCloud"_s));
        QCOMPARE(r->error().kind, Kind::ServerError);
        QCOMPARE(r->error().httpStatus, 502);
        QCOMPARE(f.server.requestsFor("/1.0/dedicatedCloud").size(), 4);
    }

    void writesNeverRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("POST 503") << "POST"_ba << 503;
        QTest::newRow("PUT 500") << "PUT"_ba << 500;
        QTest::newRow("DELETE 502") << "DELETE"_ba << 502;
        QTest::newRow("POST 429") << "POST"_ba << 429;
    }

    void writesNeverRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        ApiFixture f;
        f.route = failFirst(1, status);
        const QJsonValue body = method == "DELETE" ? QJsonValue(QJsonValue::Undefined)
                                                   : QJsonValue(QJsonObject{{u"a"_s, 1}});
        const auto r = ApiFixture::wait(f.client->send(method, u"/dedicatedCloud/pcc-1/task"_s, {}, body));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, status);
        QCOMPARE(f.server.requestsFor("/1.0/dedicatedCloud/pcc-1/task").size(), 1);
    }

    void retryAfterHonoured()
    {
        ApiFixture f;
        f.route = failFirst(1, 429, {{"Retry-After", "1"}});
        const auto r = ApiFixture::wait(f.client->get(u"/me"_s));
        QVERIFY2(r && r->ok(), ApiFixture::describe(r).constData());
        const QList<FakeRequest> reqs = f.server.requestsFor("/1.0/me");
        QCOMPARE(reqs.size(), 2);
        // The backoff would have been ~10 ms; the server asked for a second.
        QVERIFY2(reqs[1].atMs - reqs[0].atMs >= 950, qPrintable(QString::number(reqs[1].atMs - reqs[0].atMs)));
    }

    void retryAfterHoldsOtherCalls()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &r) {
            if (r.path() == "/1.0/limited")
                return FakeResponse{429, "{}", {{"Retry-After", "1"}}};
            return FakeResponse::json(200, "{}");
        };
        QVERIFY(ApiFixture::wait(f.client->post(u"/limited"_s, QJsonObject{}))->error().kind == Kind::RateLimited);
        QVERIFY(ApiFixture::wait(f.client->get(u"/other"_s))->ok());
        const qint64 gap = f.server.requestsFor("/1.0/other").first().atMs
                - f.server.requestsFor("/1.0/limited").first().atMs;
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
    }

    void connectionDropRetriedForGet()
    {
        ApiFixture f;
        auto count = std::make_shared<int>(0);
        f.route = [count](const FakeRequest &) {
            return (*count)++ < 2 ? FakeResponse::drop() : FakeResponse::json(200, "[]");
        };
        const auto r = ApiFixture::wait(f.client->get(u"/dedicatedCloud"_s));
        QVERIFY2(r && r->ok(), ApiFixture::describe(r).constData());
        QVERIFY(f.server.requestsFor("/1.0/dedicatedCloud").size() >= 3);
    }

    void droppedWriteSentOnce_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("withBody");
        QTest::newRow("POST with body") << "POST"_ba << true;
        QTest::newRow("POST without body") << "POST"_ba << false;
        QTest::newRow("PUT") << "PUT"_ba << true;
    }

    // The server acts, then the connection closes before the answer: Qt 6.4 would send the
    // same POST again by itself and the server would act twice. The write must reach the
    // server once and fail as "answer lost" (Network), for the stage to read the live state.
    void droppedWriteSentOnce()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, withBody);
        ApiFixture f;
        f.route = [](const FakeRequest &) { return FakeResponse::drop(); };
        const QJsonValue body = withBody ? QJsonValue(QJsonObject{{u"ipNetwork"_s, u"198.51.100.0/24"_s}})
                                         : QJsonValue(QJsonValue::Undefined);
        const auto r = ApiFixture::wait(f.client->send(method, u"/dedicatedCloud/pcc-1/allowedNetwork"_s, {}, body));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Kind::Network);
        // Anything Qt would re-send arrives within milliseconds; give it time to show up.
        QTest::qWait(200);
        const QList<FakeRequest> seen = f.server.requestsFor("/1.0/dedicatedCloud/pcc-1/allowedNetwork");
        QCOMPARE(seen.size(), 1);
        if (withBody)
            QCOMPARE(seen.first().body, R"({"ipNetwork":"198.51.100.0/24"})"_ba);
    }

    // The same write answered normally: the one-shot body arrives whole, with its length.
    void writeBodyArrivesWhole()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &) { return FakeResponse::json(200, R"({"taskId":7})"); };
        const QByteArray big(100 * 1024, 'x');
        const auto r = ApiFixture::wait(f.client->post(u"/dedicatedCloud/pcc-1/task"_s,
                                                       QJsonObject{{u"blob"_s, QString::fromLatin1(big)}}));
        QVERIFY2(r && r->ok(), ApiFixture::describe(r).constData());
        const FakeRequest seen = f.server.requestsFor("/1.0/dedicatedCloud/pcc-1/task").first();
        QCOMPARE(seen.header("content-length").toLongLong(), seen.body.size());
        QVERIFY(seen.body.contains(big));
    }

    void transferTimeout()
    {
        ApiFixture f;
        f.client->setTimeoutMs(300);
        f.route = [](const FakeRequest &) { return FakeResponse::hang(); };
        QElapsedTimer t;
        t.start();
        const auto r = ApiFixture::wait(f.client->get(u"/me"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Kind::Timeout);
        QVERIFY(t.elapsed() >= 250);
        QCOMPARE(f.server.requestsFor("/1.0/me").size(), 1); // the user already waited: no retry
    }

    void abortOnTheWire()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &) { return FakeResponse::hang(); };
        ApiCall *call = f.client->get(u"/me"_s);
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(f.server.requestsFor("/1.0/me").size(), 1);
        QCOMPARE(f.client->inFlightCount(), 1);
        auto out = std::make_shared<std::optional<Result<QJsonValue>>>();
        call->onFinished(this, [out](const Result<QJsonValue> &r) { *out = r; });
        call->abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(out->has_value());
        QCOMPARE((*out)->error().kind, Kind::Canceled);
        QCOMPARE(f.client->inFlightCount(), 0);
        call->abort(); // a second abort is harmless
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void abortWhileWaitingForRetry()
    {
        ApiFixture f;
        RetryPolicy slow(1);
        slow.baseDelayMs = 5000;
        f.client->setRetryPolicy(slow);
        f.route = failFirst(10, 503);
        ApiCall *call = f.client->get(u"/me"_s);
        QTRY_COMPARE(f.server.requestsFor("/1.0/me").size(), 1);
        QTest::qWait(50);
        const auto r = std::make_shared<std::optional<Result<QJsonValue>>>();
        call->onFinished(this, [r](const Result<QJsonValue> &res) { *r = res; });
        call->abort();
        QVERIFY(r->has_value());
        QCOMPARE((*r)->error().kind, Kind::Canceled);
        QTest::qWait(100);
        QCOMPARE(f.server.requestsFor("/1.0/me").size(), 1);
    }

    void rateLimiterQueues()
    {
        ApiFixture f;
        f.client->setRateLimitPerMinute(600, 1); // one every 100 ms, no burst
        QList<ApiFixture::Slot> results;
        for (int i = 0; i < 5; ++i)
            results << ApiFixture::track(f.client->get(u"/me"_s));
        QCOMPARE(f.client->queuedCount(), 5);
        QVERIFY(ApiFixture::waitAll(results));
        for (const ApiFixture::Slot &r : results)
            QVERIFY((*r)->ok()); // queued, never failed
        const QList<FakeRequest> reqs = f.server.requestsFor("/1.0/me");
        QCOMPARE(reqs.size(), 5);
        for (int i = 1; i < reqs.size(); ++i)
            QVERIFY2(reqs[i].atMs - reqs[i - 1].atMs >= 80,
                     qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(reqs[i].atMs - reqs[i - 1].atMs)));
    }

    void priorityCallsGoFirst()
    {
        ApiFixture f;
        f.client->setRateLimitPerMinute(600, 1); // one every 100 ms, no burst
        QList<ApiFixture::Slot> results;
        for (int i = 0; i < 3; ++i)
            results << ApiFixture::track(f.client->get(u"/dedicatedCloud/pcc-%1"_s.arg(i)));
        CallOptions priority;
        priority.priority = true;
        for (int i = 1; i <= 2; ++i)
            results << ApiFixture::track(f.client->send("GET", u"/dedicatedCloud/pcc-0/task/%1"_s.arg(i), {},
                                                        QJsonValue(QJsonValue::Undefined), priority));
        QCOMPARE(f.client->queuedCount(), 5);
        QVERIFY(ApiFixture::waitAll(results));
        QList<QByteArray> order;
        for (const FakeRequest &r : f.server.requests())
            order << r.path();
        const QList<QByteArray> expected{"/1.0/auth/time", "/1.0/dedicatedCloud/pcc-0/task/1",
                                         "/1.0/dedicatedCloud/pcc-0/task/2", "/1.0/dedicatedCloud/pcc-0",
                                         "/1.0/dedicatedCloud/pcc-1", "/1.0/dedicatedCloud/pcc-2"};
        QCOMPARE(order, expected); // priority first, in their own order; still rate limited
        const QList<FakeRequest> reqs = f.server.requests();
        for (int i = 2; i < reqs.size(); ++i)
            QVERIFY2(reqs[i].atMs - reqs[i - 1].atMs >= 80,
                     qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(reqs[i].atMs - reqs[i - 1].atMs)));
    }

    void maxInFlight()
    {
        ApiFixture f;
        f.client->setMaxInFlight(2);
        f.client->setRateLimitPerMinute(0); // no rate limit: only the concurrency cap applies
        f.route = [](const FakeRequest &) {
            FakeResponse r = FakeResponse::json(200, "{}");
            r.delayMs = 100;
            return r;
        };
        QList<ApiFixture::Slot> results;
        for (int i = 0; i < 6; ++i)
            results << ApiFixture::track(f.client->get(u"/dedicatedCloud/pcc-%1"_s.arg(i)));
        QVERIFY(ApiFixture::waitAll(results));
        for (const ApiFixture::Slot &r : results)
            QVERIFY((*r)->ok());
        QCOMPARE(f.server.requests().size(), 7); // + /auth/time
        QCOMPARE(f.server.maxConcurrent(), 2);
    }

    void defaults()
    {
        QNetworkAccessManager nam;
        TestClock clock;
        ApiClient client(&nam, &clock);
        QCOMPARE(client.maxInFlight(), 4);
        QCOMPARE(client.rateLimitPerMinute(), 60);
        QCOMPARE(client.timeoutMs(), 30000);
        QVERIFY(!client.hasCredentials());
    }
};

QTEST_GUILESS_MAIN(TestApiResilience)
#include "tst_apiresilience.moc"
