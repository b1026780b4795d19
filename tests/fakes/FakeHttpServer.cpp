// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeHttpServer.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace snc::test {

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_handler = [](const FakeRequest &) { return FakeResponse::json(404, "{}"); };
}

FakeHttpServer::~FakeHttpServer()
{
    // The sockets are children of m_server, which outlives m_buffers: silence them first.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

QList<FakeRequest> FakeHttpServer::requestsFor(const QByteArray &path) const
{
    QList<FakeRequest> out;
    for (const FakeRequest &r : m_requests) {
        if (r.path() == path)
            out.append(r);
    }
    return out;
}

void FakeHttpServer::clear()
{
    m_requests.clear();
    m_maxOutstanding = m_outstanding;
}

QByteArray FakeHttpServer::expectedSignature(const FakeRequest &r, const QByteArray &secret) const
{
    const QByteArray toSign = secret + '+' + r.header("X-Ovh-Consumer") + '+' + r.method + '+'
            + baseUrl().toEncoded() + r.target + '+' + r.body + '+' + r.header("X-Ovh-Timestamp");
    return "$1$" + QCryptographicHash::hash(toSign, QCryptographicHash::Sha1).toHex();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        FakeRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // body not complete yet
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        request.atMs = m_clock.elapsed();
        m_requests.append(request);
        m_maxOutstanding = std::max(m_maxOutstanding, ++m_outstanding);
        const FakeResponse response = m_handler(request);
        emit requestReceived();
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(response.delayMs, this, [this, guarded, response]() {
                if (guarded)
                    respond(guarded, response);
                else
                    --m_outstanding;
            });
        } else {
            respond(socket, response);
        }
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    switch (response.action) {
    case FakeResponse::Action::Hang:
        return; // stays outstanding for good
    case FakeResponse::Action::Drop:
        --m_outstanding;
        socket->abort();
        return;
    case FakeResponse::Action::Reply:
        break;
    }
    --m_outstanding;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
}

} // namespace snc::test
