// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallMonitor.h"

#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace snc {

namespace {
constexpr int kPeriodMs = 5;
constexpr qint64 kPeriodNs = kPeriodMs * 1000000LL;
constexpr qint64 kReportNs = 50 * 1000000LL;
} // namespace

StallMonitor::StallMonitor(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kPeriodMs);
    connect(m_timer, &QTimer::timeout, this, &StallMonitor::beat);
    m_clock.start();
}

StallMonitor::~StallMonitor()
{
    stop();
}

StallMonitor *StallMonitor::fromEnvironment(QObject *parent)
{
    if (qEnvironmentVariableIntValue("SNC_STALL_MONITOR") != 1)
        return nullptr;
    auto *monitor = new StallMonitor(parent);
    monitor->start();
    return monitor;
}

void StallMonitor::start()
{
    if (m_running.exchange(true))
        return;
    m_lastBeatNs.store(m_clock.nsecsElapsed());
    m_timer->start();
    m_watchdog = std::thread([this] { watch(); });
}

void StallMonitor::stop()
{
    if (!m_running.exchange(false))
        return;
    m_timer->stop();
    if (m_watchdog.joinable())
        m_watchdog.join(); // wakes every 2 ms: a bounded, short join
}

void StallMonitor::setContext(const QString &context)
{
    QMutexLocker lock(&m_mutex);
    m_context = context;
}

void StallMonitor::endStartup()
{
    QMutexLocker lock(&m_mutex);
    m_startup = false;
}

void StallMonitor::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 previous = m_lastBeatNs.exchange(now);
    const qint64 stall = now - previous - kPeriodNs;
    if (stall > 0)
        record(stall, previous);
}

void StallMonitor::watch()
{
    while (m_running.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        const qint64 last = m_lastBeatNs.load();
        const qint64 stall = m_clock.nsecsElapsed() - last - kPeriodNs;
        // A stall still in progress (the heartbeat has not come back): record what is known so
        // far, so that a thread that never returns to its event loop is still reported.
        if (stall > m_longestNs.load())
            record(stall, last);
    }
}

void StallMonitor::record(qint64 stallNs, qint64 atNs)
{
    QMutexLocker lock(&m_mutex);
    // Before any context is set the window is still being built and shown for the first time:
    // that is start-up (measured by the start-up benchmark), kept apart from the headline figure.
    if (m_startup) {
        m_startupNs = std::max(m_startupNs, stallNs);
        return;
    }
    if (stallNs >= kReportNs && QThread::currentThread() == thread()) { // counted once, at its end
        ++m_over50;
        m_over50List << QStringLiteral("%1 ms at %2 (%3 s)").arg(stallNs / 1000000).arg(m_context)
                                .arg(double(atNs) / 1e9, 0, 'f', 2);
    }
    if (stallNs <= m_longestNs.load())
        return;
    m_longestNs.store(stallNs);
    if (m_longestAtNs != atNs || m_longestWhere.isEmpty()) {
        m_longestAtNs = atNs;
        m_longestWhere = m_context;
    }
}

qint64 StallMonitor::longestStallMs() const
{
    return m_longestNs.load() / 1000000;
}

QString StallMonitor::report() const
{
    QMutexLocker lock(&m_mutex);
    return QStringLiteral("longest event-loop stall: %1 ms (at %2, %3 s after start); %4 stalls >= 50 ms; "
                          "start-up (to the first paint): %5 ms")
            .arg(m_longestNs.load() / 1000000)
            .arg(m_longestWhere.isEmpty() ? QStringLiteral("-") : m_longestWhere)
            .arg(double(m_longestAtNs) / 1e9, 0, 'f', 2)
            .arg(m_over50)
            .arg(m_startupNs / 1000000)
            + (m_over50List.isEmpty() ? QString() : QStringLiteral("\n  stalls >= 50 ms: ") + m_over50List.join(QStringLiteral("; ")));
}

} // namespace snc
