// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPair.h"

#include "OpenSslPtr.h"

#include <openssl/pem.h>

namespace snc::crypto {

namespace {

PkeyPtr readPrivateKey(const SecretBytes &pem)
{
    BioPtr bio = memoryBio(pem.expose());
    if (!bio)
        return {};
    // A null password callback with an empty password: an encrypted key fails instead of
    // prompting on a terminal.
    return PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char *>("")));
}

QByteArray publicPem(EVP_PKEY *key)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PUBKEY(out.get(), key) != 1)
        return {};
    return bioContents(out.get());
}

} // namespace

std::optional<KeyPair> generateKeyPair(KeyAlgorithm algorithm, QString *error)
{
    EVP_PKEY *raw = nullptr;
    switch (algorithm) {
    case KeyAlgorithm::EcP256:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyAlgorithm::Rsa3072:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072));
        break;
    case KeyAlgorithm::Rsa4096:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096));
        break;
    }
    PkeyPtr key(raw);
    if (!key) {
        if (error)
            *error = lastOpenSslError();
        return std::nullopt;
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        if (error)
            *error = lastOpenSslError();
        return std::nullopt;
    }
    KeyPair pair;
    pair.algorithm = algorithm;
    pair.privateKeyPem = SecretBytes(bioContents(out.get())); // the BIO's buffer is cleansed on free
    pair.publicKeyPem = publicPem(key.get());
    if (pair.publicKeyPem.isEmpty()) {
        if (error)
            *error = lastOpenSslError();
        return std::nullopt;
    }
    return pair;
}

QString algorithmId(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::EcP256:
        return QStringLiteral("ec-p256");
    case KeyAlgorithm::Rsa3072:
        return QStringLiteral("rsa-3072");
    case KeyAlgorithm::Rsa4096:
        return QStringLiteral("rsa-4096");
    }
    return {};
}

std::optional<KeyAlgorithm> algorithmFromId(const QString &id)
{
    for (auto a : {KeyAlgorithm::EcP256, KeyAlgorithm::Rsa3072, KeyAlgorithm::Rsa4096}) {
        if (algorithmId(a) == id)
            return a;
    }
    return std::nullopt;
}

bool isValidPrivateKey(const SecretBytes &privateKeyPem)
{
    return readPrivateKey(privateKeyPem) != nullptr;
}

QByteArray publicKeyOf(const SecretBytes &privateKeyPem)
{
    PkeyPtr key = readPrivateKey(privateKeyPem);
    return key ? publicPem(key.get()) : QByteArray();
}

} // namespace snc::crypto
