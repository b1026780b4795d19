// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageRail.h"

#include "pages/StagePage.h"
#include "stages/PageStatus.h"
#include "stages/TaskProgress.h"
#include "stages/WizardController.h"
#include "widgets/PlainText.h"
#include "widgets/Spacing.h"
#include "widgets/StatusRailDelegate.h"
#include "widgets/SubStepCard.h"

#include <QEvent>
#include <QStackedWidget>

namespace snc {

StageRail::StageRail(WizardController *controller, QStackedWidget *pages, QWidget *parent)
    : QListWidget(parent), m_controller(controller), m_pages(pages)
{
    setMinimumWidth(230);
    setWordWrap(true);
    setSpacing(Spacing::tight / 2);
    setItemDelegate(new StatusRailDelegate(this)); // icon, title, status word, sub-steps
    for (int i = 0; i <= WizardController::completionPage; ++i)
        addItem(QString());
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        // The rail is a gesture like Back/Next; a stage it may not enter keeps the row.
        if (row >= 0 && m_controller && !m_controller->goTo(row))
            setCurrentRow(m_controller->currentPage());
    });
    for (int i = 0; i <= WizardController::stageCount; ++i) {
        StageModel *stage = controller->stage(i);
        if (!stage)
            continue;
        connect(stage, &StageModel::statusChanged, this, &StageRail::refill);
        // The word follows whose turn it is, as the status line does (a task that starts or ends
        // changes it without changing the status).
        connect(stage, &StageModel::busyChanged, this, &StageRail::refill);
        if (stage->taskProgress())
            connect(stage->taskProgress(), &TaskProgress::changed, this, &StageRail::refill);
    }
    setAccessibleName(tr("Onboarding stages", "@label accessible"));
}

StatusTone::Kind StageRail::tone(int index) const
{
    // The completion screen is reached once stage 6 is done: its status follows stage 6.
    const int stage = index == WizardController::completionPage ? WizardController::stageCount : index;
    const StageModel *model = m_controller ? m_controller->stage(stage) : nullptr;
    const StatusTone::Kind kind = StatusTone::of(model);
    if (kind != StatusTone::Kind::NotStarted)
        return kind;
    // Nothing on the server yet, but the person is at it (its page is open, a sub-step is done):
    // the page's status line says "Your turn: …", so the rail must not say "Not started" beside it.
    bool begun = m_pages && index == m_pages->currentIndex();
    if (auto *built = m_pages ? qobject_cast<const StagePage *>(m_pages->widget(index)) : nullptr) {
        for (const SubStepCard *card : built->subSteps())
            begun = begun || card->state() == SubStepCard::State::Done;
    }
    if (!begun)
        return kind;
    return PageStatus::of(model).kind == PageStatus::Kind::Waiting ? StatusTone::Kind::Waiting
                                                                   : StatusTone::Kind::YourTurn;
}

QString StageRail::statusWord(int index) const
{
    return StatusTone::word(tone(index));
}

QList<RailSubStep> StageRail::subSteps(int index) const
{
    // Only the current stage lists its sub-steps: the rail stays short.
    if (!m_pages || index != m_pages->currentIndex())
        return {};
    auto *built = qobject_cast<const StagePage *>(m_pages->widget(index));
    if (!built)
        return {};
    QList<RailSubStep> steps;
    for (const SubStepCard *card : built->subSteps())
        steps << RailSubStep{card->number(), card->title(), card->shownTone()};
    return steps;
}

void StageRail::showCurrent(int page)
{
    const QSignalBlocker block(this);
    setCurrentRow(page);
}

void StageRail::refill()
{
    if (!m_controller)
        return;
    // Each entry: title (DisplayRole), then, drawn by StatusRailDelegate, an icon and the status
    // word in its colour (issue 18 item 10: never a colour alone, never a bare glyph), and the
    // current stage's sub-steps. What is heard (accessible name) and what the tooltip says start
    // with the same word as what is seen: StatusTone::word().
    const auto show = [this](QListWidgetItem *item, int index, const QString &title, const QString &accessible) {
        const QString word = statusWord(index);
        const QList<RailSubStep> steps = subSteps(index);
        item->setText(title);
        item->setData(StatusRailDelegate::toneRole, int(tone(index)));
        item->setData(StatusRailDelegate::wordRole, word);
        item->setData(StatusRailDelegate::subStepsRole, QVariant::fromValue(steps));
        //: Accessible name of a rail entry: %1 its title ("Stage 2, Admin security"), %2 its status in words ("Done")
        item->setData(Qt::AccessibleTextRole, tr("%1: %2", "@label accessible rail entry").arg(accessible, word));
        QStringList lines;
        for (const RailSubStep &step : steps)
            lines << StatusRailDelegate::subStepText(step);
        item->setData(Qt::AccessibleDescriptionRole, lines.join(u'\n'));
    };
    if (QListWidgetItem *end = item(WizardController::completionPage)) {
        const QString title = tr("Summary and next steps", "@item rail");
        show(end, WizardController::completionPage, title, title);
        end->setToolTip(plainToolTip(statusWord(WizardController::completionPage)));
    }
    for (int i = 0; i <= WizardController::stageCount; ++i) {
        QListWidgetItem *entry = item(i);
        const StageModel *model = m_controller->stage(i);
        if (!entry || !model)
            continue;
        //: Rail entry's title: %1 stage number, %2 stage title
        const QString title = i == 0 ? model->title() : tr("%1. %2", "@item rail title").arg(i).arg(model->title());
        //: Accessible title of a rail entry: %1 stage number, %2 stage title
        show(entry, i, title, i == 0 ? model->title() : tr("Stage %1, %2", "@label accessible").arg(i).arg(model->title()));
        // The stage's own status text adds what the word cannot (how many networks, the NSX
        // reason), after the word; a text that only names the status would repeat it.
        const QString word = statusWord(i);
        const QString detail = model->statusText();
        entry->setToolTip(plainToolTip(detail == StageModel::statusName(model->status())
                                               ? word
                                               //: Rail tooltip: %1 status in words ("Done"), %2 the stage's status text
                                               : tr("%1 — %2", "@info tooltip rail").arg(word, detail)));
    }
}

void StageRail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Onboarding stages", "@label accessible"));
        refill();
    }
    QListWidget::changeEvent(event);
}

} // namespace snc
