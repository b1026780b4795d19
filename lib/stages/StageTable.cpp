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
    // Titles keep StageCatalog's translation context: the catalogues do not change.
    static const std::array<Entry, count> table{{
        {1,
         //: Step 1 of the guide "Getting started with your SecNumCloud vSphere"
         QT_TRANSLATE_NOOP3("StageCatalog", "Authorize IP addresses", "@title stage"),
         "autoriser_des_ip_a_se_connecter_au_vcenter",
         [](const Build &b) -> StageModel * { return new AllowedNetworksModel(b.context, b.parent); }},
        {2, QT_TRANSLATE_NOOP3("StageCatalog", "Advanced security", "@title stage"), "interface-secure",
         [](const Build &b) -> StageModel * {
             auto *security = new AdminSecurityModel(b.context, b.parent);
             security->setSettings(b.settings);
             return security;
         }},
        {3, QT_TRANSLATE_NOOP3("StageCatalog", "IPsec VPN with NSX", "@title stage"), "nsx-12-configure-ipsec",
         // Stages 3 and 4 reach stage 1's networks and stage 3's session through the context's services.
         [](const Build &b) -> StageModel * {
             auto *vpn = new VpnModel(b.context, b.parent);
             vpn->setWizardSettings(b.settings);
             return vpn;
         }},
        {4, QT_TRANSLATE_NOOP3("StageCatalog", "Private gateway", "@title stage"), "private_gateway",
         [](const Build &b) -> StageModel * { return new PrivateGatewayModel(b.context, b.parent); }},
        {5, QT_TRANSLATE_NOOP3("StageCatalog", "KMS for encryption", "@title stage"), "vmware_okms_vm-encrypt",
         [](const Build &b) -> StageModel * { return new VmEncryptionModel(b.context, b.parent); }},
        // No guide of its own: the getting-started guide.
        {6, QT_TRANSLATE_NOOP3("StageCatalog", "SecNumCloud compliance", "@title stage"), nullptr, &createActivation},
    }};
    return table;
}

} // namespace snc::StageTable
