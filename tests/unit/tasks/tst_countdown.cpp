// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "tasks/Countdown.h"

#include <QSignalSpy>
#include <QTest>

using namespace snc;
using Threshold = Countdown::Threshold;

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 total = 15 * minute;
} // namespace

class TestCountdown : public QObject
{
    Q_OBJECT
private slots:
    void remainingComesFromTheDeadlineInServerTime()
    {
        TestClock clock;
        Countdown countdown(&clock);
        countdown.setServerDeltaMs(-30'000); // the server is 30 s behind this computer
        const qint64 serverNow = clock.nowMs() - 30'000;
        countdown.start(serverNow + total);
        QCOMPARE(countdown.remainingMs(), total);
        QCOMPARE(countdown.formatted(QLocale::c()), QStringLiteral("15:00"));
        clock.advanceMs(61'500);
        countdown.check();
        QCOMPARE(countdown.remainingMs(), total - 61'500);
        QCOMPARE(countdown.formatted(QLocale::c()), QStringLiteral("13:59")); // rounded up
        QVERIFY(qAbs(countdown.fraction() - double(total - 61'500) / total) < 1e-9);
    }

    void neverShowsMoreThanTheFullDuration()
    {
        // The client's estimate of server time lags by a moment: still 15:00, not 15:01.
        TestClock clock;
        Countdown countdown(&clock);
        countdown.start(clock.nowMs() + total + 800);
        QCOMPARE(countdown.remainingMs(), total);
        QCOMPARE(countdown.formatted(QLocale::c()), QStringLiteral("15:00"));
        QCOMPARE(countdown.fraction(), 1.0);
    }

    void thresholdsAreAnnouncedOnceEach()
    {
        TestClock clock;
        Countdown countdown(&clock);
        QSignalSpy crossed(&countdown, &Countdown::thresholdCrossed);
        QSignalSpy expired(&countdown, &Countdown::expired);
        countdown.start(clock.nowMs() + total);
        for (int s = 0; s < 15 * 60 + 5; ++s) {
            clock.advanceMs(1000);
            countdown.check();
        }
        QCOMPARE(crossed.size(), 3);
        QCOMPARE(crossed.at(0).first().value<Threshold>(), Threshold::FiveMinutes);
        QCOMPARE(crossed.at(1).first().value<Threshold>(), Threshold::OneMinute);
        QCOMPARE(crossed.at(2).first().value<Threshold>(), Threshold::Expired);
        QCOMPARE(expired.size(), 1);
        QVERIFY(countdown.isExpired());
        QVERIFY(!countdown.isRunning());
        QCOMPARE(countdown.formatted(QLocale::c()), QStringLiteral("00:00"));
    }

    void aClockJumpIsSeenAtOnceAndAnnouncesOnlyTheMostUrgent()
    {
        TestClock clock;
        Countdown countdown(&clock);
        QSignalSpy crossed(&countdown, &Countdown::thresholdCrossed);
        countdown.start(clock.nowMs() + total);
        clock.jump(14 * minute + 30'000); // the laptop slept
        QCOMPARE(crossed.size(), 1);
        QCOMPARE(crossed.first().first().value<Threshold>(), Threshold::OneMinute);
        QCOMPARE(countdown.remainingMs(), 30'000);
    }

    void expiryIsLatchedEvenIfTheClockGoesBack()
    {
        TestClock clock;
        Countdown countdown(&clock);
        QSignalSpy expired(&countdown, &Countdown::expired);
        countdown.start(clock.nowMs() + minute);
        clock.jump(2 * minute);
        QCOMPARE(expired.size(), 1);
        clock.jump(-10 * minute);
        countdown.check();
        QCOMPARE(countdown.remainingMs(), 0);
        QCOMPARE(expired.size(), 1);
    }

    void aDeadlineAlreadyPastExpiresAtStart()
    {
        TestClock clock;
        Countdown countdown(&clock);
        QSignalSpy crossed(&countdown, &Countdown::thresholdCrossed);
        countdown.start(clock.nowMs() - 1);
        QVERIFY(countdown.isExpired());
        QCOMPARE(crossed.size(), 1);
        QCOMPARE(crossed.first().first().value<Threshold>(), Threshold::Expired);
    }

    void startingLateDoesNotAnnouncePassedThresholds()
    {
        TestClock clock;
        Countdown countdown(&clock);
        QSignalSpy crossed(&countdown, &Countdown::thresholdCrossed);
        countdown.start(clock.nowMs() + 3 * minute);
        clock.advanceMs(90'000);
        countdown.check();
        QCOMPARE(crossed.size(), 0);
        clock.advanceMs(31'000);
        countdown.check();
        QCOMPARE(crossed.size(), 1);
        QCOMPARE(crossed.first().first().value<Threshold>(), Threshold::OneMinute);
    }

    void stopKeepsTheTimeWithoutExpiring()
    {
        TestClock clock;
        Countdown countdown(&clock);
        QSignalSpy expired(&countdown, &Countdown::expired);
        countdown.start(clock.nowMs() + total);
        countdown.stop();
        QVERIFY(!countdown.isRunning());
        clock.advanceMs(20 * minute);
        countdown.check();
        QCOMPARE(expired.size(), 0);
    }

    void frenchDigitsAndAnnouncements()
    {
        TestClock clock;
        Countdown countdown(&clock);
        countdown.start(clock.nowMs() + 5 * minute + 7000);
        QCOMPARE(countdown.formatted(QLocale(QLocale::French, QLocale::France)), QStringLiteral("05:07"));
        QVERIFY(!Countdown::announcement(Threshold::Expired).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCountdown)
#include "tst_countdown.moc"
