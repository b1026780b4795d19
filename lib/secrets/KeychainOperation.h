// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to snc_secrets: the step-by-step driver behind one KeychainSecretStore job.

#include "core/SecretBytes.h"
#include "secrets/SecretJob.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace snc {

/**
 * @brief Runs the QtKeychain entry operations (one or several, for chunked values) that make up
 * one SecretJob, then completes it. A child of that job: when the job finishes (success, failure,
 * cancel, timeout) and is deleted, this goes too, which disconnects it from any QtKeychain job
 * still pending; those are parentless and auto-deleting, so QtKeychain frees them itself.
 */
class KeychainOperation : public QObject
{
    Q_OBJECT
public:
    KeychainOperation(SecretJob *job, QString service, int timeoutMs);

    void startRead();
    void startWrite(SecretBytes value);
    void startRemove();
    void startCheck();

private:
    using Done = std::function<void(int error, const QString &errorString, QByteArray data)>;

    void readEntry(const QString &entry, Done done);
    void writeEntry(const QString &entry, const QByteArray &data, Done done);
    void deleteEntry(const QString &entry, Done done);
    void run(QKeychain::Job *kjob, Done done);

    bool active() const;
    void failWith(int error, const QString &errorString, const QString &what);
    void fail(ApiError error);
    void succeed();

    QString chunkEntry(int index) const;
    QString countEntry() const;
    /// Reads "<key>/count" into m_oldCount (1 when absent), then calls `next`.
    void readOldCount(std::function<void()> next);

    void readChunk(int index, int count, qsizetype total);
    void writeChunk(int index, int count);
    void writeHeaderThenFirst(int count);
    void deleteChunks(int from, int to, std::function<void()> next);

    SecretJob *m_job;
    QString m_service;
    QString m_key;
    QByteArray m_assembled; // read: chunks so far, wiped if not handed over
    SecretBytes m_value;    // write: the value being stored; check: the probe value
    int m_oldCount = 1;     // chunks of the value being replaced or removed
};

} // namespace snc
