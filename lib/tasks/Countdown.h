// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace snc {

class Clock;

/**
 * @brief A countdown to an absolute deadline expressed in SERVER time (ms since the epoch), e.g.
 * the 15-minute SMS token: deadline = server time at task creation + 15 min.
 *
 * remainingMs() = deadline − (clock->nowMs() + serverDeltaMs()), computed on every call: nothing
 * is ever decremented, so sleep, resume and wall-clock changes cannot make it drift. The server
 * delta is read from a source function at every call (usually `ApiClient::timeDeltaSeconds()*1000`,
 * which the client refreshes after a clock jump).
 *
 * While running, a 1 s timer emits tick() (repaint); Clock::jumped() triggers an immediate check.
 * thresholdCrossed() is emitted at most once per start() for each of FiveMinutes, OneMinute and
 * Expired, when remaining time goes from above to at-or-below the threshold — meant for screen
 * readers, which must not hear every second. If one evaluation crosses several thresholds at once
 * (the clock jumped), only the most urgent is emitted and the others count as passed. A countdown
 * started with less than 5 (or 1) minutes left does not announce the threshold it is already past.
 * Expiry is latched: expired() and thresholdCrossed(Expired) are emitted exactly once, the timer
 * stops, and remainingMs() stays 0 even if the clock later goes back.
 *
 * Does not own the Clock.
 */
class Countdown : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 remainingMs READ remainingMs NOTIFY tick)
    Q_PROPERTY(QString formatted READ formatted NOTIFY tick)
    Q_PROPERTY(double fraction READ fraction NOTIFY tick)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(bool expired READ isExpired NOTIFY expired)
public:
    enum class Threshold { FiveMinutes, OneMinute, Expired };
    Q_ENUM(Threshold)

    explicit Countdown(Clock *clock, QObject *parent = nullptr);
    ~Countdown() override;

    /// Server time = local clock + this (ms). Default: 0.
    void setServerDeltaSource(std::function<qint64()> deltaMs);
    /// Convenience: a fixed delta.
    void setServerDeltaMs(qint64 deltaMs);
    qint64 serverDeltaMs() const;

    /// Starts (or restarts, resetting thresholds) towards `deadlineServerMs`. `totalMs` is the
    /// full duration, used by fraction() (default 15 min). Checks at once: a deadline already
    /// past expires immediately.
    void start(qint64 deadlineServerMs, qint64 totalMs = 15 * 60 * 1000);
    /// Stops ticking without expiring (e.g. the operation was validated in time).
    void stop();

    bool isRunning() const { return m_running; }
    bool isExpired() const { return m_expired; }
    qint64 deadlineServerMs() const { return m_deadlineMs; }
    qint64 totalMs() const { return m_totalMs; }
    /// Server time now, per the clock and the delta.
    qint64 serverNowMs() const;
    /// deadline − server now, clamped to [0, totalMs()]; 0 once expired; 0 if never started.
    qint64 remainingMs() const;
    /// "mm:ss" (minutes may exceed 59), digits through `locale`; seconds rounded up so "00:00"
    /// shows only at expiry.
    QString formatted(const QLocale &locale = QLocale()) const;
    /// remaining / total in [0, 1].
    double fraction() const;
    /// Translated announcement for a threshold ("5 minutes left", "1 minute left", "The token
    /// has expired"), for an accessible live region.
    static QString announcement(Threshold threshold);

    /// Re-evaluates now (thresholds, expiry). Called by the timer and on clock jumps; public so a
    /// view can call it when it is shown again.
    void check();

signals:
    void tick();
    void thresholdCrossed(snc::Countdown::Threshold threshold);
    void expired();
    void runningChanged(bool running);

private:
    void setRunning(bool running);
    qint64 rawRemainingMs() const;

    QPointer<Clock> m_clock;
    QTimer *m_timer;
    std::function<qint64()> m_delta;
    qint64 m_deadlineMs = 0;
    qint64 m_totalMs = 15 * 60 * 1000;
    bool m_started = false;
    bool m_running = false;
    bool m_expired = false;
    bool m_passedFive = false;
    bool m_passedOne = false;
};

} // namespace snc
