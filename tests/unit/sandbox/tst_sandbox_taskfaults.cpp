// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: task faults. A task can leave `doing` for unknown, fixing or waitingForChilds, or
// stall (progress frozen), for `taskhold`; decided from the seed when the task is created. The
// engine runs on a test clock: no sleeps.
#include "core/Clock.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/TaskEngine.h"

#include <QTest>

using namespace snc::sandbox;
using namespace Qt::StringLiterals;

class TestSandboxTaskFaults : public QObject
{
    Q_OBJECT

    static TaskKind kind()
    {
        TaskKind k;
        k.kind = u"test.quick"_s;
        k.name = u"enableSecurityOption"_s;
        k.todoMs = 1000;
        k.doingMs = 10'000;
        return k;
    }

    static FaultSpec spec(const QString &text)
    {
        QString why;
        const auto parsed = FaultSpec::parse(text, &why);
        if (!parsed)
            qFatal("%s", qPrintable(why));
        return *parsed;
    }

private slots:
    void specParsesAndRoundTrips()
    {
        const FaultSpec s = spec(u"taskdetour=0.5,taskdetourstate=fixing,taskstall=0.25,taskhold=10m"_s);
        QCOMPARE(s.taskDetour, 0.5);
        QCOMPARE(s.taskDetourState, u"fixing"_s);
        QCOMPARE(s.taskStall, 0.25);
        QCOMPARE(s.taskHoldMs, 600'000);
        QVERIFY(s.hasFaults());
        QCOMPARE(spec(s.toString()).toString(), s.toString());
        QString why;
        QVERIFY(!FaultSpec::parse(u"taskdetour=0.7,taskstall=0.7"_s, &why));
        QVERIFY(!FaultSpec::parse(u"taskdetourstate=done"_s, &why));
        QVERIFY(!FaultSpec::parse(u"taskhold=0s"_s, &why));
        QVERIFY(!FaultSpec().hasTaskFaults());
    }

    void aDetourLeavesDoingAndComesBack()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        TaskEngine engine(&clock, 1);
        engine.registerKind(kind());
        engine.setFaults(spec(u"taskdetour=1,taskdetourstate=waitingForChilds,taskhold=5m"_s));
        const Task *t = engine.task(engine.create(u"test.quick"_s, u"pcc-1"_s));
        QCOMPARE(t->hold, Task::Hold::Planned);
        QVERIFY(t->holdAtMs > t->doingAtMs && t->holdEndMs == t->holdAtMs + 300'000);
        QCOMPARE(t->doneAtMs - t->doingAtMs - 300'000 > 0, true);

        base.setNowMs(t->holdAtMs - 1);
        engine.advance();
        QCOMPARE(t->state, TaskState::Doing);
        const int before = t->progress;
        base.setNowMs(t->holdAtMs + 200'000);
        engine.advance();
        QCOMPARE(TaskEngine::toJson(*t).value(u"state"_s).toString(), u"waitingForChilds"_s);
        QVERIFY(!TaskEngine::toJson(*t).value(u"description"_s).toString().isEmpty()); // says why it waits
        QVERIFY(qAbs(t->progress - before) <= 1); // held: no progress
        base.setNowMs(t->holdEndMs);
        engine.advance();
        QCOMPARE(t->state, TaskState::Doing);
        QVERIFY(t->description.isEmpty());
        base.setNowMs(t->doneAtMs);
        engine.advance();
        QCOMPARE(t->state, TaskState::Done);
    }

    void aStallFreezesProgressInDoing()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        TaskEngine engine(&clock, 3);
        engine.registerKind(kind());
        engine.setFaults(spec(u"taskstall=1,taskhold=2m"_s));
        const Task *t = engine.task(engine.create(u"test.quick"_s, u"pcc-1"_s));
        base.setNowMs(t->holdAtMs);
        engine.advance();
        const int frozen = t->progress;
        base.setNowMs(t->holdEndMs - 1);
        engine.advance();
        QCOMPARE(t->state, TaskState::Doing);
        QCOMPARE(t->progress, frozen);
        base.setNowMs(t->holdEndMs + (t->doneAtMs - t->holdEndMs) / 2);
        engine.advance();
        QVERIFY(t->progress > frozen);
        QVERIFY(t->progress < 100);
    }

    void theDetourStateComesFromTheSeedAndSurvivesARestart()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        QSet<TaskState> seen;
        TaskEngine engine(&clock, 7);
        engine.registerKind(kind());
        engine.setFaults(spec(u"taskdetour=1"_s));
        for (int i = 0; i < 30; ++i)
            seen << engine.task(engine.create(u"test.quick"_s, u"pcc-1"_s))->holdState;
        QCOMPARE(seen, (QSet<TaskState>{TaskState::Unknown, TaskState::Fixing, TaskState::WaitingForChilds}));

        const qint64 id = engine.create(u"test.quick"_s, u"pcc-2"_s);
        TaskEngine restored(&clock, 7);
        restored.registerKind(kind());
        restored.loadState(engine.saveState());
        const Task *t = restored.task(id);
        QCOMPARE(t->hold, Task::Hold::Planned);
        QCOMPARE(t->holdState, engine.task(id)->holdState);
        base.setNowMs(t->holdAtMs);
        restored.advance();
        QCOMPARE(t->state, engine.task(id)->holdState);
    }

    void waitingTasksAreNeverHeld()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        TaskEngine engine(&clock, 1);
        TaskKind k = kind();
        k.waitsForExternal = true;
        engine.registerKind(k);
        engine.setFaults(spec(u"taskstall=1"_s));
        QCOMPARE(engine.task(engine.create(u"test.quick"_s, u"pcc-1"_s))->hold, Task::Hold::None);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTaskFaults)
#include "tst_sandbox_taskfaults.moc"
