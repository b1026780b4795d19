// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace snc::crypto {

// OpenSSL objects are owned by unique_ptrs with their free function, so every early return
// releases what was allocated (style.md: "OpenSSL objects in std::unique_ptr").
struct BioFree { void operator()(BIO *p) const { BIO_free_all(p); } };
struct PkeyFree { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };
struct PkeyCtxFree { void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); } };
struct X509Free { void operator()(X509 *p) const { X509_free(p); } };
struct X509ReqFree { void operator()(X509_REQ *p) const { X509_REQ_free(p); } };

using BioPtr = std::unique_ptr<BIO, BioFree>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using X509ReqPtr = std::unique_ptr<X509_REQ, X509ReqFree>;

/// A read-only memory BIO over `data` (which must outlive it).
BioPtr memoryBio(const QByteArray &data);
/// Everything written to a memory BIO, as bytes.
QByteArray bioContents(BIO *bio);
/// The oldest error on OpenSSL's error queue as text (and the queue cleared), for messages.
QString lastOpenSslError();
/// The first common name (CN) of a certificate's or a request's subject, as UTF-8 text; empty if
/// it has none or it cannot be read.
QString commonNameOf(const X509_NAME *name);

} // namespace snc::crypto
