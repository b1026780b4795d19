// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QString>

namespace snc {

/// HMAC hash of an OTP. Authenticator apps only reliably support SHA-1 (peer-lessons §3); the
/// others exist for the RFC 6238 test vectors and URIs that name them.
enum class OtpAlgorithm { Sha1, Sha256, Sha512 };

/// "SHA1", "SHA256", "SHA512" (otpauth `algorithm=` spelling).
QString otpAlgorithmName(OtpAlgorithm algorithm);
/// Case-insensitive; false for anything else.
bool parseOtpAlgorithm(const QString &name, OtpAlgorithm *algorithm);

struct TotpParameters
{
    OtpAlgorithm algorithm = OtpAlgorithm::Sha1;
    int digits = 6;      ///< 6..8
    int periodSecs = 30; ///< > 0
};

/**
 * @brief HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC via OpenSSL's EVP MAC API.
 *
 * Codes are SecretBytes of ASCII digits, left-padded with zeros. Keys are raw bytes (decode a
 * Base32 secret first). Comparisons are constant-time. Pure functions: time is passed in (take
 * it from an injected Clock), nothing is logged.
 */
class Totp
{
public:
    static constexpr int DefaultDigits = 6;
    static constexpr int DefaultPeriodSecs = 30;
    static constexpr int MinDigits = 6;
    static constexpr int MaxDigits = 8;

    /// RFC 4226 HOTP value for `counter`; empty on invalid digits or an OpenSSL failure.
    static SecretBytes hotp(const SecretBytes &key, quint64 counter, int digits = DefaultDigits,
                            OtpAlgorithm algorithm = OtpAlgorithm::Sha1);

    /// The time step counter T = floor(unixSecs / period) (0 before the epoch).
    static quint64 counterAt(qint64 unixSecs, int periodSecs = DefaultPeriodSecs);
    /// The TOTP code at `unixSecs`.
    static SecretBytes codeAt(const SecretBytes &key, qint64 unixSecs,
                              const TotpParameters &parameters = {});
    /// Seconds until the code at `unixSecs` changes (1..period).
    static int secondsRemaining(qint64 unixSecs, int periodSecs = DefaultPeriodSecs);

    struct Verification
    {
        bool matched = false;
        /// The step that matched, relative to the one at the given time: +1 means the code is
        /// the next step's (the phone's clock is ahead), −1 the previous one's (behind).
        int stepOffset = 0;
        bool ok() const { return matched; }
    };

    /**
     * Checks `code` (spaces ignored) at `unixSecs`, trying step offsets 0, −1, +1, −2, +2, …
     * up to ±`windowSteps` and reporting the first (smallest) offset that matches. A code of the
     * wrong length or with non-digits never matches. windowSteps 1 is what OVH accepts.
     */
    static Verification verify(const SecretBytes &key, const SecretBytes &code, qint64 unixSecs,
                               int windowSteps = 1, const TotpParameters &parameters = {});
    static Verification verify(const SecretBytes &key, const QString &code, qint64 unixSecs,
                               int windowSteps = 1, const TotpParameters &parameters = {});
};

} // namespace snc
