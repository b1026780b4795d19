// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsProbe.h"

#include "core/Log.h"

#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslSocket>

namespace snc::crypto {

TlsProbe::TlsProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Outcome::Failure::Timeout,
               QStringLiteral("no answer from %1:%2 within %3 s").arg(m_outcome.host).arg(m_outcome.port).arg(m_timeoutMs / 1000));
    });
}

TlsProbe::~TlsProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket)
        m_socket->abort();
}

void TlsProbe::start(const QString &host, quint16 port)
{
    cancel();
    m_outcome = Outcome{};
    m_outcome.host = host;
    m_outcome.port = port;
    m_running = true;
    m_timeout.start(m_timeoutMs);
    QHostAddress literal;
    if (literal.setAddress(host)) {
        // Queued so that finished() is never emitted from inside start().
        QMetaObject::invokeMethod(this, [this, literal] { connectTo(literal); }, Qt::QueuedConnection);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (!m_running)
            return;
        for (const QHostAddress &address : info.addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                connectTo(address);
                return;
            }
        }
        finish(Outcome::Failure::Dns, info.error() != QHostInfo::NoError
                                          ? info.errorString()
                                          : QStringLiteral("%1 has no IPv4 address").arg(m_outcome.host));
    });
}

void TlsProbe::connectTo(const QHostAddress &address)
{
    if (!m_running)
        return;
    m_outcome.address = address;
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Given CAs replace the system store (setCaCertificates() also stops on-demand loading of the
    // system's roots): a certificate from any other CA, public or not, does not verify.
    if (!m_caCertificates.isEmpty())
        config.setCaCertificates(m_caCertificates);
    socket->setSslConfiguration(config);
    // Verify against the name the person typed (SNI + hostname check), although we connect to
    // the resolved address.
    socket->setPeerVerifyName(m_outcome.host);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_outcome.verificationErrors << e.errorString();
        // Only to finish the handshake and READ the certificate: nothing is sent on this socket
        // and it is closed right after (see the class comment).
        socket->ignoreSslErrors(errors);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        const auto chain = socket->peerCertificateChain();
        for (const QSslCertificate &c : chain) {
            if (auto info = CertificateInfo::fromDer(c.toDer()))
                m_outcome.chain << *info;
        }
        socket->disconnectFromHost();
        if (m_outcome.chain.isEmpty()) {
            finish(Outcome::Failure::Handshake, QStringLiteral("the server sent no certificate"));
        } else {
            m_outcome.verified = m_outcome.verificationErrors.isEmpty();
            finish(Outcome::Failure::None, {});
        }
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (!m_running)
            return;
        const bool handshake = error == QAbstractSocket::SslHandshakeFailedError
                               || error == QAbstractSocket::SslInternalError
                               || error == QAbstractSocket::SslInvalidUserDataError;
        finish(handshake ? Outcome::Failure::Handshake : Outcome::Failure::Connect, socket->errorString());
    });
    qCDebug(lcCrypto) << "TLS probe" << address.toString() << m_outcome.port;
    socket->connectToHostEncrypted(address.toString(), m_outcome.port, m_outcome.host);
}

void TlsProbe::cancel()
{
    if (!m_running)
        return;
    finish(Outcome::Failure::Canceled, QStringLiteral("canceled"));
}

void TlsProbe::finish(Outcome::Failure failure, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_outcome.failure = failure;
    m_outcome.error = error;
    m_outcome.ok = failure == Outcome::Failure::None;
    m_outcome.verified = m_outcome.ok && m_outcome.verified;
    emit finished(m_outcome.ok);
}

} // namespace snc::crypto
