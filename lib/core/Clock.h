// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

namespace snc {

/**
 * @brief Source of wall-clock time, injected everywhere time matters (signing, countdowns,
 * TOTP) so tests move a TestClock instead of sleeping.
 *
 * `jumped()` is emitted when the wall clock moved in a way a steady clock did not (system resume,
 * manual change); listeners such as the API client then re-read the server time.
 */
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Milliseconds since the UNIX epoch, wall clock.
    virtual qint64 nowMs() const = 0;
    qint64 nowSecs() const { return nowMs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

signals:
    /// The wall clock moved by `deltaMs` more than the steady clock (sleep, resume, manual change).
    void jumped(qint64 deltaMs);
};

/// The real clock; watches for wall-clock jumps (suspend/resume, manual changes) every few seconds.
class SystemClock : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);
    qint64 nowMs() const override;
    /// The process-wide instance (created on first use, owned by the application).
    static SystemClock *instance();

private:
    void checkForJump();
    qint64 m_lastWallMs = 0;
    qint64 m_lastSteadyMs = 0;
};

/// A clock tests drive by hand.
class TestClock : public Clock
{
    Q_OBJECT
public:
    explicit TestClock(qint64 startMs = 1'700'000'000'000, QObject *parent = nullptr)
        : Clock(parent), m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    /// Moves the clock and announces a jump, as a resume from sleep would.
    void jump(qint64 ms) { m_nowMs += ms; emit jumped(ms); }

private:
    qint64 m_nowMs;
};

} // namespace snc
