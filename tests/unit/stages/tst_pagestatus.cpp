// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 3: one status line per page (PageStatus), and a stage done only once the
// customer's manual step is confirmed, per service, across a restart.
#include "stages/DisplayFormat.h"
#include "stages/PageStatus.h"
#include "stages/StageContext.h"
#include "stages/StageModel.h"
#include "stages/TaskProgress.h"
#include "stages/WizardSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace snc;

namespace {

/// A stage whose API-derived status the test sets, with (or without) a manual step.
class FakeStage : public StageModel
{
public:
    FakeStage(StageContext *context, bool manualStep) : StageModel(context)
    {
        resetOnServiceChange();
        if (manualStep)
            requireManualStep(QStringLiteral("fake.step"));
    }
    int number() const override { return 3; }
    void refresh() override {}
    QString manualStepLabel() const override { return hasManualStep() ? QStringLiteral("I did it") : QString(); }
    QString manualStepRequest() const override { return QStringLiteral("do it, then tick “I did it”"); }
    void derive(Status s) { setStatus(s); }
    bool taskWaitsForCustomer() const override { return customersTurn; }
    /// A call in flight (an operation started and not ended), then its end.
    void startCall() { startOperation(); }
    void endCalls() { cancelOperations(); }
    bool customersTurn = false;
    QString ovhcloudWork() const override { return work; }
    QString work;
};

} // namespace

class TestPageStatus : public QObject
{
    Q_OBJECT
private slots:
    void doneSaysDoneWithTheStagesOwnWords()
    {
        FakeStage stage(nullptr, false);
        stage.derive(StageModel::Status::Done);
        const PageStatus s = PageStatus::of(&stage);
        QCOMPARE(s.kind, PageStatus::Kind::Done);
        QCOMPARE(s.text, QStringLiteral("Done"));
        QCOMPARE(PageStatus::done(QStringLiteral("VPN session up")).text, QStringLiteral("Done: VPN session up"));
    }

    void notDoneIsTheCustomersTurn()
    {
        FakeStage stage(nullptr, false);
        stage.derive(StageModel::Status::NotStarted);
        const PageStatus s = PageStatus::of(&stage);
        QCOMPARE(s.kind, PageStatus::Kind::YourTurn);
        QCOMPARE(s.text, QStringLiteral("Your turn: Not started"));
        QCOMPARE(PageStatus::of(nullptr).text, QString());
    }

    void aRunningTaskIsWaitingWithItsNumberAndStart()
    {
        FakeStage stage(nullptr, false);
        stage.derive(StageModel::Status::InProgress);
        TaskProgress *task = stage.taskProgress();
        task->setAction(QStringLiteral("Enabling the private gateway"));
        task->setRunning(true);
        PageStatus s = PageStatus::of(&stage);
        QCOMPARE(s.kind, PageStatus::Kind::Waiting);
        QCOMPARE(s.text, QStringLiteral("Waiting for OVHcloud: Enabling the private gateway"));
        const QDateTime since(QDate(2026, 12, 5), QTime(7, 12, 9), QTimeZone::utc());
        task->setTask(42, since);
        s = PageStatus::of(&stage);
        // With seconds (issue 18 item 5): two moves in the same minute are told apart.
        const QString time = DisplayFormat::time(since);
        QVERIFY2(time.contains(QStringLiteral(":09")), qPrintable(time));
        QCOMPARE(s.text, QStringLiteral("Waiting for OVHcloud: Enabling the private gateway, task #42, since %1").arg(time));
        // Even a stage that reads Done is waiting while a task of it runs.
        stage.derive(StageModel::Status::Done);
        QCOMPARE(PageStatus::of(&stage).kind, PageStatus::Kind::Waiting);
        task->setRunning(false);
        QCOMPARE(PageStatus::of(&stage).kind, PageStatus::Kind::Done);
        QCOMPARE(task->taskId(), qint64(42)); // kept until the next run, for the summary
    }

