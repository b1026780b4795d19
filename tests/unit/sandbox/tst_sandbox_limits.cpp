// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 9 (in part): the sandbox bounds what one local client can make it hold: a body
// above SandboxOptions::maxBodyBytes is answered 413 without being handled, and a request on a
// connection beyond SandboxOptions::maxConnections closes that connection.
#include "SandboxTestHelpers.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/modules/StandardModules.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace snc::sandbox;
using namespace snc::test;

namespace {

/// One HTTP/1.1 GET on a raw, kept-alive connection: the status line, or empty if closed. The
/// server runs in this thread: waits spin the event loop (QTest::qWait), never block it.
QByteArray getOn(QTcpSocket &socket, const QUrl &base)
{
    QElapsedTimer t;
    t.start();
    if (socket.state() == QAbstractSocket::UnconnectedState)
        socket.connectToHost(base.host(), quint16(base.port()));
    while (socket.state() != QAbstractSocket::ConnectedState && t.elapsed() < 5000)
        QTest::qWait(10);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return {};
    socket.write("GET /1.0/auth/time HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
    QByteArray got;
    while (!got.contains("\r\n\r\n") && t.elapsed() < 5000 && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        got += socket.readAll();
    }
    got += socket.readAll();
    return got.left(got.indexOf("\r\n"));
}

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private slots:
    void hugeBodyRefused()
    {
        SandboxServer server;
        registerStandardModules(server);
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(server.url().toString() + u"/1.0/auth/credential"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("X-Ovh-Application", server.applicationKey().toUtf8());
        const QByteArray huge = "{\"accessRules\":[],\"redirection\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        const RawReply r = rawCall(nam, request, "POST", huge);
        QCOMPARE(r.status, 413);
        // A body within the bound is handled as before.
        const RawReply ok = rawCall(nam, request, "POST", R"({"accessRules":[{"method":"GET","path":"/me"}]})");
        QCOMPARE(ok.status, 200);
    }

    void connectionsBounded()
    {
        SandboxOptions options;
        options.maxConnections = 2;
        SandboxServer server(options);
        registerStandardModules(server);
        QVERIFY(server.start());
        QTcpSocket a, b, c;
        QVERIFY(getOn(a, server.url()).contains("200"));
        QVERIFY(getOn(b, server.url()).contains("200"));
        QVERIFY2(getOn(c, server.url()).isEmpty(), "a third connection was served");
        // Once one closes, a new connection is served again.
        a.disconnectFromHost();
        QTRY_VERIFY(a.state() == QAbstractSocket::UnconnectedState);
        QTcpSocket d;
        QTRY_VERIFY_WITH_TIMEOUT(getOn(d, server.url()).contains("200"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
