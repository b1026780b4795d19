// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusTone.h"

#include <QListWidget>
#include <QPointer>

class QStackedWidget;

namespace snc {

struct RailSubStep;
class WizardController;

/**
 * @brief The window's side rail: one entry per page (connection, the six stages, the summary),
 * each with its status as StatusTone shows it (icon, word, colour, drawn by StatusRailDelegate)
 * and, for the current stage, its sub-steps.
 *
 * The word is StatusTone::word(), also in the entry's accessible name and first in its tooltip,
 * so what is heard is what is seen. Choosing an entry asks the controller to go there; a stage it
 * may not enter keeps the row. Follows the stage models (status, busy, task) and retranslates on
 * QEvent::LanguageChange. `controller` and `pages` (the window's page stack, read for the current
 * page's sub-steps) are not owned and outlive the rail.
 */
class StageRail : public QListWidget
{
    Q_OBJECT
public:
    StageRail(WizardController *controller, QStackedWidget *pages, QWidget *parent = nullptr);

    /// The status entry `index` shows; the summary follows stage 6.
    StatusTone::Kind tone(int index) const;
    QString statusWord(int index) const;
    /// The current stage's sub-steps (StatusRailDelegate::subStepsRole); empty for the others.
    QList<RailSubStep> subSteps(int index) const;
    /// Marks `page` as the current entry (the controller moved), without asking it again.
    void showCurrent(int page);
    /// Re-reads every entry from the models and the current page (titles, words, sub-steps).
    void refill();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<WizardController> m_controller;
    QPointer<QStackedWidget> m_pages;
};

} // namespace snc