    void aCallInFlightIsWaitingNotTheCustomersTurn()
    {
        // The token typed and sent: until OVHcloud answers there is nothing to do, and the footer
        // says "OVHcloud is being asked"; the line must not say "Your turn" above it.
        FakeStage stage(nullptr, false);
        stage.derive(StageModel::Status::InProgress);
        QCOMPARE(PageStatus::of(&stage).kind, PageStatus::Kind::YourTurn);
        stage.startCall();
        QVERIFY(stage.isBusy());
        PageStatus s = PageStatus::of(&stage);
        QCOMPARE(s.kind, PageStatus::Kind::Waiting);
        QCOMPARE(s.text, QStringLiteral("Waiting for OVHcloud: the answer to this page's request"));
        // Unknown yet: the first read says what it reads.
        stage.derive(StageModel::Status::Unknown);
        QCOMPARE(PageStatus::of(&stage).text, QStringLiteral("Waiting for OVHcloud: reading the state of this stage"));
        // Done stays done while a refresh reads it again.
        stage.derive(StageModel::Status::Done);
        QCOMPARE(PageStatus::of(&stage).kind, PageStatus::Kind::Done);
        stage.derive(StageModel::Status::InProgress);
        stage.endCalls();
        QVERIFY(!stage.isBusy());
        QCOMPARE(PageStatus::of(&stage).kind, PageStatus::Kind::YourTurn);
    }

    void ovhcloudAtWorkWithoutATaskIsWaiting()
    {
        FakeStage stage(nullptr, false);
        stage.derive(StageModel::Status::InProgress);
        stage.work = QStringLiteral("issuing the access credential for vCenter");
        const PageStatus s = PageStatus::of(&stage);
        QCOMPARE(s.kind, PageStatus::Kind::Waiting);
        QCOMPARE(s.text, QStringLiteral("Waiting for OVHcloud: issuing the access credential for vCenter"));
        stage.work.clear();
        QCOMPARE(PageStatus::of(&stage).text, QStringLiteral("Your turn: In progress"));
    }

    void aTaskWaitingForTheCustomerIsTheirTurn()
    {
        FakeStage stage(nullptr, true);
        stage.derive(StageModel::Status::InProgress);
        stage.customersTurn = true; // stage 5: the registration waits until vCenter is configured
        stage.taskProgress()->setRunning(true);
        stage.taskProgress()->setTask(7, {});
        const PageStatus s = PageStatus::of(&stage);
        QCOMPARE(s.kind, PageStatus::Kind::YourTurn);
        QCOMPARE(s.text, QStringLiteral("Your turn: do it, then tick “I did it” (OVHcloud task #7 waits for it)"));
    }

    void theManualStepGatesDone()
    {
        StageContext context(nullptr, nullptr, nullptr);
        context.setServiceName(QStringLiteral("pcc-1"));
        FakeStage stage(&context, true);
        QSignalSpy complete(&stage, &StageModel::completeChanged);
        stage.derive(StageModel::Status::Done); // what OVHcloud says
        QCOMPARE(stage.status(), StageModel::Status::WaitingForUser);
        QVERIFY(!stage.isComplete());
        QVERIFY(stage.awaitsManualStep());
        QCOMPARE(PageStatus::of(&stage).text, QStringLiteral("Your turn: do it, then tick “I did it”"));
        stage.setManualStepConfirmed(true);
        QCOMPARE(stage.status(), StageModel::Status::Done);
        QCOMPARE(complete.count(), 1);
        stage.setManualStepConfirmed(false);
        QCOMPARE(stage.status(), StageModel::Status::WaitingForUser);
        // A confirmation given before OVHcloud is done does not make the stage done.
        stage.setManualStepConfirmed(true);
        stage.derive(StageModel::Status::InProgress);
        QCOMPARE(stage.status(), StageModel::Status::InProgress);
        QVERIFY(!stage.awaitsManualStep());
    }

    void aConfirmationSurvivesARestartForItsServiceOnly()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        WizardSettings settings(&ini);
        StageContext context(nullptr, nullptr, nullptr);
        context.setServiceName(QStringLiteral("pcc-1"));
        {
            FakeStage stage(&context, true);
            stage.setConfirmationSettings(&settings);
            stage.setManualStepConfirmed(true);
        }
        ini.sync();
        QSettings again(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        WizardSettings restarted(&again);
        FakeStage stage(&context, true);
        stage.setConfirmationSettings(&restarted);
        stage.derive(StageModel::Status::Done);
        QCOMPARE(stage.status(), StageModel::Status::Done);
        context.setServiceName(QStringLiteral("pcc-2")); // another service: not confirmed there
        stage.derive(StageModel::Status::Done);
        QCOMPARE(stage.status(), StageModel::Status::WaitingForUser);
    }

    void aStageWithoutManualStepIsDoneAsOVHcloudSays()
    {
        FakeStage stage(nullptr, false);
        stage.derive(StageModel::Status::Done);
        QVERIFY(stage.isComplete());
        QVERIFY(!stage.awaitsManualStep());
    }
};

QTEST_GUILESS_MAIN(TestPageStatus)
#include "tst_pagestatus.moc"
