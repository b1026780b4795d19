// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Before you start" (issue 18, item 1), offscreen: its content in English and French, the
// practice/production choice by mouse and by keyboard alone, "Continue where you left off" on
// Enter, and nothing clipped at 1180×760 and 1366×768 in both languages.
#include "stages/OnboardingOverview.h"
#include "stages/StageCatalog.h"
#include "ui/Translations.h"
#include "ui/WelcomeWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using Names = snc::WelcomeWindow::Names;
using Choice = snc::WelcomeWindow::Choice;

using namespace snc;

class TestWelcome : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_translations.setLanguage(QStringLiteral("en"))); }
    void overviewTable();
    void contentInBothLanguages();
    void choiceByMouse();
    void choiceByKeyboardOnly();
    void continueOnEnter();
    void nothingClipped_data();
    void nothingClipped();

private:
    /// Presses Tab until `target` has the focus, as a keyboard user would; false if never.
    static bool tabTo(QWidget *window, QWidget *target);
    static QStringList labelTexts(const QWidget *window);
    Translations m_translations;
};

bool TestWelcome::tabTo(QWidget *window, QWidget *target)
{
    for (int i = 0; i < 40 && window->focusWidget() != target; ++i)
        QTest::keyClick(window->focusWidget() ? window->focusWidget() : window, Qt::Key_Tab);
    return window->focusWidget() == target;
}

QStringList TestWelcome::labelTexts(const QWidget *window)
{
    QStringList texts;
    const auto labels = window->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        texts << l->text();
    // And every paragraph (and table cell) of the overview.
    const auto *overview = window->findChild<QTextBrowser *>(QLatin1String(Names::overview));
    for (QTextBlock b = overview->document()->begin(); b.isValid(); b = b.next())
        texts << b.text();
    return texts;
}

void TestWelcome::overviewTable()
{
    const QList<OnboardingOverview::Stage> stages = OnboardingOverview::stages();
    QCOMPARE(stages.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(stages.at(i).number, i + 1);
        QVERIFY(!stages.at(i).haveAtHand.isEmpty());
        QVERIFY(!stages.at(i).waitOnOvhcloud.isEmpty());
    }
    // The one figure OVHcloud publishes: the SMS token's 15 minutes; the others are not invented.
    QCOMPARE(stages.at(1).source, OnboardingOverview::WaitSource::Published);
    QCOMPARE(stages.at(1).publishedMinutes, 15);
    QVERIFY(stages.at(1).waitOnOvhcloud.contains(QLatin1String("15 minutes")));
    QCOMPARE(stages.at(4).source, OnboardingOverview::WaitSource::Customer);
    for (int i : {0, 2, 3, 5}) {
        QCOMPARE(stages.at(i).source, OnboardingOverview::WaitSource::Unpublished);
        QVERIFY2(stages.at(i).waitOnOvhcloud.contains(QLatin1String("usually minutes; can take longer")),
                 qPrintable(stages.at(i).waitOnOvhcloud));
    }
    const QList<OnboardingOverview::Lockout> lockouts = OnboardingOverview::lockouts();
    QCOMPARE(lockouts.size(), 2);
    QCOMPARE(lockouts.at(0).stage, 1);
    QCOMPARE(lockouts.at(1).stage, 4);
}

void TestWelcome::contentInBothLanguages()
{
    WelcomeWindow w(&m_translations);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString all = labelTexts(&w).join(QLatin1Char('\n'));
    for (int n = 1; n <= 6; ++n)
        QVERIFY2(all.contains(StageCatalog::title(n)), qPrintable(StageCatalog::title(n)));
    for (const char *needle : {"Before you start", "What to have at hand", "15 minutes", "Two actions can lock you out",
                               "Stage 4: Enabling the private gateway", "Stop and come back", "Where to get help",
                               "Copy support summary", "vRack portgroup", "hosts file", "authenticator app"})
        QVERIFY2(all.contains(QLatin1String(needle)), needle);
    QCOMPARE(w.windowTitle(), QStringLiteral("Before you start — SecNumCloud Onboarding Wizard"));

    // French, switched at run time: every text of the page changes (nothing left in English).
    const QStringList english = labelTexts(&w);
    QVERIFY(m_translations.setLanguage(QStringLiteral("fr")));
    // Widgets hear of the change through a posted event.
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Avant de commencer — Assistant de mise en route SecNumCloud"));
    const QStringList french = labelTexts(&w);
    QCOMPARE(french.size(), english.size());
    for (int i = 0; i < english.size(); ++i) {
        if (english.at(i).isEmpty())
            continue;
        QVERIFY2(french.at(i) != english.at(i), qPrintable(english.at(i)));
    }
    const QString allFr = french.join(QLatin1Char('\n'));
    for (const char *needle : {"Avant de commencer", "15 minutes", "passerelle privée"})
        QVERIFY2(allFr.contains(QString::fromUtf8(needle)), needle);
    QVERIFY(w.findChild<QAbstractButton *>(QLatin1String(Names::startButton))->text().contains(QStringLiteral("Commencer")));
}

