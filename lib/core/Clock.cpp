// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QCoreApplication>
#include <QTimer>

#include <chrono>

namespace snc {

namespace {
qint64 steadyMs()
{
    // CLOCK_BOOTTIME would include suspend; steady_clock (CLOCK_MONOTONIC) does not, which is
    // exactly what lets us see a suspend as a wall-clock jump.
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
constexpr qint64 kCheckEveryMs = 5000;
constexpr qint64 kJumpThresholdMs = 3000;
} // namespace

SystemClock::SystemClock(QObject *parent) : Clock(parent)
{
    m_lastWallMs = nowMs();
    m_lastSteadyMs = steadyMs();
    auto *timer = new QTimer(this);
    timer->setInterval(int(kCheckEveryMs));
    // Coarse: waking up every 5 s costs nothing and a missed jump only delays a re-sync.
    timer->setTimerType(Qt::VeryCoarseTimer);
    connect(timer, &QTimer::timeout, this, &SystemClock::checkForJump);
    timer->start();
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SystemClock *SystemClock::instance()
{
    static SystemClock *clock = new SystemClock(QCoreApplication::instance());
    return clock;
}

void SystemClock::checkForJump()
{
    const qint64 wall = nowMs();
    const qint64 steady = steadyMs();
    const qint64 drift = (wall - m_lastWallMs) - (steady - m_lastSteadyMs);
    m_lastWallMs = wall;
    m_lastSteadyMs = steady;
    if (drift > kJumpThresholdMs || drift < -kJumpThresholdMs)
        emit jumped(drift);
}

} // namespace snc
