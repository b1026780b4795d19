// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace snc {

/**
 * @brief Token bucket: `ratePerMinute` tokens per minute, at most `burst` stored. Pure: the caller
 * passes a steady (monotonic) time in milliseconds, so a wall-clock jump cannot empty or refill it.
 * Used by ApiClient (one bucket per client, i.e. per credential) to queue calls, never fail them.
 */
class RateLimiter
{
public:
    explicit RateLimiter(int ratePerMinute = 60, int burst = 10);

    void setRate(int ratePerMinute, int burst);
    int ratePerMinute() const { return m_ratePerMinute; }
    int burst() const { return m_burst; }

    /// Takes one token if available and returns 0; otherwise returns the milliseconds until one
    /// will be (>= 1) and takes nothing. `ratePerMinute` <= 0 disables the limit.
    qint64 tryAcquire(qint64 nowMs);
    /// The same, but leaves `keepInReserve` tokens (at most burst - 1) for later priority calls:
    /// a bulk call waits until one more than the reserve is available.
    qint64 tryAcquire(qint64 nowMs, int keepInReserve);

private:
    void refill(qint64 nowMs);

    int m_ratePerMinute = 60;
    int m_burst = 10;
    double m_tokens = 10;
    qint64 m_lastMs = -1;
};

} // namespace snc
