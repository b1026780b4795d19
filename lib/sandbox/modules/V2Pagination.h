// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"

#include <QJsonArray>

namespace snc::sandbox::v2 {

/// Items per page of every v2 list. OVHcloud does not publish its page size; one item per page
/// makes every list of two or more page, so that the wizard's cursor following is exercised end
/// to end (lib/sandbox/UNPUBLISHED.md).
inline constexpr int kPageSize = 1;

/**
 * @brief One page of a v2 list, as OVHcloud's v2 API pages: the request's `X-Pagination-Cursor`
 * (absent: the first page) says where the page starts; the answer's `X-Pagination-Cursor-Next`
 * is the cursor of the next page, absent on the last one. The cursor is opaque to clients
 * (here: the offset, base64url); one the sandbox did not give is answered 400.
 */
SandboxResponse page(const QJsonArray &all, const SandboxRequest &request, int pageSize = kPageSize);

} // namespace snc::sandbox::v2
