// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsProbe.h"

#include "core/Log.h"
#include "crypto/OpenSslPtr.h"

#include <QHostInfo>
#include <QSslError>
#include <QTcpSocket>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace snc::crypto {

namespace {

struct SslCtxFree { void operator()(SSL_CTX *p) const { SSL_CTX_free(p); } };
struct SslFree { void operator()(SSL *p) const { SSL_free(p); } };

/// The person reads these: Qt's own (translated) wording where Qt has one, OpenSSL's otherwise.
QString verifyErrorText(int code)
{
    switch (code) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT: return QSslError(QSslError::UnableToGetIssuerCertificate).errorString();
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: return QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString();
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: return QSslError(QSslError::UnableToVerifyFirstCertificate).errorString();
    case X509_V_ERR_CERT_SIGNATURE_FAILURE: return QSslError(QSslError::CertificateSignatureFailed).errorString();
    case X509_V_ERR_CERT_NOT_YET_VALID: return QSslError(QSslError::CertificateNotYetValid).errorString();
    case X509_V_ERR_CERT_HAS_EXPIRED: return QSslError(QSslError::CertificateExpired).errorString();
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: return QSslError(QSslError::SelfSignedCertificate).errorString();
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN: return QSslError(QSslError::SelfSignedCertificateInChain).errorString();
    case X509_V_ERR_CERT_REVOKED: return QSslError(QSslError::CertificateRevoked).errorString();
    case X509_V_ERR_INVALID_CA: return QSslError(QSslError::InvalidCaCertificate).errorString();
    case X509_V_ERR_PATH_LENGTH_EXCEEDED: return QSslError(QSslError::PathLengthExceeded).errorString();
    case X509_V_ERR_INVALID_PURPOSE: return QSslError(QSslError::InvalidPurpose).errorString();
    case X509_V_ERR_CERT_UNTRUSTED: return QSslError(QSslError::CertificateUntrusted).errorString();
    case X509_V_ERR_CERT_REJECTED: return QSslError(QSslError::CertificateRejected).errorString();
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH: return QSslError(QSslError::HostNameMismatch).errorString();
    default: return QString::fromLatin1(X509_verify_cert_error_string(code));
    }
}

QByteArray derOf(X509 *cert)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

/// Takes out everything OpenSSL wrote to a memory BIO (the BIO is empty afterwards).
QByteArray drain(BIO *bio)
{
    QByteArray out;
    char buffer[4096];
    for (int n; (n = BIO_read(bio, buffer, int(sizeof buffer))) > 0;)
        out.append(buffer, n);
    return out;
}

} // namespace

/// OpenSSL's side of one probe: its context, the connection over two memory BIOs, and what the
/// verify callback saw.
struct TlsProbe::Handshake
{
    std::unique_ptr<SSL_CTX, SslCtxFree> ctx;
    std::unique_ptr<SSL, SslFree> ssl;
    BIO *toOpenSsl = nullptr;   ///< owned by ssl: bytes received from the server
    BIO *fromOpenSsl = nullptr; ///< owned by ssl: bytes to send to the server
    QList<QByteArray> chain;    ///< DER, leaf first, as the server sent it
    QList<int> errorCodes;      ///< X509_V_ERR_*, each once

    /// Runs for each certificate of the chain as OpenSSL checks the server's Certificate message,
    /// i.e. before the server can ask for (and refuse the lack of) a client certificate.
    static int verifyCallback(int ok, X509_STORE_CTX *store)
    {
        auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        auto *self = ssl ? static_cast<Handshake *>(SSL_get_app_data(ssl)) : nullptr;
        if (!self)
            return ok;
        if (self->chain.isEmpty()) {
            // What the server sent (leaf first); the leaf alone when it sent nothing else.
            if (STACK_OF(X509) *sent = X509_STORE_CTX_get0_untrusted(store); sent && sk_X509_num(sent) > 0) {
                for (int i = 0; i < sk_X509_num(sent); ++i)
                    self->chain << derOf(sk_X509_value(sent, i));
            } else if (X509 *leaf = X509_STORE_CTX_get0_cert(store)) {
                self->chain << derOf(leaf);
            }
        }
        if (!ok) {
            const int code = X509_STORE_CTX_get_error(store);
            if (!self->errorCodes.contains(code))
                self->errorCodes << code;
        }
        // Only to finish reading the certificate: nothing is ever sent on this connection, and the
        // caller decides what to trust from verificationErrors.
        return 1;
    }
};

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
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this] {
        if (beginHandshake())
            driveHandshake({});
    });
    connect(socket, &QIODevice::readyRead, this, [this, socket] { driveHandshake(socket->readAll()); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (!m_running)
            return;
        // Closed by the server in the middle of the handshake: what it sent before counts.
        if (m_handshake && !m_handshake->chain.isEmpty()) {
            driveHandshake(socket->readAll());
            if (m_running) {
                m_outcome.refusedAfterCertificate = true;
                finish(Outcome::Failure::None, {});
            }
            return;
        }
        finish(m_handshake ? Outcome::Failure::Handshake : Outcome::Failure::Connect, socket->errorString());
    });
    qCDebug(lcCrypto) << "TLS probe" << address.toString() << m_outcome.port;
    socket->connectToHost(address, m_outcome.port);
}

