// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The task engine against a test clock: no sleeps, the clock is moved by hand.
#include "core/Clock.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/TaskEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace snc::sandbox;
using namespace Qt::StringLiterals;

class TestSandboxTasks : public QObject
{
    Q_OBJECT

    static TaskKind quickKind(QStringList *log)
    {
        TaskKind k;
        k.kind = u"test.quick"_s;
        k.name = u"addAllowedNetwork"_s;
        k.todoMs = 1000;
        k.doingMs = 4000;
        k.onDone = [log](Task &t) { log->append(u"done %1"_s.arg(t.id)); };
        return k;
    }

private slots:
    void todoDoingDoneWithProgress()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        TaskEngine engine(&clock, 1);
        QStringList log;
        engine.registerKind(quickKind(&log));
        QSignalSpy changes(&engine, &TaskEngine::taskChanged);

        const qint64 id = engine.create(u"test.quick"_s, u"pcc-1"_s,
                                        QJsonObject{{u"networkAccessId"_s, 7}, {u"kmsId"_s, 3}});
        const Task *t = engine.task(id);
        QCOMPARE(t->serviceName, u"pcc-1"_s);
        // Jitter is ±20 %: planned durations stay within bounds.
        QVERIFY(t->doingAtMs - t->executionMs >= 800 && t->doingAtMs - t->executionMs <= 1200);
        QVERIFY(t->doneAtMs - t->doingAtMs >= 3200 && t->doneAtMs - t->doingAtMs <= 4800);

        // Issue 16: as a real task, it is created, waits for its robot and is queued before it runs.
        QCOMPARE(t->state, TaskState::ToCreate);
        QCOMPARE(TaskEngine::toJson(*t).value(u"state"_s).toString(), u"toCreate"_s);
        QVERIFY(t->executionMs < t->waitingTodoAtMs && t->waitingTodoAtMs < t->todoAtMs && t->todoAtMs < t->doingAtMs);
        base.setNowMs(t->waitingTodoAtMs);
        engine.advance();
        QCOMPARE(TaskEngine::toJson(*t).value(u"state"_s).toString(), u"waitingTodo"_s);
        base.setNowMs(t->todoAtMs);
        engine.advance();
        QCOMPARE(t->state, TaskState::Todo);
        // Published model (DTX dedicatedCloud.Task): optional fields are absent, never null.
        const QJsonObject running = TaskEngine::toJson(*t);
        QVERIFY(!running.contains(u"endDate"_s));
        QVERIFY(running.value(u"description"_s).isString()); // always sent, as the real tasks do

        base.setNowMs(t->doingAtMs);
        engine.advance();
        QCOMPARE(t->state, TaskState::Doing);
        base.setNowMs(t->doingAtMs + (t->doneAtMs - t->doingAtMs) / 2);
        engine.advance();
        QVERIFY(t->progress >= 45 && t->progress <= 55);
        QVERIFY(log.isEmpty());

        base.setNowMs(t->doneAtMs);
        engine.advance();
        QCOMPARE(t->state, TaskState::Done);
        QCOMPARE(t->progress, 100);
        QCOMPARE(log, QStringList{u"done %1"_s.arg(id)});
        QCOMPARE(changes.count(), 5); // toCreate, waitingTodo, todo, doing, done

        const QJsonObject json = TaskEngine::toJson(*t);
        QCOMPARE(json.value(u"taskId"_s).toInteger(), id);
        QCOMPARE(json.value(u"name"_s).toString(), u"addAllowedNetwork"_s);
        QCOMPARE(json.value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(json.value(u"networkAccessId"_s).toInt(), 7);
        QVERIFY(json.value(u"endDate"_s).toString().endsWith(u"+00:00"_s));
        // Exactly the published fields: every required one, no other (kmsId is no Task field).
        const QStringList published{u"createdBy"_s, u"createdFrom"_s, u"datacenterId"_s, u"description"_s,
                                    u"endDate"_s, u"executionDate"_s, u"filerId"_s, u"hostId"_s,
                                    u"lastModificationDate"_s, u"maintenanceDateFrom"_s,
                                    u"maintenanceDateTo"_s, u"name"_s, u"network"_s, u"networkAccessId"_s,
                                    u"orderId"_s, u"parentTaskId"_s, u"progress"_s, u"state"_s,
                                    u"taskId"_s, u"type"_s, u"userId"_s, u"vlanId"_s};
        for (const QString &key : json.keys())
            QVERIFY2(published.contains(key), qPrintable(key));
        for (const QString &required : {u"executionDate"_s, u"name"_s, u"progress"_s, u"state"_s, u"taskId"_s, u"type"_s})
            QVERIFY2(json.contains(required), qPrintable(required));
        QVERIFY(json.value(u"progress"_s).isDouble());
    }

