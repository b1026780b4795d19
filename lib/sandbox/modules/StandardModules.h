// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace snc::sandbox {

class DedicatedCloudModule;
class OkmsModule;
class Outbox;
class SandboxServer;

/// The modules registerStandardModules() created (owned by the server), for tests that need to
/// look inside or to replace a hook. Add a member when a module needs it.
struct StandardModuleSet
{
    Outbox *outbox = nullptr;
    DedicatedCloudModule *dedicatedCloud = nullptr;
    OkmsModule *okms = nullptr;
};

/**
 * @brief Registers every domain module (dedicatedCloud, secure interface, outbox, …) on a server
 * that has not started yet. Both `snc-sandbox` and the wizard's embedded sandbox call this, so
 * the two always simulate the same OVHcloud.
 */
StandardModuleSet registerStandardModules(SandboxServer &server);

} // namespace snc::sandbox
