// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>

namespace snc::crypto {

/// Letters and digits only: a pre-shared key made of these pastes into NSX, strongSwan's
/// swanctl.conf and a terminal without any quoting.
inline constexpr char kPskAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * @brief `length` characters drawn uniformly from `alphabet` with OpenSSL's CSPRNG (rejection
 * sampling, so no character is more likely than another). Empty on RNG failure.
 * 32 characters of the default alphabet carry about 190 bits.
 */
SecretBytes randomString(int length, const QByteArray &alphabet = QByteArray(kPskAlphabet));

/// Entropy in bits of a string of `length` characters drawn uniformly from `alphabetSize`.
double entropyBits(int length, int alphabetSize);

} // namespace snc::crypto
