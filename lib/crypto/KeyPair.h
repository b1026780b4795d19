// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace snc::crypto {

/// The key types the wizard offers. EC P-256 is the default (small, fast, accepted by OKMS);
/// RSA on request for tools that still need it.
enum class KeyAlgorithm { EcP256, Rsa3072, Rsa4096 };

/// A freshly generated key pair, both halves PEM. The private key is PKCS#8, unencrypted, and
/// lives in SecretBytes from the moment it leaves OpenSSL.
struct KeyPair
{
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    SecretBytes privateKeyPem;
    QByteArray publicKeyPem;
};

/**
 * @brief Generates a key pair. CPU-bound (RSA 4096 takes seconds): call it off the GUI thread,
 * through KeyGenerationJob. Returns nullopt with `error` set on failure.
 */
std::optional<KeyPair> generateKeyPair(KeyAlgorithm algorithm, QString *error = nullptr);

/// Stable name for settings and logs: "ec-p256", "rsa-3072", "rsa-4096".
QString algorithmId(KeyAlgorithm algorithm);
std::optional<KeyAlgorithm> algorithmFromId(const QString &id);

/// True if `privateKeyPem` parses as a private key (any type OpenSSL reads).
bool isValidPrivateKey(const SecretBytes &privateKeyPem);

/// The public half of a private key, PEM (SubjectPublicKeyInfo); empty if it does not parse.
QByteArray publicKeyOf(const SecretBytes &privateKeyPem);

} // namespace snc::crypto
