// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, against the real in-process sandbox: stage 6 follows a task that OVHcloud holds in
// `fixing` (its words, how long, back-off, leave and come back), and the compliance report of a
// service with a long task history reads only this onboarding's tasks (counted by the sandbox).
#include "Stage6Helpers.h"

#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"
#include "sandbox/modules/DedicatedCloudModule.h"
#include "stages/OnboardingTasks.h"
#include "stages/WizardSettings.h"
#include "stages/activation/ActivationModel.h"
#include "tasks/TaskPoller.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

const QString taskRoute = s("GET /1.0/dedicatedCloud/{serviceName}/task/{taskId}");

/// `count` finished tasks of years of operations on the service, before this onboarding.
QList<qint64> longHistory(SandboxFixture &f, int count)
{
    sandbox::TaskKind old;
    old.kind = s("test.history");
    old.name = s("addAllowedNetwork");
    old.todoMs = 10;
    old.doingMs = 10;
    f.server->tasks()->registerKind(old);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << f.server->tasks()->create(old.kind, f.serviceName());
    return ids;
}
} // namespace

class TestActivationTasks : public QObject
{
    Q_OBJECT

private slots:
    void theReportReadsOnlyThisOnboardingsTasks()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        earlierStagesDone(f, true);
        const QList<qint64> history = longHistory(f, 200);
        QTRY_COMPARE_WITH_TIMEOUT(f.server->tasks()->task(history.last())->state, sandbox::TaskState::Done, 20000);
        // Kept with the session state, as crash-resume keeps it.
        QTemporaryDir dir;
        QSettings ini(dir.filePath(s("wizard.ini")), QSettings::IniFormat);
        WizardSettings settings(&ini);
        f.context->onboardingTasks()->setSettings(&settings);
        // Stage 3 of this onboarding followed one of them (it allows the VPN's subnets); the
        // others are not this onboarding's.
        f.context->onboardingTasks()->record(TaskPoller::servicePath(f.serviceName(), history.at(150)), 3);

        ActivationModel model(f.context.get());
        model.taskPoller()->setIntervalMs(200);
        QVERIFY(refreshed(model));
        QSignalSpy finished(&model, &ActivationModel::actionFinished);
        QVERIFY(model.activate());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(model.lastErrorMessage()));
        QCOMPARE(f.context->onboardingTasks()->paths().size(), 2); // the activation was recorded

        // A wizard started again (nothing cached): the report reads the two tasks of this
        // onboarding, one each, not the 200 before it (the code before issue 16 read 60).
        StageContext again(f.api.get(), &f.secrets, &f.clock);
        again.setEndpoint(f.context->endpoint(), true);
        again.setServiceName(f.serviceName());
        again.onboardingTasks()->setSettings(&settings);
        ActivationModel restarted(&again);
        const int before = f.server->stats()->requestsFor(taskRoute);
        QVERIFY(refreshed(restarted));
        QCOMPARE(f.server->stats()->requestsFor(taskRoute) - before, 2);
        QStringList names;
        for (const ReportTask &t : restarted.tasks())
            names << t.name;
        QCOMPARE(names, (QStringList{s("addAllowedNetwork"), s("enableSecurityOption")}));
        QCOMPARE(restarted.tasks().first().taskId, history.at(150));
        // Grouped under the stage that followed it, not under a guess from its name (stage 1's
        // "addAllowedNetwork"): OVHcloud does not publish its task names.
        QCOMPARE(restarted.tasks().first().stage, 3);
        QCOMPARE(restarted.tasks().last().stage, 6);
    }

    void aTaskHeldByOvhcloudIsFollowedPatientlyAndCanBeLeft()
    {
        SandboxFixture f(1000); // sandbox time runs 100× faster: a 10-minute hold lasts 6 s
        QVERIFY(f.started);
        earlierStagesDone(f, true);
        QString why;
        f.server->setFaults(*sandbox::FaultSpec::parse(s("taskdetour=1,taskdetourstate=fixing,taskhold=10m"), &why));

        {
            ActivationModel model(f.context.get());
            model.taskPoller()->setClock(&f.clock); // back-off on the task's own (fast) time
            QVERIFY(refreshed(model));
            QVERIFY(model.activate());
            TaskProgress *progress = model.taskProgress();
            QTRY_COMPARE_WITH_TIMEOUT(progress->state(), s("fixing"), 20000);
            // Its own words and how long it has existed, in server time.
            QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(s("An OVHcloud operator is fixing this task")), 10000);
            QVERIFY(progress->text().contains(s("started")));
            QVERIFY(progress->waitedMs() > 0);
            // Still for a minute: polled every 5 s, and the page says one may leave.
            QTRY_VERIFY_WITH_TIMEOUT(progress->isSlow(), 10000);
            QVERIFY(progress->text().contains(s("come back later")));
            QTRY_COMPARE_WITH_TIMEOUT(model.taskPoller()->lastIntervalMs(), 5000, 10000);
            QVERIFY(model.isTaskRunning());
            // The user leaves (closes the wizard) while OVHcloud still holds the task.
        }
        const QString activation = f.raw("GET", s("/sandbox/stats")).toObject().value(s("tasks")).toObject()
                                           .value(s("unfinishedTasks")).toArray().first().toObject().value(s("state")).toString();
        QCOMPARE(activation, s("fixing"));

        // Coming back: the task is found again in the live API and followed to its end.
        ActivationModel back(f.context.get());
        QSignalSpy finished(&back, &ActivationModel::actionFinished);
        QVERIFY(refreshed(back));
        QVERIFY(back.isTaskRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(back.lastErrorMessage()));
        QCOMPARE(back.status(), StageModel::Status::Done);
    }
};

QTEST_GUILESS_MAIN(TestActivationTasks)
#include "tst_activationtasks.moc"
