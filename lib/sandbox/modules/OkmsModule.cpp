// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5, OKMS side: resources, access credentials, the module's CA and the KMIP listener.
#include "OkmsModule.h"

#include "DedicatedCloudCommon.h"
#include "V2Pagination.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxStats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUuid>

#include <openssl/crypto.h>

namespace snc::sandbox {

using dc::str;

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool validUrn(const QString &urn)
{
    static const QRegularExpression re(str(
            "^urn:v1:(eu|ca|us|labeu):identity:(account|user|group|credential)(:[A-Za-z0-9._-]+)+"
            "(/[A-Za-z0-9._@-]+)?$"));
    return re.match(urn).hasMatch();
}

void wipeKey(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

QString OkmsModule::Credential::status(qint64 nowMs) const
{
    if (name.startsWith(stuckPrefix()))
        return str("CREATING");
    if (nowMs < createdMs + credentialReadyMs)
        return str("CREATING");
    if (nowMs > expiresMs)
        return str("EXPIRED");
    return str("READY");
}

QJsonObject OkmsModule::Credential::toJson(qint64 nowMs) const
{
    const QString st = status(nowMs);
    QJsonObject o{{str("id"), id},
                  {str("name"), name},
                  {str("description"), dc::orNull(description)},
                  {str("identityURNs"), QJsonArray::fromStringList(identityUrns)},
                  {str("status"), st},
                  {str("fromCSR"), fromCsr},
                  {str("certificateType"), certificateType},
                  {str("createdAt"), isoTime(createdMs)},
                  {str("expiredAt"), isoTime(expiresMs)}};
    if (st == str("READY") || st == str("EXPIRED"))
        o.insert(str("certificatePEM"), QString::fromLatin1(certificatePem));
    return o;
}

OkmsModule::OkmsModule(DedicatedCloudModule *dedicatedCloud) : m_dc(dedicatedCloud) {}

OkmsModule::~OkmsModule() = default;

void OkmsModule::attach(SandboxContext *context)
{
    m_context = context;
    registerTaskKinds();
}

void OkmsModule::registerRoutes(Router &router)
{
    using M = OkmsModule;
    constexpr RouteAccess signed_ = RouteAccess::Signed;
    // clang-format off
    static const RouteSpec<M> kRoutes[] = {
        // OKMS resources and credentials (this file)
        {"GET", u"/v2/okms/resource", signed_, &M::listResources},
        {"POST", u"/sandbox/okms/instance", RouteAccess::Introspection, &M::setInstanceKnob},
        {"GET", u"/v2/okms/reference/regions", signed_, &M::listRegions},
        {"GET", u"/v2/okms/resource/{okmsId}", signed_, &M::getResource},
        {"GET", u"/v2/okms/resource/{okmsId}/credential", signed_, &M::listCredentials},
        {"POST", u"/v2/okms/resource/{okmsId}/credential", signed_, &M::createCredential},
        {"GET", u"/v2/okms/resource/{okmsId}/credential/{credentialId}", signed_, &M::getCredential},
        {"DELETE", u"/v2/okms/resource/{okmsId}/credential/{credentialId}", signed_, &M::deleteCredential},
        // the KMS registered for VM encryption (OkmsVmEncryption.cpp)
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/vmEncryption", signed_, &M::getVmEncryption},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/vmEncryption/kms", signed_, &M::listKms},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/vmEncryption/kms", signed_, &M::createKms},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/vmEncryption/kms/{kmsId}", signed_, &M::getKms},
        {"DELETE", u"/1.0/dedicatedCloud/{serviceName}/vmEncryption/kms/{kmsId}", signed_, &M::removeKms},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/vmEncryption/kms/{kmsId}/changeProperties", signed_, &M::changeKmsProperties},
    };
    // clang-format on
    router.addTable(this, kRoutes);
}

// -- CA and KMIP listener ------------------------------------------------------------------------

bool OkmsModule::ensureCa(QString *error)
{
    if (!m_ca.isValid()) {
        // Certificates are checked by real TLS stacks against the real clock, not sandbox time.
        if (!m_ca.generate(QDateTime::currentSecsSinceEpoch(), error))
            return false;
        m_kmipCertificatePem.clear();
    }
    if (m_kmipCertificatePem.isEmpty()) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto issued = m_ca.issueServerCertificate(
                str("%1.okms.ovh.net (sandbox)").arg(defaultRegion()),
                {str("localhost"), str("127.0.0.1")}, {now - 3600, now + 365LL * 24 * 3600}, error);
        if (!issued)
            return false;
        m_kmipCertificatePem = issued->certificatePem;
        m_kmipKeyPem = issued->privateKeyPem;
        if (m_context)
            m_context->mutated();
    }
    return true;
}

