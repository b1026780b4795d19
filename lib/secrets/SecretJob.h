// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QObject>
#include <QString>

namespace snc {

/**
 * @brief One asynchronous secret-store operation (read, write, remove or availability check).
 *
 * Created and owned by a SecretStore (its parent); emits `finished()` exactly once — success,
 * failure or cancel — never synchronously from the call that created it, then deletes itself with
 * deleteLater() once the connected handlers have run. Do not keep the pointer past `finished()`
 * (use QPointer if you must).
 *
 * `cancel()` means "stop waiting": the job finishes at once with ApiError::Kind::Canceled. The
 * backend may still complete the operation in the background (QtKeychain cannot abort a running
 * job), so a canceled write may or may not have been stored; its outcome is ignored.
 */
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove, Check };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    /// The logical key (for Check: the probe entry's key). Never a secret.
    const QString &key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    bool isCanceled() const { return m_canceled; }
    /// The failure once finished, or nullptr when the job succeeded or is still running.
    virtual const ApiError *error() const = 0;

    /// Finishes now with Kind::Canceled. No effect once finished. Safe from a finished() handler.
    void cancel();

    /// Calls `f()` once when finished; `context` bounds the connection as with QObject::connect.
    template <class F>
    void onFinished(QObject *context, F f)
    {
        connect(this, &SecretJob::finished, context, std::move(f));
    }

signals:
    void finished();

protected:
    SecretJob(Operation operation, QString key, QObject *parent);
    /// Stores a failure; implemented by subclasses, which own the typed result.
    virtual void setError(ApiError error) = 0;
    /// Marks finished, emits finished(), schedules deletion. Returns false if already finished.
    bool markFinished();

public:
    /// For SecretStore implementations: finishes with `error`. No effect once finished.
    void fail(ApiError error);

private:
    Operation m_operation;
    QString m_key;
    bool m_finished = false;
    bool m_canceled = false;
};

/// A read: the value, or NotFound (missing or empty entry), Keychain, Canceled…
class SecretReadJob : public SecretJob
{
    Q_OBJECT
public:
    SecretReadJob(const QString &key, QObject *parent);

    /// Valid once finished (before: Canceled "not finished"). Move the value out with takeSecret().
    const Result<SecretBytes> &result() const { return m_result; }
    /// Moves the secret out (empty if the read failed or it was already taken).
    SecretBytes takeSecret();
    const ApiError *error() const override;

    /// For SecretStore implementations: finishes with `value`. No effect once finished.
    void succeed(SecretBytes value);

protected:
    void setError(ApiError error) override;

private:
    Result<SecretBytes> m_result;
};

/// A write, remove or availability check: success or an error.
class SecretWriteJob : public SecretJob
{
    Q_OBJECT
public:
    SecretWriteJob(Operation operation, const QString &key, QObject *parent);

    /// Valid once finished (before: Canceled "not finished").
    const Result<Unit> &result() const { return m_result; }
    const ApiError *error() const override;

    /// For SecretStore implementations: finishes successfully. No effect once finished.
    void succeed();

protected:
    void setError(ApiError error) override;

private:
    Result<Unit> m_result;
};

} // namespace snc
