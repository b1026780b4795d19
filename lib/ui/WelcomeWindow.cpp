// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeWindow.h"

#include "Translations.h"
#include "stages/OnboardingOverview.h"
#include "widgets/NamedWidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace snc {

WelcomeWindow::WelcomeWindow(Translations *translations, QWidget *parent)
    : QWidget(parent), m_translations(translations)
{
    setObjectName(QLatin1String(Names::welcomeWindow));
    // The same size as the main window, which takes this window's place (and geometry).
    resize(1180, 760);
    build();
    retranslate();
    m_start->setFocus(Qt::OtherFocusReason);
}

WelcomeWindow::~WelcomeWindow() = default;

QLabel *WelcomeWindow::addLabel(QWidget *parent, bool bold)
{
    auto *label = new QLabel(parent);
    // Our own texts, never markup: plain text whatever a translation contains.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

void WelcomeWindow::build()
{
    auto *root = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_heading = addLabel(this, true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_heading->setFont(big);
    top->addWidget(m_heading, 1);
    m_languageLabel = new QLabel(this);
    m_language = named<QComboBox>(this, Names::languageCombo);
    m_languageLabel->setBuddy(m_language);
    const QStringList languages = Translations::availableLanguages();
    for (const QString &lang : languages)
        m_language->addItem(Translations::nativeName(lang), lang);
    if (m_translations)
        m_language->setCurrentIndex(qMax(0, languages.indexOf(m_translations->language())));
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        if (m_translations)
            m_translations->setLanguage(m_language->itemData(index).toString());
    });
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    root->addLayout(top);

    // A returning user's way straight in: above everything else, hidden until offered.
    m_resumeBox = new QWidget(this);
    auto *resumeRow = new QHBoxLayout(m_resumeBox);
    resumeRow->setContentsMargins(0, 0, 0, 0);
    m_resumeLabel = addLabel(m_resumeBox);
    m_resumeLabel->setObjectName(QLatin1String(Names::continueLabel));
    m_continue = named<QPushButton>(m_resumeBox, Names::continueButton);
    m_continue->setAutoDefault(true);
    resumeRow->addWidget(m_resumeLabel, 1);
    resumeRow->addWidget(m_continue);
    m_resumeBox->hide();
    connect(m_continue, &QPushButton::clicked, this, [this] { emit proceeded(Choice::Production, true); });
    root->addWidget(m_resumeBox);

    m_intro = addLabel(this);
    root->addWidget(m_intro);

    m_scroll = named<QScrollArea>(this, Names::welcomeScroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    auto *column = new QVBoxLayout(content);

    m_stagesTitle = addLabel(content, true);
    column->addWidget(m_stagesTitle);
    // One box row per stage, not a grid with spanned rows: box layouts give word-wrapped labels
    // the height their width needs (a grid's spanned rows clipped them).
    const auto addRow = [content, column](QWidget *first, QWidget *second, QWidget *third) {
        auto *row = new QHBoxLayout;
        row->setSpacing(16);
        row->addWidget(first, 4);
        row->addWidget(second, 3);
        row->addWidget(third, 4);
        column->addLayout(row);
    };
    for (int c = 0; c < 3; ++c)
        m_stageHeaders << addLabel(content, true);
    addRow(m_stageHeaders[0], m_stageHeaders[1], m_stageHeaders[2]);
    const int stageCount = int(OnboardingOverview::stages().size());
    for (int i = 0; i < stageCount; ++i) {
        auto *stage = new QWidget(content);
        auto *stageColumn = new QVBoxLayout(stage);
        stageColumn->setContentsMargins(0, 0, 0, 0);
        QList<QLabel *> cells;
        cells << addLabel(stage, true) << addLabel(stage) << addLabel(content) << addLabel(content);
        stageColumn->addWidget(cells[0]);
        stageColumn->addWidget(cells[1]);
        stageColumn->addStretch(1); // the summary stays under its title when the row is taller
        addRow(stage, cells[2], cells[3]);
        m_stageCells << cells;
    }

    m_lockoutTitle = addLabel(content, true);
    column->addSpacing(8);
    column->addWidget(m_lockoutTitle);
    const int lockoutCount = int(OnboardingOverview::lockouts().size());
    for (int i = 0; i < lockoutCount; ++i) {
        QList<QLabel *> cells;
        for (int c = 0; c < 4; ++c) {
            cells << addLabel(content, c == 0);
            column->addWidget(cells.last());
        }
        m_lockoutCells << cells;
    }
    m_resumeTitle = addLabel(content, true);
    m_resumeText = addLabel(content);
    m_helpTitle = addLabel(content, true);
    m_helpText = addLabel(content);
    column->addSpacing(8);
    for (QLabel *l : {m_resumeTitle, m_resumeText, m_helpTitle, m_helpText})
        column->addWidget(l);
    column->addStretch(1);
    m_scroll->setWidget(content);
    root->addWidget(m_scroll, 1);

    m_modeBox = new QGroupBox(this);
    auto *modes = new QGridLayout(m_modeBox);
    m_practice = named<QRadioButton>(m_modeBox, Names::practiceRadio);
    m_production = named<QRadioButton>(m_modeBox, Names::productionRadio);
    m_practiceText = addLabel(m_modeBox);
    m_productionText = addLabel(m_modeBox);
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_practice);
    m_modes->addButton(m_production);
    m_practice->setChecked(true);
    modes->addWidget(m_practice, 0, 0);
    modes->addWidget(m_practiceText, 0, 1);
    modes->addWidget(m_production, 1, 0);
    modes->addWidget(m_productionText, 1, 1);
    modes->setColumnStretch(1, 1);
    m_start = named<QPushButton>(m_modeBox, Names::startButton);
    m_start->setAutoDefault(true);
    m_start->setDefault(true);
    modes->addWidget(m_start, 0, 2, 2, 1, Qt::AlignVCenter);
    connect(m_start, &QPushButton::clicked, this, [this] { emit proceeded(choice(), false); });
    root->addWidget(m_modeBox);
}

