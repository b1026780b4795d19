// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>

#include <optional>

namespace snc {

/**
 * @brief Base32 (RFC 4648 §6, alphabet A–Z 2–7) as authenticator apps expect it.
 *
 * encode() writes uppercase without `=` padding (iOS Google Authenticator rejects `%3D`).
 * decode() is tolerant of what people paste: lowercase, spaces, tabs, dashes between groups and
 * trailing `=` padding; it refuses any other character, misplaced padding and impossible
 * lengths (1, 3 or 6 characters in the last group). The SecretBytes overloads keep secrets out
 * of unwiped buffers.
 */
class Base32
{
public:
    static QByteArray encode(const QByteArray &data);
    static SecretBytes encode(const SecretBytes &data);

    static std::optional<QByteArray> decode(const QByteArray &text);
    static std::optional<SecretBytes> decode(const SecretBytes &text);

    /// "ABCDEFGHIJ" → "ABCD EFGH IJ" (display and copy of a secret; groups of `group`).
    static SecretBytes grouped(const SecretBytes &text, int group = 4);
};

} // namespace snc
