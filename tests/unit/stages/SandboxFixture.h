// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the stage-model tests: the REAL sandbox (SandboxServer + standard modules) in-process
// on a free loopback port, and a real ApiClient + StageContext pointed at it with its demo
// credentials. Models talk to it over real sockets, exactly as in the app.
//
// Time: client and sandbox share one TestClock. A ticker moves it `tickMs` every 10 ms of real
// time (25× by default) so sandbox tasks progress quickly; tests pause it around TOTP codes and
// jump it to expire the 15-minute token, instead of sleeping.
#pragma once

#include "api/ApiClient.h"
#include "core/Clock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/modules/DedicatedCloudModule.h"
#include "sandbox/modules/StandardModules.h"
#include "secrets/MemorySecretStore.h"
#include "stages/StageContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace snc::test {

struct SandboxFixture
{
    std::unique_ptr<sandbox::SandboxServer> server;
    QNetworkAccessManager nam;
    TestClock clock{QDateTime::currentMSecsSinceEpoch()};
    QTimer ticker;
    MemorySecretStore secrets;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<StageContext> context;
    sandbox::StandardModuleSet modules; ///< the modules, to look inside or replace a hook

    /// `timeScale` speeds sandbox time up (tasks, the 15-minute token); TOTP stays on real time.
    explicit SandboxFixture(qint64 tickMs = 250)
    {
        sandbox::SandboxOptions options;
        options.clock = &clock;
        server = std::make_unique<sandbox::SandboxServer>(options);
        modules = sandbox::registerStandardModules(*server);
        QString error;
        started = server->start(&error);
        startError = error;
        nam.setProxy(QNetworkProxy::NoProxy);
        api = std::make_unique<ApiClient>(&nam, &clock);
        const Endpoint endpoint = Endpoint::custom(server->url());
        api->setEndpoint(endpoint);
        api->setRateLimitPerMinute(60000, 1000); // the sandbox does not throttle; tests stay fast
        api->setApplicationKey(server->applicationKey());
        api->setApplicationSecret(SecretBytes::fromString(server->applicationSecret()));
        api->setConsumerKey(SecretBytes::fromString(server->consumerKey()));
        context = std::make_unique<StageContext>(api.get(), &secrets, &clock);
        context->setEndpoint(endpoint, true);
        // The service's host names as the sandbox publishes them (what ConnectionModel reads).
        context->setServiceName(serviceName(), ServiceHosts::fromService(
                modules.dedicatedCloud->service(serviceName())->properties));
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [this, tickMs] { clock.advanceMs(tickMs); });
        ticker.start(10);
    }
    ~SandboxFixture()
    {
        ticker.stop();
        context.reset();
        api.reset();
        if (server)
            server->stop();
    }

    static QString serviceName() { return QStringLiteral("pcc-192-0-2-1"); }

    bool started = false;
    QString startError;

    /// A plain HTTP request to the sandbox (introspection routes, raw API checks), waited for.
    QJsonValue raw(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   int *status = nullptr)
    {
        QUrl url = server->url();
        url.setPath(path.section(QLatin1Char('?'), 0, 0));
        if (path.contains(QLatin1Char('?')))
            url.setQuery(path.section(QLatin1Char('?'), 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader(sandbox::SandboxServer::controlHeader(), server->controlSecret().toUtf8());
        QNetworkReply *reply = nam.sendCustomRequest(request, method,
                                                     body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonValue value = QJsonDocument::fromJson("[" + reply->readAll() + "]").array().at(0);
        reply->deleteLater();
        return value;
    }

    /// The last code sent on `channel` ("sms" | "email"), optionally for a task.
    QString lastCode(const QString &channel, qint64 taskId = 0)
    {
        const QJsonArray messages = raw("GET", QStringLiteral("/sandbox/outbox")).toArray();
        for (qsizetype i = messages.size() - 1; i >= 0; --i) {
            const QJsonObject m = messages.at(i).toObject();
            if (m.value(QLatin1String("channel")).toString() != channel)
                continue;
            if (taskId && qint64(m.value(QLatin1String("taskId")).toDouble()) != taskId)
                continue;
            if (!m.value(QLatin1String("code")).toString().isEmpty())
                return m.value(QLatin1String("code")).toString();
        }
        return {};
    }
};

} // namespace snc::test
