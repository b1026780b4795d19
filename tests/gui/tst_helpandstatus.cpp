// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 items 3 and 6 in the real window: the status line under the title, Next never
// disabled without its reason, "Get help" (a secret-free summary with the screen and the status
// line, and a reference to read out), and screen-sharing mode (secrets covered until clicked).
#include "GuiFixture.h"

#include "sandbox/SandboxServer.h"
#include "stages/PageStatus.h"
#include "ui/HelpFooter.h"
#include "ui/PageStatusLine.h"
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/StagePage.h"
#include "ui/pages/VpnPage.h"
#include "ui/widgets/StatusRailDelegate.h"
#include "ui/widgets/OneTimeSecretEdit.h"
#include "ui/widgets/QrCodeView.h"
#include "ui/widgets/ScreenSharingMask.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace snc;
using Names = MainWindow::Names;

class TestHelpAndStatus : public QObject
{
    Q_OBJECT
private:
    QLabel *label(GuiFixture &f, const char *name) { return f.window->findChild<QLabel *>(QLatin1String(name)); }

    /// Next disabled ⇒ its reason is shown next to it, and it is the controller's.
    void checkNextAndItsReason(GuiFixture &f)
    {
        auto *next = f.window->findChild<QPushButton *>(QLatin1String(Names::nextButton));
        QLabel *reason = label(f, Names::nextReasonLabel);
        QVERIFY(next && reason);
        QCOMPARE(reason->text(), f.controller()->nextBlockedReason());
        if (next->isEnabled()) {
            QVERIFY(!reason->isVisible());
        } else {
            QVERIFY2(reason->isVisible() && !reason->text().isEmpty(),
                     qPrintable(QStringLiteral("page %1: Next disabled without a reason").arg(f.controller()->currentPage())));
            QCOMPARE(next->accessibleDescription(), reason->text());
        }
    }

private slots:
    void nextIsNeverDisabledWithoutItsReason()
    {
        GuiFixture f;
        QVERIFY(f.start());
        checkNextAndItsReason(f);
        QVERIFY(!f.controller()->canGoNext());
        QLabel *status = label(f, PageStatusLine::Names::pageStatusLabel);
        QVERIFY(status && status->isVisible());
        QVERIFY(status->text().startsWith(QStringLiteral("Your turn: ")));
        f.connectAndChooseService();
        checkNextAndItsReason(f); // enabled now: no reason shown
        for (int page = 1; page <= WizardController::stageCount; ++page) {
            QVERIFY(f.controller()->goTo(page));
            StageModel *stage = f.controller()->stage(page);
            QTRY_VERIFY_WITH_TIMEOUT(stage->status() != StageModel::Status::Unknown && !stage->isBusy(), 30000);
            checkNextAndItsReason(f);
            QCOMPARE(status->text(), PageStatus::of(stage).text);
            QVERIFY(!status->text().isEmpty());
            // A page of numbered sub-steps names the one worked on ("Screen 2.1"), the others their number.
            auto *shown = qobject_cast<StagePage *>(f.find<QStackedWidget>(Names::pageStack)->currentWidget());
            QVERIFY(shown);
            const QString screen = shown->currentSubStep().isEmpty() ? QString::number(page) : shown->currentSubStep();
            QVERIFY(shown->subSteps().isEmpty() || screen.startsWith(QStringLiteral("%1.").arg(page)));
            QCOMPARE(label(f, HelpFooter::Names::screenLabel)->text(), QStringLiteral("Screen %1").arg(screen));
        }
        QVERIFY(label(f, Names::nextReasonLabel)->text().contains(QStringLiteral("last stage")));
        // The rail says each status in words, the word of the stage's tone, and a screen reader
        // hears the same word as is seen (accessible name); the entry's text is its title alone.
        auto *rail = f.find<QListWidget>(Names::stageRail);
        for (int page = 0; page <= WizardController::stageCount; ++page) {
            // The page open (the last stage) is the person's turn even with nothing on the server yet.
            const StatusTone::Kind tone = StatusTone::of(f.controller()->stage(page));
            const bool open = page == f.controller()->currentPage();
            const QString word = StatusTone::word(open && tone == StatusTone::Kind::NotStarted ? StatusTone::Kind::YourTurn : tone);
            const QListWidgetItem *item = rail->item(page);
            QCOMPARE(item->data(StatusRailDelegate::wordRole).toString(), word);
            QVERIFY2(item->data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(": ") + word),
                     qPrintable(item->data(Qt::AccessibleTextRole).toString()));
            QVERIFY2(item->toolTip().contains(word), qPrintable(item->toolTip()));
            QVERIFY(item->text().endsWith(f.controller()->stage(page)->title()));
        }
    }

    void getHelpCopiesASecretFreeSummaryWithTheScreenAndStatusLine()
    {
        GuiFixture f;
        QVERIFY(f.start());
        QVERIFY(f.session->embeddedSandbox());
        f.connectAndChooseService();
        QVERIFY(f.controller()->goTo(1));
        QTRY_VERIFY_WITH_TIMEOUT(f.controller()->stage(1)->status() != StageModel::Status::Unknown
                                         && !f.controller()->stage(1)->isBusy(), 30000);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        f.click(HelpFooter::Names::getHelpButton);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text() != QStringLiteral("before"), 20000);
        const QString text = QApplication::clipboard()->text();
        const QString status = label(f, PageStatusLine::Names::pageStatusLabel)->text();
        QVERIFY2(text.contains(QStringLiteral("\nScreen: 1\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nStatus line: %1\n").arg(status)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nLast error on this screen: ")), qPrintable(text));
        QLabel *reference = label(f, HelpFooter::Names::helpReferenceLabel);
        QVERIFY(reference->isVisible());
        const QString code = f.window->findChild<HelpFooter *>()->reference();
        QVERIFY(code.startsWith(QStringLiteral("S1-")));
        QCOMPARE(reference->text(), QStringLiteral("Reference: %1").arg(code));
        QVERIFY2(text.startsWith(QStringLiteral("Reference: %1\n").arg(code)), qPrintable(text));
        for (const QString &secret : {f.session->embeddedSandbox()->applicationSecret(),
                                      f.session->embeddedSandbox()->consumerKey()}) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!text.contains(secret), "a secret reached the support summary");
        }
    }

    void screenSharingCoversSecretsUntilClicked()
    {
        GuiFixture f;
        QVERIFY(f.start());
        auto *secret = f.find<QLineEdit>(ConnectPage::Names::applicationSecretEdit);
        auto *qr = f.window->findChild<QrCodeView *>();
        QVERIFY(secret && qr);
        QVERIFY(!ScreenSharingMask::isCovered(secret)); // off by default: nothing covered
        QAction *sharing = f.window->findChild<QAction *>(QLatin1String(Names::screenSharingAction));
        QVERIFY(sharing && sharing->isCheckable());
        sharing->trigger();
        QVERIFY(f.controller()->settings()->screenSharing()); // remembered
        QVERIFY(ScreenSharingMask::isCovered(secret));
        QVERIFY(ScreenSharingMask::isCovered(qr)); // stage 2's QR code, on a page not shown yet
        // The TOTP secret, the pre-shared key and the other password fields too.
        QVERIFY(ScreenSharingMask::isCovered(
                f.window->findChild<QWidget *>(QLatin1String(SecureInterfaceSection::Names::totpSecretEdit))));
        QVERIFY(ScreenSharingMask::isCovered(f.window->findChild<OneTimeSecretEdit *>(QLatin1String(VpnPage::Names::pskEdit))));
        QVERIFY(ScreenSharingMask::isCovered(f.window->findChild<QWidget *>(QLatin1String(VpnPage::Names::nsxPasswordEdit))));
        auto *cover = secret->findChild<QWidget *>(QLatin1String(ScreenSharingMask::coverName));
        QVERIFY(cover->isVisible());
        QCOMPARE(cover->geometry(), secret->rect());
        QVERIFY(!cover->accessibleName().isEmpty());
        QTest::mouseClick(cover, Qt::LeftButton);
        QTRY_VERIFY(!ScreenSharingMask::isCovered(secret));
        QVERIFY(ScreenSharingMask::isCovered(qr)); // only the one clicked
        // Off and on again: covered again; Space on the focused cover shows it (keyboard only).
        sharing->trigger();
        QVERIFY(!ScreenSharingMask::isCovered(qr));
        sharing->trigger();
        cover = secret->findChild<QWidget *>(QLatin1String(ScreenSharingMask::coverName));
        QVERIFY(cover);
        cover->setFocus();
        QTest::keyClick(cover, Qt::Key_Space);
        QTRY_VERIFY(!ScreenSharingMask::isCovered(secret));
    }
};

QTEST_MAIN(TestHelpAndStatus)
#include "tst_helpandstatus.moc"
