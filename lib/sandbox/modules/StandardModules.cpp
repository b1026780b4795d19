// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandardModules.h"

#include "DedicatedCloudInfraModule.h"
#include "DedicatedCloudModule.h"
#include "NsxModule.h"
#include "OkmsModule.h"
#include "Outbox.h"
#include "sandbox/SandboxServer.h"

namespace snc::sandbox {

StandardModuleSet registerStandardModules(SandboxServer &server)
{
    // The outbox is registered first and lives as long as the server, like every module: the
    // dedicatedCloud module keeps a plain pointer to it.
    auto outbox = std::make_unique<Outbox>();
    Outbox *outboxPtr = outbox.get();
    server.registerModule(std::move(outbox));
    auto dedicatedCloud = std::make_unique<DedicatedCloudModule>(outboxPtr);
    DedicatedCloudModule *dedicatedCloudPtr = dedicatedCloud.get();
    server.registerModule(std::move(dedicatedCloud));
    // Stages 3-4: the public IP block, datacenters and private gateway; the NSX Manager.
    // Their state is what `snc` asks for stages 3 and 4 (the hooks below).
    auto infra = std::make_unique<DedicatedCloudInfraModule>(dedicatedCloudPtr);
    DedicatedCloudInfraModule *infraPtr = infra.get();
    server.registerModule(std::move(infra));
    auto nsx = std::make_unique<NsxModule>(dedicatedCloudPtr, infraPtr);
    NsxModule *nsxPtr = nsx.get();
    server.registerModule(std::move(nsx));
    dedicatedCloudPtr->sncHooks().vpnConfigured = [nsxPtr](const QString &sn) {
        return nsxPtr->sessionConfigured(sn);
    };
    dedicatedCloudPtr->sncHooks().privateGatewayEnabled = [infraPtr](const QString &sn) {
        return infraPtr->privateGatewayEnabled(sn);
    };
    // Stage 5: OKMS and the vmEncryption KMS list; a registered KMS is the last snc prerequisite.
    auto okms = std::make_unique<OkmsModule>(dedicatedCloudPtr);
    OkmsModule *okmsPtr = okms.get();
    server.registerModule(std::move(okms));
    dedicatedCloudPtr->sncHooks().kmsRegistered = [okmsPtr](const QString &sn) {
        return okmsPtr->isKmsRegistered(sn);
    };
    return StandardModuleSet{outboxPtr, dedicatedCloudPtr, okmsPtr};
}

} // namespace snc::sandbox
