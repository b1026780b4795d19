// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace snc::redaction {

/**
 * @brief Masks everything secret-shaped in a text meant for a log, a report or a support
 * summary: OVH signature, consumer-key and application-secret headers or JSON fields, passwords,
 * codes, tokens, PSKs, `secret=` in otpauth URIs, PEM private keys, bearer tokens, and every value
 * registered with `registerSecret()`. Pure apart from that registry; tested in tst_redaction.
 */
QString redact(const QString &text);

/// Registers a secret value (≥ 4 bytes) so that any later `redact()` masks it wherever it appears.
void registerSecret(const QByteArray &value);
/// Forgets all registered values (tests).
void clearRegisteredSecrets();

/// Installs a Qt message handler that passes every log line through `redact()`.
void installRedactingMessageHandler();

inline const QString &mask()
{
    static const QString m = QStringLiteral("<redacted>");
    return m;
}

} // namespace snc::redaction
