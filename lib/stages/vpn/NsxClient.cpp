// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/NsxClient.h"

#include "api/Endpoint.h"
#include "core/Log.h"
#include "stages/StageContext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

constexpr int kTimeoutMs = 30000;

/// A 404 told apart by what was asked: the wizard's IPsec session (not created yet, or deleted
/// in NSX), an object under a Tier-0 (the Tier-0 or the wizard's service gone), anything else.
ApiError notFound(const QString &path, const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::NotFound, u"nsx: not found"_s);
    const bool underTier0 = path.startsWith("/infra/tier-0s/"_L1);
    if (underTier0 && path.contains("/sessions/"_L1)) {
        e.errorCode = u"NSX_NO_SESSION"_s;
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "NSX Manager has no IPsec session of the wizard yet (or it was deleted in NSX). "
                "Apply to create it.", "@error");
    } else if (underTier0) {
        e.errorCode = u"NSX_NO_TIER0"_s;
        //: %1 NSX's own message
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "NSX Manager no longer has the Tier-0 gateway ovh-T0-gw, or the wizard's VPN service "
                "on it, as it was found (%1). Refresh: the wizard looks ovh-T0-gw up again by its "
                "name. If it is not listed, contact OVHcloud support.", "@error").arg(message);
    } else {
        e.errorCode = u"NSX_NOT_FOUND"_s;
        //: %1 NSX's own message
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "NSX Manager has no such object (%1). Refresh, then try again.", "@error").arg(message);
    }
    return e;
}

ApiError mapError(int status, const QJsonObject &body, QNetworkReply::NetworkError net, const QString &user,
                  const QString &path, bool passwordSent)
{
    if (status == 0) {
        if (net == QNetworkReply::OperationCanceledError)
            return ApiError::make(ApiError::Kind::Canceled, u"nsx: canceled"_s);
        if (net == QNetworkReply::TimeoutError)
            return ApiError::make(ApiError::Kind::Timeout, u"nsx: timeout"_s);
        if (net == QNetworkReply::SslHandshakeFailedError)
            return ApiError::make(ApiError::Kind::Tls, u"nsx: TLS"_s);
        return ApiError::make(ApiError::Kind::Network, u"nsx: network error %1"_s.arg(int(net)));
    }
    const QString message = body.value("error_message"_L1).toString();
    ApiError e;
    // 401: who you are was refused. NSX itself answers a wrong password with 403 and "The
    // credentials were incorrect…" (nsx-ipsec.md §4): that is a credentials refusal too. Any
    // other 403: the user is known but lacks a right (nsxRight, the datacenter's networks).
    const bool credentials = status == 401
            || (status == 403 && message.contains("credentials"_L1, Qt::CaseInsensitive));
    if (status == 401 && !passwordSent) {
        // Nothing was presented: no password given yet (or forgotten after a refusal).
        e = ApiError::make(ApiError::Kind::Validation, u"nsx: no credentials sent"_s);
        e.errorCode = u"NSX_AUTH"_s;
        //: %1 the NSX login (user@PCC address)
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "NSX Manager asks who you are: no login has been sent yet, or it was forgotten. Enter "
                "the password of %1, then use it.", "@error").arg(user);
    } else if (credentials) {
        e = ApiError::make(ApiError::Kind::Validation, u"nsx: authentication refused"_s);
        e.errorCode = u"NSX_AUTH"_s;
        //: %1 the NSX login (user@PCC address)
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "The NSX Manager refused the login %1 with this password. Check the login (the user, "
                "@, then the PCC's address) and enter that user's password (for admin, the one you "
                "defined in stage 2).", "@error").arg(user);
    } else if (status == 403) {
        e = ApiError::make(ApiError::Kind::Validation, u"nsx: right missing"_s); // shown as is, like NSX_AUTH
        e.errorCode = u"NSX_RIGHTS"_s;
        //: %1 the NSX login (user@PCC address)
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "The NSX Manager knows %1 but refused the operation: the user lacks the NSX right or "
                "rights on the datacenter's networks. Give the user the NSX right and the network "
                "rights (OVHcloud Control Panel, your service, Users), then try again.", "@error").arg(user);
    } else if (status == 404) {
        e = notFound(path, message);
    } else if (status >= 500) {
        e = ApiError::make(ApiError::Kind::ServerError, u"nsx: server error"_s);
        e.serverMessage = message;
    } else {
        e = ApiError::make(ApiError::Kind::BadRequest, u"nsx: refused"_s);
        e.serverMessage = message;
        e.errorCode = QString::number(body.value("error_code"_L1).toInt());
    }
    e.httpStatus = status;
    return e;
}

} // namespace

