// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "X509Builder.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace snc::sandbox::x509 {

namespace {

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, int(len)) : QByteArray();
}

} // namespace

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    if (code)
        ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return u"%1 failed: %2"_s.arg(QLatin1String(what), QLatin1String(buf));
}

PKeyPtr generateEcKey(const char *curve)
{
    // EVP_PKEY_Q_keygen is the OpenSSL 3 one-call form of the EVP keygen API.
    return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
}

PKeyPtr generateRsaKey(size_t bits)
{
    return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", bits));
}

bool setName(X509_NAME *name, const QString &org, const QString &cn)
{
    const QByteArray o = org.toUtf8();
    const QByteArray c = cn.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(o.constData()), -1,
                                      -1, 0)
            == 1
            && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(c.constData()),
                                          -1, -1, 0)
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

X509Ptr makeCertificate(EVP_PKEY *subjectKey, const QString &org, const QString &cn, X509 *issuer,
                        qint64 notBeforeSecs, qint64 notAfterSecs)
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
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBeforeSecs))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfterSecs)))
        return {};
    if (!setName(X509_get_subject_name(cert.get()), org, cn))
        return {};
    X509 *issuerCert = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return {};
    return cert;
}

BioPtr readBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
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

} // namespace snc::sandbox::x509
