// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCertificates.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

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

PKeyPtr generateEcKey()
{
    // EVP_PKEY_Q_keygen is the OpenSSL 3 one-call form of the EVP keygen API.
    return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool setName(X509_NAME *name, const char *cn)
{
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>(
                                              "SecNumCloud Onboarding Wizard sandbox"),
                                      -1, -1, 0)
            == 1
            && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                          reinterpret_cast<const unsigned char *>(cn), -1, -1, 0)
            == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

X509Ptr makeCertificate(EVP_PKEY *subjectKey, const char *cn, X509 *issuer)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return {};
    // 127-bit random serial: distinct certificates across restarts, so browsers never see two
    // different certificates with the same issuer and serial.
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return {};
    serialBytes[0] &= 0x7f;
    BnPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return {};
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600))
        return {};
    if (!setName(X509_get_subject_name(cert.get()), cn))
        return {};
    X509 *issuerCert = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return {};
    return cert;
}

QByteArray toPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

} // namespace

std::optional<SandboxPki> SandboxPki::generate(const QStringList &extraIpAddresses, QString *error)
{
    auto fail = [error](const char *what) -> std::optional<SandboxPki> {
        if (error)
            *error = opensslError(what);
        return std::nullopt;
    };
    PKeyPtr caKey = generateEcKey();
    PKeyPtr serverKey = generateEcKey();
    if (!caKey || !serverKey)
        return fail("EC key generation");

    X509Ptr ca = makeCertificate(caKey.get(), "snc-sandbox local CA", nullptr);
    if (!ca)
        return fail("CA certificate");
    if (!addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return fail("CA signing");

    SandboxPki pki;
    pki.subjectAltNames = {u"DNS:localhost"_s, u"IP:127.0.0.1"_s, u"IP:::1"_s};
    for (const QString &ip : extraIpAddresses) {
        const QString san = u"IP:"_s + ip;
        if (!ip.isEmpty() && !pki.subjectAltNames.contains(san))
            pki.subjectAltNames.append(san);
    }
    X509Ptr server = makeCertificate(serverKey.get(), "localhost", ca.get());
    if (!server)
        return fail("server certificate");
    if (!addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash")
        || !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || !addExtension(server.get(), ca.get(), NID_subject_alt_name,
                         pki.subjectAltNames.join(u',').toLatin1())
        || X509_sign(server.get(), caKey.get(), EVP_sha256()) <= 0)
        return fail("server certificate signing");

    pki.caCertificatePem = toPem(ca.get());
    pki.serverCertificatePem = toPem(server.get());
    pki.serverKeyPem = keyToPem(serverKey.get());
    if (pki.caCertificatePem.isEmpty() || pki.serverCertificatePem.isEmpty()
        || pki.serverKeyPem.isEmpty())
        return fail("PEM encoding");
    return pki;
}

} // namespace snc::sandbox
