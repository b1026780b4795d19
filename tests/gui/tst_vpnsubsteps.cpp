// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 items 2 and 3 on stage 3, live: the in-process autopilot brings the practice tunnel
// up (stages 1 to 3, as a person would), then the page must show every finished sub-step folded
// to a plain-words summary with no live button under it, the exports open as the last card, and
// "Change" on the tunnel reopen it (Apply, and no "Ready to apply." under a tunnel already up)
// until it is closed again. The card for each model state is tst_substeps' table.
#include "GuiFixture.h"

#include "autopilot/Autopilot.h"
#include "stages/vpn/VpnModel.h"
#include "ui/HelpFooter.h"
#include "ui/pages/VpnPage.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/StatusRailDelegate.h"
#include "ui/widgets/SubStepCard.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace snc;
using Names = VpnPage::Names;
using State = SubStepCard::State;

class TestVpnSubSteps : public QObject
{
    Q_OBJECT
    GuiFixture f;

    State stateOf(const char *card) const { return f.find<SubStepCard>(card)->state(); }
    QString summaryOf(const char *card) const
    {
        return f.find<QLabel>((QByteArray(card) + "SummaryLabel").constData())->text();
    }
    QString footer() const { return f.find<QLabel>(HelpFooter::Names::screenLabel)->text(); }
    /// The status word a card shows beside its heading.
    QString wordOf(const char *card) const
    {
        return f.find<QLabel>((QByteArray(card) + "StateLabel").constData())->text();
    }
    /// Stage 3's rail entry: its status word, then its sub-steps as the rail draws them.
    QString rail() const
    {
        const QListWidgetItem *item = f.find<QListWidget>(MainWindow::Names::stageRail)->item(3);
        QStringList lines{item->data(StatusRailDelegate::wordRole).toString()};
        for (const RailSubStep &step : item->data(StatusRailDelegate::subStepsRole).value<QList<RailSubStep>>())
            lines << StatusRailDelegate::subStepText(step);
        return lines.join(u'\n');
    }
    /// The primary buttons a person sees on the current page.
    int visiblePrimaries() const
    {
        int n = 0;
        QWidget *page = f.window->findChild<QStackedWidget *>(QLatin1String(MainWindow::Names::pageStack))->currentWidget();
        for (const QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (b->isVisible() && isPrimary(b))
                ++n;
        }
        return n;
    }

private slots:
    void init() { QVERIFY(f.start(10.0)); }
    void cleanup() { f.stop(); }

    void tunnelUpFoldsTheFinishedCards()
    {
        Autopilot pilot(f.window.get());
        pilot.setLastStage(3);
        QStringList lines;
        connect(&pilot, &Autopilot::progress, this, [&lines](const QString &line) { lines << line; });
        int exitCode = -1;
        QString message;
        connect(&pilot, &Autopilot::finished, this, [&](int code, const QString &m) {
            exitCode = code;
            message = m;
        });
        pilot.start();
        QTRY_VERIFY2_WITH_TIMEOUT(exitCode >= 0, qPrintable(lines.join(QLatin1Char('\n'))), 480000);
        QVERIFY2(exitCode == 0, qPrintable(message + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));

        VpnModel *model = f.controller()->vpn();
        QCOMPARE(model->sessionState(), VpnModel::SessionState::Up);
        QCOMPARE(model->status(), StageModel::Status::Done);
        f.controller()->setCurrentPage(3);

        // Every finished card folded to its summary, in plain words; the exports stay open.
        for (const char *done : {Names::nsxAccessStep, Names::tunnelStep, Names::pskStep})
            QVERIFY2(stateOf(done) == State::Done, done);
        QCOMPARE(stateOf(Names::exportStep), State::Current);
        QCOMPARE(footer(), QStringLiteral("Screen 3.4"));
        // The exports stay open to be read, with nothing left to do: the card and the rail say
        // "Done" like the stage, never "Your turn" under a stage marked done.
        QCOMPARE(wordOf(Names::exportStep), QStringLiteral("Done"));
        QTRY_VERIFY2(rail().startsWith(QStringLiteral("Done\n")) && rail().endsWith(QStringLiteral(": Done"))
                             && !rail().contains(QStringLiteral("Your turn")),
                     qPrintable(rail()));
        QVERIFY2(summaryOf(Names::nsxAccessStep).startsWith(QStringLiteral("Signed in to NSX as admin@")),
                 qPrintable(summaryOf(Names::nsxAccessStep)));
        QCOMPARE(summaryOf(Names::tunnelStep), QStringLiteral("The tunnel to 203.0.113.50 is up."));
        QCOMPARE(summaryOf(Names::pskStep), QStringLiteral("Pre-shared key stored; your subnets are allowed networks."));
        // No live button left under a finished section (issue 18 item 3).
        for (const char *hidden : {Names::applyVpnButton, Names::nsxPasswordButton, Names::pskStoredCheck,
                                   Names::addAllowedNetworksButton})
            QVERIFY2(!f.find<QWidget>(hidden)->isVisible(), hidden);
        QVERIFY(f.find<QWidget>(Names::exportSwanctlButton)->isVisible());
        QCOMPARE(visiblePrimaries(), 1);
        // The key is shown once and the subnets are allowed: nothing to change on that card.
        QVERIFY(!f.find<QWidget>("pskStepChangeButton")->isVisible());

        // Change reopens the tunnel with its Apply, saying the tunnel is up (not "Ready to apply.").
        f.click("tunnelStepChangeButton");
        QCOMPARE(stateOf(Names::tunnelStep), State::Current);
        QCOMPARE(stateOf(Names::exportStep), State::Later);
        QCOMPARE(footer(), QStringLiteral("Screen 3.2"));
        // Reopened, the card is the person's turn again, in the rail too.
        QCOMPARE(wordOf(Names::tunnelStep), QStringLiteral("Your turn"));
        QTRY_VERIFY2(rail().contains(QStringLiteral("3.2 ")) && rail().contains(QStringLiteral(": Your turn")),
                     qPrintable(rail()));
        QVERIFY(f.find<QPushButton>(Names::applyVpnButton)->isVisible());
        const QString check = f.find<QLabel>(Names::vpnCheckLabel)->text();
        QVERIFY2(check.contains(QStringLiteral("is up with these settings")), qPrintable(check));
        QCOMPARE(visiblePrimaries(), 1);

        // Closed without applying: the model decides again.
        f.click("tunnelStepCloseButton");
        QCOMPARE(stateOf(Names::tunnelStep), State::Done);
        QCOMPARE(stateOf(Names::exportStep), State::Current);
        QCOMPARE(wordOf(Names::exportStep), QStringLiteral("Done"));
        QVERIFY(!f.find<QWidget>(Names::applyVpnButton)->isVisible());
    }
};

QTEST_MAIN(TestVpnSubSteps)
#include "tst_vpnsubsteps.moc"
