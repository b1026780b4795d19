// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateRequest.h"

#include "OpenSslPtr.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace snc::crypto {

namespace {

PkeyPtr readKey(const SecretBytes &pem)
{
    BioPtr bio = memoryBio(pem.expose());
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char *>(""))
                       : nullptr);
}

X509ReqPtr readRequest(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    return X509ReqPtr(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QByteArray makeCertificateRequest(const SecretBytes &privateKeyPem, const QString &commonName,
                                  QString *error)
{
    const QByteArray cn = commonName.trimmed().toUtf8();
    // X.520 caps a common name at 64 characters.
    if (cn.isEmpty() || commonName.trimmed().size() > 64) {
        fail(error, QStringLiteral("the common name must have 1 to 64 characters"));
        return {};
    }
    PkeyPtr key = readKey(privateKeyPem);
    if (!key) {
        fail(error, QStringLiteral("the private key cannot be read: %1").arg(lastOpenSslError()));
        return {};
    }
    X509ReqPtr request(X509_REQ_new());
    X509_NAME *name = request ? X509_REQ_get_subject_name(request.get()) : nullptr;
    if (!request || X509_REQ_set_version(request.get(), 0) != 1 || !name
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(cn.constData()),
                                      int(cn.size()), -1, 0) != 1
        || X509_REQ_set_pubkey(request.get(), key.get()) != 1
        || X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0) {
        fail(error, lastOpenSslError());
        return {};
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509_REQ(out.get(), request.get()) != 1) {
        fail(error, lastOpenSslError());
        return {};
    }
    return bioContents(out.get());
}

bool requestMatchesKey(const QByteArray &csrPem, const SecretBytes &privateKeyPem)
{
    X509ReqPtr request = readRequest(csrPem);
    PkeyPtr key = readKey(privateKeyPem);
    if (!request || !key)
        return false;
    EVP_PKEY *requestKey = X509_REQ_get0_pubkey(request.get());
    return requestKey && X509_REQ_verify(request.get(), requestKey) == 1
           && EVP_PKEY_eq(requestKey, key.get()) == 1;
}

QString requestCommonName(const QByteArray &csrPem)
{
    X509ReqPtr request = readRequest(csrPem);
    if (!request)
        return {};
    return commonNameOf(X509_REQ_get_subject_name(request.get()));
}

} // namespace snc::crypto
