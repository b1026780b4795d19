// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxOtp.h"

#include <QRandomGenerator>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace snc::sandbox::otp {

namespace {

struct MacFree
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};
struct MacCtxFree
{
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};

QByteArray hmacSha1(const QByteArray &key, const QByteArray &message)
{
    std::unique_ptr<EVP_MAC, MacFree> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return {};
    std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx)
        return {};
    char digest[] = "SHA1";
    const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end(),
    };
    static const unsigned char empty = 0;
    const auto *keyData = key.isEmpty() ? &empty
                                        : reinterpret_cast<const unsigned char *>(key.constData());
    if (EVP_MAC_init(ctx.get(), keyData, size_t(key.size()), params) != 1)
        return {};
    if (EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size()))
        != 1)
        return {};
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length,
                      size_t(out.size()))
        != 1)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

} // namespace

QByteArray hotp(const QByteArray &key, quint64 counter)
{
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i, counter >>= 8)
        message[i] = char(counter & 0xff);
    const QByteArray h = hmacSha1(key, message);
    if (h.size() != 20)
        return {};
    const int offset = h.at(19) & 0x0f;
    const quint32 value = ((quint32(quint8(h.at(offset))) & 0x7f) << 24)
            | (quint32(quint8(h.at(offset + 1))) << 16) | (quint32(quint8(h.at(offset + 2))) << 8)
            | quint32(quint8(h.at(offset + 3)));
    return QByteArray::number(value % 1000000).rightJustified(6, '0');
}

QByteArray totpAt(const QByteArray &key, qint64 unixSecs)
{
    return hotp(key, unixSecs > 0 ? quint64(unixSecs / 30) : 0);
}

bool verifyTotp(const QByteArray &key, const QString &code, qint64 unixSecs, int window)
{
    QString typed = code;
    typed.remove(QLatin1Char(' '));
    if (typed.size() != 6)
        return false;
    for (const QChar c : typed) {
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    }
    const QByteArray candidate = typed.toLatin1();
    const qint64 step = unixSecs > 0 ? unixSecs / 30 : 0;
    bool matched = false;
    for (qint64 s = step - window; s <= step + window; ++s) {
        if (s < 0)
            continue;
        const QByteArray expected = hotp(key, quint64(s));
        if (expected.size() == 6 && CRYPTO_memcmp(expected.constData(), candidate.constData(), 6) == 0)
            matched = true;
    }
    return matched;
}

QByteArray base32(const QByteArray &bytes)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    // Five bytes make eight symbols; handle the input 40 bits at a time.
    for (qsizetype i = 0; i < bytes.size(); i += 5) {
        quint64 chunk = 0;
        const qsizetype n = qMin<qsizetype>(5, bytes.size() - i);
        for (qsizetype j = 0; j < 5; ++j)
            chunk = (chunk << 8) | (j < n ? quint8(bytes.at(i + j)) : 0u);
        const int symbols = int((n * 8 + 4) / 5);
        for (int k = 0; k < symbols; ++k)
            out.append(table[(chunk >> (35 - 5 * k)) & 0x1f]);
    }
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = char(QRandomGenerator::system()->bounded(256));
    return out;
}

QString randomDigits(int digits)
{
    QString out;
    out.reserve(digits);
    for (int i = 0; i < digits; ++i)
        out.append(QChar(char16_t(u'0' + QRandomGenerator::system()->bounded(10))));
    return out;
}

} // namespace snc::sandbox::otp
