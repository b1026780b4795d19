// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandardModules.h"

#include "sandbox/SandboxServer.h"

namespace snc::sandbox {

void registerStandardModules(SandboxServer &server)
{
    Q_UNUSED(server)
    // Domain modules are added here as the stages arrive.
}

} // namespace snc::sandbox
