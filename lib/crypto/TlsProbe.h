// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/CertificateInfo.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace snc::crypto {

/**
 * @brief Reads the certificate a TLS server presents (the KMS's KMIP endpoint, port 5696) the
 * way `openssl s_client -connect host:port -servername host` does, without blocking.
 *
 * Steps: resolve the host to an IPv4 address (asynchronous DNS), connect, TLS handshake with SNI
 * = host, record the peer's chain and any verification errors, close. Not a single byte of
 * application data is sent. Verification errors do not stop the probe — the purpose is to SHOW
 * the certificate and its thumbprint so the person can compare them — but they are reported
 * (Outcome::verified is false), and the caller decides what to trust. The API path never uses this class.
 *
 * The certificate is read DURING the handshake (OpenSSL's verify callback, as the server's
 * Certificate message is checked), not after it: a KMIP endpoint authenticates its clients by
 * certificate, and may refuse the handshake of a client that has none right after it has sent
 * its own (issue 17). Such a refusal still yields the certificate and its thumbprint
 * (Outcome::refusedAfterCertificate). The handshake is OpenSSL over memory BIOs fed by a
 * QTcpSocket, so it runs on the caller's event loop and never blocks it.
 */
class TlsProbe : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;               ///< a certificate was read
        QString host;
        quint16 port = 0;
        QHostAddress address;          ///< the IPv4 address connected to
        QList<CertificateInfo> chain;  ///< leaf first, as the server sent it
        QStringList verificationErrors;
        /// The chain verified against the CA certificates given (setCaCertificates()) and the
        /// certificate names the host probed: no verification error at all.
        bool verified = false;
        /// The server sent its certificate, then ended the handshake (it wants a client
        /// certificate, as a KMIP endpoint does). The certificate is still read.
        bool refusedAfterCertificate = false;
        QString error;                 ///< why it failed (technical, log-safe)
        enum class Failure { None, Dns, Connect, Handshake, Timeout, Canceled } failure = Failure::None;
    };

    explicit TlsProbe(QObject *parent = nullptr);
    ~TlsProbe() override;

    /// The only CA certificates the chain may verify against (the OKMS's publicCA): with any given,
    /// the system store is not used. None: the system store.
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Starts a probe; a running one is canceled first.
    void start(const QString &host, quint16 port);
    void cancel();
    bool isRunning() const { return m_running; }
    const Outcome &outcome() const { return m_outcome; }

signals:
    void finished(bool ok);

private:
    struct Handshake;
    void connectTo(const QHostAddress &address);
    /// Sets up OpenSSL once the TCP connection is up; false (and finished) when it cannot.
    bool beginHandshake();
    /// Feeds what arrived to OpenSSL, advances the handshake, sends what it produced.
    void driveHandshake(const QByteArray &received);
    void finish(Outcome::Failure failure, const QString &error);

    Outcome m_outcome;
    QList<QSslCertificate> m_caCertificates;
    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<Handshake> m_handshake;
    QTimer m_timeout;
    int m_lookupId = -1;
    int m_timeoutMs = 15000;
    bool m_running = false;
};

} // namespace snc::crypto
