// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonValue SandboxRequest::json(bool *ok) const
{
    if (body.trimmed().isEmpty()) {
        if (ok)
            *ok = true;
        return QJsonValue::Null;
    }
    // Wrap so scalars parse too ("true", "42"), as OVH accepts any JSON value as a body.
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &err);
    const bool good = err.error == QJsonParseError::NoError && doc.isArray()
            && doc.array().size() == 1;
    if (ok)
        *ok = good;
    return good ? doc.array().at(0) : QJsonValue();
}

QUrlQuery SandboxRequest::form() const
{
    QByteArray b = body;
    b.replace('+', ' '); // form encoding; QUrlQuery leaves '+' alone
    return QUrlQuery(QString::fromUtf8(b));
}

QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isNull() || value.isUndefined())
        return "null";
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString httpStatusLine(int status)
{
    static const QHash<int, QString> texts = {
            {200, u"OK"_s},
            {303, u"See Other"_s},
            {400, u"Bad Request"_s},
            {401, u"Unauthorized"_s},
            {403, u"Forbidden"_s},
            {404, u"Not Found"_s},
            {405, u"Method Not Allowed"_s},
            {409, u"Conflict"_s},
            {410, u"Gone"_s},
            {429, u"Too Many Requests"_s},
            {460, u"Resource Expired"_s},
            {500, u"Internal Server Error"_s},
            {502, u"Bad Gateway"_s},
            {503, u"Service Unavailable"_s},
    };
    const QString text = texts.value(status);
    return text.isEmpty() ? QString::number(status) : u"%1 %2"_s.arg(status).arg(text);
}

QString ovhErrorClass(int status)
{
    static const QHash<int, QString> classes = {
            {400, u"Client::BadRequest"_s},
            {401, u"Client::Unauthorized"_s},
            {403, u"Client::Forbidden"_s},
            {404, u"Client::NotFound"_s},
            {405, u"Client::MethodNotAllowed"_s},
            {409, u"Client::Conflict"_s},
            {410, u"Client::Gone"_s},
            {429, u"Client::TooManyRequests"_s},
            {460, u"Client::ResourceExpired"_s},
            {500, u"Server::InternalServerError"_s},
            {502, u"Server::BadGateway"_s},
            {503, u"Server::ServiceUnavailable"_s},
    };
    return classes.value(status, status >= 500 ? u"Server::InternalServerError"_s
                                               : u"Client::BadRequest"_s);
}

SandboxResponse SandboxResponse::json(const QJsonValue &value, int status)
{
    SandboxResponse r;
    r.status = status;
    r.body = jsonBytes(value);
    return r;
}

SandboxResponse SandboxResponse::error(int status, const QString &message)
{
    return json(QJsonObject{{u"class"_s, ovhErrorClass(status)}, {u"message"_s, message}}, status);
}

SandboxResponse SandboxResponse::authError(int status, const QString &errorCode,
                                           const QString &message)
{
    return json(QJsonObject{{u"class"_s, ovhErrorClass(status)},
                            {u"errorCode"_s, errorCode},
                            {u"httpCode"_s, httpStatusLine(status)},
                            {u"message"_s, message}},
                status);
}

SandboxResponse SandboxResponse::html(const QString &html, int status)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = html.toUtf8();
    return r;
}

SandboxResponse SandboxResponse::redirect(const QUrl &location)
{
    SandboxResponse r;
    r.status = 303;
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return r;
}

SandboxResponse SandboxResponse::notFound(const QString &what)
{
    return error(404, u"The requested object (%1) does not exist"_s.arg(what));
}

} // namespace snc::sandbox
