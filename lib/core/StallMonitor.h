// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <thread>

class QTimer;

namespace snc {

/**
 * @brief Measures how long the thread it lives in (the GUI thread) goes without processing
 * events: a benchmark instrument, off unless asked for (SNC_STALL_MONITOR=1, see fromEnvironment()).
 *
 * A 5 ms timer in the monitored thread stores a heartbeat (steady nanoseconds); the gap between
 * two heartbeats minus the period is a stall. A watchdog thread compares the heartbeat with the
 * steady clock every 2 ms, so a stall is also seen while it lasts (even if the timer is starved
 * forever). setContext() names what is going on (e.g. the current autopilot step) so the report
 * says where the longest stall happened. Nothing here blocks the monitored thread: the watchdog
 * only reads atomics, and the context is guarded by a mutex taken for a copy.
 */
class StallMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StallMonitor(QObject *parent = nullptr);
    ~StallMonitor() override;

    /// A monitor started in the current thread if SNC_STALL_MONITOR is set to 1; else nullptr.
    static StallMonitor *fromEnvironment(QObject *parent = nullptr);

    void start();
    void stop();
    /// What the monitored thread is doing now (shown with the longest stall).
    void setContext(const QString &context);
    /// Start-up is over (the window was painted once): stalls before this are reported apart,
    /// as start-up (the start-up benchmark measures it).
    void endStartup();

    qint64 longestStallMs() const;
    /// "longest event-loop stall: N ms (at <context>, T s after start); K stalls >= 50 ms"
    QString report() const;

private:
    void beat();
    void watch();
    void record(qint64 stallNs, qint64 atNs);

    QTimer *m_timer;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastBeatNs{0};
    std::atomic<qint64> m_longestNs{0};
    std::atomic<bool> m_running{false};
    std::thread m_watchdog;
    mutable QMutex m_mutex;
    QString m_context;       // guarded by m_mutex
    QString m_longestWhere;  // guarded by m_mutex
    qint64 m_longestAtNs = 0; // guarded by m_mutex
    int m_over50 = 0;         // guarded by m_mutex
    QStringList m_over50List; // guarded by m_mutex
    qint64 m_startupNs = 0;   // guarded by m_mutex: longest stall before endStartup()
    bool m_startup = true;    // guarded by m_mutex
    qint64 m_currentStallNs = 0; // watchdog thread only: the stall it is watching
};

} // namespace snc
