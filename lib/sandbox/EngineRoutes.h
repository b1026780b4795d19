// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace snc::sandbox {

class Router;
struct SandboxContext;

/**
 * @brief The engine's own routes, registered by SandboxServer before the modules' routes:
 *
 * - `GET /1.0/auth/time` (public), `POST /1.0/auth/credential` (application key only),
 *   `GET /1.0/auth/currentCredential`, `GET /1.0/auth/details`, `POST /1.0/auth/logout`,
 *   `GET /1.0/me` (signed);
 * - the browser validation page `GET|POST /auth/?credentialToken=…` (a real HTML form);
 * - introspection, loopback only: `GET /sandbox/stats`, `POST /sandbox/stats/reset`,
 *   `POST /sandbox/validate-credential` (the JSON twin of the validation page).
 *
 * Handlers use only `context` (not owned; must outlive the router).
 */
void registerEngineRoutes(Router &router, SandboxContext *context);

/// The validation URL of a pending credential: `<baseUrl>/auth/?credentialToken=<token>`.
QString validationUrlFor(const QString &baseUrl, const QString &credentialToken);

} // namespace snc::sandbox
