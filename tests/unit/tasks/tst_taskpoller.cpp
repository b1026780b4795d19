// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TaskPoller's schedule against a real socket (FakeHttpServer) and a TestClock: the interval runs
// from each poll's send time, so a slow answer does not stretch it (issue #7: a finished task is
// seen within the interval). Times are the TestClock's, moved by the server while it "works".
#include "unit/tasks/PollerFixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace snc;
using namespace snc::test;

class TestTaskPoller : public QObject
{
    Q_OBJECT
private slots:
    void aTaskIdIsAPositiveIntegerOrNone()
    {
        const auto id = [](const QJsonValue &v) { return TaskPoller::taskIdOf(QJsonObject{{QStringLiteral("taskId"), v}}); };
        QCOMPARE(id(42), 42);
        QCOMPARE(id(QStringLiteral("43")), 43);
        // Found by the fuzzer: a number beyond qint64 was cast (undefined behaviour).
        QCOMPARE(id(1e300), 0);
        QCOMPARE(id(-5), 0);
        QCOMPARE(id(2.5), 0);
        QCOMPARE(id(QJsonValue()), 0);
    }

    void nextPollIsDueOneIntervalAfterTheSend()
    {
        PollerFixture f(300);
        TaskPoller &poller = f.poller;
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

    // Issue 14: follow() answers the caller of one run only: a run that is replaced or stopped
    // never answers, and the run that ends answers once, with its own outcome.
    void aRunAnswersItsOwnCallerOnly()
    {
        ApiFixture f;
        TaskPoller poller(f.client.get());
        poller.setFirstPollDelayMs(0);
        poller.setIntervalMs(20);
        f.route = [](const FakeRequest &r) {
            if (r.path() == "/1.0/dedicatedCloud/pcc-1/task/1")
                return FakeResponse::json(200, R"({"taskId":1,"progress":50,"state":"doing"})");
            if (r.path() == "/1.0/dedicatedCloud/pcc-1/task/2")
                return FakeResponse::json(200, R"({"taskId":2,"progress":100,"state":"error"})");
            return FakeResponse::json(200, R"({"taskId":3,"progress":100,"state":"done"})");
        };
        QObject context;
        int firstAnswers = 0;
        TaskRun *first = poller.follow(TaskPoller::servicePath(QStringLiteral("pcc-1"), 1));
        first->onFinished(&context, [&](const TaskRun::End &) { ++firstAnswers; });
        QSignalSpy progress(&poller, &TaskPoller::progressChanged);
        QVERIFY(progress.wait(10000)); // task 1 is being followed ("doing")

        // Replaced by task 2: the first run never answers; the second answers with its error.
        std::optional<TaskRun::End> second;
        poller.follow(TaskPoller::servicePath(QStringLiteral("pcc-1"), 2))
                ->onFinished(&context, [&](const TaskRun::End &e) { second = e; });
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 10000);
        QCOMPARE(second->outcome, TaskPoller::Outcome::Error);
        QVERIFY(!second->ok());
        QVERIFY(second->error.has_value());
        QCOMPARE(second->task.value(QLatin1String("taskId")).toInt(), 2);

        // A third run, started from the second's answer's aftermath, ends done; stopped runs are silent.
        std::optional<TaskRun::End> third;
        poller.follow(TaskPoller::servicePath(QStringLiteral("pcc-1"), 3))
                ->onFinished(&context, [&](const TaskRun::End &e) { third = e; });
        QTRY_VERIFY_WITH_TIMEOUT(third.has_value(), 10000);
        QVERIFY(third->ok());
        QVERIFY(!third->error.has_value());
        int stoppedAnswers = 0;
        poller.follow(TaskPoller::servicePath(QStringLiteral("pcc-1"), 1))
                ->onFinished(&context, [&](const TaskRun::End &) { ++stoppedAnswers; });
        poller.stop();
        QCoreApplication::processEvents();
        QCOMPARE(stoppedAnswers, 0);
        QCOMPARE(firstAnswers, 0);
    }

    void aFailedPollIsRetriedOnTheSameSchedule()
    {
        PollerFixture f(300);
        TaskPoller &poller = f.poller;
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
