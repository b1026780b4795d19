// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCertificates.h"

#include "X509Builder.h"

#include <openssl/x509v3.h>

#include <ctime>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

using namespace x509;

namespace {

const QString kOrganisation = u"SecNumCloud Onboarding Wizard sandbox"_s;
constexpr qint64 kDay = 24 * 3600;

} // namespace

std::optional<SandboxPki> SandboxPki::generate(const QStringList &extraIpAddresses, QString *error,
                                               SandboxLeaf leaf)
{
    auto fail = [error](const char *what) -> std::optional<SandboxPki> {
        if (error)
            *error = opensslError(what);
        return std::nullopt;
    };
    PKeyPtr caKey = generateEcKey("P-256");
    PKeyPtr serverKey = generateEcKey("P-256");
    if (!caKey || !serverKey)
        return fail("EC key generation");

    // One hour back (clock skew) to 30 days ahead.
    const qint64 now = qint64(std::time(nullptr));
    X509Ptr ca = makeCertificate(caKey.get(), kOrganisation, u"snc-sandbox local CA"_s, nullptr,
                                 now - 3600, now + 30 * kDay);
    if (!ca)
        return fail("CA certificate");
    if (!addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return fail("CA signing");

    SandboxPki pki;
    QString commonName = u"localhost"_s;
    if (leaf == SandboxLeaf::WrongHost) {
        commonName = u"wrong-host.invalid"_s;
        pki.subjectAltNames = {u"DNS:wrong-host.invalid"_s};
    } else {
        pki.subjectAltNames = {u"DNS:localhost"_s, u"IP:127.0.0.1"_s, u"IP:::1"_s};
        for (const QString &ip : extraIpAddresses) {
            const QString san = u"IP:"_s + ip;
            if (!ip.isEmpty() && !pki.subjectAltNames.contains(san))
                pki.subjectAltNames.append(san);
        }
    }
    const bool expired = leaf == SandboxLeaf::Expired;
    X509Ptr server = makeCertificate(serverKey.get(), kOrganisation, commonName, ca.get(),
                                     expired ? now - 60 * kDay : now - 3600,
                                     expired ? now - kDay : now + 30 * kDay);
    if (!server)
        return fail("server certificate");
    if (!addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash")
        || !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || !addExtension(server.get(), ca.get(), NID_subject_alt_name,
                         pki.subjectAltNames.join(u',').toLatin1())
        || X509_sign(server.get(), caKey.get(), EVP_sha256()) <= 0)
        return fail("server certificate signing");

    pki.caCertificatePem = certToPem(ca.get());
    pki.serverCertificatePem = certToPem(server.get());
    pki.serverKeyPem = keyToPem(serverKey.get());
    if (pki.caCertificatePem.isEmpty() || pki.serverCertificatePem.isEmpty()
        || pki.serverKeyPem.isEmpty())
        return fail("PEM encoding");
    return pki;
}

} // namespace snc::sandbox
