// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 items 2 and 3 on stage 4: the private gateway as numbered sub-steps that follow the
// model (4.1 settings and lock-out checks, 4.2 enabling, 4.3 the hosts-file line), one primary
// button in view, plain-word summaries, a page built afresh on the same model landing on the
// same card, and the stage done only once the customer confirms the hosts-file line.
#include "GuiFixture.h"

#include "stages/gateway/PrivateGatewayModel.h"
#include "ui/HelpFooter.h"
#include "ui/PageStatusLine.h"
#include "ui/pages/PrivateGatewayPage.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/SubStepCard.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace snc;
using Names = PrivateGatewayPage::Names;
using State = SubStepCard::State;

class TestGatewaySteps : public QObject
{
    Q_OBJECT
    GuiFixture f;

    State stateOf(const char *card) const { return f.find<SubStepCard>(card)->state(); }
    QString summaryOf(const char *card) const
    {
        return f.find<QLabel>((QByteArray(card) + "SummaryLabel").constData())->text();
    }
    QString footer() const { return f.find<QLabel>(HelpFooter::Names::screenLabel)->text(); }
    bool shown(const char *name) const { return f.find<QWidget>(name)->isVisible(); }
    /// The primary buttons a person sees on the page.
    int visiblePrimaries() const
    {
        int n = 0;
        const auto buttons = f.find<QWidget>(Names::privateGatewayPage)->findChildren<QAbstractButton *>();
        for (const QAbstractButton *b : buttons)
            n += b->isVisible() && isPrimary(b) ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        QVERIFY(f.start());
        f.connectAndChooseService();
    }
    void cleanup() { f.stop(); }
    void cardsFollowTheGateway();
};

