// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal helpers shared by the NsxModule*.cpp files (not installed, not a contract).

#include "sandbox/SandboxHttp.h"

#include <QJsonObject>
#include <QString>

namespace snc::sandbox::nsx {

inline QString httpName(int status)
{
    switch (status) {
    case 400: return QStringLiteral("BAD_REQUEST");
    case 401: return QStringLiteral("UNAUTHORIZED");
    case 403: return QStringLiteral("FORBIDDEN");
    case 404: return QStringLiteral("NOT_FOUND");
    default: return QStringLiteral("INTERNAL_SERVER_ERROR");
    }
}

/// NSX's error body (nsx-ipsec.md §4).
inline SandboxResponse nsxError(int status, int code, const QString &message)
{
    return SandboxResponse::json(QJsonObject{{QStringLiteral("httpStatus"), httpName(status)},
                                             {QStringLiteral("error_code"), code},
                                             {QStringLiteral("module_name"), QStringLiteral("Policy")},
                                             {QStringLiteral("error_message"), message}},
                                 status);
}

/// The profile map key of Kind::Ike (0), Kind::Tunnel (1) or Kind::Dpd (2).
inline QString profileKey(int kind)
{
    return kind == 0 ? QStringLiteral("ike") : kind == 1 ? QStringLiteral("tunnel") : QStringLiteral("dpd");
}

} // namespace snc::sandbox::nsx