bool OkmsModule::ensureKmipListener(QString *error)
{
    if (m_kmip && m_kmip->isListening())
        return true;
    if (!ensureCa(error))
        return false;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain({QSslCertificate(m_kmipCertificatePem, QSsl::Pem),
                                  QSslCertificate(m_ca.caCertificatePem(), QSsl::Pem)});
    ssl.setPrivateKey(QSslKey(m_kmipKeyPem, QSsl::Ec, QSsl::Pem));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_kmip = std::make_unique<QSslServer>();
    m_kmip->setSslConfiguration(ssl);
    QSslServer *server = m_kmip.get();
    QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [server] {
        // A KMIP client would now speak TTLV; the sandbox only proves who it is (the handshake)
        // and discards what it receives.
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!m_kmip->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = str("cannot listen for KMIP: %1").arg(m_kmip->errorString());
        m_kmip.reset();
        return false;
    }
    return true;
}

quint16 OkmsModule::kmipPort() const
{
    return m_kmip && m_kmip->isListening() ? m_kmip->serverPort() : 0;
}

QString OkmsModule::kmipSha1Thumbprint() const
{
    const QSslCertificate cert(m_kmipCertificatePem, QSsl::Pem);
    if (cert.isNull())
        return {};
    const QByteArray hex = cert.digest(QCryptographicHash::Sha1).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

// -- OKMS routes ---------------------------------------------------------------------------------

QJsonObject OkmsModule::resourceJson(bool withCa)
{
    QString why;
    if (!ensureKmipListener(&why))
        qWarning("OKMS sandbox: %s", qPrintable(why));
    const QString id = defaultOkmsId();
    const QString region = defaultRegion();
    QJsonObject o{{str("id"), id},
                  {str("region"), region},
                  {str("kmipEndpoint"), m_kmipEndpointOverride.isEmpty() ? str("localhost:%1").arg(kmipPort())
                                                                          : m_kmipEndpointOverride},
                  {str("restEndpoint"), str("https://%1.okms.ovh.net").arg(region)},
                  {str("swaggerEndpoint"), str("https://swagger-%1.okms.ovh.net").arg(region)},
                  {str("serviceKeyCount"), 0},
                  {str("kmipObjectCount"), 0},
                  {str("iam"), QJsonObject{{str("id"), id},
                                           {str("urn"), str("urn:v1:eu:resource:okms:%1").arg(id)},
                                           {str("displayName"), str("okms-practice")},
                                           {str("tags"), QJsonObject()}}}};
    if (withCa)
        o.insert(str("publicCA"), QString::fromLatin1(m_ca.caCertificatePem()));
    return o;
}

void OkmsModule::setInstanceAvailable(bool available)
{
    if (m_hasInstance == available)
        return;
    m_hasInstance = available;
    if (m_context)
        m_context->mutated();
}

SandboxResponse OkmsModule::listResources(SandboxRequest &r)
{
    return v2::page(m_hasInstance ? QJsonArray{resourceJson(false)} : QJsonArray(), r);
}

// Test knob: `{"available": false}` removes the account's OKMS instance (stage 5's "order one"
// path), `true` brings it back with its credentials.
SandboxResponse OkmsModule::setInstanceKnob(SandboxRequest &r)
{
    bool ok = false;
    const QJsonValue body = r.json(&ok);
    if (!ok || !body.toObject().value(str("available")).isBool())
        return SandboxResponse::error(400, str("Expected {\"available\": true|false}"));
    setInstanceAvailable(body.toObject().value(str("available")).toBool());
    return SandboxResponse::json(QJsonObject{{str("available"), m_hasInstance}});
}

SandboxResponse OkmsModule::listRegions(SandboxRequest &r)
{
    return v2::page(QJsonArray{str("eu-west-rbx"), str("eu-west-sbg"), str("eu-west-gra")}, r);
}

SandboxResponse OkmsModule::getResource(SandboxRequest &r)
{
    if (!isInstance(r.param(str("okmsId"))))
        return SandboxResponse::notFound(r.param(str("okmsId")));
    const bool ca = r.query.queryItemValue(str("publicCA")).compare(str("true"), Qt::CaseInsensitive)
            == 0;
    if (ca && !m_publicCaReadable)
        return SandboxResponse::error(403, str("This call has not been granted"));
    return SandboxResponse::json(resourceJson(ca));
}

SandboxResponse OkmsModule::listCredentials(SandboxRequest &r)
{
    if (!isInstance(r.param(str("okmsId"))))
        return SandboxResponse::notFound(r.param(str("okmsId")));
    const qint64 now = m_context->clock->nowMs();
    QJsonArray list;
    for (const auto &[id, c] : m_credentials)
        list.append(c.toJson(now));
    return v2::page(list, r);
}

SandboxResponse OkmsModule::getCredential(SandboxRequest &r)
{
    const auto it = m_credentials.find(r.param(str("credentialId")));
    if (!isInstance(r.param(str("okmsId"))) || it == m_credentials.end())
        return SandboxResponse::notFound(r.param(str("credentialId")));
    return SandboxResponse::json(it->second.toJson(m_context->clock->nowMs()));
}

SandboxResponse OkmsModule::deleteCredential(SandboxRequest &r)
{
    const auto it = m_credentials.find(r.param(str("credentialId")));
    if (!isInstance(r.param(str("okmsId"))) || it == m_credentials.end())
        return SandboxResponse::notFound(r.param(str("credentialId")));
    m_context->stats->reportRemoved(str("okmsCredential"), it->second.name);
    m_credentials.erase(it);
    m_context->mutated();
    return SandboxResponse::json(QJsonValue());
}

SandboxResponse OkmsModule::createCredential(SandboxRequest &r)
{
    if (!isInstance(r.param(str("okmsId"))))
        return SandboxResponse::notFound(r.param(str("okmsId")));
    SandboxResponse error;
    const auto body = dc::bodyObject(r, &error);
    if (!body)
        return error;
    static const QStringList known = {str("name"), str("identityURNs"), str("description"),
                                      str("validity"), str("csr"), str("certificateType")};
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!known.contains(it.key()))
            return SandboxResponse::error(400, str("Unknown property %1").arg(it.key()));
    }
    Credential c;
    c.name = body->value(str("name")).toString();
    if (c.name.trimmed().isEmpty() || c.name.size() > 50)
        return SandboxResponse::error(400, str("Invalid name: 1 to 50 characters are expected"));
    const QJsonValue urns = body->value(str("identityURNs"));
    if (!urns.isArray() || urns.toArray().isEmpty() || urns.toArray().size() > 25)
        return SandboxResponse::error(400, str("identityURNs must list 1 to 25 identities"));
    for (const QJsonValue &v : urns.toArray()) {
        if (!validUrn(v.toString()))
            return SandboxResponse::error(400, str("Invalid identity URN: %1").arg(v.toString()));
        c.identityUrns << v.toString();
    }
    c.description = body->value(str("description")).toString();
    if (c.description.size() > 200)
        return SandboxResponse::error(400, str("Invalid description: at most 200 characters"));
    const QJsonValue validity = body->value(str("validity"));
    const qint64 days = validity.isUndefined() ? 365 : validity.toInteger(-1);
    if (!validity.isUndefined() && (!validity.isDouble() || days < 1 || days > 365))
        return SandboxResponse::error(400, str("Invalid validity: 1 to 365 days are expected"));
    c.certificateType = body->value(str("certificateType")).toString(str("ECDSA"));
    if (c.certificateType != str("ECDSA") && c.certificateType != str("RSA"))
        return SandboxResponse::error(400, str("Invalid certificateType: ECDSA or RSA"));
    const QByteArray csr = body->value(str("csr")).toString().toLatin1();

    QString why;
    if (!ensureCa(&why))
        return SandboxResponse::error(500, why);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.createdMs = m_context->clock->nowMs();
    c.expiresMs = c.createdMs + days * 24 * 3600 * 1000;
    const OkmsValidity window{c.createdMs / 1000 - 3600, c.expiresMs / 1000};
    std::optional<OkmsIssued> issued;
    if (!csr.isEmpty()) {
        c.fromCsr = true;
        issued = m_ca.issueFromCsr(csr, c.id, window, &why);
        if (!issued)
            return SandboxResponse::error(400, str("Invalid csr: %1").arg(why));
        if (body->contains(str("certificateType"))
            && (issued->keyType == OkmsKeyType::Rsa) != (c.certificateType == str("RSA")))
            return SandboxResponse::error(400, str("certificateType does not match the key of the csr"));
        c.certificateType = issued->keyType == OkmsKeyType::Rsa ? str("RSA") : str("ECDSA");
    } else {
        issued = m_ca.issueWithNewKey(c.certificateType == str("RSA") ? OkmsKeyType::Rsa : OkmsKeyType::Ecdsa,
                                      c.id, window, &why);
        if (!issued)
            return SandboxResponse::error(500, why);
    }
    c.certificatePem = issued->certificatePem;
    m_context->stats->reportCreated(str("okmsCredential"), c.name);
    QJsonObject answer = c.toJson(c.createdMs);
    if (!c.fromCsr) {
        // Only now, only once: OKMS keeps no copy of a key it generated.
        answer.insert(str("privateKeyPEM"), QString::fromLatin1(issued->privateKeyPem));
        wipeKey(issued->privateKeyPem);
    }
    m_credentials.emplace(c.id, std::move(c));
    m_context->mutated();
    return SandboxResponse::json(answer);
}

