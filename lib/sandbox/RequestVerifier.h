// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHttp.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace snc::sandbox {

class CredentialStore;
class SandboxClock;
class UnpublishedChoices;
struct Credential;

/**
 * @brief The sandbox's own implementation of OVH's request signature (API notes §A.2), written
 * independently of the client's RequestSigner so that a bug on one side cannot hide on the
 * other: `"$1$" + hex(SHA1(AS+"+"+CK+"+"+METHOD+"+"+URL+"+"+BODY+"+"+TIMESTAMP))`, via OpenSSL's
 * EVP digest API.
 */
QByteArray ovhSignature(const QByteArray &applicationSecret, const QByteArray &consumerKey,
                        const QByteArray &method, const QByteArray &url, const QByteArray &body,
                        const QByteArray &timestamp);

/**
 * @brief The URLs a client may legitimately have signed for one request.
 *
 * 1. `scheme://<Host header><path?query>` — the full URL actually requested (our client);
 * 2. `scheme://<host without port><path?query>` — the official clients (node-ovh, python-ovh)
 *    sign `https://<host><path>` from their endpoint table, which has no port;
 * 3. `https://<host without port><path?query>` when the sandbox speaks plain HTTP, for the same
 *    reason (those clients always write "https").
 */
QList<QByteArray> signedUrlCandidates(bool tls, const QByteArray &hostHeader,
                                      const QByteArray &pathAndQuery);

/**
 * @brief Checks a signed API call and answers OVH's errors, in this order:
 *
 * | check                                   | answer                                          |
 * |-----------------------------------------|-------------------------------------------------|
 * | X-Ovh-Application missing or unknown    | 403 INVALID_KEY "This application key is invalid" |
 * | X-Ovh-Consumer missing                  | 401 "You must login first"                      |
 * | X-Ovh-Timestamp missing, or more than 300 s from the server's time (`/auth/time`) | 400 QUERY_TIME_OUT "Query out of time" |
 * | X-Ovh-Signature missing or wrong        | 400 INVALID_SIGNATURE "Invalid signature"       |
 * | consumer key unknown, of another application, refused or expired | 403 INVALID_CREDENTIAL "This credential is not valid" |
 * | consumer key pending validation         | 403 NOT_CREDENTIAL "This credential has not been validated yet" |
 * | credential's allowedIPs exclude the simulated client address | 403 FORBIDDEN "This credential can not be used from your IP address" |
 * | no access rule covers METHOD + path (`/auth/...` is always granted) | 403 NOT_GRANTED_CALL "This call has not been granted" |
 *
 * The pending-validation answer is not published (issue 16): field reports show the real API
 * answering `403 INVALID_CREDENTIAL` or `400 INVALID_SIGNATURE` (php-ovh #56, #62). The switch
 * `consumerKeyPending` (UnpublishedChoices, UNPUBLISHED.md) chooses between those and the
 * sandbox's older explicit `403 NOT_CREDENTIAL "…not been validated yet"`.
 */
class RequestVerifier
{
public:
    static constexpr qint64 timestampToleranceSecs = 300;

    RequestVerifier(CredentialStore *credentials, SandboxClock *clock, bool tls,
                    const UnpublishedChoices *unpublished = nullptr)
        : m_credentials(credentials), m_clock(clock), m_tls(tls), m_unpublished(unpublished)
    {
    }

    /// For RouteAccess::ApplicationKey: only the application key is checked.
    std::optional<SandboxResponse> checkApplicationKey(const SandboxRequest &request) const;
    /// For RouteAccess::Signed: on success sets request.credential and returns nullopt.
    std::optional<SandboxResponse> authenticate(SandboxRequest &request,
                                                const QByteArray &pathAndQuery,
                                                const QString &clientAddress) const;

private:
    CredentialStore *m_credentials;
    SandboxClock *m_clock;
    bool m_tls;
    const UnpublishedChoices *m_unpublished; ///< not owned; nullptr = every default
};

/// True when `address` (IPv4) lies inside one of the CIDR blocks ("203.0.113.0/24", "1.2.3.4").
bool addressInBlocks(const QString &address, const QStringList &blocks);

} // namespace snc::sandbox
