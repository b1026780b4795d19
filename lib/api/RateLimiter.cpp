// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace snc {

RateLimiter::RateLimiter(int ratePerMinute, int burst)
{
    setRate(ratePerMinute, burst);
}

void RateLimiter::setRate(int ratePerMinute, int burst)
{
    m_ratePerMinute = ratePerMinute;
    m_burst = std::max(1, burst);
    m_tokens = m_burst;
    m_lastMs = -1;
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs < 0 || nowMs < m_lastMs) {
        m_lastMs = nowMs;
        return;
    }
    const double perMs = m_ratePerMinute / 60000.0;
    m_tokens = std::min<double>(m_burst, m_tokens + (nowMs - m_lastMs) * perMs);
    m_lastMs = nowMs;
}

qint64 RateLimiter::tryAcquire(qint64 nowMs)
{
    return tryAcquire(nowMs, 0);
}

qint64 RateLimiter::tryAcquire(qint64 nowMs, int keepInReserve)
{
    if (m_ratePerMinute <= 0)
        return 0;
    refill(nowMs);
    const double needed = 1.0 + std::clamp(keepInReserve, 0, std::max(0, m_burst - 1));
    // A tiny epsilon: floating-point refill must not leave us at 0.9999999 tokens forever.
    if (m_tokens >= needed - 1e-9) {
        m_tokens -= 1.0;
        return 0;
    }
    const double perMs = m_ratePerMinute / 60000.0;
    return std::max<qint64>(1, qint64(std::ceil((needed - m_tokens) / perMs)));
}

} // namespace snc
