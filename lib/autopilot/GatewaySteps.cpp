// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 4's step table: the private gateway's inputs, its network allowed, the checks, enabling.
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "stages/gateway/PrivateGatewayModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/Ipv4Block.h"
#include "ui/MainWindow.h"
#include "ui/PageStatusLine.h"
#include "ui/pages/PrivateGatewayPage.h"

#include <algorithm>

using MainWindowNames = snc::MainWindow::Names;
using PageStatusLineNames = snc::PageStatusLine::Names;
using PrivateGatewayNames = snc::PrivateGatewayPage::Names;

namespace snc {

namespace {

class GatewaySteps
{
public:
    using Status = StageModel::Status;

    explicit GatewaySteps(UiDriver &ui)
        : m_ui(ui), m_c(ui.controller()), m_gateway(m_c->privateGateway()), m_networks(m_c->allowedNetworks())
    {
    }

    StepBody open()
    {
        return {[this] { return m_ui.isEnabled(MainWindowNames::nextButton); },
                [this] { m_ui.click(MainWindowNames::nextButton); },
                [this] { return m_c->currentPage() == 4 && m_gateway->status() != Status::Unknown && !m_gateway->isBusy(); }};
    }

    StepBody inputs()
    {
        return {nullptr,
                [this] {
                    if (done() || changing())
                        return;
                    m_ui.type(PrivateGatewayNames::gatewayIpEdit, QStringLiteral("172.16.0.1"));
                    m_ui.type(PrivateGatewayNames::netmaskEdit, QStringLiteral("255.255.255.0"));
                    m_ui.type(PrivateGatewayNames::portgroupEdit, QStringLiteral("pg-vrack-admin"));
                },
                [this] { return done() || changing() || m_ui.isEnabled(PrivateGatewayNames::runChecksButton); }};
    }

    StepBody allowNetwork()
    {
        // A change already under way (a resumed run) shows card 4.2: 4.1's buttons are closed away.
        return {[this] {
                    return done() || changing() || networkAllowed()
                            || m_ui.isEnabled(PrivateGatewayNames::addGatewayNetworkButton);
                },
                [this] {
                    if (!done() && !changing() && !networkAllowed())
                        m_ui.click(PrivateGatewayNames::addGatewayNetworkButton);
                },
                [this] {
                    return done() || changing()
                            || (networkAllowed() && !m_networks->isBusy() && !m_networks->isTaskRunning());
                }};
    }

    StepBody checks()
    {
        return {[this] { return done() || changing() || m_ui.isEnabled(PrivateGatewayNames::runChecksButton); },
                [this] {
                    if (!done() && !changing())
                        m_ui.click(PrivateGatewayNames::runChecksButton);
                },
                [this] { return done() || changing() || checksAnswered(); }};
    }

    StepBody enable()
    {
        // The button is enabled once the checks are green or the phrase is typed (the page follows
        // the model's guard): ready when it is, or when the page asks for the phrase while idle.
        return {[this] {
                    return done() || m_ui.isEnabled(PrivateGatewayNames::enableGatewayButton)
                            || (m_ui.isEnabled(PrivateGatewayNames::riskConfirmationEdit) && checksAnswered()
                                && !m_gateway->isBusy() && !m_gateway->isTaskRunning()
                                && m_gateway->inputProblems().isEmpty());
                },
                [this] {
                    if (done())
                        return;
                    // This machine's hosts file is not edited by the autopilot: the risk is
                    // accepted in words, as the page asks.
                    if (!m_gateway->allChecksPass())
                        m_ui.type(PrivateGatewayNames::riskConfirmationEdit, m_gateway->confirmationPhrase());
                    m_ui.click(PrivateGatewayNames::enableGatewayButton);
                },
                [this] { return done() && !m_gateway->isBusy(); }};
    }

    /// A person who added the hosts-file line says so: stage 4 is done only then.
    StepBody confirmManualStep()
    {
        return {[this] { return done(); },
                [this] { m_ui.check(PageStatusLineNames::manualStepCheck); },
                [this] { return m_gateway->status() == Status::Done; }};
    }

private:
    /// OVHcloud's part done (the customer's confirmation may still be missing: confirmManualStep()).
    bool done() const { return m_gateway->status() == Status::Done || m_gateway->awaitsManualStep(); }

    /// The gateway is being enabled or disabled (a run resumed after a crash finds it so): the
    /// page follows it on card 4.2, 4.1's fields and buttons closed, and stage4-enable waits.
    bool changing() const
    {
        const QString state = m_gateway->state();
        return m_gateway->isTaskRunning() || state == QLatin1String("enabling") || state == QLatin1String("disabling");
    }

    /// The gateway's network (the stage-3 PCC subnet) is inside an active allowed network.
    bool networkAllowed() const
    {
        const Ipv4Block wanted = Ipv4Block::parse(QStringLiteral("172.16.0.0/24"));
        const auto blocks = m_networks->activeBlocks();
        return std::any_of(blocks.begin(), blocks.end(), [&wanted](const Ipv4Block &b) { return b.contains(wanted); });
    }

    /// Every check has a result (pass or fail) and none is running.
    bool checksAnswered() const
    {
        const auto list = m_gateway->checks();
        return !m_gateway->isChecking() && std::none_of(list.begin(), list.end(), [](const GuardCheck &g) {
            return g.result == GuardCheck::Result::Unknown;
        });
    }

    UiDriver &m_ui;
    WizardController *m_c;
    PrivateGatewayModel *m_gateway;
    AllowedNetworksModel *m_networks;
};

} // namespace

QList<AutopilotStep> steps::privateGateway(UiDriver &ui)
{
    WizardController *c = ui.controller();
    if (!c->vpn() || !c->privateGateway() || !c->allowedNetworks())
        return {};
    using S = GatewaySteps;
    return makeSteps(std::make_shared<S>(ui), 4, {
            {"stage4-open",          60000,  Shot | OpensPage, &S::open},
            {"stage4-inputs",        30000,  Shot,             &S::inputs},
            {"stage4-allow-network", 120000, Shot,             &S::allowNetwork},
            {"stage4-checks",        60000,  Shot,             &S::checks},
            {"stage4-enable",        180000, Shot,             &S::enable},
            {"stage4-confirm-hosts-file", 30000, NoShot,        &S::confirmManualStep},
    });
}

} // namespace snc
