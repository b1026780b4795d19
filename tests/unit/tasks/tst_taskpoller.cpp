// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TaskPoller's schedule against a real socket (FakeHttpServer) and a TestClock: the interval runs
// from each poll's send time, so a slow answer does not stretch it (issue #7: a finished task is
// seen within the interval). Times are the TestClock's, moved by the server while it "works".
#include "tasks/TaskPoller.h"
#include "unit/api/ApiTestFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace snc;
using namespace snc::test;

class TestTaskPoller : public QObject
{
    Q_OBJECT
private slots:
    void nextPollIsDueOneIntervalAfterTheSend()
    {
        ApiFixture f;
        TaskPoller poller(f.client.get());
        poller.setClock(&f.clock);
        poller.setFirstPollDelayMs(0);
        poller.setIntervalMs(300);
        // How long (TestClock ms) the server takes over each poll; the last one says "done".
        const QList<qint64> answerTakes{100, 250, 450, 0};
        QList<int> scheduledWith; // the delay of each poll that reached the server
        int polls = 0;
        f.route = [&](const FakeRequest &r) {
            if (r.path() != "/1.0/dedicatedCloud/pcc-1/task/42")
                return FakeResponse::json(404, R"({"message":"not found"})");
            scheduledWith << poller.lastScheduledDelayMs();
            f.clock.advanceMs(answerTakes.value(polls));
            const QByteArray state = ++polls < answerTakes.size() ? "doing" : "done";
            return FakeResponse::json(200, R"({"taskId":42,"progress":10,"state":")" + state + R"("})");
        };
        QSignalSpy finished(&poller, &TaskPoller::finished);
        poller.start(TaskPoller::servicePath(QStringLiteral("pcc-1"), 42));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<TaskPoller::Outcome>(), TaskPoller::Outcome::Done);
        // 0 (first poll), then 300 − 100, 300 − 250, and at once after an answer slower than 300.
        QCOMPARE(scheduledWith, (QList<int>{0, 200, 50, 0}));
        QCOMPARE(polls, 4);
    }

    void aFailedPollIsRetriedOnTheSameSchedule()
    {
        ApiFixture f;
        TaskPoller poller(f.client.get());
        poller.setClock(&f.clock);
        poller.setFirstPollDelayMs(0);
        poller.setIntervalMs(300);
        QList<int> scheduledWith;
        f.route = [&](const FakeRequest &r) {
            if (r.path() != "/1.0/dedicatedCloud/pcc-1/task/7")
                return FakeResponse::json(404, R"({"message":"not found"})");
            scheduledWith << poller.lastScheduledDelayMs();
            f.clock.advanceMs(120);
            if (scheduledWith.size() == 1) // not readable yet right after its creation
                return FakeResponse::json(404, R"({"message":"The requested object (taskId = 7) does not exist"})");
            return FakeResponse::json(200, R"({"taskId":7,"progress":100,"state":"done"})");
        };
        QSignalSpy finished(&poller, &TaskPoller::finished);
        poller.start(TaskPoller::servicePath(QStringLiteral("pcc-1"), 7));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<TaskPoller::Outcome>(), TaskPoller::Outcome::Done);
        QCOMPARE(scheduledWith, (QList<int>{0, 180}));
    }
};

QTEST_GUILESS_MAIN(TestTaskPoller)
#include "tst_taskpoller.moc"
