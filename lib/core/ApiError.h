// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace snc {

/**
 * @brief One typed failure of any operation (API call, keychain, crypto, validation).
 *
 * `userMessage()` is translated at the time it is called (so a language switch applies to errors
 * already on screen) and says what happened and what to do. `details` is log-safe technical text:
 * never a header value, a body, a key, a code or a password.
 */
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Network,                 ///< connection refused, host not found, reset
        Timeout,                 ///< no answer before the transfer timeout
        Tls,                     ///< certificate not trusted, expired, wrong host
        InvalidSignature,        ///< the application secret does not match the key
        ClockSkew,               ///< timestamp refused; `clockOffsetSeconds` says by how much
        CredentialPending,       ///< consumer key not validated yet
        CredentialInvalid,       ///< consumer key expired, revoked or unknown: authorize again
        InvalidApplicationKey,   ///< the application key does not exist
        NotGranted,              ///< access rules do not cover the call; `missingRule` names it
        NotFound,
        Conflict,
        BadRequest,              ///< the server refused a parameter
        RateLimited,
        ServerError,
        MalformedResponse,
        Canceled,                ///< the user or the program aborted the call
        Keychain,                ///< the OS keychain refused or is unavailable
        Crypto,                  ///< an OpenSSL operation failed
        Validation,              ///< local input check failed; nothing was sent
        Expired,                 ///< a token or task expired (e.g. the 15-minute SMS token)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString errorCode;   ///< OVH `errorCode` or `class`, when the server gave one
    QString queryId;     ///< `X-Ovh-QueryID`, for support tickets
    QString serverMessage; ///< the server's own `message` (never contains secrets)
    QString details;     ///< log-safe technical details
    QString missingRule; ///< for NotGranted: "GET /dedicatedCloud/*"
    qint64 clockOffsetSeconds = 0; ///< for ClockSkew
    int retryAfterSeconds = -1;    ///< for RateLimited, when `Retry-After` was given

    static ApiError make(Kind kind, QString details = {});
    /// A local check refused the input before any call: Kind::Validation, `message` (translated,
    /// shown as is) as serverMessage, "local check" as details.
    static ApiError localCheck(const QString &message);

    /// Translated, actionable sentence for the user, in the current UI language.
    QString userMessage() const;
    /// Short, untranslated identifier of the kind ("network", "invalid-signature", …) for logs and JSON.
    static QString kindName(Kind kind);
    /// One log-safe line: kind, status, errorCode, queryId, details.
    QString logLine() const;
};

} // namespace snc
