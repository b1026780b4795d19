// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <algorithm>

namespace snc {

RetryPolicy::RetryPolicy(quint32 seed)
    : m_rng(seed ? seed : std::random_device{}())
{
}

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

bool RetryPolicy::shouldRetry(const QByteArray &method, const ApiError &error,
                              int attemptsMade) const
{
    if (attemptsMade >= maxAttempts || !isIdempotent(method))
        return false;
    switch (error.kind) {
    case ApiError::Kind::ServerError:
        // 501 Not Implemented will not get better by asking again.
        return error.httpStatus != 501;
    case ApiError::Kind::RateLimited:
        return error.retryAfterSeconds <= maxRetryAfterSeconds;
    case ApiError::Kind::Network:
        // Connection reset, remote closed, a proxy hiccup: a GET changes nothing on the server.
        // (ApiClient passes only transient network failures here; see isTransientNetworkError.)
        // A Timeout is not retried: the user already waited the whole transfer timeout.
        return true;
    default:
        return false;
    }
}

int RetryPolicy::backoffCeilingMs(int attemptsMade) const
{
    const int shift = std::clamp(attemptsMade - 1, 0, 20);
    const qint64 d = qint64(baseDelayMs) << shift;
    return int(std::min<qint64>(d, maxDelayMs));
}

int RetryPolicy::jittered(int ceilingMs, double unit)
{
    unit = std::clamp(unit, 0.0, 1.0);
    const int half = ceilingMs / 2;
    return half + int(unit * (ceilingMs - half) + 0.5);
}

int RetryPolicy::nextDelayMs(int attemptsMade, int retryAfterSeconds)
{
    // Always draw, so the sequence of delays depends only on the seed and the attempt count.
    const double unit = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
    if (retryAfterSeconds >= 0)
        return std::min(retryAfterSeconds, maxRetryAfterSeconds) * 1000;
    return jittered(backoffCeilingMs(attemptsMade), unit);
}

} // namespace snc
