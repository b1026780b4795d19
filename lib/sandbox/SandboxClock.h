// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace snc {
class Clock;
}

namespace snc::sandbox {

/**
 * @brief The sandbox's three notions of time, all derived from one base clock.
 *
 * - realNowMs(): the base clock (the machine's wall clock, or a TestClock in tests). TOTP codes
 *   are checked against it, because a real authenticator app on a phone knows nothing about
 *   the sandbox's skew or time scale.
 * - apiNowMs(): real time + the configured skew (`--faults skew=600s`). This is what
 *   `GET /auth/time` returns and what request timestamps are checked against, so a skewed
 *   sandbox looks exactly like a client whose clock is off.
 * - nowMs(), "sandbox time": starts at apiNowMs() and runs `timeScale` times faster. Task
 *   durations, task dates, credential validity and token expiries use it, so tests can run a
 *   15-minute expiry in seconds. At time scale 1 it equals apiNowMs().
 *
 * The base clock is not owned and must outlive this object; nullptr means the system clock.
 */
class SandboxClock
{
public:
    explicit SandboxClock(const snc::Clock *base = nullptr, double timeScale = 1.0,
                          qint64 skewSecs = 0);

    qint64 realNowMs() const;
    qint64 apiNowMs() const;
    qint64 apiNowSecs() const { return apiNowMs() / 1000; }
    qint64 nowMs() const;
    qint64 nowSecs() const { return nowMs() / 1000; }

    double timeScale() const { return m_scale; }
    qint64 skewSecs() const { return m_skewSecs; }

    /// Sandbox milliseconds -> real milliseconds to wait (for timers), at least 0.
    qint64 realDelayFor(qint64 sandboxMs) const;

    /// After a restart with --state: sandbox time continues from `sandboxMs` if it is ahead.
    void resumeFrom(qint64 sandboxMs);

    /// OVH-style date: "2026-01-08T10:00:00+00:00" (ISO 8601 with a numeric offset).
    static QString isoDate(qint64 msSinceEpoch);

private:
    const snc::Clock *m_base;
    double m_scale;
    qint64 m_skewSecs;
    qint64 m_anchorRealMs;
    qint64 m_anchorSandboxMs;
};

} // namespace snc::sandbox
