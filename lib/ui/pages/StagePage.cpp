// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagePage.h"

#include "stages/StageModel.h"
#include "ui/Glossary.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/StatusTone.h"
#include "ui/widgets/SubStepCard.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>

namespace snc {

StagePage::StagePage(StageModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_error(new ErrorLabel(this))
{
    m_error->setObjectName(Names::pageErrorLabel);
    if (model) {
        connect(model, &StageModel::errorOccurred, m_error, &ErrorLabel::showError);
        // An error stays until the model clears it (next successful action).
        auto clearIfResolved = [this] {
            if (m_model && !m_model->hasError())
                m_error->clearError();
        };
        connect(model, &StageModel::changed, this, clearIfResolved);
        connect(model, &StageModel::statusChanged, this, clearIfResolved);
        connect(model, &StageModel::refreshed, this, clearIfResolved);
        // The glossary's tooltips follow texts the page fills in sync() (a VPN status naming
        // IKE), not only the texts there when the page was shown.
        connect(model, &StageModel::changed, this, &StagePage::defineTermsSoon);
        connect(model, &StageModel::refreshed, this, &StagePage::defineTermsSoon);
        connect(model, &StageModel::statusChanged, this, &StagePage::defineTermsSoon);
        connect(model, &StageModel::busyChanged, this, &StagePage::defineTermsSoon);
    }
}

void StagePage::defineTermsSoon()
{
    // Queued: the page's own sync() is connected to the same signals, after this base class.
    // One pass per event-loop turn however many signals came; a hidden page is annotated when
    // shown (MainWindow::onPageChanged).
    if (m_termsPending)
        return;
    m_termsPending = true;
    QTimer::singleShot(0, this, [this] {
        m_termsPending = false;
        if (isVisible())
            Glossary::annotate(this);
    });
}

QString StagePage::heading() const
{
    if (!m_model)
        return {};
    if (m_model->number() == 0)
        return m_model->title();
    //: Page heading: %1 stage number, %2 stage title
    return tr("%1. %2", "@title").arg(m_model->number()).arg(m_model->title());
}

void StagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        sync();
        defineTermsSoon();
    }
    QWidget::changeEvent(event);
}

QString StagePage::bulletList(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines << tr("• %1", "@item bullet").arg(item);
    return lines.join(QLatin1Char('\n'));
}

QLabel *StagePage::makeTitle(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

SubStepCard *StagePage::addSubStep(const char *objectName)
{
    auto *card = new SubStepCard(this);
    card->setCardName(objectName);
    const int rank = int(m_subSteps.size());
    const int stage = m_model ? m_model->number() : 0;
    card->setNumber(QStringLiteral("%1.%2").arg(stage).arg(rank + 1));
    m_subSteps << card;
    connect(card, &SubStepCard::changeRequested, this, [this, rank] {
        m_reopened = rank;
        updateSubSteps();
    });
    connect(card, &SubStepCard::closeRequested, this, &StagePage::closeReopenedSubStep);
    return card;
}

void StagePage::updateSubSteps()
{
    if (m_subSteps.isEmpty())
        return;
    const int derived = derivedSubStep();
    // "Change" holds until the reopened card's action succeeds, or the model moves on by itself
    // (another session, a refresh): then the model's state is the truth again.
    if (m_lastDerived >= 0 && derived != m_lastDerived)
        m_reopened = -1;
    m_lastDerived = derived;
    const int current = m_reopened >= 0 ? m_reopened : derived;
    // A card left open on a done stage (stage 3's exports, stage 6's report) is there to be read:
    // it says "Done" like the stage's rail entry. One reopened by Change is the person's turn again.
    const bool stageDone = StatusTone::of(m_model) == StatusTone::Kind::Done;
    for (int i = 0; i < m_subSteps.size(); ++i) {
        m_subSteps[i]->setReopened(i == m_reopened);
        m_subSteps[i]->setNothingLeftToDo(stageDone && i != m_reopened);
        m_subSteps[i]->setState(i == current ? SubStepCard::State::Current
                                : i < derived ? SubStepCard::State::Done
                                              : SubStepCard::State::Later);
    }
    // The rail and the footer follow a new current card, and a card's status word changing
    // in place (a stage done while its last card stays open).
    QList<int> tones;
    for (const SubStepCard *card : std::as_const(m_subSteps))
        tones << int(card->shownTone());
    const bool tonesChanged = tones != m_lastTones;
    m_lastTones = tones;
    const QString now = currentSubStep();
    if (now == m_lastCurrent && tonesChanged)
        emit subStepChanged();
    if (now != m_lastCurrent) {
        m_lastCurrent = now;
        // The card just opened is brought into view, once laid out (its body was hidden).
        if (current >= 0 && current < m_subSteps.size()) {
            QTimer::singleShot(0, m_subSteps[current], [card = m_subSteps[current]] {
                for (QWidget *w = card->parentWidget(); w; w = w->parentWidget()) {
                    if (auto *scroll = qobject_cast<QScrollArea *>(w); scroll && scroll->widget()) {
                        // Its heading, not its centre: a tall card is read from the top.
                        const QPoint top = card->mapTo(scroll->widget(), QPoint(0, 0));
                        scroll->ensureVisible(top.x(), top.y(), 0, 60);
                        return;
                    }
                }
            });
        }
        emit subStepChanged();
    }
}

void StagePage::closeReopenedSubStep()
{
    if (m_reopened < 0)
        return;
    m_reopened = -1;
    updateSubSteps();
}

QString StagePage::currentSubStep() const
{
    for (const SubStepCard *card : m_subSteps) {
        if (card->state() == SubStepCard::State::Current)
            return card->number();
    }
    return {};
}

} // namespace snc
