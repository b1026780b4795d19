// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"
#include "crypto/CertificateInfo.h"
#include "crypto/KeyPair.h"
#include "stages/StageModel.h"

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QJsonArray;
class QJsonObject;
class QTimer;

namespace snc {

class StageOperation;

class TaskPoller;
namespace crypto {
class KeyGenerationJob;
class TlsProbe;
}

/// One OKMS instance (GET /v2/okms/resource).
struct OkmsInstance
{
    QString id;
    QString region;
    QString kmipEndpoint; ///< "eu-west-rbx.okms.ovh.net:5696" (sandbox: "localhost:<port>")
    QString displayName;
};

/// One KMS registered for VM encryption (GET …/vmEncryption/kms/{id}).
struct RegisteredKms
{
    qint64 kmsId = 0;
    QString ip;
    int port = 5696;
    QString sslThumbprint;
    QString description;
    QString state; ///< creating | delivered | toUpdate | toDelete | error …
};

/**
 * @brief Stage 5 — VM encryption with the OVHcloud KMS (OKMS).
 *
 * refresh(): GET /v2/okms/resource, the selected OKMS's credentials, GET …/vmEncryption/kms
 * (+ each entry), GET /me (for the default identity URN). status(): Done when a KMS is
 * registered and delivered, a credential of the OKMS is READY and no private key awaits saving;
 * WaitingForUser while a key must be saved or a probed certificate confirmed; InProgress while a
 * credential or a registration is under way; NotStarted otherwise (orderHelpText() when no OKMS).
 *
 * Actions (each refused locally with lastError() set when inputs are wrong):
 * - createCredential(): preferred path (useCsr, default): a key pair (EC P-256 by default, RSA on
 *   request) and a CSR made off the GUI thread by KeyGenerationJob; only the CSR is sent. Other
 *   path: no CSR, OKMS answers `privateKeyPEM` once. Either way the key is then held in memory
 *   (SecretBytes) until saveKeyToKeychain() or saveKeyToFile() succeeds: canLeave() is false
 *   meanwhile. The credential is followed until READY (credentialTimeoutMs() of clock time, then
 *   Failed with a clear error; `stuck-` names in the sandbox never become READY); the
 *   certificate is then checked against the key (certificateMatchesKey()) and saved next to the
 *   key (keychain entry, or `<file>.crt` with the key file).
 *   Crash and resume: before the CSR is sent, a recovery copy of the key goes to the secret store
 *   (SecretKeys::okmsRecoveryPrivateKey(); if the store fails, the request goes on without it).
 *   A refresh with no credential under way adopts the wizard's credential (its name, fromCSR,
 *   CREATING or READY) whose key it finds: saved in the keychain, saved to a file (the keychain
 *   keeps the path), else the recovery copy; a READY one only if its certificate matches. The
 *   copy is removed once the key is saved and the credential READY, or when the credential
 *   failed or is gone.
 * - probeKmip(): resolves the OKMS's KMIP host to IPv4 and reads its TLS certificate (TlsProbe,
 *   SNI), verified against the OKMS's publicCA plus, in the practice sandbox, the pinned CAs.
 * - registerKms(): after the person confirmed the certificate: POST …/vmEncryption/kms {ip,
 *   sslThumbprint (SHA-1, uppercase colon hex over DER), description}, the task followed. An entry
 *   with the same IP and thumbprint is reused, never posted twice.
 * Never logs or exposes the private key; only a file the person chose (mode 0600) or the
 * keychain receives it.
 */
class VmEncryptionModel : public StageModel
{
    Q_OBJECT
public:
    enum class CredentialState { None, GeneratingKey, Requesting, WaitingForReady, Ready, Failed };
    Q_ENUM(CredentialState)
    enum class KeyStorage { None, Keychain, File };
    Q_ENUM(KeyStorage)

    explicit VmEncryptionModel(StageContext *context, QObject *parent = nullptr);
    ~VmEncryptionModel() override;

    int number() const override { return 5; }
    QString statusText() const override;
    void refresh() override;
    void cancel() override;
    QList<ReportFact> reportFacts() const override;
    bool canLeave() const override { return !hasUnsavedKey(); }
    QString leaveBlockedReason() const override;

