// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OkmsCertificateAuthority.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSslServer;

namespace snc::sandbox {

/**
 * @brief One KMIP endpoint of the sandbox OKMS (`kmipEndpoint` for ECDSA, `kmipRsaEndpoint` for
 * RSA): a real QSslServer on 127.0.0.1 (any free port) presenting a server certificate for
 * `localhost` / `127.0.0.1` issued by its own CA (`publicCA`, `publicRsaCA`).
 *
 * Like OKMS's KMIP endpoint, it authenticates clients by certificate: a client must present one
 * issued by the OKMS credential CA, or the handshake is refused after the server has sent its
 * certificate. It speaks TLS 1.2 only, the version KMIP's profiles require (lib/sandbox/UNPUBLISHED.md):
 * there the refusal comes before the client's handshake ends, so a probe must read the
 * certificate during the handshake. It completes handshakes and ignores anything sent (no TTLV).
 * The certificate and key are kept by the OKMS module's state, so the thumbprint survives a
 * restart.
 */
class KmipListener
{
public:
    explicit KmipListener(OkmsKeyType keyType);
    ~KmipListener();
    KmipListener(const KmipListener &) = delete;
    KmipListener &operator=(const KmipListener &) = delete;

    OkmsKeyType keyType() const { return m_keyType; }
    /// Issues the server certificate from `serverCa` when there is none, then listens, accepting
    /// client certificates of `clientCaPem`. `*issued` tells whether a certificate was made (the
    /// state changed). False + reason.
    bool ensure(const OkmsCertificateAuthority &serverCa, const QByteArray &clientCaPem, QString *error,
                bool *issued = nullptr);
    /// 0 until ensure() succeeded.
    quint16 port() const;
    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray keyPem() const { return m_keyPem; }
    /// Restores a saved certificate and key (or forgets them with empty ones); stops listening.
    void setCertificate(const QByteArray &certificatePem, const QByteArray &keyPem);
    /// "AB:CD:…" SHA-1 of the certificate's DER (what vCenter and OVHcloud compare); empty before.
    QString sha1Thumbprint() const;

private:
    OkmsKeyType m_keyType;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    std::unique_ptr<QSslServer> m_server;
};

} // namespace snc::sandbox
