// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 2: stage 2 as numbered sub-steps, one open at a time with one primary button,
// following the model; "Change" reopens a done one until it is saved again; the rail lists the
// sub-steps and the footer says "Screen 2.x". Stage 3's cards from every state of its model.
#include "GuiFixture.h"

#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/vpn/VpnModel.h"
#include "ui/HelpFooter.h"
#include "ui/pages/AdminSecurityPage.h"
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/VpnPage.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/StatusRailDelegate.h"
#include "ui/widgets/SubStepCard.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace snc;
using Names = AdminSecurityPage::Names;
using State = SubStepCard::State;

namespace {
/// The primary buttons a person sees on the current page.
int visiblePrimaries(const GuiFixture &f)
{
    int n = 0;
    QWidget *page = f.window->findChild<QStackedWidget *>(QLatin1String(MainWindow::Names::pageStack))->currentWidget();
    for (const QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && isPrimary(b))
            ++n;
    }
    return n;
}
} // namespace

class TestSubSteps : public QObject
{
    Q_OBJECT
    GuiFixture f;

    State stateOf(const char *card) const { return f.find<SubStepCard>(card)->state(); }
    QString footer() const { return f.find<QLabel>(HelpFooter::Names::screenLabel)->text(); }
    /// A stage's rail entry (stage 2 by default): its sub-steps, one line each, as the rail draws them.
    QString rail(int row = 2) const
    {
        QStringList lines;
        const QListWidgetItem *item = f.find<QListWidget>(MainWindow::Names::stageRail)->item(row);
        for (const RailSubStep &step : item->data(StatusRailDelegate::subStepsRole).value<QList<RailSubStep>>())
            lines << StatusRailDelegate::subStepText(step);
        return lines.join(u'\n');
    }

private slots:
    void init()
    {
        QVERIFY(f.start());
        f.connectAndChooseService();
    }
    void cleanup() { f.stop(); }

