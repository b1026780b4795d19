// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeWindow.h"

#include "Translations.h"
#include "stages/OnboardingOverview.h"
#include "AppStyle.h"
#include "widgets/ButtonRole.h"
#include "widgets/NamedWidget.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace snc {

WelcomeWindow::WelcomeWindow(Translations *translations, QWidget *parent)
    : QWidget(parent), m_translations(translations)
{
    setObjectName(QLatin1String(Names::welcomeWindow));
    // The first window: the one style sheet is installed before anything is polished.
    AppStyle::install(qobject_cast<QApplication *>(QCoreApplication::instance()));
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

    // One read-only document rather than forty word-wrapped labels: a QLabel shapes its text again
    // for every size it is asked about, a document once per width, and lays out only what is
    // in view before the first paint (the rest follows): a fifth of the start-up (BENCHMARKS.md).
    // Keyboard users scroll and select it; screen readers read it as one text.
    m_overview = named<QTextBrowser>(this, Names::overview);
    m_overview->setOpenLinks(false);
    m_overview->setTabChangesFocus(true);
    m_overview->setUndoRedoEnabled(false); // rewritten on a language change, never edited
    m_overview->setFrameShape(QFrame::NoFrame);
    // The text is longer than the window: a scroll bar that appears after the first layout
    // would narrow the text and lay it all out again.
    m_overview->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    root->addWidget(m_overview, 1);

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
    markPrimary(m_start); // the one action of this window (issue 18 item 10)
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
    markPrimary(m_continue); // now the one action; Start stays as the other way
    markPrimary(m_start, false);
    m_continue->setFocus(Qt::OtherFocusReason);
    retranslate();
}

bool WelcomeWindow::isResumeOffered() const
{
    return !m_resumeBox->isHidden();
}

void WelcomeWindow::showEvent(QShowEvent *event)
{
    if (!m_overviewWritten)
        writeOverview();
    QWidget::showEvent(event);
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

    // Written once the window is laid out (showEvent): laid out at a stand-in width first, the
    // whole document would be laid out twice before the first paint.
    if (m_overview->isVisible())
        writeOverview();
    m_overview->setAccessibleName(tr("What the onboarding involves", "@label"));

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

void WelcomeWindow::writeOverview()
{
    // Written with a cursor, as plain text with formats: no markup is built from translations.
    // In one edit block, once the browser has its width (showEvent): the document is laid out
    // once, at that width, instead of once per insertion.
    m_overviewWritten = true;
    QTextDocument *doc = m_overview->document();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat title = bold;
    // Headings are bold at the text's own size: one glyph set fewer to render before the first paint.
    QTextBlockFormat spaced;
    spaced.setTopMargin(10);
    QTextBlockFormat tight;
    bool first = true;
    const auto heading = [&](const QString &text) {
        if (!first)
            cursor.insertBlock(spaced);
        else
            cursor.setBlockFormat(tight);
        first = false;
        cursor.insertText(text, title);
    };
    QTextBlockFormat apart; // a lock-out's title, a little apart from the one before
    apart.setTopMargin(6);
    const auto paragraph = [&](const QString &boldPart, const QString &text) {
        cursor.insertBlock(boldPart.isEmpty() ? tight : apart);
        if (!boldPart.isEmpty())
            cursor.insertText(boldPart, bold);
        cursor.insertText(text, plain);
    };

    // The introduction opens the document rather than sitting in a word-wrapped label above it:
    // a label lays its text out at several widths to size itself before the first paint.
    cursor.setBlockFormat(tight);
    cursor.insertText(OnboardingOverview::introduction(), plain);
    first = false;
    heading(tr("The six stages", "@title"));
    // Paragraphs, not a table: a table lays each cell out several times to size its columns
    // (a third of the page's layout before the first paint), and a screen reader reads
    // paragraphs in order.
    QTextBlockFormat indented;
    indented.setIndent(1);
    const auto labelled = [&](const QString &label, const QString &text) {
        cursor.insertBlock(indented);
        //: a label and its text, e.g. "What to have at hand: the admin's phone"
        cursor.insertText(tr("%1:", "@label").arg(label), bold);
        cursor.insertText(QStringLiteral(" "), plain);
        cursor.insertText(text, plain);
    };
    const QList<OnboardingOverview::Stage> stages = OnboardingOverview::stages();
    for (const OnboardingOverview::Stage &s : stages) {
        //: %1 the stage number, %2 its title
        paragraph(tr("%1. %2", "@title stage").arg(s.number).arg(s.title), QString());
        cursor.insertBlock(indented);
        cursor.insertText(s.summary, plain);
        QStringList items;
        for (const QString &item : s.haveAtHand)
            items << tr("• %1", "@item list").arg(item);
        labelled(tr("What to have at hand", "@title column"), items.join(QStringLiteral("  ")));
        labelled(tr("What waits on OVHcloud, and how long", "@title column"), s.waitOnOvhcloud);
    }

    heading(tr("Two actions can lock you out", "@title"));
    const QList<OnboardingOverview::Lockout> lockouts = OnboardingOverview::lockouts();
    for (const OnboardingOverview::Lockout &l : lockouts) {
        //: %1 the stage number, %2 the action
        paragraph(tr("Stage %1: %2", "@title lockout").arg(l.stage).arg(l.action), QString());
        paragraph(QString(), l.effect);
        paragraph(QString(), tr("How the wizard guards it: %1", "@info").arg(l.guard));
        paragraph(QString(), tr("If it happens: %1", "@info").arg(l.recovery));
    }
    heading(tr("Stop and come back at any time", "@title"));
    paragraph(QString(), OnboardingOverview::stopAndResume());
    heading(tr("Where to get help", "@title"));
    paragraph(QString(), OnboardingOverview::help());
    cursor.endEditBlock();
}

} // namespace snc
