// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Autopilot steps for stages 3 and 4. They append to m_steps and add 3 and 4 to
// m_coveredStages once the stages' pages exist.
#include "Autopilot.h"

#include "stages/WizardController.h"
#include "stages/gateway/PrivateGatewayModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/vpn/VpnModel.h"
#include "ui/MainWindow.h"
#include "ui/pages/PrivateGatewayPage.h"
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/VpnPage.h"

#include <QDir>
#include <QLineEdit>

#include <memory>

using MainWindowNames = snc::MainWindow::Names;
using PrivateGatewayNames = snc::PrivateGatewayPage::Names;
using SecureInterfaceNames = snc::SecureInterfaceSection::Names;
using VpnNames = snc::VpnPage::Names;

namespace snc {

void Autopilot::buildStage34Steps()
{
    WizardController *c = controller();
    VpnModel *vpn = c->vpn();
    PrivateGatewayModel *gateway = c->privateGateway();
    AllowedNetworksModel *networks = c->allowedNetworks();
    if (!vpn || !gateway || !networks)
        return;
    m_coveredStages << 3 << 4;
    using Status = StageModel::Status;

    // The NSX Manager takes the admin password set in stage 2, which the wizard does not keep.
    // A person notes the password they generate; the autopilot does the same by watching the
    // stage-2 password field (in memory only, for this run).
    auto password = std::make_shared<QString>();
    if (auto *field = m_window->findChild<QLineEdit *>(QLatin1String(SecureInterfaceNames::passwordEdit))) {
        connect(field, &QLineEdit::textChanged, this, [password](const QString &text) {
            if (!text.isEmpty())
                *password = text;
        });
    }
    auto exported = std::make_shared<bool>(false);
    connect(vpn, &VpnModel::exportFinished, this, [exported](bool ok) { *exported = ok; });

    // ---- Stage 3 ------------------------------------------------------------------------------
    m_steps << Step{QStringLiteral("stage3-open"), 3, 60000,
                    [this] { return isEnabled(MainWindowNames::nextButton); }, [this] { click(MainWindowNames::nextButton); },
                    [c, vpn] { return c->currentPage() == 3 && vpn->status() != Status::Unknown && !vpn->isBusy(); }, true, true};
    m_steps << Step{QStringLiteral("stage3-password"), 3, 60000,
                    [this, vpn] { return !vpn->needsPassword() || isEnabled(VpnNames::nsxPasswordButton); },
                    [this, vpn, password] {
                        if (!vpn->needsPassword())
                            return;
                        if (password->isEmpty())
                            return fail(QStringLiteral("the stage-2 password is not known to this run"));
                        type(VpnNames::nsxPasswordEdit, *password);
                        click(VpnNames::nsxPasswordButton);
                    },
                    [vpn] { return !vpn->needsPassword() && !vpn->isBusy() && vpn->status() != Status::WaitingForUser; }};
    m_steps << Step{QStringLiteral("stage3-inputs"), 3, 30000, nullptr,
                    [this, vpn] {
                        if (vpn->status() == Status::Done)
                            return;
                        type(VpnNames::peerAddressEdit, QStringLiteral("203.0.113.50"));
                        type(VpnNames::customerSubnetsEdit, QStringLiteral("192.168.10.0/24"));
                        type(VpnNames::pccSubnetsEdit, QStringLiteral("172.16.0.0/24"));
                    },
                    [this, vpn] { return vpn->status() == Status::Done || isEnabled(VpnNames::applyVpnButton); }};
    m_steps << Step{QStringLiteral("stage3-apply"), 3, 180000, nullptr,
                    [this, vpn] {
                        if (vpn->status() != Status::Done)
                            click(VpnNames::applyVpnButton);
                    },
                    [vpn] { return vpn->status() == Status::Done && !vpn->isBusy(); }};
    m_steps << Step{QStringLiteral("stage3-allow-subnets"), 3, 120000, nullptr,
                    [this, vpn] {
                        if (!vpn->missingAllowedNetworks().isEmpty() && isEnabled(VpnNames::addAllowedNetworksButton))
                            click(VpnNames::addAllowedNetworksButton);
                    },
                    [vpn, networks] {
                        return vpn->missingAllowedNetworks().isEmpty() && !networks->isBusy() && !networks->isTaskRunning();
                    }};
    m_steps << Step{QStringLiteral("stage3-swanctl"), 3, 30000, nullptr,
                    [this, vpn, exported] {
                        if (m_screenshots.isEmpty()) {
                            *exported = true;
                        } else {
                            QDir().mkpath(m_screenshots);
                            vpn->exportSwanctl(QDir(m_screenshots).filePath(QStringLiteral("swanctl.conf")));
                        }
                    },
                    [exported] { return *exported; }, false};
    m_steps << Step{QStringLiteral("stage3-psk-saved"), 3, 30000, nullptr,
                    [this, vpn] {
                        if (vpn->hasFreshPsk())
                            click(VpnNames::pskSavedButton);
                    },
                    [vpn] { return !vpn->hasFreshPsk(); }, false};

    // ---- Stage 4 ------------------------------------------------------------------------------
    const QString gatewayNetwork = QStringLiteral("172.16.0.0/24");
    m_steps << Step{QStringLiteral("stage4-open"), 4, 60000,
                    [this] { return isEnabled(MainWindowNames::nextButton); }, [this] { click(MainWindowNames::nextButton); },
                    [c, gateway] { return c->currentPage() == 4 && gateway->status() != Status::Unknown && !gateway->isBusy(); }, true, true};
    m_steps << Step{QStringLiteral("stage4-inputs"), 4, 30000, nullptr,
                    [this, gateway] {
                        if (gateway->status() == Status::Done)
                            return;
                        type(PrivateGatewayNames::gatewayIpEdit, QStringLiteral("172.16.0.1"));
                        type(PrivateGatewayNames::netmaskEdit, QStringLiteral("255.255.255.0"));
                        type(PrivateGatewayNames::portgroupEdit, QStringLiteral("pg-vrack-admin"));
                    },
                    [this, gateway] { return gateway->status() == Status::Done || isEnabled(PrivateGatewayNames::runChecksButton); }};
    const auto networkAllowed = [networks, gatewayNetwork] {
        const Ipv4Block wanted = Ipv4Block::parse(gatewayNetwork);
        const auto blocks = networks->activeBlocks();
        return std::any_of(blocks.begin(), blocks.end(), [&wanted](const Ipv4Block &b) { return b.contains(wanted); });
    };
    m_steps << Step{QStringLiteral("stage4-allow-network"), 4, 120000,
                    [this, gateway, networkAllowed] {
                        return gateway->status() == Status::Done || networkAllowed() || isEnabled(PrivateGatewayNames::addGatewayNetworkButton);
                    },
                    [this, gateway, networkAllowed] {
                        if (gateway->status() != Status::Done && !networkAllowed())
                            click(PrivateGatewayNames::addGatewayNetworkButton);
                    },
                    [gateway, networks, networkAllowed] {
                        return gateway->status() == Status::Done
                                || (networkAllowed() && !networks->isBusy() && !networks->isTaskRunning());
                    }};
    m_steps << Step{QStringLiteral("stage4-checks"), 4, 60000,
                    [this, gateway] { return gateway->status() == Status::Done || isEnabled(PrivateGatewayNames::runChecksButton); },
                    [this, gateway] {
                        if (gateway->status() != Status::Done)
                            click(PrivateGatewayNames::runChecksButton);
                    },
                    [gateway] {
                        if (gateway->status() == Status::Done)
                            return true;
                        const auto checks = gateway->checks();
                        return !gateway->isChecking() && std::none_of(checks.begin(), checks.end(), [](const GuardCheck &g) {
                            return g.result == GuardCheck::Result::Unknown;
                        });
                    }};
    m_steps << Step{QStringLiteral("stage4-enable"), 4, 180000,
                    [this, gateway] { return gateway->status() == Status::Done || isEnabled(PrivateGatewayNames::enableGatewayButton); },
                    [this, gateway] {
                        if (gateway->status() == Status::Done)
                            return;
                        // This machine's hosts file is not edited by the autopilot: the risk is
                        // accepted in words, as the page asks.
                        if (!gateway->allChecksPass())
                            type(PrivateGatewayNames::riskConfirmationEdit, gateway->confirmationPhrase());
                        click(PrivateGatewayNames::enableGatewayButton);
                    },
                    [gateway] { return gateway->status() == Status::Done && !gateway->isBusy(); }};
}

} // namespace snc
