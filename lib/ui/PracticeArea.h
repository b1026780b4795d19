// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace snc {

class OutboxFeed;
class OutboxPanel;
class PracticeRibbon;
class WizardController;

/**
 * @brief The practice sandbox's part of the main window (issue 18 item 10): the outbox feed that
 * polls the sandbox, the practice phone and mailbox panel it fills, and the PRACTICE ribbon, kept
 * in step with the region chosen and with whether the person wants the panel shown (remembered in
 * WizardSettings).
 *
 * Made only for a session with a practice sandbox. Owns the feed; panel() and ribbon() are made
 * without a parent for the window to place (its layouts own them then). The panel's Hide button
 * and the ribbon's toggle ask through shownRequested(); the window answers with setShown() (it
 * also keeps its View menu's action in step). `controller` is not owned and outlives this.
 */
class PracticeArea : public QObject
{
    Q_OBJECT
public:
    PracticeArea(WizardController *controller, QObject *parent = nullptr);
    ~PracticeArea() override;

    OutboxFeed *feed() const { return m_feed; }
    OutboxPanel *panel() const;
    PracticeRibbon *ribbon() const;

    /// Shows or hides the panel (while connected to the sandbox) and remembers the choice.
    void setShown(bool shown);
    /// Follows the region chosen: the ribbon, the panel and the polling while the practice
    /// sandbox is the region, never with OVHcloud's.
    void followRegion();
    /// Stops polling (the window closes: no reply lands on a half-destroyed panel).
    void stop();

signals:
    /// The panel's Hide button or the ribbon's toggle.
    void shownRequested(bool shown);

private:
    /// The practice sandbox is the region chosen.
    bool inPractice() const;

    QPointer<WizardController> m_controller;
    OutboxFeed *m_feed;
    QPointer<OutboxPanel> m_panel;
    QPointer<PracticeRibbon> m_ribbon;
};

} // namespace snc
