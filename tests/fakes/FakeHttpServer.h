// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace snc::test {

/// One HTTP request as received on the socket.
struct FakeRequest
{
    QByteArray method;
    QByteArray target;                      ///< path + query, exactly as on the wire
    QHash<QByteArray, QByteArray> headers;  ///< names lower-cased
    QByteArray body;
    qint64 atMs = 0;                        ///< server steady time when complete

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

/// What to do with a request.
struct FakeResponse
{
    enum class Action { Reply, Hang, Drop };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    Action action = Action::Reply;

    static FakeResponse json(int status, const QByteArray &body) { return {status, body, {}, 0, Action::Reply}; }
    static FakeResponse hang() { return {0, {}, {}, 0, Action::Hang}; }
    static FakeResponse drop() { return {0, {}, {}, 0, Action::Drop}; }
};

/**
 * @brief A tiny HTTP/1.1 server on a real loopback socket for client integration tests (not the
 * sandbox: no OVH logic beyond what each test scripts in its handler). Keeps every request,
 * tracks how many were outstanding at once, and can delay, hang or drop an answer.
 */
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool listen();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<FakeRequest> requests() const { return m_requests; }
    QList<FakeRequest> requestsFor(const QByteArray &path) const;
    int maxConcurrent() const { return m_maxOutstanding; }
    void clear();

    /// The OVH signature of a received request, computed here independently of the client's
    /// signer: "$1$" + sha1(AS+CK+METHOD+baseUrl+target+BODY+TIMESTAMP).
    QByteArray expectedSignature(const FakeRequest &request, const QByteArray &secret) const;

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeRequest> m_requests;
    QElapsedTimer m_clock;
    int m_outstanding = 0;
    int m_maxOutstanding = 0;
};

} // namespace snc::test
