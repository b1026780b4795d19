// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "crypto/CertificateInfo.h"
#include "tasks/PendingTaskSearch.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;

namespace snc {

class CallGroup;
class StageContext;
class StageOperation;
class TaskPoller;
namespace crypto {
class TlsProbe;
}

/// One OKMS instance (GET /v2/okms/resource).
struct OkmsInstance
{
    QString id;
    QString region;
    QString kmipEndpoint; ///< for ECDSA certificates: "eu-west-rbx.okms.ovh.net:5696" (sandbox: "localhost:<port>")
    QString kmipRsaEndpoint; ///< for RSA certificates (vCenter's); empty when the OKMS publishes none
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
 * @brief Stage 5 — the KMIP side: read the KMS's certificate, then register the KMS with the
 * vSphere service.
 *
 * probe(): the endpoint that matches the credential's key (issue 17): `kmipRsaEndpoint` and its
 * `publicRsaCA` for an RSA certificate (what vCenter uses), `kmipEndpoint` and `publicCA` for
 * ECDSA. Reads that CA through the signed API (GET /v2/okms/resource/{id}?publicCA=true), then
 * resolves the KMIP host to IPv4 and reads its TLS certificate (TlsProbe, SNI; read during the
 * handshake, so an endpoint that then wants a client certificate still gives it), verified
 * against that CA only (not the system store, not the pinned CAs) and the host name. When the CA
 * cannot be read, the step says so and stops: nothing is probed. One operation of the stage model
 * from the CA read to the probe's answer.
 *
 * registerKms(): refused (errorOccurred, nothing sent) unless isVerified(): the chain verified
 * against the OKMS's publicCA and the certificate names the host. No override. Then: POST …/vmEncryption/kms {ip,
 * sslThumbprint (SHA-1, uppercase colon hex over DER), description}, the task followed through the
 * TaskPoller given (which feeds the stage's TaskProgress), the list read back. An entry with the
 * same IP and thumbprint is reused, never posted twice: the list is re-read first. One operation
 * from that first read to the read-back.
 *
 * The registration task waits ("Waiting for customer to configure the KMS Server...") until the
 * customer has configured vCenter, which can take hours: taskDescription() is the task's own
 * words, it is polled every fastPollMs() for its first minute, then every slowPollMs() (on the
 * context's Clock). The wizard may be closed meanwhile: resumePending(), after a read that shows
 * a KMS still being created and no task followed, finds its task in the live API
 * (`…/task?name=createVmEncryptionKms&state=todo|doing`) and follows it again.
 *
 * registered(): the KMS list of the service, read by the stage's refresh (addReads()) or here.
 * Separate from the credential: the KMS is registered with the service, the credential is for
 * vCenter. Does not own the context or the poller.
 */
class KmipRegistration : public QObject
{
    Q_OBJECT
public:
    KmipRegistration(StageContext *context, TaskPoller *poller, std::function<StageOperation *()> startOperation,
                     QObject *parent = nullptr);

    // -- the KMS's certificate ------------------------------------------------------------------
    /// Probes the endpoint for `rsa` certificates (kmipRsaEndpoint/publicRsaCA) or ECDSA ones
    /// (kmipEndpoint/publicCA). False (errorOccurred) when that endpoint is absent or not host[:port].
    bool probe(const OkmsInstance &okms, bool rsa);
    /// The endpoint probed is the RSA one.
    bool isRsaEndpoint() const { return m_rsa; }
    bool isProbing() const;
    /// Forgets the certificate read (another OKMS was chosen).
    void forgetCertificate();
    std::optional<crypto::CertificateInfo> certificate() const { return m_certificate; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString address() const { return m_address; }
    QStringList verificationErrors() const { return m_errors; }
    /// The certificate read chains to the OKMS's publicCA and names the host: it may be registered.
    bool isVerified() const { return m_certificate.has_value() && m_verified; }

    // -- the registration -----------------------------------------------------------------------
    /// Needs a verified certificate() (isVerified(); the caller checks that nothing else runs).
    /// Ends with registrationFinished().
    bool registerKms(const QString &description);
    bool isTaskRunning() const;
    TaskPoller *taskPoller() const { return m_poller; }
    QList<RegisteredKms> registered() const { return m_kms; }
    /// The followed registration task's own description (OVHcloud's words, untranslated; empty
    /// when none is followed or it has none).
    QString taskDescription() const;
    /// After a read: when a KMS is still being created and no task is followed, finds its task
    /// and follows it (one operation, until it ends). Returns whether it started.
    bool resumePending();
    static int fastPollMs() { return 2000; }
    static int slowPollMs() { return 30000; }
    /// How long the task is polled every fastPollMs() before slowing down.
    static qint64 fastPhaseMs() { return 60000; }
    /// How long a registration task may sit still before it is no longer followed (a working day).
    static qint64 followMaxStillMs() { return 12LL * 60 * 60'000; }
    bool isDelivered() const;
    /// A registration is being created, changed or removed on the server.
    bool isChanging() const;
    /// Adds the reads of the KMS list to `group` (404 = none), into `into`.
    void addReads(CallGroup *group, std::shared_ptr<QList<RegisteredKms>> into) const;
    void setRegistered(QList<RegisteredKms> kms);
    void clear();
    void cancel();

signals:
    void probeFinished(bool ok);
    /// Anything shown changed (certificate, list, task running).
    void changed();
    void registrationFinished(bool ok);
    void errorOccurred(const snc::ApiError &error);
    void errorCleared();

private:
    static RegisteredKms parse(const QJsonObject &entry, qint64 id);
    /// Re-reads the KMS list as part of `op`, then `then(error or nullptr)`.
    void readRegistered(StageOperation *op, std::function<void(const ApiError *)> then);
    void refuse(const QString &message);
    /// Follows task `taskId` as part of `op`, then reads the list back and ends `op`.
    void followTask(StageOperation *op, qint64 taskId);
    /// Reads the list back, then ends `op` (with `failure` if any).
    void readBackThenEnd(StageOperation *op, std::optional<ApiError> failure);
    qint64 nowMs() const;

    QPointer<StageContext> m_context;
    std::function<StageOperation *()> m_startOperation;
    crypto::TlsProbe *m_probe;
    QPointer<StageOperation> m_probeOp; ///< probe() until the probe has answered
    std::optional<crypto::CertificateInfo> m_certificate;
    QString m_host;
    quint16 m_port = 0;
    QString m_address;
    QStringList m_errors;
    bool m_verified = false;
    bool m_rsa = true;
    TaskPoller *m_poller;
    qint64 m_followStartedMs = 0;
    QPointer<StageOperation> m_followOp; ///< the registration or resumed follow, while it runs
    PendingTaskSearch m_pendingSearch;   ///< resumePending()'s search
    QList<RegisteredKms> m_kms;
};

} // namespace snc
