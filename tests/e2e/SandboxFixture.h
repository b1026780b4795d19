// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the client <-> sandbox end-to-end tests: an in-process SandboxServer on a free
// loopback port (plain HTTP or HTTPS with its CA pinned) and the project's real ApiClient.
// Nothing is faked: real sockets, the sandbox's own signature verifier, real TLS.
#pragma once

#include "api/ApiClient.h"
#include "core/Clock.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

#include <memory>
#include <optional>

namespace snc::test {

/**
 * A test clock that runs: the real wall clock plus an offset the test sets. (A frozen TestClock
 * would drift from the sandbox's real clock while a test waits, making timing-dependent
 * decisions, e.g. "did the server-time delta change?", depend on the machine's speed.)
 */
class RunningTestClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    /// Moves the clock without telling anyone (a manual change not seen by the app).
    void shiftMs(qint64 ms) { m_offsetMs += ms; }
    /// Moves the clock and announces it, as a resume from sleep would.
    void jump(qint64 ms)
    {
        m_offsetMs += ms;
        emit jumped(ms);
    }

private:
    qint64 m_offsetMs = 0;
};

struct SandboxFixture
{
    std::unique_ptr<sandbox::SandboxServer> server;
    QNetworkAccessManager nam;
    /// The client's clock: the real time; tests skew or jump it.
    RunningTestClock clock;
    std::unique_ptr<ApiClient> client;
    QList<QSslCertificate> pinnedCas;
    QString startError;

    /// Starts the sandbox (`faults` in --faults syntax) and a client with the demo credentials.
    bool start(bool tls, const QString &faults = {})
    {
        sandbox::SandboxOptions options;
        options.tls = tls;
        options.port = 0;
        if (!faults.isEmpty()) {
            const std::optional<sandbox::FaultSpec> spec =
                    sandbox::FaultSpec::parse(faults, &startError);
            if (!spec)
                return false;
            options.faults = *spec;
        }
        server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->start(&startError))
            return false;
        // Loopback only: a proxy configured on the test machine must not intercept.
        nam.setProxy(QNetworkProxy::NoProxy);
        if (tls)
            pinnedCas = QSslCertificate::fromData(server->caPem(), QSsl::Pem);
        client = makeClient(SecretBytes::fromString(server->applicationSecret()));
        return !tls || !pinnedCas.isEmpty();
    }

    /// A client on the sandbox with the demo application key and consumer key and `secret`.
    std::unique_ptr<ApiClient> makeClient(SecretBytes secret, bool pinCa = true)
    {
        auto c = std::make_unique<ApiClient>(&nam, &clock);
        c->setEndpoint(Endpoint::custom(server->url()));
        c->setApplicationKey(server->applicationKey());
        c->setApplicationSecret(std::move(secret));
        c->setConsumerKey(SecretBytes::fromString(server->consumerKey()));
        if (pinCa)
            c->setPinnedCaCertificates(pinnedCas);
        c->setRetryPolicy(fastRetries());
        return c;
    }

    static RetryPolicy fastRetries()
    {
        RetryPolicy p(11);
        p.baseDelayMs = 10;
        p.maxDelayMs = 40;
        return p;
    }

    /// `GET /sandbox/stats` over the wire (same scheme and pinned CA as the client).
    QJsonObject stats() { return introspect("GET", QStringLiteral("/sandbox/stats")); }

    /// A call to the sandbox's loopback-only introspection routes (`/sandbox/...`), unsigned.
    QJsonObject introspect(const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {})
    {
        QUrl url = server->url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        if (!pinnedCas.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(pinnedCas);
            request.setSslConfiguration(tls);
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(sandbox::SandboxServer::controlHeader(), server->controlSecret().toUtf8());
        QNetworkReply *reply = verb == "GET"
                ? nam.get(request)
                : nam.sendCustomRequest(request, verb,
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
    /// Requests the sandbox received for a route key ("GET /1.0/me"), from /sandbox/stats.
    int requestsFor(const QString &routeKey)
    {
        return stats().value(QStringLiteral("requestsPerRoute")).toObject().value(routeKey).toInt();
    }

    /// Waits for the call and returns a copy of its result (the call deletes itself afterwards).
    static std::optional<Result<QJsonValue>> wait(ApiCall *call, int timeoutMs = 20000)
    {
        auto out = std::make_shared<std::optional<Result<QJsonValue>>>();
        call->onFinished(call, [out](const Result<QJsonValue> &r) { *out = r; });
        (void)QTest::qWaitFor([out] { return out->has_value(); }, timeoutMs);
        return *out;
    }

    /// For QVERIFY2 messages (evaluated even when the check passes).
    static QByteArray describe(const std::optional<Result<QJsonValue>> &r)
    {
        if (!r)
            return "no result";
        return r->ok() ? QByteArray("ok") : r->error().logLine().toUtf8();
    }
    static ApiError::Kind kindOf(const std::optional<Result<QJsonValue>> &r)
    {
        return r && !r->ok() ? r->error().kind : ApiError::Kind::Validation;
    }

    /// The data rows of a test run over both transports: a `tls` column, rows "tcp" and "tls".
    static void transports()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("tcp") << false;
        QTest::newRow("tls") << true;
    }
};

} // namespace snc::test
