// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "crypto/KeyPair.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace snc {

class ApiCall;
class KeyCustody;
class Poller;
class StageContext;
class StageOperation;
namespace crypto {
class KeyGenerationJob;
}

/**
 * @brief Stage 5 — the OKMS access credential from "Create" to READY, modelled on
 * api/CredentialFlow: a state, signals, and a deadline of its own.
 *
 * create(): preferred path (Request::useCsr): a key pair and a CSR made off the GUI thread
 * (KeyGenerationJob), a recovery copy of the key kept (KeyCustody::keepRecoveryCopy()), then only
 * the CSR is POSTed. Other path: no CSR, OKMS answers `privateKeyPEM` once. Either way the key
 * goes into the KeyCustody given. A POST whose answer was lost is never blindly repeated: the
 * credentials are re-read first and the one made from our CSR, if any, is followed; a retry after
 * a failed POST reuses the same key pair. From the key to the POST's answer is one operation of
 * the stage model (busy).
 *
 * Then the credential is followed until READY through a Poller (every 2 s, longer when the API
 * asks) with its own deadline, timeoutMs() measured on the context's injected Clock: past it the
 * flow fails with a plain message (`stuck-` names in the sandbox never become READY). A read that
 * fails transiently is made again: failing would offer "Create" again, i.e. a second credential.
 * On READY the certificate is checked against the key (KeyCustody::acceptCertificate()).
 *
 * Inputs are validated by the caller (VmEncryptionModel::credentialInputProblems()). Does not own
 * the context or the custody.
 */
class OkmsCredentialFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(snc::OkmsCredentialFlow::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString credentialId READ credentialId NOTIFY stateChanged)
    Q_PROPERTY(QString credentialStatus READ credentialStatus NOTIFY credentialStatusChanged)
public:
    enum class State { None, GeneratingKey, Requesting, WaitingForReady, Ready, Failed };
    Q_ENUM(State)

    /// What to ask OKMS for (already validated).
    struct Request
    {
        QString okmsId;
        QString name;
        QStringList identityUrns;
        int validityDays = 365;
        bool useCsr = true;
        crypto::KeyAlgorithm algorithm = crypto::KeyAlgorithm::Rsa3072; ///< also OKMS's key type without a CSR
        QString description;
    };

    OkmsCredentialFlow(StageContext *context, KeyCustody *custody, std::function<StageOperation *()> startOperation,
                       QObject *parent = nullptr);
    ~OkmsCredentialFlow() override;

    /// Starts (or, after a failed POST, retries) the credential. Idempotent: true without doing
    /// anything while one is under way or ready. False (errorOccurred) when an unsaved key would
    /// be lost.
    bool create(const Request &request);
    /// After a restart: follows `credential` of `okmsId` (CREATING or READY), whose key the
    /// custody has just taken back.
    void adopt(const QString &okmsId, const QString &name, const QJsonObject &credential);
    /// Stops following the credential (no signal, nothing on the server).
    void cancel();

    State state() const { return m_state; }
    /// GeneratingKey, Requesting or WaitingForReady.
    bool isUnderWay() const;
    /// A key generation still runs (its answer is awaited even after cancel()).
    bool isGeneratingKey() const { return !m_keyJob.isNull(); }
    QString credentialId() const { return m_credentialId; }
    /// OKMS's status of the credential ("CREATING", "READY", …).
    QString credentialStatus() const { return m_credentialStatus; }
    /// The wait for READY (tests: its clock and interval).
    Poller *poller() const { return m_wait; }
    static qint64 timeoutMs() { return 120'000; }
    static int pollIntervalMs() { return 2000; }

signals:
    void stateChanged(snc::OkmsCredentialFlow::State state);
    void credentialStatusChanged();
    /// READY and its certificate matches the key.
    void ready();
    /// The flow failed (state Failed); canceled operations end here too, without errorOccurred().
    void failed();
    void errorOccurred(const snc::ApiError &error);
    void errorCleared();

private:
    void setState(State state);
    /// After a failed POST, with the same key pair and CSR.
    void retry(const Request &request);
    void post(StageOperation *op, const QByteArray &csr);
    /// Reads the credentials for the one a lost POST made from our CSR (newer than `sentAtMs`):
    /// follows it and ends `op`, or calls `notFound(read error or nullptr)`.
    void findLost(StageOperation *op, qint64 sentAtMs, std::function<void(const ApiError *readError)> notFound);
    void startWaiting();
    void poll();
    void onAnswer(const QJsonObject &credential);
    void fail(const ApiError &error);

    QPointer<StageContext> m_context;
    KeyCustody *m_custody;
    std::function<StageOperation *()> m_startOperation;
    Poller *m_wait;
    QPointer<ApiCall> m_pollCall;
    QPointer<crypto::KeyGenerationJob> m_keyJob;
    State m_state = State::None;
    Request m_request;
    QString m_credentialId;
    QString m_credentialStatus;
    /// The CSR of the custody's key (public), kept so a failed POST is retried with the same key.
    QByteArray m_csr;
    QString m_csrName;
    crypto::KeyAlgorithm m_csrAlgorithm = crypto::KeyAlgorithm::EcP256;
    qint64 m_csrFirstSentAtMs = 0;
};

} // namespace snc
