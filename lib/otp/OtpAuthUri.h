// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"
#include "otp/Totp.h"

#include <QString>

#include <optional>

namespace snc {

/**
 * @brief An `otpauth://totp/…` key URI (Google Authenticator "Key Uri Format"), built and parsed
 * the way peer-lessons §3 asks:
 *
 *   otpauth://totp/OVHcloud:admin%40pcc-192-0-2-1?secret=JBSWY3DPEHPK3PXP&issuer=OVHcloud
 *                 &algorithm=SHA1&digits=6&period=30
 *
 * - the secret is uppercase Base32 without padding or spaces;
 * - the issuer is both the label prefix and the `issuer=` parameter, identical;
 * - issuer and account must not contain `:`; the label and values are percent-encoded
 *   (RFC 3986: a space is `%20`, never `+`);
 * - algorithm, digits and period are written explicitly (apps that ignore them assume the same
 *   defaults). build() refuses anything but SHA1/6/30 unless `allowNonDefault`.
 *
 * parse() accepts `totp` URIs only: a label with or without issuer prefix, an `issuer=` that
 * must match the prefix when both exist, a secret in any Base32 spelling (lowercase, spaces,
 * padding), optional algorithm/digits/period. The whole URI is a secret: it is taken and
 * returned as SecretBytes and never goes through QUrl (whose copies cannot be wiped).
 */
struct OtpAuthUri
{
    QString issuer;
    QString account;
    SecretBytes secret; ///< raw key bytes (not Base32)
    TotpParameters parameters;

    /// "Issuer:account" as apps show it (account alone without issuer).
    QString label() const;

    /// The URI; empty with a reason in `error` when the fields cannot make a valid one.
    SecretBytes build(QString *error = nullptr, bool allowNonDefault = false) const;
    static std::optional<OtpAuthUri> parse(const SecretBytes &uri, QString *error = nullptr);

    /// The secret as uppercase Base32 without padding.
    SecretBytes base32Secret() const;
    /// The Base32 secret grouped by four ("ABCD EFGH …") for display.
    SecretBytes groupedSecret() const;
};

} // namespace snc
