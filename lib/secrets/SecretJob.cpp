// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJob.h"

#include "core/Redaction.h"

using namespace Qt::StringLiterals;

namespace snc {

SecretJob::SecretJob(Operation operation, QString key, QObject *parent)
    : QObject(parent), m_operation(operation), m_key(std::move(key))
{
}

void SecretJob::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    setError(ApiError::make(ApiError::Kind::Canceled, u"secret operation canceled"_s));
    markFinished();
}

void SecretJob::fail(ApiError error)
{
    if (m_finished)
        return;
    setError(std::move(error));
    markFinished();
}

bool SecretJob::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    emit finished();
    deleteLater();
    return true;
}

SecretReadJob::SecretReadJob(const QString &key, QObject *parent)
    : SecretJob(Operation::Read, key, parent)
    , m_result(ApiError::make(ApiError::Kind::Canceled, u"not finished"_s))
{
}

SecretBytes SecretReadJob::takeSecret()
{
    if (!m_result.ok())
        return {};
    return std::move(m_result.value());
}

const ApiError *SecretReadJob::error() const
{
    return isFinished() && !m_result.ok() ? &m_result.error() : nullptr;
}

void SecretReadJob::succeed(SecretBytes value)
{
    if (isFinished())
        return;
    // Every secret read back from a store is live in this process from now on: any later log
    // line or report that quotes it is masked (Redaction.h, issue 15 item 5).
    redaction::registerSecret(value.expose());
    m_result = Result<SecretBytes>(std::move(value));
    markFinished();
}

void SecretReadJob::setError(ApiError error)
{
    m_result = Result<SecretBytes>(std::move(error));
}

SecretWriteJob::SecretWriteJob(Operation operation, const QString &key, QObject *parent)
    : SecretJob(operation, key, parent)
    , m_result(ApiError::make(ApiError::Kind::Canceled, u"not finished"_s))
{
}

const ApiError *SecretWriteJob::error() const
{
    return isFinished() && !m_result.ok() ? &m_result.error() : nullptr;
}

void SecretWriteJob::succeed()
{
    if (isFinished())
        return;
    m_result = Unit{};
    markFinished();
}

void SecretWriteJob::setError(ApiError error)
{
    m_result = std::move(error);
}

} // namespace snc