bool NsxClient::mayCarryPassword(const QUrl &url)
{
    if (url.scheme() == "https"_L1)
        return true;
    // Plain HTTP only to this computer (a local snc-sandbox without --tls): nothing on the wire.
    const QString host = url.host().toLower();
    if (url.scheme() != "http"_L1 || host.isEmpty())
        return false;
    if (host == "localhost"_L1)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

NsxClient::NsxClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

NsxClient::~NsxClient()
{
    abortAll();
}

void NsxClient::setCredentials(const QString &user, SecretBytes password)
{
    m_user = user;
    m_password = std::move(password);
}

void NsxClient::get(const QString &path, QObject *context, Handler handler, const QUrlQuery &query)
{
    send("GET", path, query, {}, context, std::move(handler));
}

void NsxClient::patch(const QString &path, const QJsonValue &body, QObject *context, Handler handler)
{
    send("PATCH", path, {}, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact), context,
         std::move(handler));
}

void NsxClient::patchBytes(const QString &path, SecretBytes body, QObject *context, Handler handler)
{
    auto kept = std::make_shared<SecretBytes>(std::move(body));
    QNetworkReply *reply = send("PATCH", path, {}, kept->expose(), context, std::move(handler));
    if (!reply) {
        kept->clear(); // refused before sending
        return;
    }
    // Qt's upload buffer shares these bytes while the reply lives; once it is destroyed the
    // buffer is ours alone again and is wiped (SecretBytes::clear()).
    connect(reply, &QObject::destroyed, this, [kept] { kept->clear(); });
}

void NsxClient::abortAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply> &r : replies) {
        if (r)
            r->abort();
    }
}

QNetworkReply *NsxClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, QObject *context, Handler handler)
{
    if (m_base.isEmpty()) {
        ApiError e = ApiError::make(ApiError::Kind::Validation, u"nsx: no manager address"_s);
        e.errorCode = u"NSX_NO_ADDRESS"_s;
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "NSX Manager's address is not known yet. Refresh from OVHcloud, then try again.", "@error");
        QTimer::singleShot(0, context ? context : this, [handler = std::move(handler), e] { handler(e); });
        return nullptr; // nothing sent
    }
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    if (!m_password.isEmpty() && !mayCarryPassword(url)) {
        // Basic authentication is the password in clear: never over plain HTTP to another host.
        qCWarning(lcStage).noquote() << "nsx" << method << path << "refused: the password over plain HTTP";
        ApiError e = ApiError::make(ApiError::Kind::Validation, u"nsx: basic auth over plain http refused"_s);
        e.errorCode = u"NSX_PLAIN_HTTP"_s;
        //: %1 host name of the NSX Manager
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxClient",
                "The NSX Manager at %1 is not reached over HTTPS: the wizard does not send the admin "
                "password there.", "@error").arg(url.host());
        QTimer::singleShot(0, context ? context : this, [handler = std::move(handler), e] { handler(e); });
        return nullptr; // nothing sent
    }
    if (!m_password.isEmpty()) {
        // user:password and its Base64 form built in buffers of ours and wiped here; the header
        // value handed to Qt is a copy that lives in the request and the reply (out of reach).
        const QByteArray user = m_user.toUtf8();
        QByteArray raw;
        raw.reserve(user.size() + 1 + m_password.size());
        raw.append(user);
        raw.append(':');
        raw.append(m_password.expose());
        QByteArray encoded = raw.toBase64();
        wipe(raw);
        QByteArray header;
        header.reserve(6 + encoded.size());
        header.append("Basic ");
        header.append(encoded);
        wipe(encoded);
        request.setRawHeader("Authorization", header);
        wipe(header);
    }
    if (url.scheme() == "https"_L1 && !m_cas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_cas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    m_replies << reply;
    const QString logPath = path;
    const bool passwordSent = !m_password.isEmpty();
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [this, reply, handler = std::move(handler), method, logPath, passwordSent]() {
                m_replies.removeAll(reply);
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray bytes = reply->readAll();
                qCInfo(lcStage).noquote() << "nsx" << method << logPath << status;
                QJsonParseError pe{};
                const QJsonDocument doc = bytes.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(bytes, &pe);
                if (status >= 200 && status < 300) {
                    if (!bytes.isEmpty() && pe.error != QJsonParseError::NoError) {
                        handler(ApiError::make(ApiError::Kind::MalformedResponse, u"nsx: not JSON"_s));
                        return;
                    }
                    handler(doc.isObject() ? QJsonValue(doc.object())
                                           : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue());
                    return;
                }
                handler(mapError(status, doc.object(), reply->error(), m_user, logPath, passwordSent));
            });
    return reply;
}

} // namespace snc
