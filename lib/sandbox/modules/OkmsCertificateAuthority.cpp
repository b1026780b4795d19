// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OkmsCertificateAuthority.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {

template <typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ReqPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    if (code)
        ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return u"%1 failed: %2"_s.arg(QLatin1String(what), QLatin1String(buf));
}

BioPtr readBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, int(len)) : QByteArray();
}

QByteArray certToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME *name, const QString &org, const QString &cn)
{
    const QByteArray o = org.toUtf8();
    const QByteArray c = cn.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(o.constData()), -1, -1, 0)
            == 1
            && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(c.constData()), -1, -1, 0)
            == 1;
}

/// A certificate shell: version 3, random serial, validity, subject, issuer name and key.
X509Ptr makeCertificate(EVP_PKEY *subjectKey, const QString &cn, X509 *issuer, OkmsValidity validity)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return {};
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return {};
    serialBytes[0] &= 0x7f;
    BnPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return {};
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(validity.notBeforeSecs))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(validity.notAfterSecs)))
        return {};
    if (!setName(X509_get_subject_name(cert.get()), u"OVHcloud KMS (sandbox)"_s, cn))
        return {};
    X509 *issuerCert = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return {};
    return cert;
}

PKeyPtr generateKey(OkmsKeyType type)
{
    if (type == OkmsKeyType::Rsa)
        return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072)));
    return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
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

bool OkmsCertificateAuthority::generate(qint64 nowSecs, QString *error)
{
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    if (!key) {
        if (error)
            *error = opensslError("CA key generation");
        return false;
    }
    const OkmsValidity validity{nowSecs - 3600, nowSecs + 10LL * 365 * 24 * 3600};
    X509Ptr ca = makeCertificate(key.get(), u"OKMS sandbox CA"_s, nullptr, validity);
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
        QString *error) const
{
    PKeyPtr key = generateKey(OkmsKeyType::Ecdsa);
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
