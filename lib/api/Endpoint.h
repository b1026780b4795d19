// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace snc {

/**
 * @brief One OVHcloud API region (ovh-eu, ovh-ca, ovh-us) or a custom base URL (the sandbox).
 *
 * `apiBase` is versionless (scheme, host, optional port; no path), so one signer and one client
 * serve `/1.0` and `/v2` alike. A default-constructed Endpoint is invalid (`isValid()` false).
 * Plain value type; no ownership.
 */
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
public:
    QString id;            ///< "ovh-eu", "ovh-ca", "ovh-us" or "custom"
    QUrl apiBase;          ///< e.g. https://eu.api.ovh.com (no version, no trailing slash)
    QUrl createAppUrl;     ///< page that creates an application key + secret
    QUrl createTokenUrl;   ///< page that creates AK + AS + CK at once
    QUrl oauth2TokenUrl;   ///< OAuth2 client-credentials token URL (empty for custom)
    QUrl consoleUrl;       ///< the API console

    bool isValid() const { return !id.isEmpty() && apiBase.isValid() && !apiBase.host().isEmpty(); }
    bool isCustom() const { return id == QLatin1String("custom"); }

    /// Translated name for display ("OVHcloud Europe", "Custom server (localhost:8443)", …).
    QString displayName() const;

    /**
     * @brief The absolute URL of an API path.
     *
     * `path` is already %-encoded per segment (build it with encodePathSegment()). "/me" becomes
     * `<apiBase>/1.0/me`; a path starting with "/v1/" or "/v2/" (or equal to "/v1", "/v2") is
     * appended as is. Query keys and values are %-encoded like path segments ('+' and '&' in a
     * value stay data). The result is parsed in strict mode; `QUrl::toEncoded()` of it is exactly
     * what is signed and sent. Returns an invalid QUrl when `path` does not start with '/'.
     */
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    /// The known region ("ovh-eu", "ovh-ca", "ovh-us"), or an invalid Endpoint when `id` is
    /// unknown. Custom base URLs go through custom().
    static Endpoint forId(const QString &id);
    /// ovh-eu (first: the default for SecNumCloud), ovh-ca, ovh-us.
    static QList<Endpoint> known();
    /// A custom versionless base URL (the sandbox). A trailing "/1.0" or "/" is stripped.
    static Endpoint custom(const QUrl &base);
};

/**
 * @brief %-encodes one path segment so that '/', '%', '?', '#', '+', ' ', ':' and non-ASCII
 * characters cannot change the meaning of the path (e.g. "192.0.2.0/24" -> "192.0.2.0%2F24").
 * Unreserved characters (RFC 3986: ALPHA DIGIT - . _ ~) are left as they are.
 */
QString encodePathSegment(const QString &segment);

} // namespace snc
