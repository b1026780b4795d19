// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubStepCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace snc {

SubStepCard::SubStepCard(QWidget *parent)
    : QFrame(parent), m_heading(new QLabel(this)), m_stateLabel(new QLabel(this)), m_summary(new QLabel(this)),
      m_change(new QPushButton(this)), m_close(new QPushButton(this)), m_body(new QWidget(this)), m_bodyLayout(new QVBoxLayout(m_body))
{
    setFrameShape(QFrame::StyledPanel);
    // Natural height comes from the pages' trailing stretch, not from a Maximum policy: that
    // caps a card at its width-blind size hint, and a form that wraps its rows (French, 1180 px)
    // then loses a pixel per label. The page scrolls as a whole; a card never scrolls itself.
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    // A long summary wraps rather than widening the page (never a horizontal scroll bar).
    m_summary->setWordWrap(true);
    // No margin of its own (0 is on the Spacing.h grid): the card's layout already frames the
    // body, and a second margin would indent it off the heading's left edge.
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_stateLabel);
    auto *done = new QHBoxLayout;
    done->addWidget(m_summary, 1);
    done->addWidget(m_change, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(done);
    layout->addWidget(m_body);
    layout->addWidget(m_close, 0, Qt::AlignRight);
    connect(m_change, &QPushButton::clicked, this, &SubStepCard::changeRequested);
    connect(m_close, &QPushButton::clicked, this, &SubStepCard::closeRequested);
    retranslate();
    apply();
}

void SubStepCard::setCardName(const char *objectName)
{
    const QString name = QLatin1String(objectName);
    setObjectName(name);
    m_heading->setObjectName(name + QStringLiteral("Heading"));
    m_stateLabel->setObjectName(name + QStringLiteral("StateLabel"));
    m_summary->setObjectName(name + QStringLiteral("SummaryLabel"));
    m_change->setObjectName(name + QStringLiteral("ChangeButton"));
    m_close->setObjectName(name + QStringLiteral("CloseButton"));
}

void SubStepCard::setNumber(const QString &number)
{
    m_numberText = number;
    retranslate();
}

void SubStepCard::setTitle(const QString &title)
{
    m_titleText = title;
    retranslate();
}

void SubStepCard::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    apply();
}

void SubStepCard::setChangeable(bool changeable)
{
    m_changeable = changeable;
    apply();
}

void SubStepCard::addToBody(QWidget *widget)
{
    m_bodyLayout->addWidget(widget);
}

void SubStepCard::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    retranslate();
    apply();
}

void SubStepCard::setReopened(bool reopened)
{
    m_reopened = reopened;
    apply();
}

void SubStepCard::apply()
{
    m_close->setVisible(m_state == State::Current && m_reopened);
    m_body->setVisible(m_state == State::Current);
    m_summary->setVisible(m_state == State::Done && !m_summary->text().isEmpty());
    m_change->setVisible(m_state == State::Done && m_changeable);
    // Later cards are greyed (and say "Not started" in words, for those who do not see grey).
    m_heading->setEnabled(m_state != State::Later);
    m_stateLabel->setEnabled(m_state != State::Later);
}

StatusTone::Kind SubStepCard::tone(State state)
{
    switch (state) {
    case State::Done:
        return StatusTone::Kind::Done;
    case State::Current:
        return StatusTone::Kind::YourTurn;
    case State::Later:
        break;
    }
    return StatusTone::Kind::NotStarted;
}

void SubStepCard::setNothingLeftToDo(bool nothingLeft)
{
    if (nothingLeft == m_nothingLeftToDo)
        return;
    m_nothingLeftToDo = nothingLeft;
    retranslate();
}

StatusTone::Kind SubStepCard::shownTone() const
{
    return m_state == State::Current && m_nothingLeftToDo ? StatusTone::Kind::Done : tone(m_state);
}

void SubStepCard::retranslate()
{
    //: Sub-step heading: %1 its number ("2.3"), %2 its title
    m_heading->setText(tr("%1 %2", "@title sub-step").arg(m_numberText, m_titleText));
    // The words of a stage's status (StatusTone), so the card, the rail and a screen reader say
    // the same thing.
    const QString state = StatusTone::word(shownTone());
    m_stateLabel->setText(state);
    m_change->setText(tr("Change", "@button sub-step"));
    m_close->setText(tr("Close", "@button sub-step"));
    //: Accessible name of the Change button: %1 the sub-step's number and title
    m_change->setAccessibleName(tr("Change %1", "@label accessible").arg(m_heading->text()));
    //: Accessible name of a sub-step: %1 heading ("2.3 Password"), %2 its state in words ("Done")
    setAccessibleName(tr("%1, %2", "@label accessible sub-step").arg(m_heading->text(), state));
}

void SubStepCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace snc
