// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace snc::crypto {

/**
 * @brief A PKCS#10 certificate signing request for `commonName`, signed with the private key
 * (SHA-256). Only the CSR leaves the machine; the key stays with the caller. Empty + `error`
 * on failure (unreadable key, empty or over-long name).
 */
QByteArray makeCertificateRequest(const SecretBytes &privateKeyPem, const QString &commonName,
                                  QString *error = nullptr);

/// True if the CSR's signature verifies with its own public key and that key is the public half
/// of `privateKeyPem`.
bool requestMatchesKey(const QByteArray &csrPem, const SecretBytes &privateKeyPem);

/// The CN of a CSR's subject, or empty.
QString requestCommonName(const QByteArray &csrPem);

} // namespace snc::crypto
