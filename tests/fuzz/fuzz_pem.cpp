// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PEM and DER inputs the user can give the wizard (certificates of a KMS or a
// KMIP listener, private keys of an access certificate).
#include "core/SecretBytes.h"
#include "crypto/CertificateInfo.h"
#include "crypto/KeyPair.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    for (const auto &info : {snc::crypto::CertificateInfo::fromPem(bytes),
                             snc::crypto::CertificateInfo::fromDer(bytes)}) {
        if (!info)
            continue;
        // What the wizard shows for confirmation must describe the same DER it read.
        const auto again = snc::crypto::CertificateInfo::fromDer(info->der);
        if (!again || again->sha256Fingerprint != info->sha256Fingerprint)
            std::abort();
        (void)info->isValidAt(info->notBefore);
        (void)snc::crypto::certificateMatchesKey(info->pem, snc::SecretBytes(QByteArray(bytes)));
    }
    (void)snc::crypto::normalizeSha1Thumbprint(QString::fromUtf8(bytes));
    (void)snc::crypto::CertificateInfo::listFromPem(bytes);
    const snc::SecretBytes key{QByteArray(bytes)};
    if (snc::crypto::isValidPrivateKey(key))
        (void)snc::crypto::publicKeyOf(key);
    return 0;
}
