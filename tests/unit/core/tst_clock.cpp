// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace snc;

class TestClockCase : public QObject
{
    Q_OBJECT
private slots:
    void testClockMovesOnlyWhenTold()
    {
        TestClock clock(1'000'000);
        QCOMPARE(clock.nowMs(), 1'000'000);
        clock.advanceMs(1500);
        QCOMPARE(clock.nowMs(), 1'001'500);
        QCOMPARE(clock.nowSecs(), 1001);
    }

    void jumpIsAnnounced()
    {
        TestClock clock(0);
        QSignalSpy spy(&clock, &Clock::jumped);
        clock.jump(3'600'000);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), 3'600'000);
        QCOMPARE(clock.nowMs(), 3'600'000);
    }

    void systemClockFollowsWallTime()
    {
        SystemClock clock;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = clock.nowMs();
        QVERIFY(now >= before);
        QVERIFY(now - before < 1000);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestClockCase)
#include "tst_clock.moc"
