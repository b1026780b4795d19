// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OkmsCertificateAuthority.h"

#include "sandbox/X509Builder.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

using namespace x509;

namespace {

/// A certificate shell under the OKMS CA's organisation (see x509::makeCertificate).
X509Ptr makeCertificate(EVP_PKEY *subjectKey, const QString &cn, X509 *issuer, OkmsValidity validity)
{
    return x509::makeCertificate(subjectKey, u"OVHcloud KMS (sandbox)"_s, cn, issuer,
                                 validity.notBeforeSecs, validity.notAfterSecs);
}

PKeyPtr generateKey(OkmsKeyType type)
{
    if (type == OkmsKeyType::Rsa)
        return generateRsaKey(3072);
    return generateEcKey("P-256");
}

} // namespace

struct OkmsCertificateAuthority::Impl
{
    PKeyPtr key;
    X509Ptr cert;

    std::optional<OkmsIssued> sign(EVP_PKEY *subjectKey, const QString &cn, OkmsValidity validity,
                                   bool server, const QStringList &dnsNames, QString *error) const
    {
        auto fail = [error](const char *what) -> std::optional<OkmsIssued> {
            if (error)
                *error = opensslError(what);
            return std::nullopt;
        };
        X509Ptr c = makeCertificate(subjectKey, cn, cert.get(), validity);
        if (!c)
            return fail("certificate");
        const bool rsa = EVP_PKEY_get_base_id(subjectKey) == EVP_PKEY_RSA;
        QByteArray usage = "critical,digitalSignature";
        if (rsa)
            usage += ",keyEncipherment";
        if (!addExtension(c.get(), cert.get(), NID_basic_constraints, "critical,CA:FALSE")
            || !addExtension(c.get(), cert.get(), NID_key_usage, usage)
            || !addExtension(c.get(), cert.get(), NID_ext_key_usage, server ? "serverAuth" : "clientAuth")
            || !addExtension(c.get(), cert.get(), NID_subject_key_identifier, "hash")
            || !addExtension(c.get(), cert.get(), NID_authority_key_identifier, "keyid:always"))
            return fail("certificate extensions");
        if (!dnsNames.isEmpty()) {
            QStringList sans;
            for (const QString &n : dnsNames)
                sans << (n.front().isDigit() ? u"IP:"_s : u"DNS:"_s) + n;
            if (!addExtension(c.get(), cert.get(), NID_subject_alt_name, sans.join(u',').toLatin1()))
                return fail("subjectAltName");
        }
        if (X509_sign(c.get(), key.get(), EVP_sha384()) <= 0)
            return fail("certificate signing");
        OkmsIssued issued;
        issued.certificatePem = certToPem(c.get());
        issued.keyType = rsa ? OkmsKeyType::Rsa : OkmsKeyType::Ecdsa;
        if (issued.certificatePem.isEmpty())
            return fail("PEM encoding");
        return issued;
    }
};

OkmsCertificateAuthority::OkmsCertificateAuthority() : d(std::make_unique<Impl>()) {}
OkmsCertificateAuthority::~OkmsCertificateAuthority() = default;

bool OkmsCertificateAuthority::generate(qint64 nowSecs, QString *error, OkmsKeyType keyType)
{
    // RSA 2048 (not 3072) for the sandbox's own CA and endpoint: made on the first OKMS request,
    // it must not keep that request waiting on a busy machine.
    PKeyPtr key = keyType == OkmsKeyType::Rsa ? generateRsaKey(2048) : generateEcKey("P-384");
    if (!key) {
        if (error)
            *error = opensslError("CA key generation");
        return false;
    }
    const OkmsValidity validity{nowSecs - 3600, nowSecs + 10LL * 365 * 24 * 3600};
    X509Ptr ca = makeCertificate(key.get(), keyType == OkmsKeyType::Rsa ? u"OKMS sandbox RSA CA"_s : u"OKMS sandbox CA"_s,
                                 nullptr, validity);
    if (!ca || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), key.get(), EVP_sha384()) <= 0) {
        if (error)
            *error = opensslError("CA certificate");
        return false;
    }
    d->key = std::move(key);
    d->cert = std::move(ca);
    return true;
}