// -- state ---------------------------------------------------------------------------------------

QJsonValue OkmsModule::saveState() const
{
    QJsonArray credentials;
    for (const auto &[id, c] : m_credentials) {
        credentials.append(QJsonObject{{str("id"), c.id},
                                       {str("name"), c.name},
                                       {str("description"), c.description},
                                       {str("identityURNs"), QJsonArray::fromStringList(c.identityUrns)},
                                       {str("fromCSR"), c.fromCsr},
                                       {str("certificateType"), c.certificateType},
                                       {str("createdMs"), c.createdMs},
                                       {str("expiresMs"), c.expiresMs},
                                       {str("certificatePEM"), QString::fromLatin1(c.certificatePem)}});
    }
    QJsonArray kms;
    for (const auto &[id, k] : m_kms) {
        QJsonObject o = k.toJson(0);
        o.insert(str("serviceName"), k.serviceName);
        kms.append(o);
    }
    return QJsonObject{{str("caKey"), QString::fromLatin1(m_ca.caPrivateKeyPem())},
                       {str("caCertificate"), QString::fromLatin1(m_ca.caCertificatePem())},
                       {str("kmipKey"), QString::fromLatin1(m_kmipKeyPem)},
                       {str("kmipCertificate"), QString::fromLatin1(m_kmipCertificatePem)},
                       {str("credentials"), credentials},
                       {str("kms"), kms},
                       {str("nextKmsId"), m_nextKmsId},
                       {str("instanceAvailable"), m_hasInstance}};
}

