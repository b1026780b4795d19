// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeArea.h"

#include "OutboxFeed.h"
#include "OutboxPanel.h"
#include "PracticeRibbon.h"
#include "api/ApiClient.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/WizardSettings.h"
#include "stages/connection/ConnectionModel.h"

namespace snc {

PracticeArea::PracticeArea(WizardController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
    const PracticeSandbox &sandbox = controller->connection()->practiceSandbox();
    m_feed = new OutboxFeed(controller->context()->api()->networkAccessManager(), sandbox.apiBase,
                            sandbox.caCertificates, this);
    m_feed->setControlSecret(sandbox.controlSecret);
    // Practice chosen again after another region: a new embedded sandbox (AppSession), so the
    // feed follows its address, CA and control secret.
    connect(controller->connection(), &ConnectionModel::endpointChanged, m_feed, [this] {
        const PracticeSandbox &now = m_controller->connection()->practiceSandbox();
        if (now.isValid())
            m_feed->setSandbox(now.apiBase, now.caCertificates, now.controlSecret);
    });
    m_panel = new OutboxPanel(m_feed);
    connect(m_panel, &OutboxPanel::vcenterConfiguredClicked, m_feed,
            [this] { m_feed->confirmVcenterConfigured(m_controller->context()->serviceName()); });
    connect(m_panel, &OutboxPanel::hideRequested, this, [this] { emit shownRequested(false); });
    m_ribbon = new PracticeRibbon;
    connect(m_ribbon, &PracticeRibbon::panelToggled, this, &PracticeArea::shownRequested);
    m_feed->start();
}

PracticeArea::~PracticeArea()
{
    stop();
}

OutboxPanel *PracticeArea::panel() const
{
    return m_panel;
}

PracticeRibbon *PracticeArea::ribbon() const
{
    return m_ribbon;
}

void PracticeArea::setShown(bool shown)
{
    if (m_controller)
        m_controller->settings()->setPracticePanelShown(shown);
    if (m_ribbon)
        m_ribbon->setPanelShown(shown);
    if (m_panel)
        m_panel->setVisible(shown && inPractice());
}

bool PracticeArea::inPractice() const
{
    return m_controller && m_controller->connection()->endpointId() == ConnectionModel::sandboxEndpointId();
}

void PracticeArea::followRegion()
{
    const bool active = inPractice();
    // Practice in words across the window (the ribbon), never production.
    if (m_ribbon)
        m_ribbon->setVisible(active);
    if (m_panel)
        m_panel->setVisible(active && m_controller && m_controller->settings()->practicePanelShown());
    if (active)
        m_feed->start();
    else
        m_feed->stop();
}

void PracticeArea::stop()
{
    m_feed->stop();
}

} // namespace snc
