// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/CertificateInfo.h"
#include "crypto/KeyPair.h"
#include "stages/StageModel.h"
#include "stages/encryption/KeyCustody.h"
#include "stages/encryption/KmipRegistration.h"
#include "stages/encryption/OkmsCredentialFlow.h"

#include <QList>
#include <QPointer>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QJsonArray;

namespace snc {

class CallGroup;
class StageOperation;
class TaskPoller;

/**
 * @brief Stage 5 — VM encryption with the OVHcloud KMS (OKMS).
 *
 * Composes three parts, each responsible for one thing (as AdminSecurityModel composes stage 2):
 * credentialFlow() (OkmsCredentialFlow: the access credential from "Create" to READY, its own
 * deadline), keyCustody() (KeyCustody: where the private key is — memory, keychain, a 0600 file,
 * the recovery copy — and the crash resume), kmipRegistration() (KmipRegistration: the KMS's
 * certificate and its registration task). Their async work runs as operations of this model (busy,
 * cancel()); their errors are this model's lastError(). What is left here is the stage contract:
 * the inputs, reading the state, status() and the report.
 *
 * refresh(): GET /v2/okms/resource, the selected OKMS's credentials, GET …/vmEncryption/kms
 * (+ each entry), GET /me (for the default identity URN). status(): Done when a KMS is
 * registered and delivered, a credential of the OKMS is READY and no private key awaits saving;
 * WaitingForUser while a key must be saved or a probed certificate awaits registration; InProgress while a
 * credential or a registration is under way; NotStarted otherwise (orderHelpText() when no OKMS).
 *
 * Actions (each refused locally with lastError() set when inputs are wrong):
 * - createCredential(): checks the inputs (credentialInputProblems()), then OkmsCredentialFlow.
 *   The key is held in memory until saveKeyToKeychain() or saveKeyToFile() succeeds: canLeave()
 *   is false meanwhile. After the credential is READY and checked, its certificate is saved next
 *   to the key. A refresh with no credential under way adopts the wizard's credential whose key
 *   KeyCustody finds (KeyCustody::resume()).
 * - The key type is RSA 3072 by default (OVHcloud's VMware guide asks for RSA; EC P-256 stays
 *   selectable), and probeKmip() reads the endpoint that matches the credential (usesRsaEndpoint()).
 * - probeKmip(), registerKms(): KmipRegistration; the task's progress is in taskProgress().
 *   A registration still waiting for vCenter after a restart is followed again by refresh().
 *   registerKms() is refused unless kmipVerified() (chain to the OKMS's publicCA, host name): no
 *   override.
 * Never logs or exposes the private key; only a file the person chose (mode 0600) or the
 * keychain receives it.
 */
class VmEncryptionModel : public StageModel
{
    Q_OBJECT
    Q_PROPERTY(QString selectedOkmsId READ selectedOkmsId WRITE setSelectedOkmsId NOTIFY inputChanged)
    Q_PROPERTY(QString credentialName READ credentialName WRITE setCredentialName NOTIFY inputChanged)
    Q_PROPERTY(QStringList identityUrns READ identityUrns WRITE setIdentityUrns NOTIFY inputChanged)
    Q_PROPERTY(int validityDays READ validityDays WRITE setValidityDays NOTIFY inputChanged)
    Q_PROPERTY(bool useCsr READ useCsr WRITE setUseCsr NOTIFY inputChanged)
    Q_PROPERTY(int keyAlgorithm READ keyAlgorithmValue WRITE setKeyAlgorithmValue NOTIFY inputChanged)
    Q_PROPERTY(QStringList credentialInputProblems READ credentialInputProblems NOTIFY inputChanged)
    Q_PROPERTY(snc::OkmsCredentialFlow::State credentialState READ credentialState NOTIFY credentialStateChanged)
    Q_PROPERTY(bool unsavedKey READ hasUnsavedKey NOTIFY keySavedChanged)
public:
    using CredentialState = OkmsCredentialFlow::State;
    using KeyStorage = KeyCustody::Storage;

    explicit VmEncryptionModel(StageContext *context, QObject *parent = nullptr);
    ~VmEncryptionModel() override;

    int number() const override { return 5; }
    QString statusText() const override;
    /// The manual step (issue 18 item 3): The key provider is configured in vCenter by you: the API cannot see it.
    QString manualStepLabel() const override;
    QString manualStepRequest() const override;
    /// The registration task waits until vCenter is configured: the customer's turn.
    bool taskWaitsForCustomer() const override;
    void refresh() override;
    void cancel() override;
    QList<ReportFact> reportFacts() const override;
    bool canLeave() const override { return !hasUnsavedKey(); }
    QString leaveBlockedReason() const override;

    OkmsCredentialFlow *credentialFlow() const { return m_flow; }
    KeyCustody *keyCustody() const { return m_custody; }
    KmipRegistration *kmipRegistration() const { return m_registration; }

    // -- OKMS -----------------------------------------------------------------------------------
    QList<OkmsInstance> okmsInstances() const { return m_okms; }
    QString selectedOkmsId() const { return m_selectedOkms; }
    void setSelectedOkmsId(const QString &id);
    std::optional<OkmsInstance> selectedOkms() const;
    /// Translated: how to order an OKMS and in which region (shown when there is none).
    static QString orderHelpText();

    // -- access credential: inputs --------------------------------------------------------------
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

