// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OkmsCertificateAuthority.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxModule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QSslServer;

namespace snc::sandbox {

class DedicatedCloudModule;
struct Task;

/**
 * @brief Stage 5: the OVHcloud KMS (OKMS, API v2) and the service's VM-encryption KMS list.
 *
 * OKMS (`/v2/okms`, signed; shapes as in the API notes §5b; every list is paged with cursors,
 * see V2Pagination.h):
 * - `GET /v2/okms/resource` lists one instance (defaultOkmsId(), region `eu-west-rbx`) whose
 *   `kmipEndpoint` is `localhost:<port>` of this module's KMIP listener; `GET …/{okmsId}`
 *   (`?publicCA=true` adds `publicCA`, this module's CA).
 * - `GET|POST …/{okmsId}/credential`, `GET|DELETE …/credential/{id}`. POST validates name
 *   (1–50), identityURNs (1–25, `urn:v1:<zone>:identity:<kind>:<id>[/<name>]`), description
 *   (≤ 200), validity (1–365 days, default 365), certificateType (ECDSA|RSA) and the optional
 *   PEM `csr` (its signature must verify). With a CSR the certificate is issued for the CSR's
 *   key; without, the CA generates a key pair and the answer carries `privateKeyPEM` — once:
 *   it is never stored. Status CREATING, READY credentialReadyMs (sandbox time) later, then
 *   `certificatePEM` is readable; names starting with `stuck-` stay CREATING forever.
 * - `GET /v2/okms/reference/regions`.
 * - No instance at all (stage 5's "order one" path): setInstanceAvailable(false), or
 *   `POST /sandbox/okms/instance {"available": false}` (introspection). The list is then `[]`
 *   and every `…/{okmsId}` route answers 404; `true` brings the instance back unchanged.
 *
 * KMIP listener: a real QSslServer on 127.0.0.1 (any free port), started lazily on the first
 * request that needs it, presenting a server certificate issued by this module's CA for
 * `localhost` / `127.0.0.1`. It completes TLS handshakes and ignores anything sent. CA and
 * server certificate are saved with the state, so the thumbprint survives a restart.
 *
 * vmEncryption (`/1.0/dedicatedCloud/{sn}/vmEncryption`, API notes §5a): `GET` → `{state}`;
 * `GET|POST …/kms`, `GET|DELETE …/kms/{kmsId}`, `POST …/kms/{kmsId}/changeProperties`. POST
 * `{ip, sslThumbprint, description}`: `ip` an IPv4 address; `sslThumbprint` colon hex of the
 * SHA-1 (or SHA-256) of the DER certificate, refused with 400 unless it matches the KMIP
 * listener's certificate; the same ip + thumbprint twice → 409. Task "createVmEncryptionKms"
 * (listed under the service's tasks), KMS state creating → delivered when done.
 *
 * Saved under the state key "okms". Does not own the dedicatedCloud module.
 */
class OkmsModule : public SandboxModule
{
public:
    static QString defaultOkmsId() { return QStringLiteral("9b3a5d2e-4c1f-4e8a-b7d6-0f2e1c3a5b71"); }
    static QString defaultRegion() { return QStringLiteral("eu-west-rbx"); }
    static QString stuckPrefix() { return QStringLiteral("stuck-"); }
    static constexpr qint64 credentialReadyMs = 4000;

    explicit OkmsModule(DedicatedCloudModule *dedicatedCloud);
    ~OkmsModule() override;

    void attach(SandboxContext *context) override;
    void registerRoutes(Router &router) override;

