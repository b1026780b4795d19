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
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/VpnPage.h"

#include <QDir>
#include <QLineEdit>

#include <memory>

using MainWindowNames = snc::MainWindow::Names;
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
                    // Still waiting when the right is missing: that is the next step's.
                    return !m_vpn->needsPassword() && !m_vpn->isBusy()
                            && (m_vpn->status() != Status::WaitingForUser || m_vpn->isPskConfirmationOwed()
                                || m_vpn->nsxRightMissing());
                }};
    }

    /// The login's user lacks OVHcloud's NSX right or the network role NSX needs: "Grant the
    /// rights NSX needs", as a person would, then the tasks are followed and NSX read (issue 17,
    /// item 2).
    StepBody nsxRight()
    {
        return {[this] { return !m_vpn->nsxRightMissing() || m_ui.isEnabled(VpnNames::grantNsxRightButton); },
                [this] {
                    if (m_vpn->nsxRightMissing())
                        m_ui.click(VpnNames::grantNsxRightButton);
                },
                [this] {
                    return !m_vpn->nsxRightMissing() && !m_vpn->isBusy()
                           && (m_vpn->status() != Status::WaitingForUser || m_vpn->isPskConfirmationOwed());
                }};
    }

    StepBody inputs()
    {
        return {nullptr,
                [this] {
                    if (sessionUp())
                        return;
                    // A resumed run may find the tunnel set up but not up: its card is done and
                    // closed, and a person reopens it with Change to apply again.
                    reopenIfClosed(VpnNames::peerAddressEdit, VpnNames::tunnelStep);
                    m_ui.type(VpnNames::peerAddressEdit, QStringLiteral("203.0.113.50"));
                    m_ui.type(VpnNames::customerSubnetsEdit, QStringLiteral("192.168.10.0/24"));
                    m_ui.type(VpnNames::pccSubnetsEdit, QStringLiteral("172.16.0.0/24"));
                },
                [this] { return sessionUp() || m_ui.isEnabled(VpnNames::applyVpnButton); }};
    }

    StepBody apply()
    {
        return {nullptr,
                [this] {
                    if (!sessionUp())
                        m_ui.click(VpnNames::applyVpnButton);
                },
                // Up, not Done: Done waits for "I have stored it" (stage3-psk-saved).
                [this] { return sessionUp() && !m_vpn->isBusy(); }};
    }

    StepBody allowSubnets()
    {
        return {nullptr,
                [this] {
                    if (m_vpn->missingAllowedNetworks().isEmpty())
                        return;
                    // The key already said stored (a resumed run): the offer is on that done card.
                    reopenIfClosed(VpnNames::addAllowedNetworksButton, VpnNames::pskStep);
                    if (m_ui.isEnabled(VpnNames::addAllowedNetworksButton))
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

    /// A person stores the key shown once, then ticks "I have stored it" (issue 18 item 8): the
    /// stage is not Done before. The autopilot's "store" is the swanctl.conf it already saved.
    StepBody pskSaved()
    {
        // A restarted wizard reads an owed key back from the keychain before showing it again.
        return {[this] { return !m_vpn->isPskConfirmationOwed() || m_ui.isEnabled(VpnNames::pskStoredCheck); },
                [this] {
                    if (m_vpn->isPskConfirmationOwed())
                        m_ui.check(VpnNames::pskStoredCheck);
                },
                [this] { return !m_vpn->hasFreshPsk() && !m_vpn->isPskConfirmationOwed(); }};
    }

private:
    bool sessionUp() const { return m_vpn->sessionState() == VpnModel::SessionState::Up; }

    /// A widget on a done sub-step card is hidden: press the card's Change, as a person would.
    void reopenIfClosed(const char *widget, const char *card)
    {
        const QWidget *w = m_ui.find<QWidget>(widget);
        if (w && !w->isVisible()) {
            const QByteArray change = QByteArray(card) + "ChangeButton";
            if (m_ui.isEnabled(change.constData()))
                m_ui.click(change.constData());
        }
    }

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
            {"stage3-nsx-right",     120000, NoShot,           &S::nsxRight},
            {"stage3-inputs",        30000,  Shot,             &S::inputs},
            {"stage3-apply",         180000, Shot,             &S::apply},
            {"stage3-allow-subnets", 120000, Shot,             &S::allowSubnets},
            {"stage3-swanctl",       30000,  NoShot,           &S::swanctl},
            {"stage3-psk-saved",     30000,  NoShot,           &S::pskSaved},
    });
}

} // namespace snc