bool TlsProbe::beginHandshake()
{
    auto h = std::make_unique<Handshake>();
    h->ctx.reset(SSL_CTX_new(TLS_client_method()));
    bool ok = h->ctx && SSL_CTX_set_min_proto_version(h->ctx.get(), TLS1_2_VERSION) == 1;
    if (ok) {
        // Given CAs replace the system store: a certificate from any other CA, public or not,
        // does not verify.
        X509_STORE *store = SSL_CTX_get_cert_store(h->ctx.get());
        if (m_caCertificates.isEmpty()) {
            ok = SSL_CTX_set_default_verify_paths(h->ctx.get()) == 1;
        } else {
            for (const QSslCertificate &ca : std::as_const(m_caCertificates)) {
                const QByteArray der = ca.toDer();
                const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
                X509Ptr x(d2i_X509(nullptr, &p, der.size()));
                ok = ok && x && X509_STORE_add_cert(store, x.get()) == 1;
            }
        }
        SSL_CTX_set_verify(h->ctx.get(), SSL_VERIFY_PEER, &Handshake::verifyCallback);
    }
    if (ok)
        h->ssl.reset(SSL_new(h->ctx.get()));
    ok = ok && h->ssl;
    if (ok) {
        // Verify against the name the person typed (SNI + host name check), although we connect
        // to the resolved address.
        X509_VERIFY_PARAM *param = SSL_get0_param(h->ssl.get());
        const QByteArray host = m_outcome.host.toUtf8();
        if (QHostAddress(m_outcome.host).isNull()) {
            ok = SSL_set_tlsext_host_name(h->ssl.get(), host.constData()) == 1
                 && X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size())) == 1;
        } else {
            ok = X509_VERIFY_PARAM_set1_ip_asc(param, host.constData()) == 1;
        }
    }
    if (ok) {
        h->toOpenSsl = BIO_new(BIO_s_mem());
        h->fromOpenSsl = BIO_new(BIO_s_mem());
        ok = h->toOpenSsl && h->fromOpenSsl;
        if (ok) {
            SSL_set_bio(h->ssl.get(), h->toOpenSsl, h->fromOpenSsl); // the SSL owns both from here
        } else {
            BIO_free(h->toOpenSsl);
            BIO_free(h->fromOpenSsl);
        }
    }
    if (!ok) {
        finish(Outcome::Failure::Handshake, u"cannot set up TLS: "_s + lastOpenSslError());
        return false;
    }
    SSL_set_app_data(h->ssl.get(), h.get());
    SSL_set_connect_state(h->ssl.get());
    m_handshake = std::move(h);
    return true;
}

void TlsProbe::driveHandshake(const QByteArray &received)
{
    if (!m_running || !m_handshake || !m_socket)
        return;
    Handshake &h = *m_handshake;
    if (!received.isEmpty())
        BIO_write(h.toOpenSsl, received.constData(), int(received.size()));
    ERR_clear_error();
    const int result = SSL_do_handshake(h.ssl.get());
    const int sslError = result == 1 ? SSL_ERROR_NONE : SSL_get_error(h.ssl.get(), result);
    const QByteArray out = drain(h.fromOpenSsl);
    if (!out.isEmpty() && sslError != SSL_ERROR_SSL) // handshake records only, never data
        m_socket->write(out);
    if (sslError == SSL_ERROR_WANT_READ || sslError == SSL_ERROR_WANT_WRITE)
        return; // more from the server first
    const bool completed = result == 1;
    if (!h.chain.isEmpty()) {
        // Completed, or refused after the server sent its certificate (it wants a client
        // certificate): either way the certificate was read and checked.
        m_outcome.refusedAfterCertificate = !completed;
        finish(Outcome::Failure::None, {});
        return;
    }
    finish(Outcome::Failure::Handshake,
           completed ? u"the server sent no certificate"_s : u"TLS handshake failed: "_s + lastOpenSslError());
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
    if (m_handshake) {
        for (const QByteArray &der : std::as_const(m_handshake->chain)) {
            if (auto info = CertificateInfo::fromDer(der))
                m_outcome.chain << *info;
        }
        for (int code : std::as_const(m_handshake->errorCodes))
            m_outcome.verificationErrors << verifyErrorText(code);
        m_handshake.reset();
    }
    if (failure == Outcome::Failure::None && m_outcome.chain.isEmpty()) {
        failure = Outcome::Failure::Handshake;
        m_outcome.error = u"the server sent no certificate"_s;
    }
    m_outcome.failure = failure;
    if (failure != Outcome::Failure::None)
        m_outcome.error = error.isEmpty() ? m_outcome.error : error;
    m_outcome.ok = failure == Outcome::Failure::None;
    m_outcome.verified = m_outcome.ok && m_outcome.verificationErrors.isEmpty();
    if (m_outcome.refusedAfterCertificate && m_outcome.ok)
        qCDebug(lcCrypto) << "TLS probe: the server ended the handshake after its certificate (client certificate required?)";
    emit finished(m_outcome.ok);
}

} // namespace snc::crypto
