// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace snc {

class Clock;

/**
 * @brief The one poll loop for every wait that is not an OVH task (those go through TaskPoller):
 * a VPN session coming up, an OKMS credential being issued, a gateway change showing in a re-read,
 * a consumer key being validated.
 *
 * The owner connects due() to its check, calls start(), and after each check's answer either
 * again(delayMs) (ask me once more, delayMs from now) or stop(). Never two checks at once: due()
 * only follows start() or again(). The loop ends with expired() instead of the next due() when
 * the timeout (measured on the injected Clock, or on the steady clock when none is set, so a
 * wall-clock jump does not end a wait) has passed or maxPolls() checks were made.
 *
 * Owned by its QObject parent; stop() and destruction cancel the pending due() silently.
 */
class Poller : public QObject
{
    Q_OBJECT
public:
    explicit Poller(QObject *parent = nullptr);

    /// Measures the timeout on `clock` (tests: a TestClock). Not owned; nullptr = steady clock.
    void setClock(const Clock *clock) { m_clock = clock; }
    /// The loop expires this long after start(); 0 (default) = never.
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms < 0 ? 0 : ms; }
    qint64 timeoutMs() const { return m_timeoutMs; }
    /// The loop expires instead of making check number maxPolls()+1; 0 (default) = no limit.
    void setMaxPolls(int n) { m_maxPolls = n < 0 ? 0 : n; }
    int maxPolls() const { return m_maxPolls; }

    /// Starts (or restarts) the loop: the first due() comes after `firstDelayMs`.
    void start(int firstDelayMs = 0);
    /// Asks for the next due() `delayMs` from now (or expired() if the loop is over by then).
    void again(int delayMs);
    /// Ends the loop without a signal.
    void stop();

    bool isRunning() const { return m_running; }
    /// Checks made (due() emitted) since start().
    int polls() const { return m_polls; }
    /// Milliseconds since start(), on the clock the timeout uses.
    qint64 elapsedMs() const;
    /// Milliseconds left before the timeout (0 when none or passed).
    qint64 remainingMs() const;

signals:
    /// Time for the next check.
    void due();
    /// The timeout passed or maxPolls() checks were made; the loop is over.
    void expired();

private:
    void fire();
    qint64 nowMs() const;

    QTimer *m_timer;
    const Clock *m_clock = nullptr;
    QElapsedTimer m_steady;
    qint64 m_startedAtMs = 0;
    qint64 m_timeoutMs = 0;
    int m_maxPolls = 0;
    int m_polls = 0;
    bool m_running = false;
};

} // namespace snc
