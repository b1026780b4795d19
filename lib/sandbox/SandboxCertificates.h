// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace snc::sandbox {

/// Which server certificate the sandbox presents. Anything but Valid is for TLS-trust tests only:
/// the client must refuse the connection before it sends a byte of HTTP.
enum class SandboxLeaf {
    Valid,     ///< localhost + the loopback/listen addresses, valid now
    Expired,   ///< same names, but its validity ended a day ago
    WrongHost, ///< valid now, but only for DNS:wrong-host.invalid
};

/**
 * @brief The sandbox's throw-away PKI: a CA and a server certificate it signed.
 *
 * Both keys are EC P-256 (fast to generate, so start-up stays instant even in the GUI thread).
 * The server certificate is valid for DNS:localhost, IP:127.0.0.1, IP:::1 and any extra
 * addresses given (the --listen address). Validity: one hour back (clock skew) to 30 days ahead.
 * The PEM strings are the only output; the CA's private key is discarded once the server
 * certificate is signed, so nothing else can ever be issued under this CA.
 */
struct SandboxPki
{
    QByteArray caCertificatePem;
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;
    QStringList subjectAltNames; ///< "DNS:localhost", "IP:127.0.0.1", …

    /// Generates a fresh CA + server certificate with OpenSSL's EVP/X509 APIs.
    static std::optional<SandboxPki> generate(const QStringList &extraIpAddresses,
                                              QString *error,
                                              SandboxLeaf leaf = SandboxLeaf::Valid);
};

} // namespace snc::sandbox
