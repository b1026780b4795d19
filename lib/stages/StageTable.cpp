// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/StageTable.h"

#include "stages/WizardSettings.h"
#include "stages/activation/ActivationModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "stages/gateway/PrivateGatewayModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/vpn/VpnModel.h"

#include <QtGlobal>

#include <optional>

namespace snc::StageTable {

namespace {

template <class Model>
Model *earlier(const Build &b, int number)
{
    return qobject_cast<Model *>(b.earlier(number));
}

StageModel *createActivation(const Build &b)
{
    auto *activation = new ActivationModel(b.context, b.parent);
    AllowedNetworksModel *networks = earlier<AllowedNetworksModel>(b, 1);
    PrivateGatewayModel *gateway = earlier<PrivateGatewayModel>(b, 4);
    // The report's networks and gateway come from their own stages when those have read them and
    // are not reading again (a refresh of everything reads them once, shared): one read each.
    activation->setReportDetailsSource([networks, gateway]() -> std::optional<ActivationModel::ReportDetails> {
        const auto read = [](const StageModel *m) { return m->status() != StageModel::Status::Unknown && !m->isBusy(); };
        const auto datacenters = gateway->datacenters();
        if (!read(networks) || !read(gateway) || datacenters.size() != 1 || datacenters.first().id != gateway->datacenterId())
            return std::nullopt;
        ActivationModel::ReportDetails details;
        details.userAccessPolicy = networks->userAccessPolicy();
        for (const AllowedNetwork &n : networks->networks()) {
            if (n.state == QLatin1String("allowed"))
                details.allowedNetworks << n.network;
        }
        details.gateways << ActivationModel::ReportDetails::Gateway{gateway->datacenterId(), gateway->serverIp(),
                                                                    gateway->serverNetmask(), gateway->serverPortgroup(),
                                                                    gateway->state()};
        return details;
    });
    return activation;
}

} // namespace

const std::array<Entry, count> &entries()
{
    static const std::array<Entry, count> table{{
        {1, [](const Build &b) -> StageModel * { return new AllowedNetworksModel(b.context, b.parent); }},
        {2,
         [](const Build &b) -> StageModel * {
             auto *security = new AdminSecurityModel(b.context, b.parent);
             security->setSettings(b.settings);
             return security;
         }},
        // Stages 3 and 4 reach stage 1's networks and stage 3's session through the context's services.
        {3,
         [](const Build &b) -> StageModel * {
             auto *vpn = new VpnModel(b.context, b.parent);
             vpn->setWizardSettings(b.settings);
             return vpn;
         }},
        {4, [](const Build &b) -> StageModel * { return new PrivateGatewayModel(b.context, b.parent); }},
        {5, [](const Build &b) -> StageModel * { return new VmEncryptionModel(b.context, b.parent); }},
        {6, &createActivation},
    }};
    return table;
}

} // namespace snc::StageTable
