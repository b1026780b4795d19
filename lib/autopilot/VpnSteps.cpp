// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3's step table: the IPsec VPN in NSX Manager, its subnets allowed, swanctl.conf exported
// into the screenshots folder, the fresh pre-shared key acknowledged.
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/vpn/VpnModel.h"
#include "ui/MainWindow.h"
#include "ui/PageStatusLine.h"
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/VpnPage.h"

#include <QDir>
#include <QLineEdit>

#include <memory>

using MainWindowNames = snc::MainWindow::Names;
using PageStatusLineNames = snc::PageStatusLine::Names;
using SecureInterfaceNames = snc::SecureInterfaceSection::Names;
using VpnNames = snc::VpnPage::Names;

namespace snc {

namespace {

class VpnSteps
{
public:
    using Status = StageModel::Status;

    VpnSteps(UiDriver &ui, const QString &folder)
        : m_ui(ui), m_c(ui.controller()), m_vpn(m_c->vpn()), m_networks(m_c->allowedNetworks()), m_folder(folder)
    {
        notePassword();
        auto exported = m_exported;
        QObject::connect(m_vpn, &VpnModel::exportFinished, ui.window(), [exported](bool ok) { *exported = ok; });
    }

    StepBody open()
    {
        return {[this] { return m_ui.isEnabled(MainWindowNames::nextButton); },
                [this] { m_ui.click(MainWindowNames::nextButton); },
                [this] { return m_c->currentPage() == 3 && m_vpn->status() != Status::Unknown && !m_vpn->isBusy(); }};
    }

    StepBody password()
    {
        return {[this] { return !m_vpn->needsPassword() || m_ui.isEnabled(VpnNames::nsxPasswordButton); },
                [this] {
                    if (!m_vpn->needsPassword())
                        return;
                    if (m_password->isEmpty())
                        return m_ui.fail(QStringLiteral("the stage-2 password is not known to this run"));
                    m_ui.type(VpnNames::nsxPasswordEdit, *m_password);
                    m_ui.click(VpnNames::nsxPasswordButton);
                },
                [this] {
                    // Waiting for the customer's confirmation (a resumed run: the VPN is already up)
                    // is not waiting for the password.
                    return !m_vpn->needsPassword() && !m_vpn->isBusy()
                            && (m_vpn->status() != Status::WaitingForUser || m_vpn->awaitsManualStep());
                }};
    }

    StepBody inputs()
    {
        return {nullptr,
                [this] {
                    if (done())
                        return;
                    m_ui.type(VpnNames::peerAddressEdit, QStringLiteral("203.0.113.50"));
                    m_ui.type(VpnNames::customerSubnetsEdit, QStringLiteral("192.168.10.0/24"));
                    m_ui.type(VpnNames::pccSubnetsEdit, QStringLiteral("172.16.0.0/24"));
                },
                [this] { return done() || m_ui.isEnabled(VpnNames::applyVpnButton); }};
    }

    StepBody apply()
    {
        return {nullptr,
                [this] {
                    if (!done())
                        m_ui.click(VpnNames::applyVpnButton);
                },
                [this] { return done() && !m_vpn->isBusy(); }};
    }

    StepBody allowSubnets()
    {
        return {nullptr,
                [this] {
                    if (!m_vpn->missingAllowedNetworks().isEmpty() && m_ui.isEnabled(VpnNames::addAllowedNetworksButton))
                        m_ui.click(VpnNames::addAllowedNetworksButton);
                },
                [this] {
                    return m_vpn->missingAllowedNetworks().isEmpty() && !m_networks->isBusy()
                            && !m_networks->isTaskRunning();
                }};
    }

    StepBody swanctl()
    {
        return {nullptr,
                [this] {
                    if (m_folder.isEmpty()) {
                        *m_exported = true;
                        return;
                    }
                    QDir().mkpath(m_folder);
                    m_vpn->exportSwanctl(QDir(m_folder).filePath(QStringLiteral("swanctl.conf")));
                },
                [this] { return *m_exported; }};
    }

    StepBody pskSaved()
    {
        return {nullptr,
                [this] {
                    if (m_vpn->hasFreshPsk())
                        m_ui.click(VpnNames::pskSavedButton);
                },
                [this] { return !m_vpn->hasFreshPsk(); }};
    }

    /// A person who stored the pre-shared key says so: stage 3 is done only then.
    StepBody confirmManualStep()
    {
        return {[this] { return done(); },
                [this] { m_ui.check(PageStatusLineNames::manualStepCheck); },
                [this] { return m_vpn->status() == Status::Done; }};
    }

private:
    /// OVHcloud's part done (the customer's confirmation may still be missing: confirmManualStep()).
    bool done() const { return m_vpn->status() == Status::Done || m_vpn->awaitsManualStep(); }

    /// The NSX Manager takes the admin password set in stage 2, which the wizard does not keep.
    /// A person notes the password they generate; the autopilot does the same by watching the
    /// stage-2 password field (in memory only, for this run).
    void notePassword()
    {
        auto *field = m_ui.window()->findChild<QLineEdit *>(QLatin1String(SecureInterfaceNames::passwordEdit));
        if (!field)
            return;
        auto password = m_password;
        QObject::connect(field, &QLineEdit::textChanged, m_ui.window(), [password](const QString &text) {
            if (!text.isEmpty())
                *password = text;
        });
    }

    UiDriver &m_ui;
    WizardController *m_c;
    VpnModel *m_vpn;
    AllowedNetworksModel *m_networks;
    const QString m_folder;
    /// Shared with the signal connections, which may outlive the steps.
    std::shared_ptr<QString> m_password = std::make_shared<QString>();
    std::shared_ptr<bool> m_exported = std::make_shared<bool>(false);
};

} // namespace

QList<AutopilotStep> steps::vpn(UiDriver &ui, const QString &folder)
{
    WizardController *c = ui.controller();
    if (!c->vpn() || !c->privateGateway() || !c->allowedNetworks())
        return {};
    using S = VpnSteps;
    return makeSteps(std::make_shared<S>(ui, folder), 3, {
            {"stage3-open",          60000,  Shot | OpensPage, &S::open},
            {"stage3-password",      60000,  Shot,             &S::password},
            {"stage3-inputs",        30000,  Shot,             &S::inputs},
            {"stage3-apply",         180000, Shot,             &S::apply},
            {"stage3-allow-subnets", 120000, Shot,             &S::allowSubnets},
            {"stage3-swanctl",       30000,  NoShot,           &S::swanctl},
            {"stage3-psk-saved",     30000,  NoShot,           &S::pskSaved},
            {"stage3-confirm-psk-stored", 30000, NoShot,        &S::confirmManualStep},
    });
}

} // namespace snc