void TestWelcome::choiceByMouse()
{
    WelcomeWindow w(&m_translations);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy spy(&w, &WelcomeWindow::proceeded);
    auto *production = w.findChild<QAbstractButton *>(QLatin1String(Names::productionRadio));
    QVERIFY(production);
    QCOMPARE(w.choice(), Choice::Practice); // the default until real credentials are remembered
    QTest::mouseClick(production, Qt::LeftButton, {}, QPoint(6, production->height() / 2));
    QCOMPARE(w.choice(), Choice::Production);
    QTest::mouseClick(w.findChild<QAbstractButton *>(QLatin1String(Names::startButton)), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Choice>(), Choice::Production);
    QCOMPARE(spy.at(0).at(1).toBool(), false);
}

void TestWelcome::choiceByKeyboardOnly()
{
    WelcomeWindow w(&m_translations);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy spy(&w, &WelcomeWindow::proceeded);
    auto *practice = w.findChild<QAbstractButton *>(QLatin1String(Names::practiceRadio));
    auto *production = w.findChild<QAbstractButton *>(QLatin1String(Names::productionRadio));
    auto *start = w.findChild<QAbstractButton *>(QLatin1String(Names::startButton));
    // Tab reaches the chosen mode, an arrow moves the choice, Tab reaches Start, Space presses it.
    QVERIFY(tabTo(&w, practice));
    QTest::keyClick(practice, Qt::Key_Down);
    QVERIFY(production->isChecked());
    QVERIFY(tabTo(&w, start));
    QTest::keyClick(start, Qt::Key_Space);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Choice>(), Choice::Production);
    // And back to practice the same way.
    QVERIFY(tabTo(&w, production));
    QTest::keyClick(production, Qt::Key_Up);
    QVERIFY(practice->isChecked());
    QVERIFY(tabTo(&w, start));
    QTest::keyClick(start, Qt::Key_Return);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<Choice>(), Choice::Practice);
    // Every control has a name a screen reader says.
    const auto controls = w.findChildren<QWidget *>();
    for (const QWidget *c : controls) {
        if (c->isVisible() && (c->focusPolicy() & Qt::TabFocus) && !c->objectName().startsWith(QLatin1String("qt_")))
            QVERIFY2(!c->accessibleName().isEmpty(), qPrintable(c->objectName()));
    }
}

void TestWelcome::continueOnEnter()
{
    WelcomeWindow w(&m_translations);
    QVERIFY(!w.isResumeOffered());
    w.setChoice(Choice::Production);
    w.offerResume(QStringLiteral("OVHcloud Europe"), QStringLiteral("pcc-192-0-2-1"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *resume = w.findChild<QAbstractButton *>(QLatin1String(Names::continueButton));
    QVERIFY(resume && resume->isVisible());
    QVERIFY(w.findChild<QLabel *>(QLatin1String(Names::continueLabel))->text().contains(QLatin1String("pcc-192-0-2-1")));
    // A returning user presses Enter and reads nothing: the focus is on Continue.
    QCOMPARE(w.focusWidget(), resume);
    QSignalSpy spy(&w, &WelcomeWindow::proceeded);
    QTest::keyClick(resume, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Choice>(), Choice::Production);
    QCOMPARE(spy.at(0).at(1).toBool(), true);
}

void TestWelcome::nothingClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("resume");
    for (const char *lang : {"en", "fr"}) {
        for (const QSize size : {QSize(1180, 760), QSize(1366, 768)}) {
            for (const bool resume : {false, true}) {
                QTest::addRow("%s %dx%d%s", lang, size.width(), size.height(), resume ? " resume" : "")
                        << QString::fromLatin1(lang) << size << resume;
            }
        }
    }
}

void TestWelcome::nothingClipped()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, resume);
    QVERIFY(m_translations.setLanguage(language));
    WelcomeWindow w(&m_translations);
    if (resume)
        w.offerResume(QStringLiteral("OVHcloud Europe"), QStringLiteral("pcc-198-51-100-7"));
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();
    QCOMPARE(w.size(), size); // the layout's minimum did not push the window out
    const QRect inside = w.rect();
    const auto widgets = w.findChildren<QWidget *>();
    for (const QWidget *c : widgets) {
        if (!c->isVisible() || c->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const auto *label = qobject_cast<const QLabel *>(c);
        const auto *button = qobject_cast<const QAbstractButton *>(c);
        if (label && !label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->text()));
        // A wrapped label is as tall as its text needs at its width (not cut after a line).
        if (label && label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                     qPrintable(QStringLiteral("%1: needs %2 px, has %3").arg(label->text()).arg(
                             label->heightForWidth(label->width())).arg(label->height())));
        if (button) {
            QVERIFY2(button->sizeHint().width() <= button->width(), qPrintable(button->text()));
            // Every button is inside the window, not below its edge.
            const QRect r(button->mapTo(&w, QPoint(0, 0)), button->size());
            QVERIFY2(inside.contains(r), qPrintable(button->text()));
        }
    }
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
