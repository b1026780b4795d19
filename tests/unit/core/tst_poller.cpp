// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/Poller.h"

#include <QSignalSpy>
#include <QTest>

using namespace snc;

class TestPoller : public QObject
{
    Q_OBJECT
private slots:
    void asksOnlyWhenTheOwnerSaysAgain()
    {
        Poller poller;
        QSignalSpy due(&poller, &Poller::due);
        poller.start(0);
        QTRY_COMPARE(due.count(), 1);
        // No again(): the loop waits for the owner's answer, however long it takes.
        QTest::qWait(30);
        QCOMPARE(due.count(), 1);
        QVERIFY(poller.isRunning());
        poller.again(0);
        QTRY_COMPARE(due.count(), 2);
        QCOMPARE(poller.polls(), 2);
    }

    void stopCancelsThePendingCheckSilently()
    {
        Poller poller;
        QSignalSpy due(&poller, &Poller::due);
        QSignalSpy expired(&poller, &Poller::expired);
        poller.start(5);
        poller.stop();
        QTest::qWait(30);
        QCOMPARE(due.count(), 0);
        QCOMPARE(expired.count(), 0);
        QVERIFY(!poller.isRunning());
        poller.again(0); // after stop: nothing
        QTest::qWait(10);
        QCOMPARE(due.count(), 0);
    }

    void theTimeoutIsMeasuredOnTheInjectedClock()
    {
        TestClock clock;
        Poller poller;
        poller.setClock(&clock);
        poller.setTimeoutMs(60'000);
        QSignalSpy due(&poller, &Poller::due);
        QSignalSpy expired(&poller, &Poller::expired);
        poller.start(0);
        QTRY_COMPARE(due.count(), 1);
        clock.advanceMs(59'999);
        QCOMPARE(poller.remainingMs(), 1);
        poller.again(0);
        QTRY_COMPARE(due.count(), 2);
        clock.advanceMs(1);
        poller.again(0);
        QTRY_COMPARE(expired.count(), 1);
        QCOMPARE(due.count(), 2);
        QVERIFY(!poller.isRunning());
    }

    void maxPollsEndsTheLoopInsteadOfOneMoreCheck()
    {
        Poller poller;
        poller.setMaxPolls(2);
        QSignalSpy due(&poller, &Poller::due);
        QSignalSpy expired(&poller, &Poller::expired);
        connect(&poller, &Poller::due, &poller, [&poller] { poller.again(0); });
        poller.start(0);
        QTRY_COMPARE(expired.count(), 1);
        QCOMPARE(due.count(), 2);
    }

    void startAgainResetsTheCountAndTheTimeout()
    {
        TestClock clock;
        Poller poller;
        poller.setClock(&clock);
        poller.setTimeoutMs(1000);
        poller.start(0);
        clock.advanceMs(5000);
        QSignalSpy due(&poller, &Poller::due);
        poller.start(0);
        QTRY_COMPARE(due.count(), 1);
        QCOMPARE(poller.polls(), 1);
        QCOMPARE(poller.elapsedMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
