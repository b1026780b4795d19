// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Endpoint.h"

#include <QUrl>

namespace snc {

/**
 * @brief Whether the consumer-key validation URL returned by POST /auth/credential may be opened
 * (issue 15 item 14). Pure.
 *
 * The user types the OVHcloud account password on that page, so it must be HTTPS on OVHcloud:
 *  - an OVHcloud region (Endpoint::forId): `https`, no user info, default port, host `ovh.com`,
 *    `ovh.ca`, `ovhcloud.com` or one of their subdomains (www.ovh.com, eu.api.ovh.com,
 *    ca.ovh.com, us.ovhcloud.com…);
 *  - a custom endpoint (the sandbox): `https` on any host, or the very origin (scheme, host,
 *    port) of the API base the user chose, which the wizard already talks to; never plain
 *    `http` elsewhere.
 * Anything else (http on another host, a look-alike host such as ovh.com.evil.example, a
 * `javascript:` or `file:` URL) is refused; `why` (log-safe, English) says why.
 */
bool isAcceptableValidationUrl(const QUrl &url, const Endpoint &endpoint, QString *why = nullptr);

} // namespace snc
