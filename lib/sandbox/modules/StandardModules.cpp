// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandardModules.h"

#include "DedicatedCloudModule.h"
#include "Outbox.h"
#include "sandbox/SandboxServer.h"

namespace snc::sandbox {

void registerStandardModules(SandboxServer &server)
{
    // The outbox is registered first and lives as long as the server, like every module: the
    // dedicatedCloud module keeps a plain pointer to it.
    auto outbox = std::make_unique<Outbox>();
    Outbox *outboxPtr = outbox.get();
    server.registerModule(std::move(outbox));
    server.registerModule(std::make_unique<DedicatedCloudModule>(outboxPtr));
}

} // namespace snc::sandbox
