// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace snc::sandbox {

struct Credential;

/**
 * @brief One request as a sandbox handler sees it (already matched, authenticated and past the
 * fault injector).
 */
struct SandboxRequest
{
    QByteArray method;        ///< "GET", "POST", …
    QString path;             ///< as requested, percent-encoded, no query ("/1.0/me")
    QString routeKey;         ///< "GET /1.0/dedicatedCloud/{serviceName}" (the pattern)
    QHash<QString, QString> params; ///< path parameters, percent-decoded
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QHostAddress peer;        ///< the real socket peer (loopback in practice)
    Credential *credential = nullptr; ///< the consumer key of a signed call
    QUrl baseUrl;             ///< the sandbox's own base URL ("http://127.0.0.1:PORT")

    QByteArray header(const QByteArray &name) const; ///< case-insensitive, first match
    QString param(const QString &name) const { return params.value(name); }
    /// The body as JSON; `ok` false when the body is not valid JSON (an empty body is null).
    QJsonValue json(bool *ok = nullptr) const;
    /// application/x-www-form-urlencoded body (browser forms).
    QUrlQuery form() const;
};

/**
 * @brief What a handler answers. JSON by default (`Content-Type: application/json`).
 *
 * OVH's two error shapes are both here: the auth layer's
 * `{"errorCode","httpCode","message"}` (authError) and the API's `{"class","message"}` (error).
 */
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(const QJsonValue &value, int status = 200);
    /// `{"class":"Client::NotFound","message":…}`; the class is derived from the status.
    static SandboxResponse error(int status, const QString &message);
    /// `{"class":"Client::Forbidden","errorCode":…,"httpCode":"403 Forbidden","message":…}`.
    static SandboxResponse authError(int status, const QString &errorCode,
                                     const QString &message);
    static SandboxResponse html(const QString &html, int status = 200);
    static SandboxResponse redirect(const QUrl &location);
    /// 404 for a missing object, with OVH's wording.
    static SandboxResponse notFound(const QString &what);
};

/// Serialises any JSON value, scalars included (QJsonDocument only takes arrays and objects).
QByteArray jsonBytes(const QJsonValue &value);
/// "403 Forbidden", "429 Too Many Requests", …
QString httpStatusLine(int status);
/// OVH error class for a status: "Client::Forbidden", "Server::InternalServerError", …
QString ovhErrorClass(int status);

} // namespace snc::sandbox
