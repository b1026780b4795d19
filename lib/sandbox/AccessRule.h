// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace snc::sandbox {

/// @brief One consumer-key access rule: an HTTP method and a path where `*` matches any run of
/// characters (slashes included, possibly empty), as OVH applies them.
///
/// Paths are compared percent-decoded, without the query string, and without the `/1.0` (or
/// `/v1`) prefix; v2 calls keep their `/v2` prefix, so a rule for them is written
/// `GET /v2/okms/*` (the API notes leave this open, §A.4; the sandbox and the client agree on
/// it). `/dedicatedCloud/*` therefore does not match `/dedicatedCloud` itself.
struct AccessRule
{
    QString method;
    QString path;

    bool matches(const QString &method, const QString &rulePathForm) const;
    static bool pathMatches(const QString &pattern, const QString &path);
    /// Parses `[{"method":"GET","path":"/*"},…]`; nullopt (with a reason) if malformed.
    static std::optional<QList<AccessRule>> parseList(const QJsonArray &array, QString *error);
    static QJsonArray toJson(const QList<AccessRule> &rules);
};

/// The path an access rule is matched against: decoded, no query, no /1.0 or /v1 prefix.
QString accessRulePath(const QString &requestPath);

} // namespace snc::sandbox
