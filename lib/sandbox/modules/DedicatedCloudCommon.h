// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal helpers shared by the DedicatedCloudModule*.cpp files (not installed, not a contract).

#include "sandbox/SandboxHttp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace snc::sandbox::dc {

inline QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

/// The request body as a JSON object; nullopt (and `error` set to a 400) otherwise.
inline std::optional<QJsonObject> bodyObject(const SandboxRequest &request,
                                             SandboxResponse *error, bool allowEmpty = false)
{
    bool ok = false;
    const QJsonValue v = request.json(&ok);
    if (ok && v.isObject())
        return v.toObject();
    if (ok && allowEmpty && v.isNull())
        return QJsonObject();
    *error = SandboxResponse::error(400, str("Invalid body: a JSON object is expected"));
    return std::nullopt;
}

/**
 * The body prologue every handler that reads a body shares: `handle(body)` with the request
 * body as a JSON object, or the 400 bodyObject() answers. `allowEmpty`: no body reads as {}.
 */
template <class Handle>
SandboxResponse withBody(const SandboxRequest &request, Handle &&handle, bool allowEmpty = false)
{
    SandboxResponse error;
    const auto body = bodyObject(request, &error, allowEmpty);
    return body ? handle(*body) : error;
}

/// A numeric path parameter; -1 when not a positive integer.
inline qint64 idParam(const SandboxRequest &request, const QString &name)
{
    bool ok = false;
    const qint64 id = request.param(name).toLongLong(&ok);
    return ok && id > 0 ? id : -1;
}

/// Secure-interface error: `{"class","message","errorCode"}` plus optional extra fields.
inline SandboxResponse secureError(int status, const char *errorCode, const QString &message,
                                   QJsonObject extra = {})
{
    extra.insert(QStringLiteral("class"), ovhErrorClass(status));
    extra.insert(QStringLiteral("message"), message);
    extra.insert(QStringLiteral("errorCode"), str(errorCode));
    return SandboxResponse::json(extra, status);
}

inline QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace snc::sandbox::dc
