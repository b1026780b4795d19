// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/SecretBytes.h"
#include "crypto/CertificateInfo.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace snc {

class StageContext;
class StageOperation;

/**
 * @brief Stage 5 — custody of the private key of the OKMS access credential: where it is, and
 * that it is never lost.
 *
 * The key is made here (CSR path) or shown once by OKMS: after that it exists nowhere else, so
 * one class answers for it. It holds the key in memory (SecretBytes) until saveToKeychain() or
 * saveToFile() (SecretFile, mode 0600) succeeds — hasUnsavedKey() is what blocks leaving the
 * page. It keeps a recovery copy in the secret store while the credential is being made
 * (keepRecoveryCopy(): before the CSR leaves; forgotten once the key is saved and the
 * certificate checked, or when the credential failed), and after a restart it finds the key a
 * killed wizard kept for one of its credentials (resume(): saved in the keychain, saved to a file
 * whose path the keychain keeps, else the recovery copy; a READY one only if its certificate
 * matches). It checks the issued certificate against the key (acceptCertificate()) and saves it
 * next to the key.
 *
 * The credential flow (OkmsCredentialFlow) decides when a key exists; this class decides where it
 * goes. Async work runs as operations of the stage model (the `startOperation` given), so busy and
 * cancel() cover it. Never logs or exposes the key. Does not own the context.
 */
class KeyCustody : public QObject
{
    Q_OBJECT
public:
    enum class Storage { None, Keychain, File };
    Q_ENUM(Storage)

    /// What resume() found: a credential of the wizard and the key kept for it.
    struct Kept
    {
        QJsonObject credential;
        SecretBytes key;
        Storage storage = Storage::None;
        QString keyFile;
    };

    KeyCustody(StageContext *context, std::function<StageOperation *()> startOperation, QObject *parent = nullptr);

    /// The credential the key belongs to (the keychain entries are named after it).
    void setCredential(const QString &okmsId, const QString &credentialId);
    /// Forgets the key, where it was saved and the certificate (a new credential begins).
    void reset();
    /// Takes a new key into custody (unsaved until saveToKeychain()/saveToFile()).
    void hold(SecretBytes key);

    bool hasKey() const { return !m_key.isEmpty(); }
    bool hasUnsavedKey() const { return hasKey() && m_storage == Storage::None; }
    /// Translated: why the page cannot be left while hasUnsavedKey().
    static QString unsavedKeyReason();
    const SecretBytes &key() const { return m_key; }
    Storage storage() const { return m_storage; }
    QString keyFilePath() const { return m_keyFile; }
    QString certificateFilePath() const { return m_certificateFile; }

    /// The issued certificate: kept, checked against the key; when it matches, saved next to the
    /// key (and the key released if already saved). Returns whether it matches.
    bool acceptCertificate(const QByteArray &pem);
    QByteArray certificatePem() const { return m_certificatePem; }
    bool certificateMatchesKey() const { return m_certificateMatches; }
    std::optional<crypto::CertificateInfo> certificate() const;

    bool saveToKeychain();
    /**
     * Writes the key owner-only from its first byte (SecretFile, 0600). Synchronous (a small
     * file). A file already at `path` is not replaced at once: the call fails with an error that
     * asks, and keyFileAwaitingReplace() names the file; saving to the same path again is the
     * confirmation (issue 15 item 12).
     */
    bool saveToFile(const QString &path);
    /// The existing file a first saveToFile() refused to replace; empty when none.
    QString keyFileAwaitingReplace() const { return m_keyFileAwaitingReplace; }
    /// Writes the certificate (public) to `path`.
    bool exportCertificate(const QString &path);

    /// As part of `op`: a recovery copy of the key, named after `okmsId` and `name`, then `then()`
    /// (also when the store fails: the credential is made without a copy).
    void keepRecoveryCopy(StageOperation *op, const QString &okmsId, const QString &name, std::function<void()> then);
    void forgetRecoveryCopy();

    /// As part of `op`: looks for a key kept for the wizard's credentials (`name`, from a CSR,
    /// CREATING or READY; newest first) and offers the first one found to `adopt` (which returns
    /// false if something else started meanwhile); then `then()`. Returns false (and does nothing)
    /// when there is nothing to look at.
    bool resume(StageOperation *op, const QString &okmsId, const QString &name, const QJsonArray &credentials,
                std::function<void(Kept &)> adopt, std::function<void()> then);
    bool isResuming() const { return !m_resumeScope.isNull(); }
    /// Takes in a key resume() found, for the credential `name` of `okmsId`.
    void adopt(Kept &kept, const QString &okmsId, const QString &name);

signals:
    /// hasUnsavedKey(), storage() or the key files may have changed.
    void keyChanged();
    /// The key was saved (keychain or file).
    void keySaved();
    void errorOccurred(const snc::ApiError &error);
    void errorCleared();

private:
    struct Recovery;
    void recoverNext(std::shared_ptr<Recovery> recovery);
    bool offer(const std::shared_ptr<Recovery> &recovery, const QJsonObject &credential, SecretBytes key,
               Storage storage, const QString &keyFile = QString());
    void saveCertificateAlongside();
    void refuse(const QString &message);

    /// StageContext::secretScope(), empty without a context.
    QString secretScope() const;

    QPointer<StageContext> m_context;
    std::function<StageOperation *()> m_startOperation;
    QString m_okmsId;
    QString m_credentialId;
    SecretBytes m_key;
    Storage m_storage = Storage::None;
    QString m_keyFile;
    QString m_keyFileAwaitingReplace; // absolute path; the next save there replaces it
    QString m_certificateFile;
    QByteArray m_certificatePem;
    bool m_certificateMatches = false;
    /// The recovery copy's key while it is in the store (empty: none to delete).
    QString m_recoveryKey;
    /// The operation a resume() runs in, while it runs (a second resume waits for the next read).
    QPointer<QObject> m_resumeScope;
};

} // namespace snc
