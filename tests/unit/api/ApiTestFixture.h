// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the ApiClient integration tests: a real ApiClient talking over a real loopback socket
// to FakeHttpServer, which answers /auth/time and checks signatures and timestamps like OVH.
#pragma once

#include "api/ApiClient.h"
#include "core/Clock.h"
#include "fakes/FakeHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace snc::test {

inline constexpr char kSecret[] = "fixtureApplicationSecret";
inline constexpr char kConsumer[] = "fixtureConsumerKey";

struct ApiFixture
{
    FakeHttpServer server;
    QNetworkAccessManager nam;
    TestClock clock{1'700'000'000'000};
    std::unique_ptr<ApiClient> client;
    qint64 serverTime = 1'700'000'000; ///< what /auth/time answers and the timestamp check uses
    int timestampWindow = 60;
    std::function<FakeResponse(const FakeRequest &)> route = [](const FakeRequest &) {
        return FakeResponse::json(200, R"({"ok":true})");
    };

    ApiFixture()
    {
        server.listen();
        nam.setProxy(QNetworkProxy::NoProxy);
        client = std::make_unique<ApiClient>(&nam, &clock);
        client->setEndpoint(Endpoint::custom(server.baseUrl()));
        client->setApplicationKey(QStringLiteral("fixtureApplicationKey"));
        client->setApplicationSecret(SecretBytes(kSecret));
        client->setConsumerKey(SecretBytes(kConsumer));
        client->setRetryPolicy(fastRetries());
        server.setHandler([this](const FakeRequest &r) { return handle(r); });
    }

    static RetryPolicy fastRetries()
    {
        RetryPolicy p(7);
        p.baseDelayMs = 10;
        p.maxDelayMs = 40;
        return p;
    }

    FakeResponse handle(const FakeRequest &r)
    {
        if (r.path() == "/1.0/auth/time")
            return FakeResponse::json(200, QByteArray::number(serverTime));
        if (!r.header("X-Ovh-Signature").isEmpty()) {
            if (r.header("X-Ovh-Signature") != server.expectedSignature(r, kSecret))
                return FakeResponse::json(400, R"({"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"})");
            if (std::abs(r.header("X-Ovh-Timestamp").toLongLong() - serverTime) > timestampWindow)
                return FakeResponse::json(400, R"({"errorCode":"QUERY_TIME_OUT","httpCode":"400 Bad Request","message":"Query out of time"})");
        }
        return route(r);
    }

    /// For QVERIFY2 messages (which are evaluated even when the check passes).
    static QByteArray describe(const std::optional<Result<QJsonValue>> &r)
    {
        if (!r)
            return "no result";
        return r->ok() ? QByteArray("ok") : r->error().logLine().toUtf8();
    }

    using Slot = std::shared_ptr<std::optional<Result<QJsonValue>>>;
    /// Starts keeping a call's result; connect before the event loop runs.
    static Slot track(ApiCall *call)
    {
        auto out = std::make_shared<std::optional<Result<QJsonValue>>>();
        call->onFinished(call, [out](const Result<QJsonValue> &r) { *out = r; });
        return out;
    }
    static bool waitAll(const QList<Slot> &pending, int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        auto done = [&pending]() {
            return std::all_of(pending.begin(), pending.end(), [](const Slot &s) { return s->has_value(); });
        };
        while (!done() && t.elapsed() < timeoutMs)
            QTest::qWait(5);
        return done();
    }

    /// Waits for the call and returns a copy of its result (the call deletes itself afterwards).
    static std::optional<Result<QJsonValue>> wait(ApiCall *call, int timeoutMs = 10000)
    {
        auto out = std::make_shared<std::optional<Result<QJsonValue>>>();
        call->onFinished(call, [out](const Result<QJsonValue> &r) { *out = r; });
        QElapsedTimer t;
        t.start();
        while (!out->has_value() && t.elapsed() < timeoutMs)
            QTest::qWait(5);
        return *out;
    }
};

} // namespace snc::test
