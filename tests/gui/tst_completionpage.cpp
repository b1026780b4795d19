// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 7: the completion screen on the practice sandbox: the PRACTICE mark, the six-line
// summary, "Save compliance report (PDF)" as the primary action (written off the GUI thread),
// next steps that say "unknown" where the API gave no date, named controls, and Finish that
// counts only on the completion page. (Reaching the page after a done stage 6 and pressing
// Finish there: tst_autopilot.)
#include "GuiFixture.h"

#include "stages/StageContext.h"
#include "ui/pages/CompletionPage.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace snc;
using Names = CompletionPage::Names;

class TestCompletionPage : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void showsTheEndingOfAPracticeSession()
    {
        f.connectAndChooseService();
        auto *page = qobject_cast<CompletionPage *>(f.window->page(WizardController::completionPage));
        QVERIFY(page);
        const auto label = [page](const char *name) { return page->findChild<QLabel *>(QLatin1String(name)); };
        const auto button = [page](const char *name) { return page->findChild<QPushButton *>(QLatin1String(name)); };
        QVERIFY(!label(Names::practiceMarkLabel)->isHidden());
        QVERIFY(label(Names::practiceMarkLabel)->text().startsWith(QStringLiteral("PRACTICE")));
        QTRY_VERIFY(label(Names::completionServiceLabel)->text().contains(f.controller()->context()->serviceName()));
        QCOMPARE(label(Names::completionSummaryLabel)->text().split(QLatin1Char('\n')).size(), 6);
        // Stage 5 not read: the KMS credential's expiry is not invented.
        QVERIFY(label(Names::nextStepsLabel)->text().contains(QStringLiteral("unknown")));
        QVERIFY(button(Names::savePdfButton)->isDefault());
        for (const QWidget *w : page->findChildren<QWidget *>()) {
            if ((w->inherits("QAbstractButton") || w->inherits("QLineEdit")) && w->accessibleName().isEmpty())
                QFAIL(qPrintable(w->objectName()));
        }

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page->savePdf(pdf));
        QVERIFY(!button(Names::savePdfButton)->isEnabled()); // one save at a time, the GUI stays free
        QTRY_VERIFY_WITH_TIMEOUT(button(Names::savePdfButton)->isEnabled(), 30000);
        QVERIFY2(label(Names::savePdfResultLabel)->text().startsWith(QStringLiteral("Saved:")),
                 qPrintable(label(Names::savePdfResultLabel)->text()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));

        // Finish counts on the completion page only (stage 6 is not done here).
        QSignalSpy finished(f.controller(), &WizardController::finishRequested);
        button(Names::finishButton)->click();
        QCOMPARE(finished.size(), 0);
        QVERIFY(f.window->isVisible());
    }

    void nothingClippedOnSmallScreens()
    {
        // The page shown in the stack directly (reaching it needs a done stage 6: tst_autopilot),
        // at both small sizes, in English and French: no button or unwrapped label is cut.
        f.connectAndChooseService();
        auto *page = qobject_cast<CompletionPage *>(f.window->page(WizardController::completionPage));
        QVERIFY(page);
        f.window->findChild<QStackedWidget *>(QLatin1String(MainWindow::Names::pageStack))->setCurrentWidget(page);
        QStringList found;
        for (const char *language : {"en", "fr"}) {
            f.window->findChild<QAction *>(QStringLiteral("languageAction_%1").arg(QLatin1String(language)))->trigger();
            for (const QSize size : {QSize(1366, 768), QSize(1180, 760)}) {
                f.window->resize(size);
                for (int i = 0; i < 5; ++i)
                    QCoreApplication::processEvents();
                if (f.window->size() != size)
                    found << QStringLiteral("%1: window grew to %2×%3").arg(QLatin1String(language))
                                     .arg(f.window->width()).arg(f.window->height());
                for (const QWidget *w : page->findChildren<QWidget *>()) {
                    const auto *button = qobject_cast<const QAbstractButton *>(w);
                    const auto *label = qobject_cast<const QLabel *>(w);
                    if (!w->isVisible())
                        continue;
                    if ((button && button->sizeHint().width() > button->width())
                        || (label && !label->wordWrap() && label->sizeHint().width() > label->width()))
                        found << QStringLiteral("%1 %2×%3: %4").arg(QLatin1String(language)).arg(size.width())
                                         .arg(size.height()).arg(w->objectName());
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

private:
    GuiFixture f;
};

QTEST_MAIN(TestCompletionPage)
#include "tst_completionpage.moc"
