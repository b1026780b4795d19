// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace snc::crypto {

/// What the wizard shows about a certificate (the KMS's, an issued credential's), read once.
struct CertificateInfo
{
    QString subject;            ///< "CN=…, O=…" (RFC 2253-like, most significant last as OpenSSL prints)
    QString issuer;
    QString commonName;
    QStringList subjectAltNames;
    QDateTime notBefore;        ///< UTC
    QDateTime notAfter;         ///< UTC
    QString serialNumber;       ///< hex
    QString sha1Thumbprint;     ///< "AB:CD:…", uppercase, over the DER encoding (what vCenter and OVH expect)
    QString sha256Fingerprint;  ///< same form, SHA-256
    QByteArray der;
    QByteArray pem;

    bool isValidAt(const QDateTime &when) const { return when >= notBefore && when <= notAfter; }

    static std::optional<CertificateInfo> fromPem(const QByteArray &pem);
    static std::optional<CertificateInfo> fromDer(const QByteArray &der);
    /// Every certificate in a PEM bundle, in order.
    static QList<CertificateInfo> listFromPem(const QByteArray &pem);
};

/// "AB:CD:…" from raw digest bytes.
QString colonHex(const QByteArray &digest);

/// Normalises a thumbprint typed or pasted by a person ("ab cd…", "abcd…", "AB:CD:…") to the
/// colon form; empty if it is not 20 bytes of hex (SHA-1).
QString normalizeSha1Thumbprint(const QString &text);

/// True if the certificate's public key is the public half of the private key.
bool certificateMatchesKey(const QByteArray &certificatePem, const SecretBytes &privateKeyPem);

} // namespace snc::crypto
