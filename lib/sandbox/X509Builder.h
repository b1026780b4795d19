// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

/**
 * @file
 * @brief X.509 building blocks shared by the sandbox's two certificate authorities: the TLS PKI
 * (SandboxPki) and the OKMS CA (OkmsCertificateAuthority). OpenSSL EVP/X509 APIs only; every
 * OpenSSL object is owned by a std::unique_ptr. Sandbox-internal: not part of the client.
 */
namespace snc::sandbox::x509 {

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

/// "<what> failed: <first queued OpenSSL error>"; clears OpenSSL's error queue.
QString opensslError(const char *what);

/// An EC key on a named curve ("P-256", "P-384").
PKeyPtr generateEcKey(const char *curve);
/// An RSA key of `bits` bits.
PKeyPtr generateRsaKey(size_t bits);

/// Adds O=<org>, CN=<cn> (UTF-8) to `name`.
bool setName(X509_NAME *name, const QString &org, const QString &cn);

/// Adds one v3 extension in OpenSSL's config syntax ("critical,CA:TRUE", "keyid:always", …).
bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value);

/**
 * A certificate shell, not yet signed: version 3, a 127-bit random serial (distinct certificates
 * across restarts, so no client ever sees two certificates with the same issuer and serial),
 * validity [notBeforeSecs, notAfterSecs] (seconds since the epoch), subject O=<org>, CN=<cn>,
 * issuer name from `issuer` (or itself when null: self-signed) and the subject's public key.
 */
X509Ptr makeCertificate(EVP_PKEY *subjectKey, const QString &org, const QString &cn, X509 *issuer,
                        qint64 notBeforeSecs, qint64 notAfterSecs);

/// A read-only memory BIO over `data` (which must outlive it).
BioPtr readBio(const QByteArray &data);
QByteArray certToPem(X509 *cert);
/// Unencrypted PKCS#8 PEM.
QByteArray keyToPem(EVP_PKEY *key);

} // namespace snc::sandbox::x509
