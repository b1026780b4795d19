// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace snc::sandbox {

/// Key algorithm of a certificate the OKMS CA issues with a key it generates itself.
enum class OkmsKeyType { Ecdsa, Rsa };

/// What the CA hands out: a certificate, and the private key when the CA generated it.
struct OkmsIssued
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;  ///< empty for a certificate issued from a CSR
    OkmsKeyType keyType = OkmsKeyType::Ecdsa;
};

/// Validity window of an issued certificate, in seconds since the epoch.
struct OkmsValidity
{
    qint64 notBeforeSecs = 0;
    qint64 notAfterSecs = 0;
};

/**
 * @brief The sandbox OKMS's own certificate authority: it issues the access certificates of OKMS
 * credentials (from a CSR's public key, or from a key pair it generates) and the KMIP listener's
 * server certificate.
 *
 * Unlike the sandbox's TLS PKI (SandboxPki), this CA keeps its private key: it is saved with the
 * sandbox state (PEM, via caPrivateKeyPem()) so a restarted sandbox issues under the same CA and
 * the KMIP certificate keeps its thumbprint. OpenSSL EVP/X509 APIs only; every OpenSSL object is
 * owned by a std::unique_ptr. Not thread-safe; cheap to copy around by pointer only.
 */
class OkmsCertificateAuthority
{
public:
    OkmsCertificateAuthority();
    ~OkmsCertificateAuthority();
    OkmsCertificateAuthority(const OkmsCertificateAuthority &) = delete;
    OkmsCertificateAuthority &operator=(const OkmsCertificateAuthority &) = delete;

    /// Creates a fresh CA (EC P-384 key, or RSA 2048 for the RSA endpoint's CA, `publicRsaCA`;
    /// self-signed, 10 years back-dated by one hour).
    bool generate(qint64 nowSecs, QString *error, OkmsKeyType keyType = OkmsKeyType::Ecdsa);
    /// Restores a CA saved with caPrivateKeyPem()/caCertificatePem(); false if they do not match.
    bool load(const QByteArray &keyPem, const QByteArray &certificatePem, QString *error);
    bool isValid() const;

    QByteArray caCertificatePem() const;
    /// The CA's private key, PEM: only for the sandbox state file (mode 0600).
    QByteArray caPrivateKeyPem() const;

    /**
     * Issues a client certificate for the public key of `csrPem`. The CSR must be a single PEM
     * "CERTIFICATE REQUEST" whose self-signature verifies, with an EC (P-256/P-384/P-521) or RSA
     * (>= 2048 bits) key. The subject is the CA's choice (`commonName`), as OKMS does.
     */
    std::optional<OkmsIssued> issueFromCsr(const QByteArray &csrPem, const QString &commonName,
                                           OkmsValidity validity, QString *error) const;
    /// Generates a key pair (EC P-256 or RSA 3072) and issues a client certificate for it.
    std::optional<OkmsIssued> issueWithNewKey(OkmsKeyType type, const QString &commonName,
                                              OkmsValidity validity, QString *error) const;
    /// Generates an EC P-256 (or RSA 2048) key and issues a TLS server certificate (SAN =
    /// `dnsNames`; entries starting with a digit are IP addresses).
    std::optional<OkmsIssued> issueServerCertificate(const QString &commonName,
                                                     const QStringList &dnsNames,
                                                     OkmsValidity validity, QString *error,
                                                     OkmsKeyType keyType = OkmsKeyType::Ecdsa) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace snc::sandbox