void WelcomeWindow::setChoice(Choice choice)
{
    (choice == Choice::Practice ? m_practice : m_production)->setChecked(true);
}

WelcomeWindow::Choice WelcomeWindow::choice() const
{
    return m_production->isChecked() ? Choice::Production : Choice::Practice;
}

void WelcomeWindow::offerResume(const QString &region, const QString &service)
{
    m_resumeRegion = region;
    m_resumeService = service;
    m_resumeBox->show();
    // Enter continues: a returning user need not read the page again.
    m_continue->setDefault(true);
    m_start->setDefault(false);
    m_continue->setFocus(Qt::OtherFocusReason);
    retranslate();
}

bool WelcomeWindow::isResumeOffered() const
{
    return !m_resumeBox->isHidden();
}

void WelcomeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomeWindow::retranslate()
{
    setWindowTitle(tr("%1 — SecNumCloud Onboarding Wizard", "@title window").arg(OnboardingOverview::heading()));
    m_heading->setText(OnboardingOverview::heading());
    m_intro->setText(OnboardingOverview::introduction());
    m_languageLabel->setText(tr("&Language:", "@label"));
    m_language->setAccessibleName(tr("Language", "@label"));
    if (m_translations) {
        const int index = m_language->findData(m_translations->language());
        if (index >= 0)
            m_language->setCurrentIndex(index);
    }

    const QString where = m_resumeRegion.isEmpty() ? tr("your OVHcloud account", "@info") : m_resumeRegion;
    m_resumeLabel->setText(m_resumeService.isEmpty()
            //: %1 the region (e.g. "OVHcloud Europe")
            ? tr("Welcome back. Your connection to %1 is remembered.", "@info").arg(where)
            //: %1 the region, %2 the service (pcc-…)
            : tr("Welcome back. Your connection to %1, service %2, is remembered.", "@info").arg(where, m_resumeService));
    m_continue->setText(tr("&Continue where you left off", "@button"));
    m_continue->setAccessibleName(tr("Continue where you left off", "@button"));

    m_stagesTitle->setText(tr("The six stages", "@title"));
    m_stageHeaders[0]->setText(tr("Stage", "@title column"));
    m_stageHeaders[1]->setText(tr("What to have at hand", "@title column"));
    m_stageHeaders[2]->setText(tr("What waits on OVHcloud, and how long", "@title column"));
    const QList<OnboardingOverview::Stage> stages = OnboardingOverview::stages();
    for (int i = 0; i < stages.size() && i < m_stageCells.size(); ++i) {
        const OnboardingOverview::Stage &s = stages.at(i);
        //: %1 the stage number, %2 its title
        m_stageCells[i][0]->setText(tr("%1. %2", "@title stage").arg(s.number).arg(s.title));
        m_stageCells[i][1]->setText(s.summary);
        QStringList items;
        for (const QString &item : s.haveAtHand)
            items << tr("• %1", "@item list").arg(item);
        m_stageCells[i][2]->setText(items.join(QLatin1Char('\n')));
        m_stageCells[i][3]->setText(s.waitOnOvhcloud);
    }

    m_lockoutTitle->setText(tr("Two actions can lock you out", "@title"));
    const QList<OnboardingOverview::Lockout> lockouts = OnboardingOverview::lockouts();
    for (int i = 0; i < lockouts.size() && i < m_lockoutCells.size(); ++i) {
        const OnboardingOverview::Lockout &l = lockouts.at(i);
        //: %1 the stage number, %2 the action
        m_lockoutCells[i][0]->setText(tr("Stage %1: %2", "@title lockout").arg(l.stage).arg(l.action));
        m_lockoutCells[i][1]->setText(l.effect);
        m_lockoutCells[i][2]->setText(tr("How the wizard guards it: %1", "@info").arg(l.guard));
        m_lockoutCells[i][3]->setText(tr("If it happens: %1", "@info").arg(l.recovery));
    }
    m_resumeTitle->setText(tr("Stop and come back at any time", "@title"));
    m_resumeText->setText(OnboardingOverview::stopAndResume());
    m_helpTitle->setText(tr("Where to get help", "@title"));
    m_helpText->setText(OnboardingOverview::help());
    m_scroll->setAccessibleName(tr("What the onboarding involves", "@label"));

    m_modeBox->setTitle(tr("How do you want to start?", "@title"));
    m_practice->setText(tr("&Practice in the sandbox", "@option"));
    m_practice->setAccessibleName(tr("Practice in the sandbox", "@option"));
    m_practiceText->setText(tr("A simulated OVHcloud inside the wizard, with its own phone and mailbox: nothing "
                               "real changes. Recommended the first time, and for support staff.", "@info"));
    m_production->setText(tr("Work on my &OVHcloud service", "@option"));
    m_production->setAccessibleName(tr("Work on my OVHcloud service", "@option"));
    m_productionText->setText(tr("Real changes, with your OVHcloud API keys: the next page connects to your "
                                 "account.", "@info"));
    m_start->setText(tr("&Start", "@button"));
    m_start->setAccessibleName(tr("Start", "@button"));
}

} // namespace snc