void TestGatewaySteps::cardsFollowTheGateway()
{
    PrivateGatewayModel *model = f.controller()->privateGateway();
    QVERIFY(model);
    model->setHostsFilePath(QStringLiteral("/nonexistent/hosts")); // this computer lacks the line
    f.controller()->setCurrentPage(4);
    QTRY_VERIFY_WITH_TIMEOUT(model->status() == StageModel::Status::NotStarted && !model->isBusy(), 30000);

    // Off, nothing checked: the settings and checks, nothing to enable in view yet.
    QCOMPARE(stateOf(Names::gatewayChecksStep), State::Current);
    QCOMPARE(stateOf(Names::gatewayEnableStep), State::Later);
    QCOMPARE(stateOf(Names::hostsFileStep), State::Later);
    QCOMPARE(footer(), QStringLiteral("Screen 4.1"));
    QVERIFY(shown(Names::gatewayIpEdit) && !shown(Names::enableGatewayButton));
    QCOMPARE(visiblePrimaries(), 1);
    f.type(Names::gatewayIpEdit, QStringLiteral("172.16.0.1"));
    f.type(Names::netmaskEdit, QStringLiteral("255.255.255.0"));
    f.type(Names::portgroupEdit, QStringLiteral("pg-vrack-admin"));
    QCOMPARE(stateOf(Names::gatewayChecksStep), State::Current); // typing is not checking

    // Checks answered (not all green here): 4.1 closes on what they found, 4.2 opens with the
    // phrase the guard asks for.
    f.click(Names::runChecksButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isChecking() && !model->isBusy(), 30000);
    QTRY_COMPARE(stateOf(Names::gatewayChecksStep), State::Done);
    QCOMPARE(stateOf(Names::gatewayEnableStep), State::Current);
    QCOMPARE(footer(), QStringLiteral("Screen 4.2"));
    const QString checked = summaryOf(Names::gatewayChecksStep);
    QVERIFY2(checked.contains(QStringLiteral("172.16.0.1")) && checked.contains(QStringLiteral("not passed")),
             qPrintable(checked));
    QVERIFY(!shown(Names::gatewayIpEdit) && !shown(Names::runChecksButton));
    QVERIFY(shown(Names::riskConfirmationEdit) && shown(Names::enableGatewayButton));
    QVERIFY(!shown(Names::disableGatewayButton) && !shown(Names::reconfigureGatewayButton));
    QCOMPARE(visiblePrimaries(), 1);

    // Other settings forget the checks: back to 4.1 through its Change.
    f.click("gatewayChecksStepChangeButton");
    QCOMPARE(stateOf(Names::gatewayChecksStep), State::Current);
    f.type(Names::gatewayIpEdit, QStringLiteral("172.16.0.2"));
    QCOMPARE(stateOf(Names::gatewayChecksStep), State::Current);
    QCOMPARE(stateOf(Names::gatewayEnableStep), State::Later);
    f.type(Names::gatewayIpEdit, QStringLiteral("172.16.0.1"));
    f.click(Names::runChecksButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(Names::gatewayEnableStep), State::Current, 30000);

    // Enabled: OVHcloud's part is done, the hosts-file line is the customer's (issue 18 item 3).
    QSignalSpy finished(model, &PrivateGatewayModel::actionFinished);
    f.type(Names::riskConfirmationEdit, model->confirmationPhrase());
    f.click(Names::enableGatewayButton);
    QVERIFY(finished.wait(60000) && finished.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == QStringLiteral("enabled") && !model->isBusy(), 30000);
    QCOMPARE(model->status(), StageModel::Status::WaitingForUser);
    QCOMPARE(stateOf(Names::gatewayEnableStep), State::Done);
    QCOMPARE(stateOf(Names::hostsFileStep), State::Current);
    QCOMPARE(footer(), QStringLiteral("Screen 4.3"));
    QVERIFY2(summaryOf(Names::gatewayEnableStep).contains(QStringLiteral("enabled at 172.16.0.1")),
             qPrintable(summaryOf(Names::gatewayEnableStep)));
    QVERIFY(f.find<QLabel>(Names::hostsStepInstructionsLabel)->text().contains(
            QStringLiteral("172.16.0.1 pcc-192-0-2-1.ovh.com nsxt.pcc-192-0-2-1.ovh.com")));
    QVERIFY(f.find<QLabel>(Names::hostsCheckLabel)->text().contains(QStringLiteral("failed")));

    // A page built afresh on the same model (a restarted wizard) lands on the same card.
    {
        PrivateGatewayPage fresh(model);
        QCOMPARE(fresh.currentSubStep(), QStringLiteral("4.3"));
    }

    // The line added on this computer: checked again from 4.3, without leaving it.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("hosts")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(model->hostsLine().toUtf8() + '\n') > 0);
    file.close();
    model->setHostsFilePath(file.fileName());
    f.click(Names::recheckHostsButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.find<QLabel>(Names::hostsCheckLabel)->text().contains(QStringLiteral("passed")), 30000);
    QCOMPARE(stateOf(Names::hostsFileStep), State::Current);
    model->setHostsFilePath(QStringLiteral("/nonexistent/hosts")); // removed again
    QTRY_VERIFY_WITH_TIMEOUT(f.find<QPushButton>(Names::recheckHostsButton)->isEnabled(), 30000);
    f.click(Names::recheckHostsButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.find<QLabel>(Names::hostsCheckLabel)->text().contains(QStringLiteral("failed")), 30000);

    // The customer's confirmation ends the stage; the summary still says what this computer lacks.
    auto *confirm = f.find<QCheckBox>(PageStatusLine::Names::manualStepCheck);
    QVERIFY(confirm && confirm->isVisible());
    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Space);
    QTRY_COMPARE(model->status(), StageModel::Status::Done);
    QCOMPARE(stateOf(Names::hostsFileStep), State::Done);
    QVERIFY2(summaryOf(Names::hostsFileStep).contains(QStringLiteral("this computer's hosts file does not have it")),
             qPrintable(summaryOf(Names::hostsFileStep)));
    QVERIFY(f.find<PrivateGatewayPage>(Names::privateGatewayPage)->currentSubStep().isEmpty());

    // Disabling and moving an enabled gateway sit behind 4.2's Change, Reconfigure the primary.
    f.click("gatewayEnableStepChangeButton");
    QCOMPARE(stateOf(Names::gatewayEnableStep), State::Current);
    QVERIFY(shown(Names::disableGatewayButton) && shown(Names::reconfigureGatewayButton));
    QVERIFY(!shown(Names::enableGatewayButton));
    QCOMPARE(visiblePrimaries(), 1);
    QVERIFY(isPrimary(f.find<QPushButton>(Names::reconfigureGatewayButton)));
    f.click("gatewayEnableStepCloseButton");
    QCOMPARE(stateOf(Names::gatewayEnableStep), State::Done);
}

QTEST_MAIN(TestGatewaySteps)
#include "tst_gatewaysteps.moc"
