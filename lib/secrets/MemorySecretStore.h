// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <map>

namespace snc {

/**
 * @brief Session-only secret store: values live in this object's memory (wiped on removal and on
 * destruction) and are gone when the wizard closes. Nothing is ever written to disk.
 *
 * Used when the user chooses not to remember secrets or when the keychain is unavailable; the UI
 * then shows `sessionOnlyNotice()`. Also the store of choice for unit tests of other areas.
 * Operations take effect immediately; their jobs still finish asynchronously, like the keychain's.
 */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    enum class Reason {
        UserChoice,          ///< the user chose not to remember secrets
        KeychainUnavailable, ///< the keychain check failed
    };
    Q_ENUM(Reason)

    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretReadJob *read(const QString &key) override;
    SecretWriteJob *write(const QString &key, SecretBytes value) override;
    SecretWriteJob *remove(const QString &key) override;
    SecretWriteJob *checkAvailable() override;
    QString backendName() const override;
    bool isPersistent() const override { return false; }

    /// Number of stored entries (for tests and the "forget everything" button).
    int count() const { return int(m_values.size()); }
    /// Wipes every stored value.
    void clear();

    /// The plain message the UI shows while secrets are kept for this session only.
    static QString sessionOnlyNotice(Reason reason);

private:
    std::map<QString, SecretBytes> m_values;
};

} // namespace snc
