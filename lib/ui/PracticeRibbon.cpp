// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeRibbon.h"

#include "widgets/Spacing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace snc {

PracticeRibbon::PracticeRibbon(QWidget *parent)
    : QFrame(parent), m_mark(new QLabel(this)), m_text(new QLabel(this)), m_panel(new QToolButton(this))
{
    setObjectName(Names::practiceRibbon);
    setProperty("snc-ribbon", QStringLiteral("practice")); // its frame in the style sheet
    m_text->setObjectName(Names::practiceRibbonLabel);
    m_panel->setObjectName(Names::practicePanelButton);
    m_text->setWordWrap(true);
    QFont mark = m_mark->font();
    mark.setBold(true);
    mark.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_mark->setFont(mark);
    m_panel->setCheckable(true);
    m_panel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_panel, &QToolButton::toggled, this, &PracticeRibbon::panelToggled);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Spacing::normal, Spacing::tight, Spacing::normal, Spacing::tight);
    layout->setSpacing(Spacing::normal);
    layout->addWidget(m_mark);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_panel);
    retranslate();
}

void PracticeRibbon::setPanelShown(bool shown)
{
    const QSignalBlocker block(m_panel);
    m_panel->setChecked(shown);
}

QString PracticeRibbon::text() const
{
    return m_mark->text() + QLatin1Char(' ') + m_text->text();
}

void PracticeRibbon::retranslate()
{
    //: The ribbon's mark, in capitals: the window is connected to the practice sandbox
    m_mark->setText(tr("PRACTICE", "@label ribbon"));
    m_text->setText(tr("You are in the practice sandbox: nothing you do here changes anything at OVHcloud.",
                       "@info ribbon"));
    m_panel->setText(tr("Phone and mailbox", "@button ribbon"));
    m_panel->setAccessibleName(tr("Show the practice phone and mailbox", "@label accessible"));
    m_panel->setToolTip(tr("Shows or hides the SMS and e-mails of the practice sandbox", "@info tooltip"));
    setAccessibleName(text());
}

void PracticeRibbon::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace snc
