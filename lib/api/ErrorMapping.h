// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace snc {

/**
 * @brief Maps an HTTP error answer (status >= 400) to a typed ApiError. Pure; tested in
 * tst_apierrors.
 *
 * Reads the OVH body (`errorCode`, `httpCode`, `message`, `class`, `details`) when it is JSON.
 * Rules, first match wins:
 * - 400 INVALID_SIGNATURE -> InvalidSignature;
 * - errorCode QUERY_TIME_OUT / INVALID_TIMESTAMP / TIMESTAMP_*, or a 400/401/403 message about
 *   the timestamp or query time -> ClockSkew;
 * - 403 INVALID_KEY -> InvalidApplicationKey;
 * - CREDENTIAL_PENDING_VALIDATION (the sandbox), or NOT_CREDENTIAL / INVALID_CREDENTIAL whose
 *   message says the credential is "not been validated" / "pending validation" -> CredentialPending;
 * - 403 NOT_CREDENTIAL / INVALID_CREDENTIAL / CREDENTIAL_EXPIRED, 401 -> CredentialInvalid;
 * - 403 NOT_GRANTED_CALL -> NotGranted with `missingRule` = "METHOD /path" (the access-rule
 *   form of the call: no /1.0 prefix, no query); a 403 with IAM details
 *   (`details.unauthorizedActionsBy…`) -> NotGranted naming the missing IAM actions;
 * - other 403 (FORBIDDEN, e.g. IP restriction) -> NotGranted without missingRule; 404 NotFound; 409 Conflict; 429 RateLimited (with Retry-After);
 *   5xx ServerError; 460 Expired; other 4xx BadRequest.
 * `queryId` comes from X-Ovh-QueryID, `serverMessage` from `message`.
 */
ApiError mapHttpError(int httpStatus, const QByteArray &body, const QByteArray &queryId,
                      const QString &method, const QString &path,
                      const QByteArray &retryAfterHeader = {});

/// Maps a transport failure (no HTTP status) to Network, Timeout, Tls or Canceled.
ApiError mapNetworkError(QNetworkReply::NetworkError error, const QString &details);

/// Transport failures worth retrying for a GET (reset, remote closed, temporary failure), as
/// opposed to permanent ones (host not found, TLS, protocol errors).
bool isTransientNetworkError(QNetworkReply::NetworkError error);

/// Parses a `Retry-After` value: delta-seconds or an HTTP date relative to `nowSecs`; -1 if absent
/// or unparsable.
int parseRetryAfter(const QByteArray &value, qint64 nowSecs);

/// "GET /dedicatedCloud/pcc-1": the access-rule form of a call path (drops "/1.0" and the query;
/// keeps "/v2").
QString accessRuleFor(const QString &method, const QString &path);

} // namespace snc
