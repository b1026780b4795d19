// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real SandboxServer with the standard modules, on a loopback port, driven by raw HTTP calls.
// Signatures are computed here with QCryptographicHash (neither snc_api nor the sandbox's own
// verifier); time is a TestClock the tests move instead of sleeping.

#include "core/Clock.h"
#include "otp/OtpAuthUri.h"
#include "otp/Totp.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/modules/StandardModules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace snc::test {

/// A UTF-8 literal as a QString (some expected texts are French). Short on purpose: these tests
/// are mostly JSON keys, values and paths, which QStringLiteral would make twice as long to read.
inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonValue json() const
    {
        const QJsonDocument d = QJsonDocument::fromJson("[" + body + "]");
        return d.array().at(0);
    }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QString errorCode() const { return object().value(QStringLiteral("errorCode")).toString(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

class ModulesFixture
{
public:
    static QString sn() { return QStringLiteral("pcc-192-0-2-1"); }

    TestClock clock{1'767'225'600'000}; // 2026-01-01T00:00:00Z
    std::unique_ptr<sandbox::SandboxServer> server;
    QNetworkAccessManager nam;
    QString stateFile; ///< set before start() to persist the state
    sandbox::StandardModuleSet modules; ///< set by start()

    bool start(const QString &clientAddress = QStringLiteral("203.0.113.7"))
    {
        sandbox::SandboxOptions options;
        options.clock = &clock;
        options.clientAddress = clientAddress;
        options.stateFile = stateFile;
        server = std::make_unique<sandbox::SandboxServer>(options);
        modules = sandbox::registerStandardModules(*server);
        QString error;
        if (!server->start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    Reply send(QNetworkRequest request, const QByteArray &method, const QByteArray &body)
    {
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            qWarning("request timed out");
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        reply->deleteLater();
        return r;
    }

    /// A signed API call; `pathAndQuery` after /1.0 ("/dedicatedCloud?x=y").
    Reply api(const QByteArray &method, const QString &pathAndQuery, const QJsonValue &body = {})
    {
        return signedCall(method, QStringLiteral("/1.0") + pathAndQuery, body);
    }

    /// A signed API v2 call; `pathAndQuery` after /v2 ("/okms/resource").
    Reply v2(const QByteArray &method, const QString &pathAndQuery, const QJsonValue &body = {})
    {
        return signedCall(method, QStringLiteral("/v2") + pathAndQuery, body);
    }

    Reply signedCall(const QByteArray &method, const QString &fullPath, const QJsonValue &body)
    {
        const QUrl url(server->url().toString() + fullPath);
        const QByteArray bytes = body.isUndefined() || body.isNull()
                ? QByteArray()
                : (body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact));
        const QByteArray ts = QByteArray::number(clock.nowSecs());
        const QByteArray text = server->applicationSecret().toUtf8() + '+'
                + server->consumerKey().toUtf8() + '+' + method + '+' + url.toEncoded() + '+'
                + bytes + '+' + ts;
        QNetworkRequest req(url);
        req.setRawHeader("Content-Type", "application/json");
        req.setRawHeader("X-Ovh-Application", server->applicationKey().toLatin1());
        req.setRawHeader("X-Ovh-Consumer", server->consumerKey().toLatin1());
        req.setRawHeader("X-Ovh-Timestamp", ts);
        req.setRawHeader("X-Ovh-Signature",
                         "$1$" + QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
        return send(req, method, bytes);
    }

    /// A secure-interface call; `relative` after /secure/<sn>/.
    Reply secure(const QByteArray &method, const QString &relative, const QJsonObject &body = {})
    {
        const QUrl url(server->url().toString() + QStringLiteral("/secure/") + sn()
                       + QLatin1Char('/') + relative);
        QNetworkRequest req(url);
        req.setRawHeader("Content-Type", "application/json");
        return send(req, method,
                    method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonArray outbox(qint64 since = 0)
    {
        QNetworkRequest req(QUrl(server->url().toString() + QStringLiteral("/sandbox/outbox?since=")
                                 + QString::number(since)));
        req.setRawHeader(sandbox::SandboxServer::controlHeader(), server->controlSecret().toUtf8());
        return send(req, "GET", {}).array();
    }

    /// Last outbox message of a channel, or an empty object.
    QJsonObject lastMessage(const QString &channel)
    {
        const QJsonArray all = outbox();
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            if (all.at(i).toObject().value(QStringLiteral("channel")).toString() == channel)
                return all.at(i).toObject();
        }
        return {};
    }

    QString path(const QString &rest = {}) const
    {
        return QStringLiteral("/dedicatedCloud/") + sn() + rest;
    }

    /// Moves time past any ordinary task and reads the task again.
    QJsonObject settle(qint64 taskId, const QString &taskPath = {})
    {
        clock.advanceMs(30'000);
        const QString p = taskPath.isEmpty() ? path(QStringLiteral("/task/%1").arg(taskId)) : taskPath;
        return api("GET", p).object();
    }

    // -- scenario steps (return false and warn on failure) --------------------------------------

    bool allow(const QString &network)
    {
        const Reply r = api("POST", path(QStringLiteral("/allowedNetwork")),
                            QJsonObject{{QStringLiteral("network"), network}});
        const qint64 task = r.object().value(QStringLiteral("taskId")).toInteger();
        if (r.status != 200 || settle(task).value(QStringLiteral("state")).toString() != QLatin1String("done")) {
            qWarning("allow(%s) failed: %d %s", qPrintable(network), r.status, r.body.constData());
            return false;
        }
        return true;
    }

    bool completeAdmin(const QString &phone = QStringLiteral("+33.612345678"))
    {
        const Reply r = api("POST", path(QStringLiteral("/user/11223/changeProperties")),
                            QJsonObject{{QStringLiteral("phoneNumber"), phone},
                                        {QStringLiteral("email"), QStringLiteral("camille@example.com")},
                                        {QStringLiteral("tokenValidator"), true}});
        const qint64 task = r.object().value(QStringLiteral("taskId")).toInteger();
        if (r.status != 200 || settle(task).value(QStringLiteral("state")).toString() != QLatin1String("done")) {
            qWarning("completeAdmin failed: %d %s", r.status, r.body.constData());
            return false;
        }
        return true;
    }

    static QString goodPassword() { return QStringLiteral("Practice-Pass-2026!"); }

    /// The TOTP code a phone would show now for an otpauth URI (client library as the "phone").
    QString phoneCode(const QString &uri, qint64 offsetSecs = 0)
    {
        const auto parsed = OtpAuthUri::parse(SecretBytes(uri.toUtf8()));
        if (!parsed)
            return {};
        return QString::fromLatin1(Totp::codeAt(parsed->secret, clock.nowSecs() + offsetSecs).expose());
    }

    /// Runs "password lost" up to the otpauth URI; returns {session, uri} or empty on failure.
    QPair<QString, QString> resetToTotp()
    {
        const Reply start = secure("POST", QStringLiteral("password-lost"),
                                   QJsonObject{{QStringLiteral("login"), QStringLiteral("admin")}});
        const QString session = start.object().value(QStringLiteral("session")).toString();
        const QString sms = lastMessage(QStringLiteral("sms")).value(QStringLiteral("code")).toString();
        const QString mail = lastMessage(QStringLiteral("email")).value(QStringLiteral("code")).toString();
        const Reply codes = secure("POST", QStringLiteral("password-lost/codes"),
                                   QJsonObject{{QStringLiteral("session"), session},
                                               {QStringLiteral("smsCode"), sms},
                                               {QStringLiteral("emailCode"), mail}});
        const Reply password = secure("POST", QStringLiteral("password-lost/password"),
                                      QJsonObject{{QStringLiteral("session"), session},
                                                  {QStringLiteral("password"), goodPassword()}});
        const QString uri = password.object().value(QStringLiteral("otpauthUri")).toString();
        if (start.status != 200 || codes.status != 200 || password.status != 200 || uri.isEmpty()) {
            qWarning("reset failed: %d %d %d %s", start.status, codes.status, password.status,
                     password.body.constData());
            return {};
        }
        return {session, uri};
    }

    /// Allowed network + complete admin + password + TOTP: the account is enabled.
    bool enrolAdmin()
    {
        if (!allow(QStringLiteral("203.0.113.0/24")) || !completeAdmin())
            return false;
        const auto [session, uri] = resetToTotp();
        const Reply r = secure("POST", QStringLiteral("password-lost/totp"),
                               QJsonObject{{QStringLiteral("session"), session},
                                           {QStringLiteral("code"), phoneCode(uri)}});
        if (r.status != 200) {
            qWarning("enrolment failed: %d %s", r.status, r.body.constData());
            return false;
        }
        return true;
    }

    /// enrolAdmin(), then the stage-2 test operation validated with the token its SMS gives:
    /// tokenValidation is delivered, and later sensitive operations wait for their own token.
    bool activateTokenValidation()
    {
        if (!enrolAdmin())
            return false;
        const Reply request = api("POST", path(s("/securityOptions/resumePendingEnabling")),
                                  QJsonObject{{s("option"), s("tokenValidation")}});
        const qint64 task = request.object().value(s("taskId")).toInteger();
        const QString token = lastMessage(s("sms")).value(s("code")).toString();
        const Reply r = secure("POST", s("operation-validation"), QJsonObject{{s("task"), task}, {s("token"), token}});
        if (r.status != 200) {
            qWarning("tokenValidation not validated: %d %s", r.status, r.body.constData());
            return false;
        }
        return true;
    }
};

} // namespace snc::test
