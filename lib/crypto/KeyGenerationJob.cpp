// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyGenerationJob.h"

#include "crypto/CertificateRequest.h"

#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/crypto.h>

namespace snc::crypto {

KeyGenerationJob::KeyGenerationJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QFuture<Outcome> future = m_watcher.future();
        m_outcome = future.takeResult();
        emit finished(m_outcome->keyPair.has_value());
    });
}

// The worker cannot be interrupted inside OpenSSL, and waiting for it would freeze the GUI. It
// is left to finish: its Outcome lives in the future's shared state and is destroyed (the key
// wiped by SecretBytes) when that state is released.
KeyGenerationJob::~KeyGenerationJob() = default;

void KeyGenerationJob::start(KeyAlgorithm algorithm, const QString &commonName)
{
    if (m_watcher.isRunning())
        return;
    m_outcome.reset();
    m_watcher.setFuture(QtConcurrent::run([algorithm, commonName]() -> Outcome {
        // A pool thread: OpenSSL's state for this thread (its private random generators) is
        // released when the job ends, not left to the thread's exit, which may come after
        // OpenSSL's own clean-up at process exit (LeakSanitizer saw it as a leak, 1 run in 6).
        const auto releaseThreadState = qScopeGuard([] { OPENSSL_thread_stop(); });
        Outcome outcome;
        QString error;
        outcome.keyPair = generateKeyPair(algorithm, &error);
        if (!outcome.keyPair) {
            outcome.error = error;
            return outcome;
        }
        if (!commonName.isEmpty()) {
            outcome.certificateRequestPem =
                makeCertificateRequest(outcome.keyPair->privateKeyPem, commonName, &error);
            if (outcome.certificateRequestPem.isEmpty()) {
                outcome.keyPair.reset();
                outcome.error = error;
            }
        }
        return outcome;
    }));
}

KeyGenerationJob::Outcome KeyGenerationJob::takeResult()
{
    Outcome outcome = m_outcome ? std::move(*m_outcome) : Outcome{};
    m_outcome.reset();
    return outcome;
}

} // namespace snc::crypto
