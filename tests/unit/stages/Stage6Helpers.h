// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the stage-6 tests (tst_activationmodel, tst_activationtasks): the sandbox with the
// earlier stages recorded as done, without driving them (they have their own tests).
#pragma once

#include "SandboxFixture.h"

#include "sandbox/modules/DedicatedCloudModule.h"
#include "stages/activation/ActivationModel.h"

#include <QSignalSpy>

namespace snc::test {

/// Stages 1–2 as the sandbox records them when done, stages 3–5 through the snc hooks; `vpn`
/// decides stage 3's, the one tst_activationmodel plays with.
inline void earlierStagesDone(SandboxFixture &f, bool vpn)
{
    auto *dc = f.modules.dedicatedCloud;
    auto *service = dc->service(f.serviceName());
    service->properties.insert(QStringLiteral("userAccessPolicy"), QStringLiteral("filtered"));
    sandbox::DedicatedCloudModule::Network n;
    n.id = 9001;
    n.network = QStringLiteral("203.0.113.0/24");
    n.state = QStringLiteral("allowed");
    n.created = true;
    service->networks.emplace(n.id, n);
    for (auto &[id, u] : service->users) {
        u.info.insert(QStringLiteral("phoneNumber"), QStringLiteral("+33.612345678"));
        u.info.insert(QStringLiteral("email"), QStringLiteral("admin@example.com"));
        u.info.insert(QStringLiteral("isTokenValidator"), true);
        u.info.insert(QStringLiteral("activationState"), QStringLiteral("enabled"));
        u.totpSecret = QByteArray(20, 'k');
    }
    service->optionStates.insert(QStringLiteral("tokenValidation"), QStringLiteral("delivered"));
    // What the policy's task does (the property is set here without one).
    service->optionStates.insert(QStringLiteral("accessNetworkFiltered"), QStringLiteral("delivered"));
    dc->sncHooks().vpnConfigured = [vpn](const QString &) { return vpn; };
    dc->sncHooks().privateGatewayEnabled = [](const QString &) { return true; };
    dc->sncHooks().kmsRegistered = [](const QString &) { return true; };
}

/// Refreshes the model and waits for the answer; true when the read succeeded.
inline bool refreshed(ActivationModel &model)
{
    QSignalSpy spy(&model, &StageModel::refreshed);
    model.refresh();
    return spy.wait(10000) && spy.first().first().toBool();
}

} // namespace snc::test
