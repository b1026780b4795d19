// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeyPair.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace snc::crypto {

/**
 * @brief Generates a key pair (and optionally a CSR for it) on a worker thread, so the GUI never
 * freezes (RSA 4096 takes seconds). finished() is emitted in the job's thread; then takeResult()
 * hands the key over once (it is move-only: the private key exists in exactly one place).
 * Deleting the job while the worker runs is safe and does not wait: the result is discarded
 * and wiped when the worker ends.
 */
class KeyGenerationJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        std::optional<KeyPair> keyPair;
        QByteArray certificateRequestPem; ///< when a common name was given
        QString error;                    ///< technical, for details; empty on success
    };

    explicit KeyGenerationJob(QObject *parent = nullptr);
    ~KeyGenerationJob() override;

    /// Starts generation; `commonName` non-empty also makes a CSR. Ignored while running.
    void start(KeyAlgorithm algorithm, const QString &commonName = {});
    bool isRunning() const { return m_watcher.isRunning(); }
    /// The outcome, once, after finished().
    Outcome takeResult();

signals:
    void finished(bool ok);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::optional<Outcome> m_outcome;
};

} // namespace snc::crypto