bool OkmsCertificateAuthority::load(const QByteArray &keyPem, const QByteArray &certificatePem,
                                    QString *error)
{
    BioPtr kb = readBio(keyPem);
    BioPtr cb = readBio(certificatePem);
    PKeyPtr key(kb ? PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr) : nullptr);
    X509Ptr cert(cb ? PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || !cert || X509_check_private_key(cert.get(), key.get()) != 1) {
        if (error)
            *error = opensslError("loading the OKMS CA");
        return false;
    }
    d->key = std::move(key);
    d->cert = std::move(cert);
    return true;
}

bool OkmsCertificateAuthority::isValid() const
{
    return d->key && d->cert;
}

QByteArray OkmsCertificateAuthority::caCertificatePem() const
{
    return d->cert ? certToPem(d->cert.get()) : QByteArray();
}

QByteArray OkmsCertificateAuthority::caPrivateKeyPem() const
{
    return d->key ? keyToPem(d->key.get()) : QByteArray();
}

std::optional<OkmsIssued> OkmsCertificateAuthority::issueFromCsr(const QByteArray &csrPem,
                                                                 const QString &commonName,
                                                                 OkmsValidity validity,
                                                                 QString *error) const
{
    auto refuse = [error](const QString &why) -> std::optional<OkmsIssued> {
        ERR_clear_error();
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isValid())
        return refuse(u"the CA is not ready"_s);
    if (csrPem.count("-----BEGIN CERTIFICATE REQUEST-----") != 1)
        return refuse(u"csr must be one PEM CERTIFICATE REQUEST"_s);
    BioPtr bio = readBio(csrPem);
    ReqPtr req(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!req)
        return refuse(u"csr is not a valid PEM certificate request"_s);
    EVP_PKEY *pub = X509_REQ_get0_pubkey(req.get());
    if (!pub || X509_REQ_verify(req.get(), pub) != 1)
        return refuse(u"the csr signature does not verify"_s);
    const int type = EVP_PKEY_get_base_id(pub);
    const int bits = EVP_PKEY_get_bits(pub);
    if (type == EVP_PKEY_RSA) {
        if (bits < 2048)
            return refuse(u"RSA keys must have at least 2048 bits"_s);
    } else if (type == EVP_PKEY_EC) {
        if (bits != 256 && bits != 384 && bits != 521)
            return refuse(u"EC keys must be P-256, P-384 or P-521"_s);
    } else {
        return refuse(u"the csr key must be EC or RSA"_s);
    }
    return d->sign(pub, commonName, validity, false, {}, error);
}

std::optional<OkmsIssued> OkmsCertificateAuthority::issueWithNewKey(OkmsKeyType type,
                                                                    const QString &commonName,
                                                                    OkmsValidity validity,
                                                                    QString *error) const
{
    PKeyPtr key = generateKey(type);
    if (!key) {
        if (error)
            *error = opensslError("key generation");
        return std::nullopt;
    }
    auto issued = d->sign(key.get(), commonName, validity, false, {}, error);
    if (issued)
        issued->privateKeyPem = keyToPem(key.get());
    return issued;
}

std::optional<OkmsIssued> OkmsCertificateAuthority::issueServerCertificate(
        const QString &commonName, const QStringList &dnsNames, OkmsValidity validity,
        QString *error, OkmsKeyType keyType) const
{
    PKeyPtr key = keyType == OkmsKeyType::Rsa ? generateRsaKey(2048) : generateKey(keyType);
    if (!key) {
        if (error)
            *error = opensslError("key generation");
        return std::nullopt;
    }
    auto issued = d->sign(key.get(), commonName, validity, true, dnsNames, error);
    if (issued)
        issued->privateKeyPem = keyToPem(key.get());
    return issued;
}

} // namespace snc::sandbox
