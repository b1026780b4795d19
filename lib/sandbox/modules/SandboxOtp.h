// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace snc::sandbox::otp {

/**
 * @brief The sandbox's own TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30 s), written independently of
 * the client's lib/otp so a bug on one side cannot hide on the other: HMAC through an
 * EVP_MAC context (the client uses the one-shot EVP_Q_mac), Base32 with its own table.
 *
 * Sandbox secrets are throw-away (they live in the state file), so plain QByteArray is fine.
 */

/// RFC 4226 HOTP value, 6 digits, zero-padded; empty on an OpenSSL failure.
QByteArray hotp(const QByteArray &key, quint64 counter);
/// The code at `unixSecs` (30-second steps).
QByteArray totpAt(const QByteArray &key, qint64 unixSecs);
/// True when `code` (6 digits, spaces ignored) is the code of a step within ±`window` of
/// `unixSecs`.
bool verifyTotp(const QByteArray &key, const QString &code, qint64 unixSecs, int window = 1);

/// RFC 4648 Base32, uppercase, no padding (what goes into the otpauth URI).
QByteArray base32(const QByteArray &bytes);
/// `count` random bytes from the system CSPRNG.
QByteArray randomBytes(int count);
/// `digits` random decimal digits from the system CSPRNG (codes and tokens).
QString randomDigits(int digits);

} // namespace snc::sandbox::otp
