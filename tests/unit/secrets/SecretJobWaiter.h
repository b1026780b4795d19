// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretJob.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>
#include <optional>

namespace snc::test {

/// What a SecretJob ended with, captured inside its finished() handler (the job deletes itself
/// right after, so nothing may be read from it later).
struct SecretOutcome
{
    bool done = false;
    int finishedCount = 0;
    std::optional<ApiError> error; ///< empty on success
    SecretBytes value;             ///< reads only

    bool ok() const { return done && !error; }
    ApiError::Kind kind() const { return error ? error->kind : ApiError::Kind::Network; }
};

/// Starts recording `job` (call right after creating it).
inline std::shared_ptr<SecretOutcome> record(SecretJob *job)
{
    auto outcome = std::make_shared<SecretOutcome>();
    QObject::connect(job, &SecretJob::finished, job, [outcome, job]() {
        outcome->done = true;
        ++outcome->finishedCount;
        if (const ApiError *e = job->error())
            outcome->error = *e;
        if (auto *r = qobject_cast<SecretReadJob *>(job))
            outcome->value = r->takeSecret();
    });
    return outcome;
}

/// Runs the event loop until `job` finished (or `timeoutMs` passed) and returns its outcome.
inline std::shared_ptr<SecretOutcome> await(SecretJob *job, int timeoutMs = 30000)
{
    auto outcome = record(job);
    QDeadlineTimer deadline(timeoutMs);
    while (!outcome->done && !deadline.hasExpired())
        QTest::qWait(5);
    return outcome;
}

} // namespace snc::test
