// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace snc::sandbox {

class SandboxServer;

/**
 * @brief Registers every domain module (dedicatedCloud, secure interface, outbox, …) on a server
 * that has not started yet. Both `snc-sandbox` and the wizard's embedded sandbox call this, so
 * the two always simulate the same OVHcloud.
 */
void registerStandardModules(SandboxServer &server);

} // namespace snc::sandbox