    // -- OKMS -----------------------------------------------------------------------------------
    QList<OkmsInstance> okmsInstances() const { return m_okms; }
    QString selectedOkmsId() const { return m_selectedOkms; }
    void setSelectedOkmsId(const QString &id);
    std::optional<OkmsInstance> selectedOkms() const;
    /// Translated: how to order an OKMS and in which region (shown when there is none).
    static QString orderHelpText();

    // -- access credential ----------------------------------------------------------------------
    QString credentialName() const { return m_name; }
    void setCredentialName(const QString &name);
    QStringList identityUrns() const { return m_urns; }
    void setIdentityUrns(const QStringList &urns);
    /// `urn:v1:eu:identity:account:<nic>` once GET /me answered.
    QString defaultIdentityUrn() const { return m_defaultUrn; }
    int validityDays() const { return m_validityDays; }
    void setValidityDays(int days);
    bool useCsr() const { return m_useCsr; }
    void setUseCsr(bool useCsr);
    crypto::KeyAlgorithm keyAlgorithm() const { return m_algorithm; }
    void setKeyAlgorithm(crypto::KeyAlgorithm algorithm);
    static bool isValidIdentityUrn(const QString &urn);
    /// Translated problems of the current inputs (empty: createCredential() may be called).
    QStringList credentialInputProblems() const;

