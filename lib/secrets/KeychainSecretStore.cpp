// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "core/Redaction.h"
#include "secrets/KeychainOperation.h"
#include "secrets/SecretKeys.h"

#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

// Starts `start` on the next event-loop turn, so no job ever finishes inside read()/write().
template <class F>
void startLater(SecretJob *job, F start)
{
    QTimer::singleShot(0, job, std::move(start));
}

template <class Job>
Job *rejectLater(Job *job, ApiError error)
{
    startLater(job, [job, error]() { job->fail(error); });
    return job;
}

ApiError invalidKey()
{
    return ApiError::make(ApiError::Kind::Validation, u"invalid secret key"_s);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(u"snc-wizard"_s, parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

SecretReadJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new SecretReadJob(key, this);
    if (!SecretKeys::isValid(key))
        return rejectLater(job, invalidKey());
    auto *op = new KeychainOperation(job, m_service, m_timeoutMs);
    startLater(job, [op]() { op->startRead(); });
    return job;
}

SecretWriteJob *KeychainSecretStore::write(const QString &key, SecretBytes value)
{
    // Any later log line or report that quotes it is masked (Redaction.h, issue 15 item 5).
    redaction::registerSecret(value.expose());
    auto *job = new SecretWriteJob(SecretJob::Operation::Write, key, this);
    if (!SecretKeys::isValid(key))
        return rejectLater(job, invalidKey());
    if (value.isEmpty())
        return rejectLater(job, ApiError::make(ApiError::Kind::Validation, u"empty secret value"_s));
    if (value.size() > qsizetype(ChunkSize) * MaxChunks) {
        ApiError e = ApiError::make(ApiError::Kind::Validation,
                                    u"secret value too long (%1 bytes)"_s.arg(value.size()));
        return rejectLater(job, std::move(e));
    }
    auto *op = new KeychainOperation(job, m_service, m_timeoutMs);
    auto shared = std::make_shared<SecretBytes>(std::move(value));
    startLater(job, [op, shared]() { op->startWrite(std::move(*shared)); });
    return job;
}

SecretWriteJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretWriteJob(SecretJob::Operation::Remove, key, this);
    if (!SecretKeys::isValid(key))
        return rejectLater(job, invalidKey());
    auto *op = new KeychainOperation(job, m_service, m_timeoutMs);
    startLater(job, [op]() { op->startRemove(); });
    return job;
}

SecretWriteJob *KeychainSecretStore::checkAvailable()
{
    // A fresh name each time: a probe left behind by a crash never makes a later check pass.
    const QString key = u"snc-probe/probe-%1"_s.arg(qulonglong(QRandomGenerator::global()->generate64()),
                                                     16, 16, QChar(u'0'));
    auto *job = new SecretWriteJob(SecretJob::Operation::Check, key, this);
    auto *op = new KeychainOperation(job, m_service, m_checkTimeoutMs);
    startLater(job, [op]() { op->startCheck(); });
    return job;
}

QString KeychainSecretStore::backendName() const
{
    // Product names, not translated. Mirrors QtKeychain's own choice of backend on Linux.
#if defined(Q_OS_WIN)
    return u"Windows Credential Manager"_s;
#elif defined(Q_OS_MACOS)
    return u"macOS Keychain"_s;
#else
    const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP").toUpper();
    if (desktop.contains("KDE"))
        return u"KDE Wallet"_s;
    return u"Secret Service (GNOME Keyring, KeePassXC…)"_s;
#endif
}

ApiError KeychainSecretStore::mapError(int qkeychainError, const QString &errorString,
                                       const QString &context)
{
    ApiError::Kind kind = ApiError::Kind::Keychain;
    QString name;
    switch (qkeychainError) {
    case QKeychain::NoError:
        name = u"no-error"_s;
        break;
    case QKeychain::EntryNotFound:
        kind = ApiError::Kind::NotFound;
        name = u"entry-not-found"_s;
        break;
    case QKeychain::CouldNotDeleteEntry:
        name = u"could-not-delete"_s;
        break;
    case QKeychain::AccessDeniedByUser:
        name = u"access-denied-by-user"_s;
        break;
    case QKeychain::AccessDenied:
        name = u"access-denied"_s;
        break;
    case QKeychain::NoBackendAvailable:
        name = u"no-backend"_s;
        break;
    case QKeychain::NotImplemented:
        name = u"not-implemented"_s;
        break;
    case QKeychain::OtherError:
        name = u"other"_s;
        break;
    default:
        name = u"unknown-%1"_s.arg(qkeychainError);
        break;
    }
    // The backend's message describes the failure, never the value; redact anyway, and bound it.
    QString message = redaction::redact(errorString).simplified();
    if (message.size() > 200)
        message = message.left(200) + u'…';
    ApiError e = ApiError::make(kind, message.isEmpty()
                                          ? u"%1: %2"_s.arg(context, name)
                                          : u"%1: %2 (%3)"_s.arg(context, name, message));
    e.errorCode = name;
    return e;
}

} // namespace snc