    void stage2FollowsTheModelOneSubStepAtATime()
    {
        f.controller()->setCurrentPage(2);
        AdminSecurityModel *model = f.controller()->adminSecurity();
        QTRY_VERIFY_WITH_TIMEOUT(model->admin()->isLoaded() && !model->isBusy(), 30000);

        // A fresh service: contact details first, everything else later.
        QTRY_COMPARE(stateOf(Names::contactStep), State::Current);
        for (const char *later : {Names::codesStep, Names::passwordStep, Names::authenticatorStep, Names::tokenStep})
            QCOMPARE(stateOf(later), State::Later);
        QVERIFY(f.find<QLineEdit>(Names::phoneEdit)->isVisible());
        QVERIFY(!f.find<QWidget>(SecureInterfaceSection::Names::startResetButton)->isVisible());
        QCOMPARE(footer(), QStringLiteral("Screen 2.1"));
        // The rail lists them under stage 2, in words: the current one is the person's turn.
        QVERIFY2(rail().startsWith(QStringLiteral("2.1 Contact details: Your turn\n")), qPrintable(rail()));
        QVERIFY2(rail().endsWith(QStringLiteral("\n2.5 Token validation: Not started")), qPrintable(rail()));
        QCOMPARE(f.find<QListWidget>(MainWindow::Names::stageRail)->item(2)->text(), QStringLiteral("2. %1").arg(model->title()));
        QCOMPARE(visiblePrimaries(f), 1);

        f.type(Names::phoneEdit, QStringLiteral("06 12 34 56 78"));
        f.type(Names::emailEdit, QStringLiteral("admin@example.com"));
        f.click(Names::saveProfileButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->admin()->isProfileComplete() && !model->admin()->isTaskRunning(), 120000);

        // Done: a one-line summary (the phone masked), the identity codes open now.
        QTRY_COMPARE(stateOf(Names::contactStep), State::Done);
        QCOMPARE(stateOf(Names::codesStep), State::Current);
        const QString summary = f.find<QLabel>("contactStepSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("78")) && summary.contains(QStringLiteral("admin@example.com"))
                         && !summary.contains(QStringLiteral("12 34")),
                 qPrintable(summary));
        QVERIFY(!f.find<QLineEdit>(Names::phoneEdit)->isVisible());
        QVERIFY(f.find<QWidget>(SecureInterfaceSection::Names::startResetButton)->isVisible());
        QCOMPARE(footer(), QStringLiteral("Screen 2.2"));
        QCOMPARE(visiblePrimaries(f), 1);

        // Change reopens the contact details (and only them) until they are saved again.
        f.click("contactStepChangeButton");
        QCOMPARE(stateOf(Names::contactStep), State::Current);
        QCOMPARE(stateOf(Names::codesStep), State::Later);
        QCOMPARE(footer(), QStringLiteral("Screen 2.1"));
        QVERIFY(f.find<QLineEdit>(Names::emailEdit)->isVisible());
        QCOMPARE(visiblePrimaries(f), 1);
        f.type(Names::emailEdit, QStringLiteral("security@example.com"));
        f.click(Names::saveProfileButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(Names::contactStep), State::Done, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(model->admin()->email() == QStringLiteral("security@example.com"), 30000);
        QCOMPARE(stateOf(Names::codesStep), State::Current);
        QCOMPARE(footer(), QStringLiteral("Screen 2.2"));
    }

    // Stage 3: which card is open for each state of the model (a live sandbox tunnel cannot be
    // brought to every state: the NSX password comes from stage 2, and "down" needs a peer).
    void stage3CardFromTheModel_data()
    {
        QTest::addColumn<bool>("accessMissing");
        QTest::addColumn<bool>("configured");
        QTest::addColumn<bool>("applying");
        QTest::addColumn<bool>("pskOwed");
        QTest::addColumn<int>("card");
        QTest::newRow("password or right needed") << true << false << false << false << 0;
        QTest::newRow("access first, even when configured") << true << true << false << true << 0;
        QTest::newRow("nothing on NSX yet") << false << false << false << false << 1;
        QTest::newRow("applying") << false << false << true << false << 1;
        QTest::newRow("applying again after Change") << false << true << true << true << 1;
        // Up or still down: the key is needed on the customer's side to bring the tunnel up.
        QTest::newRow("on NSX, key not said stored") << false << true << false << true << 2;
        QTest::newRow("key stored: the exports stay open") << false << true << false << false << 3;
    }
    void stage3CardFromTheModel()
    {
        QFETCH(bool, accessMissing);
        QFETCH(bool, configured);
        QFETCH(bool, applying);
        QFETCH(bool, pskOwed);
        QFETCH(int, card);
        VpnPage::SubStepFacts facts;
        facts.nsxAccessMissing = accessMissing;
        facts.configuredOnNsx = configured;
        facts.applying = applying;
        facts.pskConfirmationOwed = pskOwed;
        QCOMPARE(VpnPage::subStepFor(facts), card);
    }

    void stage3StartsWithNsxAccess()
    {
        using VpnNames = VpnPage::Names;
        f.controller()->setCurrentPage(3);
        VpnModel *model = f.controller()->vpn();
        QTRY_VERIFY_WITH_TIMEOUT(model->status() != StageModel::Status::Unknown && !model->isBusy(), 30000);
        QVERIFY(model->needsPassword());

        // A fresh service: the NSX password first, the tunnel, the key and the exports later.
        QTRY_COMPARE(stateOf(VpnNames::nsxAccessStep), State::Current);
        for (const char *later : {VpnNames::tunnelStep, VpnNames::pskStep, VpnNames::exportStep})
            QCOMPARE(stateOf(later), State::Later);
        QVERIFY(f.find<QLineEdit>(VpnNames::nsxPasswordEdit)->isVisible());
        for (const char *hidden : {VpnNames::peerAddressEdit, VpnNames::applyVpnButton, VpnNames::exportSwanctlButton})
            QVERIFY2(!f.find<QWidget>(hidden)->isVisible(), hidden);
        QCOMPARE(footer(), QStringLiteral("Screen 3.1"));
        QVERIFY2(rail(3).contains(QStringLiteral("3.1 NSX access")) && rail(3).contains(QStringLiteral("3.4 ")),
                 qPrintable(rail(3)));
        QCOMPARE(visiblePrimaries(f), 1);

        // A refused password keeps the user on the same card (the page says why below).
        f.type(VpnNames::nsxPasswordEdit, QStringLiteral("Wrong-Password-1!"));
        f.click(VpnNames::nsxPasswordButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->hasError() && !model->isBusy(), 30000);
        QCOMPARE(stateOf(VpnNames::nsxAccessStep), State::Current);
        QCOMPARE(footer(), QStringLiteral("Screen 3.1"));
    }
};

QTEST_MAIN(TestSubSteps)
#include "tst_substeps.moc"