    QString stateKey() const override { return QStringLiteral("okms"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

    /// Generates the CA and the KMIP certificate if needed and listens. False + reason.
    bool ensureKmipListener(QString *error = nullptr);
    /// 0 until ensureKmipListener() succeeded.
    quint16 kmipPort() const;
    QByteArray kmipCertificatePem() const { return m_kmipCertificatePem; }
    /// "AB:CD:…" SHA-1 of the KMIP certificate's DER (what vCenter and OVHcloud compare).
    QString kmipSha1Thumbprint() const;
    QByteArray caCertificatePem() const { return m_ca.caCertificatePem(); }
    /// False: the account has no OKMS instance (saved with the state). Default true.
    void setInstanceAvailable(bool available);
    bool isInstanceAvailable() const { return m_hasInstance; }
    /// Test knobs (in-process only, not saved): the `kmipEndpoint` the resources announce instead
    /// of the listener's (another TLS server, e.g. one whose certificate another CA signed); and
    /// `publicCA` unreadable (`?publicCA=true` answers 403, as when IAM denies the read).
    void setKmipEndpointOverride(const QString &endpoint) { m_kmipEndpointOverride = endpoint; }
    void setPublicCaReadable(bool readable) { m_publicCaReadable = readable; }
    /// A KMS is registered (delivered) for the service with the KMIP listener's thumbprint.
    bool isKmsRegistered(const QString &serviceName) const;

    struct Credential
    {
        QString id;
        QString name;
        QString description;
        QStringList identityUrns;
        bool fromCsr = false;
        QString certificateType; ///< ECDSA | RSA
        qint64 createdMs = 0;    ///< sandbox time
        qint64 expiresMs = 0;
        QByteArray certificatePem;
        QString status(qint64 nowMs) const;
        QJsonObject toJson(qint64 nowMs) const;
    };

    struct Kms
    {
        qint64 id = 0;
        QString serviceName;
        QString ip;
        QString sslThumbprint;
        QString description;
        QString state; ///< creating | delivered | toUpdate | toDelete | error
        QJsonObject toJson(quint16 port) const;
    };

private:
    bool isInstance(const QString &okmsId) const { return m_hasInstance && okmsId == defaultOkmsId(); }
    void registerTaskKinds();
    QJsonObject resourceJson(bool withCa);

    // -- route handlers (the table is in registerRoutes(), OkmsModule.cpp) --------------------
    // OKMS resources and credentials (OkmsModule.cpp)
    SandboxResponse listResources(SandboxRequest &request);
    SandboxResponse setInstanceKnob(SandboxRequest &request);
    SandboxResponse listRegions(SandboxRequest &request);
    SandboxResponse getResource(SandboxRequest &request);
    SandboxResponse listCredentials(SandboxRequest &request);
    SandboxResponse createCredential(SandboxRequest &request);
    SandboxResponse getCredential(SandboxRequest &request);
    SandboxResponse deleteCredential(SandboxRequest &request);
    // the dedicatedCloud vmEncryption KMS list (OkmsVmEncryption.cpp)
    SandboxResponse getVmEncryption(SandboxRequest &request);
    SandboxResponse listKms(SandboxRequest &request);
    SandboxResponse createKms(SandboxRequest &request);
    SandboxResponse getKms(SandboxRequest &request);
    SandboxResponse removeKms(SandboxRequest &request);
    SandboxResponse changeKmsProperties(SandboxRequest &request);
    Kms *findKms(const SandboxRequest &request);
    /// Empty when `thumbprint` matches the listener's certificate, else the reason (400).
    QString checkThumbprint(const QString &thumbprint, QString *normalized);
    void applyKmsTask(Task &task, bool done);
    bool ensureCa(QString *error);

    DedicatedCloudModule *m_dc;
    SandboxContext *m_context = nullptr;
    OkmsCertificateAuthority m_ca;
    QByteArray m_kmipCertificatePem;
    QByteArray m_kmipKeyPem;
    std::unique_ptr<QSslServer> m_kmip;
    std::map<QString, Credential> m_credentials; // by id
    std::map<qint64, Kms> m_kms;
    qint64 m_nextKmsId = 1;
    bool m_hasInstance = true;
    QString m_kmipEndpointOverride;
    bool m_publicCaReadable = true;
};

} // namespace snc::sandbox