    // -- access credential: the flow and the key (see the parts) --------------------------------
    bool createCredential();
    CredentialState credentialState() const { return m_flow->state(); }
    /// OKMS issuing the access credential (requested, not ready yet): no OVH task follows it.
    QString ovhcloudWork() const override;
    QString credentialId() const { return m_flow->credentialId(); }
    QString credentialStatus() const { return m_flow->credentialStatus(); }
    /// `expiredAt` of the access credential vCenter uses, as OKMS answered it at the last read:
    /// the wizard's own credential when listed, else the READY one that expires first. Invalid
    /// when OKMS gave none (the completion screen then says "unknown").
    QDateTime credentialExpiry() const { return m_credentialExpiry; }
    bool hasUnsavedKey() const { return m_custody->hasUnsavedKey(); }
    KeyStorage keyStorage() const { return m_custody->storage(); }
    QString keyFilePath() const { return m_custody->keyFilePath(); }
    QString certificateFilePath() const { return m_custody->certificateFilePath(); }
    bool saveKeyToKeychain() { return m_custody->saveToKeychain(); }
    /// Owner-only from its first byte; asks before replacing an existing file (KeyCustody::saveToFile()).
    bool saveKeyToFile(const QString &path) { return m_custody->saveToFile(path); }
    /// The existing file a first saveKeyToFile() refused to replace; empty when none.
    QString keyFileAwaitingReplace() const { return m_custody->keyFileAwaitingReplace(); }
    QByteArray certificatePem() const { return m_custody->certificatePem(); }
    std::optional<crypto::CertificateInfo> credentialCertificate() const { return m_custody->certificate(); }
    bool certificateMatchesKey() const { return m_custody->certificateMatchesKey(); }
    /// Writes the credential's certificate (public) to `path`.
    bool exportCertificate(const QString &path) { return m_custody->exportCertificate(path); }
    static qint64 credentialTimeoutMs() { return OkmsCredentialFlow::timeoutMs(); }

    // -- KMIP endpoint and registration (see KmipRegistration) ----------------------------------
    bool probeKmip();
    bool isProbing() const { return m_registration->isProbing(); }
    std::optional<crypto::CertificateInfo> kmipCertificate() const { return m_registration->certificate(); }
    QString kmipHost() const { return m_registration->host(); }
    quint16 kmipPort() const { return m_registration->port(); }
    QString kmipAddress() const { return m_registration->address(); }
    QStringList kmipVerificationErrors() const { return m_registration->verificationErrors(); }
    /// The certificate read chains to the OKMS's publicCA and names the host: registerKms() may run.
    bool kmipVerified() const { return m_registration->isVerified(); }
    bool registerKms();
    QList<RegisteredKms> registeredKms() const { return m_registration->registered(); }
    bool isTaskRunning() const { return m_registration->isTaskRunning(); }
    /// Translated: what to do in vCenter (standard key provider, trust, certificate and key, with
    /// where the wizard saved them), and, while the registration waits, that it waits for that.
    QString vCenterInstructions() const;
    /// The registration task's own description while it is followed ("Waiting for customer to
    /// configure the KMS Server..."; OVHcloud's words, untranslated), else empty.
    QString registrationTaskDescription() const;
    /// The KMIP endpoint to probe and register is the RSA one (kmipRsaEndpoint/publicRsaCA): the
    /// credential's certificate is RSA, or, before there is one, the key type chosen is.
    bool usesRsaEndpoint() const;
    TaskPoller *taskPoller() const { return m_registration->taskPoller(); }

signals:
    /// An input (OKMS, name, identities, validity, CSR, key type) changed.
    void inputChanged();
    void credentialStateChanged(snc::OkmsCredentialFlow::State state);
    void keySavedChanged();
    void probeFinished(bool ok);
    /// createCredential(), registerKms() ended (credential READY + checked / task done).
    void actionFinished(bool ok);

private:
    void forgetService() override;
    int keyAlgorithmValue() const { return int(m_algorithm); }
    void setKeyAlgorithmValue(int value) { setKeyAlgorithm(crypto::KeyAlgorithm(value)); }
    struct Read;
    /// Reads the stage's state as part of `op`, publishes it, then ends `op`.
    void load(StageOperation *op);
    /// The OKMS instances, then the selected one's credentials (404 = none), into `read`.
    void addOkmsReads(CallGroup *group, std::shared_ptr<Read> read);
    /// After a read with no credential under way: the wizard's credential whose key KeyCustody
    /// finds is followed again. False when there is nothing to look at; else `then()` once done.
    bool resumeCredential(StageOperation *op, const QJsonArray &credentials, std::function<void()> then);
    void deriveStatus();
    void inputEdited();

    KeyCustody *m_custody;
    OkmsCredentialFlow *m_flow;
    KmipRegistration *m_registration;

    QList<OkmsInstance> m_okms;
    QString m_selectedOkms;
    int m_readyCredentials = 0;
    QDateTime m_credentialExpiry;
    bool m_refreshedOnce = false;
    QPointer<StageOperation> m_read; ///< the refresh running, if any

    QString m_name;
    QStringList m_urns;
    QString m_defaultUrn;
    int m_validityDays = 365;
    bool m_useCsr = true;
    // RSA: OVHcloud's OKMS-for-VMware guide asks vCenter for an RSA key (issue 17).
    crypto::KeyAlgorithm m_algorithm = crypto::KeyAlgorithm::Rsa3072;
};

} // namespace snc
