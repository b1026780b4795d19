// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagePages.h"

#include "pages/ActivationPage.h"
#include "pages/AdminSecurityPage.h"
#include "pages/AllowedNetworksPage.h"
#include "pages/CompletionPage.h"
#include "pages/ConnectPage.h"
#include "pages/PrivateGatewayPage.h"
#include "pages/VmEncryptionPage.h"
#include "pages/VpnPage.h"
#include "stages/WizardController.h"
#include "stages/activation/ActivationModel.h"
#include "stages/connection/ConnectionModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "stages/gateway/PrivateGatewayModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/vpn/VpnModel.h"

namespace snc::StagePages {

namespace {

/// The model of page `number`, as the type its page takes.
template <class Model>
Model *model(WizardController *c, int number)
{
    return qobject_cast<Model *>(c->stage(number));
}

} // namespace

const std::array<Entry, count> &entries()
{
    // Rows in page order; a missing one would leave a null factory (create() asserts it).
    static const std::array<Entry, count> table{{
        {0, [](WizardController *c) -> StagePage * { return new ConnectPage(c->connection()); }},
        {1, [](WizardController *c) -> StagePage * { return new AllowedNetworksPage(model<AllowedNetworksModel>(c, 1)); }},
        {2, [](WizardController *c) -> StagePage * { return new AdminSecurityPage(model<AdminSecurityModel>(c, 2)); }},
        {3, [](WizardController *c) -> StagePage * { return new VpnPage(model<VpnModel>(c, 3)); }},
        {4, [](WizardController *c) -> StagePage * { return new PrivateGatewayPage(model<PrivateGatewayModel>(c, 4)); }},
        {5, [](WizardController *c) -> StagePage * { return new VmEncryptionPage(model<VmEncryptionModel>(c, 5)); }},
        {6, [](WizardController *c) -> StagePage * { return new ActivationPage(model<ActivationModel>(c, 6), c); }},
        {WizardController::completionPage, [](WizardController *c) -> StagePage * { return new CompletionPage(c); }},
    }};
    return table;
}

StagePage *create(int number, WizardController *controller)
{
    const auto &table = entries();
    if (!controller || number < 0 || number >= int(table.size()))
        return nullptr;
    Q_ASSERT(table.at(number).number == number && table.at(number).createPage);
    return table.at(number).createPage(controller);
}

} // namespace snc::StagePages
