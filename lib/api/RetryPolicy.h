// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"

#include <QByteArray>

#include <random>

namespace snc {

/**
 * @brief When and how long to wait before retrying a failed call. Pure apart from its seedable
 * random generator, so tests check bounds and exact values without sleeping.
 *
 * Only idempotent methods (GET) are retried automatically, on 5xx, 429 and dropped connections
 * (Network kind; never after a Timeout, the user already waited), with "equal jitter" exponential backoff: the n-th retry waits a random time in
 * [d/2, d] where d = min(maxDelayMs, baseDelayMs * 2^(n-1)). A `Retry-After` from the server
 * replaces that delay (it is the server's explicit instruction), unless it exceeds
 * `maxRetryAfterSeconds`, in which case the call fails with RateLimited at once.
 * POST/PUT/DELETE are never retried here: a second POST could create a second resource.
 * (The client's single clock re-sync retry is separate: see ApiClient.)
 */
class RetryPolicy
{
public:
    int maxAttempts = 4;          ///< total attempts, the first one included
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterSeconds = 120;

    /// `seed` 0 draws a random seed from std::random_device.
    explicit RetryPolicy(quint32 seed = 0);

    /// Whether attempt number `attemptsMade` (1-based) that failed with `error` may be retried.
    bool shouldRetry(const QByteArray &method, const ApiError &error, int attemptsMade) const;

    /// The delay before the next attempt after `attemptsMade` failed attempts (1-based).
    /// `retryAfterSeconds` < 0 means no Retry-After header. Advances the random generator.
    int nextDelayMs(int attemptsMade, int retryAfterSeconds = -1);

    /// The deterministic part: the upper bound d for `attemptsMade` (see class comment).
    int backoffCeilingMs(int attemptsMade) const;

    /// Pure form of the jitter: maps `unit` in [0, 1) to [ceiling/2, ceiling].
    static int jittered(int ceilingMs, double unit);

    /// Whether an HTTP method is safe to repeat (GET, HEAD, OPTIONS).
    static bool isIdempotent(const QByteArray &method);

private:
    std::mt19937 m_rng;
};

} // namespace snc
