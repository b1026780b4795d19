// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

namespace snc {

/**
 * @brief Secret store backed by the OS keychain through QtKeychain (Secret Service on Linux,
 * Keychain on macOS, Credential Manager on Windows). The insecure plaintext fallback is off.
 *
 * Values longer than ChunkSize bytes are split, because Windows refuses credentials over
 * 2560 bytes: chunk 0 under the key itself, chunks 1…n-1 under "<key>/1"…, and "<key>/count"
 * holding "<n> <total size>". Reads reassemble and check the size; writes replace every chunk and
 * delete stale ones; remove deletes them all. An empty entry reads as NotFound.
 *
 * Errors: a missing entry → Kind::NotFound; access denied (by the user or otherwise), no backend,
 * not implemented, other → Kind::Keychain with `errorCode` naming the QtKeychain error and
 * log-safe `details`. Values never reach a log.
 *
 * QtKeychain runs its jobs one at a time and cannot abort one: a canceled or timed-out job is
 * left to finish on its own (never deleted while pending — that crashes) and its result ignored.
 * Must be used from the thread it lives in (normally the GUI thread; nothing blocks it).
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// Longest value stored as one keychain entry (Nextcloud's choice; under Windows' 2560).
    static constexpr int ChunkSize = 2048;
    static constexpr int MaxChunks = 256; ///< 512 KiB: more than any key or token needs

    /// Uses the service name "snc-wizard".
    explicit KeychainSecretStore(QObject *parent = nullptr);
    /// Uses `service` as QtKeychain's service name (tests use a throwaway one).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    /// Gives up on read/write/remove after `ms` milliseconds (0, the default, waits forever: the
    /// user may be typing the keyring password in an unlock prompt).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    /// Time limit of checkAvailable() (default 30 s); it then fails with Kind::Keychain.
    void setCheckTimeout(int ms) { m_checkTimeoutMs = ms; }
    int checkTimeout() const { return m_checkTimeoutMs; }

    SecretReadJob *read(const QString &key) override;
    SecretWriteJob *write(const QString &key, SecretBytes value) override;
    SecretWriteJob *remove(const QString &key) override;
    /// Writes, reads back and deletes a random probe entry under "snc-probe/…".
    SecretWriteJob *checkAvailable() override;
    QString backendName() const override;
    bool isPersistent() const override { return true; }

    /**
     * Maps a QKeychain::Error (as int, so this header does not expose QtKeychain) and its
     * errorString to an ApiError: EntryNotFound → NotFound, everything else → Keychain.
     * `context` is a log-safe description ("read nsx/pcc-1/ipsec-psk").
     */
    static ApiError mapError(int qkeychainError, const QString &errorString,
                             const QString &context);

private:
    QString m_service;
    int m_timeoutMs = 0;
    int m_checkTimeoutMs = 30000;
};

} // namespace snc
