// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretJob.h"

#include <QObject>
#include <QString>

namespace snc {

/**
 * @brief Where the wizard keeps secrets (application secret, consumer key, PSK, private keys).
 *
 * Every operation is asynchronous: it returns a job owned by the store (see SecretJob) that
 * finishes later, never from inside the call. Keys are plain, log-safe names from the catalogue
 * in SecretKeys.h (e.g. "nsx/<serviceName>/ipsec-psk"); never put a secret in a key. An invalid
 * key (see SecretKeys::isValid) makes the job finish with Kind::Validation.
 *
 * Implementations: KeychainSecretStore (the OS keychain, persistent) and MemorySecretStore
 * (session only, when the user chooses not to remember or the keychain is unavailable).
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Reads a secret. A missing or empty entry finishes with Kind::NotFound.
    virtual SecretReadJob *read(const QString &key) = 0;
    /// Stores `value` (non-empty) under `key`, replacing any previous value entirely.
    virtual SecretWriteJob *write(const QString &key, SecretBytes value) = 0;
    /// Removes the entry. Removing a missing entry succeeds (idempotent).
    virtual SecretWriteJob *remove(const QString &key) = 0;
    /// Checks that the store works right now (the keychain: write, read back, delete a probe).
    virtual SecretWriteJob *checkAvailable() = 0;

    /// A short, human-readable backend name ("Secret Service", "macOS Keychain", …) to show the
    /// user which keychain is used, so they know which one to unlock.
    virtual QString backendName() const = 0;
    /// True when secrets survive the end of the process.
    virtual bool isPersistent() const = 0;
};

} // namespace snc
