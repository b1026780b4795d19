// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Base32.h"

namespace snc {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-';
}

// Writes into a buffer sized up front so no reallocation leaves a copy of a secret behind.
QByteArray encodeRaw(const QByteArray &data)
{
    QByteArray out((data.size() * 8 + 4) / 5, Qt::Uninitialized);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype pos = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out[pos++] = Alphabet[(buffer >> (bits - 5)) & 0x1f];
            bits -= 5;
        }
    }
    if (bits > 0)
        out[pos++] = Alphabet[(buffer << (5 - bits)) & 0x1f];
    buffer = 0;
    Q_ASSERT(pos == out.size());
    return out;
}

bool decodeRaw(const QByteArray &text, QByteArray &out)
{
    out = QByteArray(text.size() * 5 / 8 + 1, Qt::Uninitialized);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype pos = 0;
    qsizetype symbols = 0;
    bool padding = false;
    bool ok = true;
    for (const char c : text) {
        if (isSeparator(c))
            continue;
        if (c == '=') {
            padding = true;
            continue;
        }
        const int v = valueOf(c);
        if (v < 0 || padding) { // unknown character, or data after padding
            ok = false;
            break;
        }
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            out[pos++] = char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    // A final group of 8 symbols carries 5 bytes; 1, 3 or 6 leftover symbols cannot come from
    // any byte string (RFC 4648 §6). Non-zero leftover bits are ignored, as authenticator apps
    // do, so a hand-made secret of odd length still works.
    const qsizetype rest = symbols % 8;
    if (ok && (rest == 1 || rest == 3 || rest == 6))
        ok = false;
    buffer = 0;
    if (!ok) {
        wipe(out);
        out.clear();
        return false;
    }
    out.truncate(pos);
    return true;
}

} // namespace

QByteArray Base32::encode(const QByteArray &data)
{
    return encodeRaw(data);
}

SecretBytes Base32::encode(const SecretBytes &data)
{
    return SecretBytes(encodeRaw(data.expose()));
}

std::optional<QByteArray> Base32::decode(const QByteArray &text)
{
    QByteArray out;
    if (!decodeRaw(text, out))
        return std::nullopt;
    return out;
}

std::optional<SecretBytes> Base32::decode(const SecretBytes &text)
{
    QByteArray out;
    if (!decodeRaw(text.expose(), out))
        return std::nullopt;
    return SecretBytes(std::move(out));
}

SecretBytes Base32::grouped(const SecretBytes &text, int group)
{
    const QByteArray &in = text.expose();
    if (group <= 0 || in.isEmpty())
        return text.clone();
    QByteArray out(in.size() + (in.size() - 1) / group, Qt::Uninitialized);
    qsizetype pos = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (i > 0 && i % group == 0)
            out[pos++] = ' ';
        out[pos++] = in.at(i);
    }
    Q_ASSERT(pos == out.size());
    return SecretBytes(std::move(out));
}

} // namespace snc
