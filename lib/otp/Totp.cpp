// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Totp.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>

namespace snc {

namespace {

const char *digestName(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return "SHA1";
    case OtpAlgorithm::Sha256:
        return "SHA256";
    case OtpAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA1";
}

constexpr quint32 Powers[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

// Keeps digits only after dropping spaces; any other character makes the code invalid.
QByteArray normalizedCode(const QByteArray &code)
{
    QByteArray out(code.size(), Qt::Uninitialized);
    qsizetype pos = 0;
    for (const char c : code) {
        if (c == ' ' || c == '\t')
            continue;
        if (c < '0' || c > '9') {
            wipe(out);
            return {};
        }
        out[pos++] = c;
    }
    out.truncate(pos);
    return out;
}

} // namespace

QString otpAlgorithmName(OtpAlgorithm algorithm)
{
    return QString::fromLatin1(digestName(algorithm));
}

bool parseOtpAlgorithm(const QString &name, OtpAlgorithm *algorithm)
{
    const QString n = name.trimmed().toUpper();
    OtpAlgorithm a;
    if (n == QLatin1String("SHA1"))
        a = OtpAlgorithm::Sha1;
    else if (n == QLatin1String("SHA256"))
        a = OtpAlgorithm::Sha256;
    else if (n == QLatin1String("SHA512"))
        a = OtpAlgorithm::Sha512;
    else
        return false;
    if (algorithm)
        *algorithm = a;
    return true;
}

SecretBytes Totp::hotp(const SecretBytes &key, quint64 counter, int digits, OtpAlgorithm algorithm)
{
    if (digits < MinDigits || digits > MaxDigits)
        return {};

    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[size_t(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }

    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    size_t macLength = 0;
    // EVP_Q_mac: one-shot HMAC through the provider API (no deprecated HMAC_CTX). An empty key
    // is passed as a valid pointer of length 0.
    static const unsigned char emptyKey = 0;
    const QByteArray &k = key.expose();
    const void *keyData = k.isEmpty() ? static_cast<const void *>(&emptyKey)
                                      : static_cast<const void *>(k.constData());
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digestName(algorithm), nullptr, keyData,
                   size_t(k.size()), message.data(), message.size(), mac.data(), mac.size(),
                   &macLength)
        || macLength < 20) {
        OPENSSL_cleanse(mac.data(), mac.size());
        return {};
    }

    // Dynamic truncation (RFC 4226 §5.3).
    const unsigned offset = mac[macLength - 1] & 0x0f;
    quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16)
            | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    OPENSSL_cleanse(mac.data(), mac.size());
    quint32 value = binary % Powers[digits];
    binary = 0;

    QByteArray code(digits, '0');
    for (int i = digits - 1; i >= 0; --i) {
        code[i] = char('0' + value % 10);
        value /= 10;
    }
    return SecretBytes(std::move(code));
}

quint64 Totp::counterAt(qint64 unixSecs, int periodSecs)
{
    if (unixSecs <= 0 || periodSecs <= 0)
        return 0;
    return quint64(unixSecs) / quint64(periodSecs);
}

SecretBytes Totp::codeAt(const SecretBytes &key, qint64 unixSecs, const TotpParameters &parameters)
{
    if (parameters.periodSecs <= 0)
        return {};
    return hotp(key, counterAt(unixSecs, parameters.periodSecs), parameters.digits,
                parameters.algorithm);
}

int Totp::secondsRemaining(qint64 unixSecs, int periodSecs)
{
    if (periodSecs <= 0)
        return 0;
    const qint64 into = unixSecs >= 0 ? unixSecs % periodSecs : 0;
    return int(periodSecs - into);
}

Totp::Verification Totp::verify(const SecretBytes &key, const SecretBytes &code, qint64 unixSecs,
                                int windowSteps, const TotpParameters &parameters)
{
    Verification result;
    QByteArray typed = normalizedCode(code.expose());
    const SecretBytes candidate(std::move(typed));
    if (candidate.size() != parameters.digits || parameters.periodSecs <= 0 || windowSteps < 0)
        return result;

    const quint64 now = counterAt(unixSecs, parameters.periodSecs);
    // Try every offset even after a match, so the time taken does not depend on which matched.
    for (int distance = 0; distance <= windowSteps; ++distance) {
        for (const int sign : {-1, 1}) {
            if (distance == 0 && sign == 1)
                continue;
            const int offset = sign * distance;
            if (offset < 0 && quint64(-offset) > now)
                continue;
            const SecretBytes expected =
                    hotp(key, now + qint64(offset), parameters.digits, parameters.algorithm);
            if (!result.matched && !expected.isEmpty() && expected == candidate) {
                result.matched = true;
                result.stepOffset = offset;
            }
        }
    }
    return result;
}

Totp::Verification Totp::verify(const SecretBytes &key, const QString &code, qint64 unixSecs,
                                int windowSteps, const TotpParameters &parameters)
{
    return verify(key, SecretBytes::fromString(code), unixSecs, windowSteps, parameters);
}

} // namespace snc