    void sameSeedSameSchedule()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        QStringList log;
        TaskEngine a(&clock, 99), b(&clock, 99), c(&clock, 100);
        for (TaskEngine *e : {&a, &b, &c})
            e->registerKind(quickKind(&log));
        const qint64 ia = a.create(u"test.quick"_s, {});
        const qint64 ib = b.create(u"test.quick"_s, {});
        const qint64 ic = c.create(u"test.quick"_s, {});
        QCOMPARE(a.task(ia)->doneAtMs, b.task(ib)->doneAtMs);
        QVERIFY(a.task(ia)->doneAtMs != c.task(ic)->doneAtMs);
    }

    void timeScaleShortensRealWaits()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base, 60.0);
        TaskEngine engine(&clock, 1);
        QStringList log;
        engine.registerKind(quickKind(&log));
        const qint64 id = engine.create(u"test.quick"_s, {});
        // 6 s of sandbox time at most (1.2 s todo + 4.8 s doing) = 100 ms of real time at x60.
        base.advanceMs(101);
        engine.advance();
        QCOMPARE(engine.task(id)->state, TaskState::Done);
        QCOMPARE(clock.realDelayFor(60'000), 1000);
    }

    void waitingTaskCompletesOrExpires()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        TaskEngine engine(&clock, 1);
        QStringList log;
        TaskKind k;
        k.kind = u"test.token"_s;
        k.name = u"enableTokenValidation"_s;
        k.todoMs = 500;
        k.waitsForExternal = true;
        k.deadlineMs = 15 * 60 * 1000;
        k.onCanceled = [&log](Task &) { log << u"canceled"_s; };
        engine.registerKind(k);

        const qint64 first = engine.create(u"test.token"_s, {});
        base.advanceMs(10 * 60 * 1000);
        engine.advance();
        QCOMPARE(engine.task(first)->state, TaskState::Doing); // waits, no progress to done
        QVERIFY(engine.complete(first));
        QCOMPARE(engine.task(first)->state, TaskState::Done);
        QVERIFY(!engine.complete(first));

        const qint64 second = engine.create(u"test.token"_s, {});
        base.advanceMs(15 * 60 * 1000 + 1);
        engine.advance();
        QCOMPARE(engine.task(second)->state, TaskState::Canceled);
        QCOMPARE(log, QStringList{u"canceled"_s});
    }

    void cancelFailAndErrorCallback()
    {
        snc::TestClock base(0);
        SandboxClock clock(&base);
        TaskEngine engine(&clock, 1);
        QStringList log;
        TaskKind k = quickKind(&log);
        k.onError = [&log](Task &t) { log << u"error: "_s + t.description; };
        engine.registerKind(k);
        const qint64 a = engine.create(u"test.quick"_s, {});
        const qint64 b = engine.create(u"test.quick"_s, {});
        QVERIFY(engine.cancel(a));
        QVERIFY(engine.fail(b, u"boom"_s));
        QVERIFY(!engine.cancel(b));
        QCOMPARE(engine.task(a)->state, TaskState::Canceled);
        QCOMPARE(log, QStringList{u"error: boom"_s});
        QCOMPARE(engine.tasks([](const Task &t) { return t.state == TaskState::Error; }).size(), 1);
    }

    void saveAndLoadKeepsTasks()
    {
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        QStringList log;
        TaskEngine engine(&clock, 5);
        engine.registerKind(quickKind(&log));
        const qint64 id = engine.create(u"test.quick"_s, u"pcc-9"_s, {}, QJsonObject{{u"k"_s, 1}});
        const QJsonValue saved = engine.saveState();

        TaskEngine restored(&clock, 5);
        restored.registerKind(quickKind(&log));
        restored.loadState(saved);
        const Task *t = restored.task(id);
        QVERIFY(t);
        QCOMPARE(t->payload.value(u"k"_s).toInt(), 1);
        QCOMPARE(t->serviceName, u"pcc-9"_s);
        QVERIFY(restored.create(u"test.quick"_s, {}) > id); // ids never reused
        base.setNowMs(t->doneAtMs);
        restored.advance();
        QCOMPARE(t->state, TaskState::Done);
        QVERIFY(log.contains(u"done %1"_s.arg(id)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTasks)
#include "tst_sandbox_tasks.moc"
