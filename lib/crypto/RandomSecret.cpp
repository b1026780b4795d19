// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RandomSecret.h"

#include <openssl/rand.h>

#include <cmath>

namespace snc::crypto {

SecretBytes randomString(int length, const QByteArray &alphabet)
{
    const int size = int(alphabet.size());
    if (length <= 0 || size < 2 || size > 256)
        return {};
    // The largest multiple of `size` below 256: bytes above it are drawn again, so that
    // `byte % size` is uniform.
    const int limit = 256 - (256 % size);
    QByteArray out;
    out.reserve(length);
    unsigned char buffer[64];
    while (out.size() < length) {
        if (RAND_bytes(buffer, sizeof buffer) != 1) {
            wipe(out);
            return {};
        }
        for (unsigned char byte : buffer) {
            if (byte < limit && out.size() < length)
                out.append(alphabet.at(byte % size));
        }
    }
    OPENSSL_cleanse(buffer, sizeof buffer);
    return SecretBytes(std::move(out));
}

double entropyBits(int length, int alphabetSize)
{
    return alphabetSize > 1 ? length * std::log2(double(alphabetSize)) : 0.0;
}

} // namespace snc::crypto
