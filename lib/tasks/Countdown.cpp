// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/Countdown.h"

#include "core/Clock.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace snc {

namespace {
constexpr qint64 fiveMinutesMs = 5 * 60 * 1000;
constexpr qint64 oneMinuteMs = 60 * 1000;
} // namespace

Countdown::Countdown(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_timer(new QTimer(this))
{
    // The timer only paces repaints; the remaining time is always recomputed from the deadline.
    m_timer->setInterval(1000);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &Countdown::check);
    if (m_clock) {
        connect(m_clock, &Clock::jumped, this, [this](qint64) {
            if (m_running)
                check();
        });
    }
}

Countdown::~Countdown() = default;

void Countdown::setServerDeltaSource(std::function<qint64()> deltaMs)
{
    m_delta = std::move(deltaMs);
}

void Countdown::setServerDeltaMs(qint64 deltaMs)
{
    m_delta = [deltaMs] { return deltaMs; };
}

qint64 Countdown::serverDeltaMs() const
{
    return m_delta ? m_delta() : 0;
}

qint64 Countdown::serverNowMs() const
{
    return (m_clock ? m_clock->nowMs() : 0) + serverDeltaMs();
}

qint64 Countdown::rawRemainingMs() const
{
    return m_deadlineMs - serverNowMs();
}

void Countdown::start(qint64 deadlineServerMs, qint64 totalMs)
{
    m_deadlineMs = deadlineServerMs;
    m_totalMs = totalMs > 0 ? totalMs : 1;
    m_started = true;
    m_expired = false;
    const qint64 remaining = rawRemainingMs();
    // A countdown resumed late must not announce a threshold that is already behind it.
    m_passedFive = remaining <= fiveMinutesMs;
    m_passedOne = remaining <= oneMinuteMs;
    setRunning(true);
    m_timer->start();
    check();
}

void Countdown::stop()
{
    m_timer->stop();
    setRunning(false);
}

qint64 Countdown::remainingMs() const
{
    if (!m_started || m_expired)
        return 0;
    // Never more than the full duration: the server delta is known to about a second, so right
    // after the start a client slightly behind the server would otherwise show "15:01".
    return qBound<qint64>(0, rawRemainingMs(), m_totalMs);
}

QString Countdown::formatted(const QLocale &locale) const
{
    const qint64 remaining = remainingMs();
    // Round up: "00:00" must mean "expired", never "still a few hundred ms".
    const qint64 totalSecs = (remaining + 999) / 1000;
    const qint64 minutes = totalSecs / 60;
    const qint64 seconds = totalSecs % 60;
    const QString mm = locale.toString(minutes).rightJustified(2, locale.zeroDigit().at(0));
    const QString ss = locale.toString(seconds).rightJustified(2, locale.zeroDigit().at(0));
    //: Countdown display, minutes then seconds, e.g. "14:05"
    return QCoreApplication::translate("snc::Countdown", "%1:%2", "@info countdown").arg(mm, ss);
}

double Countdown::fraction() const
{
    if (!m_started || m_totalMs <= 0)
        return 0.0;
    return qBound(0.0, double(remainingMs()) / double(m_totalMs), 1.0);
}

QString Countdown::announcement(Threshold threshold)
{
    switch (threshold) {
    case Threshold::FiveMinutes:
        return QCoreApplication::translate("snc::Countdown", "5 minutes left to validate the token.",
                                           "@info accessible announcement");
    case Threshold::OneMinute:
        return QCoreApplication::translate("snc::Countdown", "1 minute left to validate the token.",
                                           "@info accessible announcement");
    case Threshold::Expired:
        return QCoreApplication::translate("snc::Countdown", "The token has expired.",
                                           "@info accessible announcement");
    }
    return {};
}

void Countdown::check()
{
    // A stopped countdown (the token was validated in time) must never announce an expiry later.
    if (!m_started || m_expired || !m_running)
        return;
    const qint64 remaining = rawRemainingMs();
    if (remaining <= 0) {
        m_expired = true;
        m_passedFive = m_passedOne = true;
        m_timer->stop();
        setRunning(false);
        qCDebug(lcTasks) << "countdown expired";
        emit tick();
        emit thresholdCrossed(Threshold::Expired);
        emit expired();
        return;
    }
    // Only the most urgent newly crossed threshold is announced: after a jump a screen reader
    // should not read two stale messages in a row.
    if (!m_passedOne && remaining <= oneMinuteMs) {
        m_passedOne = m_passedFive = true;
        emit thresholdCrossed(Threshold::OneMinute);
    } else if (!m_passedFive && remaining <= fiveMinutesMs) {
        m_passedFive = true;
        emit thresholdCrossed(Threshold::FiveMinutes);
    }
    if (m_running)
        emit tick();
}

void Countdown::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace snc
