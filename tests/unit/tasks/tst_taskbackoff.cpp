// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: every published task state, and the back-off for a task that does not move (unknown,
// fixing, waitingForChilds, or no progress), up to a limit. Against a real socket
// (FakeHttpServer); the poller's schedule runs on a TestClock that the server moves while it
// "works": no timed assertion, no sleep.
#include "unit/tasks/PollerFixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace snc;
using namespace snc::test;

class TestTaskBackOff : public QObject
{
    Q_OBJECT
private slots:
    void everyPublishedStateIsHandled_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("final");
        // dedicatedCloud.TaskStateEnum (@datatr-ux/ovhcloud-types 1.0.84), the whole enum.
        for (const char *s : {"canceled", "done", "error"})
            QTest::newRow(s) << QString::fromLatin1(s) << true;
        for (const char *s : {"doing", "fixing", "toCancel", "toCreate", "todo", "unknown", "waitingForChilds", "waitingTodo"})
            QTest::newRow(s) << QString::fromLatin1(s) << false;
    }
    void everyPublishedStateIsHandled()
    {
        QFETCH(QString, state);
        QFETCH(bool, final);
        QCOMPARE(TaskPoller::isFinalState(state), final);
        QCOMPARE(TaskPoller::unfinishedStates().contains(state), !final);
    }

    void theIntervalBacksOffButNeverBelowTwoSeconds_data()
    {
        QTest::addColumn<qint64>("stillMs");
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("moving") << qint64(0) << 2000;
        QTest::newRow("still 59 s") << qint64(59'999) << 2000;
        QTest::newRow("still 1 min") << qint64(60'000) << 5000;
        QTest::newRow("still 9 min") << qint64(599'999) << 5000;
        QTest::newRow("still 10 min") << qint64(600'000) << 15'000;
        QTest::newRow("still 10 h") << qint64(36'000'000) << 15'000;
    }
    void theIntervalBacksOffButNeverBelowTwoSeconds()
    {
        QFETCH(qint64, stillMs);
        QFETCH(int, intervalMs);
        ApiFixture f;
        TaskPoller poller(f.client.get());
        QCOMPARE(poller.intervalMs(), 2000); // the default: one request per task every 2 s at most
        QCOMPARE(poller.backOffIntervalMs(stillMs), intervalMs);
    }

    // A task held in `fixing` is polled less and less often, a move brings the interval back, and
    // a task still for maxStillMs() is no longer followed (StillRunning, not an error of the task).
    void aStillTaskIsPolledLessOftenThenLeft()
    {
        PollerFixture f(20); // steps: 20 ms, 50 ms after 600 ms still, 150 ms after 6 s
        TaskPoller &poller = f.poller;
        poller.setMaxStillMs(9000);
        f.client->setRateLimitPerMinute(60000, 1000); // the fake server does not throttle
        QList<int> intervals; // the interval each poll after the first was scheduled with
        QByteArray state = "fixing";
        int progress = 30;
        int polls = 0;
        f.route = [&](const FakeRequest &) {
            if (polls++ > 0)
                intervals << poller.lastIntervalMs();
            f.clock.advanceMs(200); // each answer takes 200 ms of the task's time
            if (polls == 40) // it moves: back to doing
                state = "doing";
            if (polls > 40 && polls < 45)
                progress += 5; // and progresses for a while, then sits still again
            return FakeResponse::json(200, R"({"taskId":9,"state":")" + state + R"(","progress":)"
                                                   + QByteArray::number(state == "fixing" && polls > 3 ? progress + polls % 2 : progress)
                                                   + R"(,"description":"Operation being fixed","executionDate":"2026-12-05T03:00:00+00:00"})");
        };
        QSignalSpy finished(&poller, &TaskPoller::finished);
        std::optional<ApiError> failed;
        connect(&poller, &TaskPoller::failed, this, [&failed](const ApiError &e) { failed = e; });
        poller.start(TaskPoller::servicePath(QStringLiteral("pcc-1"), 9));
        QVERIFY2(finished.wait(20000), qPrintable(QStringLiteral("%1 polls, intervals %2").arg(polls).arg(
                                                  [&] { QStringList l; for (int i : intervals) l << QString::number(i); return l.join(u' '); }())));
        QCOMPARE(finished.first().first().value<TaskPoller::Outcome>(), TaskPoller::Outcome::StillRunning);
        QVERIFY(failed.has_value());
        QCOMPARE(failed->errorCode, QStringLiteral("TASK_STILL_RUNNING"));
        QVERIFY(failed->userMessage().contains(QStringLiteral("come back later")));
        QVERIFY(failed->userMessage().contains(QStringLiteral("Operation being fixed")));
        QCOMPARE(poller.description(), QStringLiteral("Operation being fixed"));

        // After poll k the task has been still 200·k ms (in fixing, a wobbling progress is no
        // move): 20 ms below 600 ms, then 50 ms, then 150 ms from 6 s. intervals[j] follows poll j+1.
        QCOMPARE(intervals.mid(0, 3), (QList<int>{20, 20, 50}));
        QCOMPARE(intervals.at(28), 50);
        QCOMPARE(intervals.at(29), 150);
        QCOMPARE(intervals.at(38), 150);
        // It moved at poll 40 (doing) and progressed until poll 44: back to 20 ms, then backing off
        // again once still, until 9 s still ends the follow-up.
        QCOMPARE(intervals.at(39), 20);
        QCOMPARE(intervals.at(43), 20);
        QCOMPARE(intervals.at(45), 50);
        QCOMPARE(intervals.last(), 150);
        QCOMPARE(polls, 43 + 45);
        QVERIFY(*std::min_element(intervals.cbegin(), intervals.cend()) >= poller.intervalMs());
    }

    // A run's own limit (KmipRegistration's working day) is that run's only: the poller's next
    // task is left after the poller's limit again.
    void aRunsStillLimitIsItsOwn()
    {
        PollerFixture f(20);
        TaskPoller &poller = f.poller;
        f.client->setRateLimitPerMinute(60000, 1000);
        f.route = [&](const FakeRequest &) {
            f.clock.advanceMs(200);
            return FakeResponse::json(200, R"({"taskId":9,"state":"todo","progress":0})");
        };
        QSignalSpy finished(&poller, &TaskPoller::finished);
        TaskRun *run = poller.follow(TaskPoller::servicePath(QStringLiteral("pcc-1"), 9));
        run->setMaxStillMs(1000);
        QCOMPARE(poller.currentMaxStillMs(), 1000);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<TaskPoller::Outcome>(), TaskPoller::Outcome::StillRunning);
        QCOMPARE(poller.maxStillMs(), 30 * 60'000); // the poller's own limit did not change
        poller.follow(TaskPoller::servicePath(QStringLiteral("pcc-1"), 10));
        QCOMPARE(poller.currentMaxStillMs(), 30 * 60'000);
        poller.stop();
    }

    void howLongTheTaskHasWaitedIsInServerTime()
    {
        ApiFixture f;
        TaskPoller poller(f.client.get());
        poller.setWallClock(&f.clock);
        poller.setFirstPollDelayMs(0);
        const QDateTime created = f.clock.now().addSecs(-185);
        f.route = [&](const FakeRequest &) {
            return FakeResponse::json(200, R"({"taskId":5,"state":"done","progress":100,"executionDate":")"
                                                   + created.toString(Qt::ISODate).toUtf8() + R"("})");
        };
        QSignalSpy finished(&poller, &TaskPoller::finished);
        poller.start(TaskPoller::servicePath(QStringLiteral("pcc-1"), 5));
        QVERIFY(finished.wait(10000));
        QCOMPARE(poller.waitedMs(), 185'000 + f.client->timeDeltaSeconds() * 1000);
    }
};

QTEST_GUILESS_MAIN(TestTaskBackOff)
#include "tst_taskbackoff.moc"