    bool createCredential();
    CredentialState credentialState() const { return m_credentialState; }
    QString credentialId() const { return m_credentialId; }
    QString credentialStatus() const { return m_credentialStatus; }
    bool hasUnsavedKey() const { return !m_privateKey.isEmpty() && m_keyStorage == KeyStorage::None; }
    KeyStorage keyStorage() const { return m_keyStorage; }
    QString keyFilePath() const { return m_keyFile; }
    QString certificateFilePath() const { return m_certificateFile; }
    bool saveKeyToKeychain();
    /**
     * Writes the key owner-only from its first byte (SecretFile, 0600). Synchronous (a small
     * file). A file already at `path` is not replaced at once: the call fails with an error that
     * asks, and keyFileAwaitingReplace() names the file; saving to the same path again is the
     * confirmation (issue 15 item 12).
     */
    bool saveKeyToFile(const QString &path);
    /// The existing file a first saveKeyToFile() refused to replace; empty when none.
    QString keyFileAwaitingReplace() const { return m_keyFileAwaitingReplace; }
    QByteArray certificatePem() const { return m_certificatePem; }
    std::optional<crypto::CertificateInfo> credentialCertificate() const;
    bool certificateMatchesKey() const { return m_certificateMatches; }
    /// Writes the credential's certificate (public) to `path`.
    bool exportCertificate(const QString &path);
    static qint64 credentialTimeoutMs() { return 120'000; }

    // -- KMIP endpoint and registration ---------------------------------------------------------
    bool probeKmip();
    bool isProbing() const;
    std::optional<crypto::CertificateInfo> kmipCertificate() const { return m_kmipCertificate; }
    QString kmipHost() const { return m_kmipHost; }
    quint16 kmipPort() const { return m_kmipPort; }
    QString kmipAddress() const { return m_kmipAddress; }
    QStringList kmipVerificationErrors() const { return m_kmipErrors; }
    bool registerKms();
    QList<RegisteredKms> registeredKms() const { return m_kms; }
    bool isTaskRunning() const;
    int taskProgress() const;
    QString taskState() const;
    /// Translated: what to do in vCenter (standard key provider, trust, certificate and key).
    QString vCenterInstructions() const;
    TaskPoller *taskPoller() const { return m_poller; }

signals:
    void credentialStateChanged(snc::VmEncryptionModel::CredentialState state);
    void keySavedChanged();
    void probeFinished(bool ok);
    void taskProgressChanged(int percent, const QString &state);
    void taskRunningChanged(bool running);
    /// createCredential(), registerKms() ended (credential READY + checked / task done).
    void actionFinished(bool ok);

private:
    void forgetService() override;
    /// Reads the stage's state; @p registeredKmsOnly: only the KMS list of the service (around a
    /// registration, where the OKMS side has just been read and has not changed).
    /// Reads the registered KMS (and, unless `registeredKmsOnly`, the OKMS instances and
    /// credentials) as part of `op`, publishes them, then `then(ok)`.
    void load(StageOperation *op, bool registeredKmsOnly, std::function<void(bool)> then);
    /// A read operation of its own (nullptr when no service is chosen).
    StageOperation *startRead(bool registeredKmsOnly);
    static RegisteredKms parseRegisteredKms(const QJsonObject &entry, qint64 id);
    void deriveStatus();
    void setCredentialState(CredentialState state);
    void postCredential(const QByteArray &csr);
    /// After a credential POST whose answer was lost: adopts the credential it created (same
    /// name, from our CSR, newer than `sentAtMs`), or fails with `error` if there is none.
    void adoptLostCredential(const ApiError &error, qint64 sentAtMs);
    /// Retry after a failed POST: the credential an earlier lost request made from m_csr if
    /// there is one (then followed; `then(true)`), else `then(false, error of the read or null)`.
    void findLostCredential(qint64 sentAtMs, std::function<void(bool found, const ApiError *readError)> then);
    void pollCredential();
    void onCredentialAnswer(const QJsonObject &credential);
    void failCredential(const ApiError &error);
    void saveCertificateAlongside();
    void startProbe(const QList<QSslCertificate> &extraCas);
    /// Keeps the recovery copy of m_privateKey, then posts m_csr (also when the store fails).
    void keepRecoveryCopyThenPost();
    void forgetRecoveryCopy();
    struct Recovery;
    /// After a read with no credential under way: adopts the wizard's credential (its name, from
    /// a CSR, CREATING or READY) whose key is in the store, saved or as recovery copy. Returns
    /// false when there is nothing to look at; else calls `then` once done.
    bool resumeCredential(const QJsonArray &credentials, std::function<void()> then);
    void recoverNext(std::shared_ptr<Recovery> recovery);
    bool adoptCredential(const std::shared_ptr<Recovery> &recovery, const QJsonObject &credential,
                         SecretBytes key, KeyStorage storage, const QString &keyFile = QString());

    QList<OkmsInstance> m_okms;
    QString m_selectedOkms;
    QList<RegisteredKms> m_kms;
    int m_readyCredentials = 0;
    bool m_refreshedOnce = false;
    QPointer<StageOperation> m_read;    ///< the refresh running, if any
    QPointer<StageOperation> m_probeOp; ///< probeKmip() until the probe has answered

    QString m_name;
    QStringList m_urns;
    QString m_defaultUrn;
    int m_validityDays = 365;
    bool m_useCsr = true;
    crypto::KeyAlgorithm m_algorithm = crypto::KeyAlgorithm::EcP256;

    CredentialState m_credentialState = CredentialState::None;
    QString m_credentialId;
    QString m_credentialStatus;
    qint64 m_credentialDeadlineMs = 0;
    SecretBytes m_privateKey;
    KeyStorage m_keyStorage = KeyStorage::None;
    QString m_keyFile;
    QString m_keyFileAwaitingReplace; // absolute path; the next save there replaces it
    QString m_certificateFile;
    QByteArray m_certificatePem;
    bool m_certificateMatches = false;
    QPointer<crypto::KeyGenerationJob> m_keyJob;
    /// The CSR of m_privateKey (public), kept so a failed POST is retried with the same key.
    QByteArray m_csr;
    QString m_csrName;
    crypto::KeyAlgorithm m_csrAlgorithm = crypto::KeyAlgorithm::EcP256;
    qint64 m_csrFirstSentAtMs = 0;
    /// The recovery copy's key while it is in the store (empty: none to delete).
    QString m_recoveryKey;
    bool m_recovering = false;
    QTimer *m_credentialTimer;

    crypto::TlsProbe *m_probe;
    std::optional<crypto::CertificateInfo> m_kmipCertificate;
    QString m_kmipHost;
    quint16 m_kmipPort = 0;
    QString m_kmipAddress;
    QStringList m_kmipErrors;
    bool m_probeStarting = false;
    TaskPoller *m_poller;
    qint64 m_kmsTaskId = 0;
};

} // namespace snc