void OkmsModule::loadState(const QJsonValue &value)
{
    const QJsonObject root = value.toObject();
    m_hasInstance = root.value(str("instanceAvailable")).toBool(true);
    QString why;
    if (!m_ca.load(root.value(str("caKey")).toString().toLatin1(),
                   root.value(str("caCertificate")).toString().toLatin1(), &why)) {
        return; // a fresh CA is made on first use
    }
    m_kmipKeyPem = root.value(str("kmipKey")).toString().toLatin1();
    m_kmipCertificatePem = root.value(str("kmipCertificate")).toString().toLatin1();
    m_credentials.clear();
    for (const QJsonValue &v : root.value(str("credentials")).toArray()) {
        const QJsonObject o = v.toObject();
        Credential c;
        c.id = o.value(str("id")).toString();
        c.name = o.value(str("name")).toString();
        c.description = o.value(str("description")).toString();
        for (const QJsonValue &u : o.value(str("identityURNs")).toArray())
            c.identityUrns << u.toString();
        c.fromCsr = o.value(str("fromCSR")).toBool();
        c.certificateType = o.value(str("certificateType")).toString();
        c.createdMs = o.value(str("createdMs")).toInteger();
        c.expiresMs = o.value(str("expiresMs")).toInteger();
        c.certificatePem = o.value(str("certificatePEM")).toString().toLatin1();
        if (!c.id.isEmpty())
            m_credentials.emplace(c.id, std::move(c));
    }
    m_kms.clear();
    m_nextKmsId = qMax<qint64>(1, root.value(str("nextKmsId")).toInteger(1));
    for (const QJsonValue &v : root.value(str("kms")).toArray()) {
        const QJsonObject o = v.toObject();
        Kms k;
        k.id = o.value(str("kmsId")).toInteger();
        k.serviceName = o.value(str("serviceName")).toString();
        k.ip = o.value(str("ip")).toString();
        k.sslThumbprint = o.value(str("sslThumbprint")).toString();
        k.description = o.value(str("description")).toString();
        k.state = o.value(str("state")).toString();
        m_nextKmsId = qMax(m_nextKmsId, k.id + 1);
        m_kms.emplace(k.id, std::move(k));
    }
}

} // namespace snc::sandbox
