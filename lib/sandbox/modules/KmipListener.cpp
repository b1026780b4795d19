// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KmipListener.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

KmipListener::KmipListener(OkmsKeyType keyType) : m_keyType(keyType) {}

KmipListener::~KmipListener() = default;

void KmipListener::setCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    m_server.reset();
    m_certificatePem = certificatePem;
    m_keyPem = keyPem;
}

bool KmipListener::ensure(const OkmsCertificateAuthority &serverCa, const QByteArray &clientCaPem, QString *error,
                          bool *issued)
{
    if (issued)
        *issued = false;
    if (m_server && m_server->isListening())
        return true;
    if (m_certificatePem.isEmpty()) {
        // Certificates are checked by real TLS stacks against the real clock, not sandbox time.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto made = serverCa.issueServerCertificate(u"eu-west-rbx.okms.ovh.net (sandbox)"_s,
                                                          {u"localhost"_s, u"127.0.0.1"_s},
                                                          {now - 3600, now + 365LL * 24 * 3600}, error, m_keyType);
        if (!made)
            return false;
        m_certificatePem = made->certificatePem;
        m_keyPem = made->privateKeyPem;
        if (issued)
            *issued = true;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain({QSslCertificate(m_certificatePem, QSsl::Pem),
                                  QSslCertificate(serverCa.caCertificatePem(), QSsl::Pem)});
    ssl.setPrivateKey(QSslKey(m_keyPem, m_keyType == OkmsKeyType::Rsa ? QSsl::Rsa : QSsl::Ec, QSsl::Pem));
    ssl.setProtocol(QSsl::TlsV1_2);
    // A client certificate of the OKMS, or no handshake: as the real KMIP endpoint.
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setCaCertificates(QSslCertificate::fromData(clientCaPem, QSsl::Pem));
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(ssl);
    QSslServer *server = m_server.get();
    QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [server] {
        // A KMIP client would now speak TTLV; the sandbox only proves who it is (the handshake)
        // and discards what it receives.
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = u"cannot listen for KMIP: %1"_s.arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    return true;
}

quint16 KmipListener::port() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

QString KmipListener::sha1Thumbprint() const
{
    const QSslCertificate cert(m_certificatePem, QSsl::Pem);
    if (cert.isNull())
        return {};
    const QByteArray hex = cert.digest(QCryptographicHash::Sha1).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

} // namespace snc::sandbox
