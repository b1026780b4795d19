// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include "core/Log.h"
#include "core/Redaction.h"
#include "secrets/SecretKeys.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

ApiError invalidKeyError()
{
    return ApiError::make(ApiError::Kind::Validation, u"invalid secret key"_s);
}

// Jobs never finish inside the call that created them (same contract as the keychain store), so
// callers can connect to finished() after read()/write() returns.
template <class Job, class F>
void finishLater(Job *job, F f)
{
    QTimer::singleShot(0, job, [job, f = std::move(f)]() mutable { f(job); });
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default; // SecretBytes wipes each value

SecretReadJob *MemorySecretStore::read(const QString &key)
{
    auto *job = new SecretReadJob(key, this);
    if (!SecretKeys::isValid(key)) {
        finishLater(job, [](SecretReadJob *j) { j->fail(invalidKeyError()); });
        return job;
    }
    // Resolved now, not when the job finishes: a read issued before a remove sees the value,
    // which is the order a serial keychain gives.
    const auto it = m_values.find(key);
    if (it == m_values.end() || it->second.isEmpty()) {
        finishLater(job, [](SecretReadJob *j) {
            j->fail(ApiError::make(ApiError::Kind::NotFound, u"no such secret in memory"_s));
        });
        return job;
    }
    auto value = std::make_shared<SecretBytes>(it->second.clone());
    finishLater(job, [value](SecretReadJob *j) { j->succeed(std::move(*value)); });
    return job;
}

SecretWriteJob *MemorySecretStore::write(const QString &key, SecretBytes value)
{
    // Any later log line or report that quotes it is masked (Redaction.h, issue 15 item 5).
    redaction::registerSecret(value.expose());
    auto *job = new SecretWriteJob(SecretJob::Operation::Write, key, this);
    if (!SecretKeys::isValid(key)) {
        finishLater(job, [](SecretWriteJob *j) { j->fail(invalidKeyError()); });
        return job;
    }
    if (value.isEmpty()) {
        finishLater(job, [](SecretWriteJob *j) {
            j->fail(ApiError::make(ApiError::Kind::Validation, u"empty secret value"_s));
        });
        return job;
    }
    m_values[key] = std::move(value);
    qCDebug(lcSecrets).noquote() << "memory store: wrote" << key;
    finishLater(job, [](SecretWriteJob *j) { j->succeed(); });
    return job;
}

SecretWriteJob *MemorySecretStore::remove(const QString &key)
{
    auto *job = new SecretWriteJob(SecretJob::Operation::Remove, key, this);
    if (!SecretKeys::isValid(key)) {
        finishLater(job, [](SecretWriteJob *j) { j->fail(invalidKeyError()); });
        return job;
    }
    m_values.erase(key);
    finishLater(job, [](SecretWriteJob *j) { j->succeed(); });
    return job;
}

SecretWriteJob *MemorySecretStore::checkAvailable()
{
    auto *job = new SecretWriteJob(SecretJob::Operation::Check, u"snc-probe"_s, this);
    finishLater(job, [](SecretWriteJob *j) { j->succeed(); });
    return job;
}

QString MemorySecretStore::backendName() const
{
    return tr("Memory of this session", "@label secret storage backend");
}

void MemorySecretStore::clear()
{
    m_values.clear();
}

QString MemorySecretStore::sessionOnlyNotice(Reason reason)
{
    switch (reason) {
    case Reason::UserChoice:
        return tr("Your keys are kept in memory for this session only, as you chose. You will have "
                  "to enter them again next time. Nothing is written to disk.", "@info");
    case Reason::KeychainUnavailable:
        break;
    }
    return tr("The system keychain is not available, so your keys are kept in memory for this "
              "session only and will not be remembered. Nothing is written to disk. To remember "
              "them, unlock or start your keychain, then retry.", "@info");
}

} // namespace snc
