// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace snc {

/**
 * @brief The OVH request signature (§A.2 of the API notes): "$1$" followed by the lower-case
 * hex SHA-1 of `AS+CK+METHOD+FULL_URL+BODY+TIMESTAMP`.
 *
 * Pure function, no state, no logging. `fullUrl` must be the exact encoded URL that is sent
 * (`QUrl::toEncoded()`), `body` the exact bytes sent ("" when none), `method` upper case and
 * `timestamp` the server-adjusted UNIX time also sent in `X-Ovh-Timestamp`.
 */
QByteArray signRequest(const QByteArray &applicationSecret, const QByteArray &consumerKey,
                       const QByteArray &method, const QByteArray &fullUrl,
                       const QByteArray &body, qint64 timestamp);

} // namespace snc
