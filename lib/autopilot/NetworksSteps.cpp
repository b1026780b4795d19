// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 1's step table: this workstation's address allowed, then the filtered access policy.
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "ui/MainWindow.h"
#include "ui/pages/AllowedNetworksPage.h"

#include <QCoreApplication>
#include <QLineEdit>

using AllowedNetworksNames = snc::AllowedNetworksPage::Names;
using MainWindowNames = snc::MainWindow::Names;

namespace snc {

namespace {

class NetworksSteps
{
public:
    explicit NetworksSteps(UiDriver &ui) : m_ui(ui), m_c(ui.controller()), m_networks(m_c->allowedNetworks()) {}

    StepBody open()
    {
        return {[this] { return m_ui.isEnabled(MainWindowNames::nextButton); },
                [this] { m_ui.click(MainWindowNames::nextButton); },
                [this] {
                    return m_c->currentPage() == 1 && m_networks->status() != StageModel::Status::Unknown
                            && !m_networks->isBusy();
                }};
    }

    StepBody myAddress()
    {
        // Already allowed (a resumed run): the address card is done and closed, nothing to press.
        return {[this] { return hasAllowed() || m_ui.isEnabled(AllowedNetworksNames::useMyAddressButton); },
                [this] {
                    if (!hasAllowed())
                        m_ui.click(AllowedNetworksNames::useMyAddressButton);
                },
                [this] {
                    auto *edit = m_ui.find<QLineEdit>(AllowedNetworksNames::networkEdit);
                    return hasAllowed() || (edit && !edit->text().isEmpty());
                }};
    }

    StepBody add()
    {
        return {[this] { return hasAllowed() || m_ui.isEnabled(AllowedNetworksNames::addNetworkButton); },
                [this] {
                    if (hasAllowed())
                        return;
                    m_ui.type(AllowedNetworksNames::descriptionEdit,
                              QCoreApplication::translate("snc::Autopilot", "Practice workstation", "@info autopilot"));
                    m_ui.click(AllowedNetworksNames::addNetworkButton);
                },
                [this] { return hasAllowed() && !m_networks->isTaskRunning() && !m_networks->isBusy(); }};
    }

    StepBody policy()
    {
        return {[this] { return m_networks->isPolicyFiltered() || m_ui.isEnabled(AllowedNetworksNames::setFilteredButton); },
                [this] {
                    if (!m_networks->isPolicyFiltered())
                        m_ui.click(AllowedNetworksNames::setFilteredButton);
                },
                [this] { return m_networks->status() == StageModel::Status::Done && !m_networks->isBusy(); }};
    }

private:
    /// At least one network is in the "allowed" state (added and delivered).
    bool hasAllowed() const
    {
        const auto list = m_networks->networks();
        return std::any_of(list.begin(), list.end(),
                           [](const AllowedNetwork &n) { return n.state == QLatin1String("allowed"); });
    }

    UiDriver &m_ui;
    WizardController *m_c;
    AllowedNetworksModel *m_networks;
};

} // namespace

QList<AutopilotStep> steps::allowedNetworks(UiDriver &ui)
{
    using S = NetworksSteps;
    return makeSteps(std::make_shared<S>(ui), 1, {
            {"stage1-open",       60000,  Shot | OpensPage, &S::open},
            {"stage1-my-address", 30000,  NoShot,           &S::myAddress},
            {"stage1-add",        120000, Shot,             &S::add},
            {"stage1-policy",     120000, Shot,             &S::policy},
    });
}

} // namespace snc
