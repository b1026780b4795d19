// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 13: `--autopilot` types risk phrases and ticks confirmations by itself, so it acts
// only on the embedded sandbox or on an endpoint whose /sandbox/stats answers as snc-sandbox does.
// Here a plain HTTP server that is not the sandbox: the wizard refuses, says why on stderr, exits
// non-zero and sends nothing but the one check. (The runs that are allowed: tst_autopilot.)
#include "E2eHarness.h"
#include "TestPaths.h"
#include "autopilot/SandboxCheck.h"
#include "fakes/FakeHttpServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using snc::test::FakeHttpServer;
using snc::test::FakeRequest;
using snc::test::FakeResponse;

namespace {
/// What `GET /sandbox/stats` of snc-sandbox answers (SandboxStats::toJson()), abridged.
const QByteArray kSandboxStats = R"({"requestsPerRoute":{"GET /1.0/auth/time":1},"resourcesCreated":{},)"
                                 R"("duplicateCreations":0,"duplicates":[],"totalRequests":1,"injectedFaults":[]})";
} // namespace

class TestAutopilotGuard : public QObject
{
    Q_OBJECT
private slots:
    void statsAreRecognised_data();
    void statsAreRecognised();
    void refusesAnEndpointThatIsNotTheSandbox_data();
    void refusesAnEndpointThatIsNotTheSandbox();
    void badTestOptionsAreRefused_data();
    void badTestOptionsAreRefused();
};

// --production-paths and --last-stage (issue 15, item 5) are checked before anything starts.
void TestAutopilotGuard::badTestOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("stage 0") << QStringList{QStringLiteral("--autopilot"), QStringLiteral("--last-stage"), QStringLiteral("0")} << QByteArray("--last-stage");
    QTest::newRow("stage 7") << QStringList{QStringLiteral("--autopilot"), QStringLiteral("--last-stage"), QStringLiteral("7")} << QByteArray("--last-stage");
    QTest::newRow("not a number") << QStringList{QStringLiteral("--autopilot"), QStringLiteral("--last-stage"), QStringLiteral("two")} << QByteArray("--last-stage");
    QTest::newRow("production paths, no endpoint") << QStringList{QStringLiteral("--autopilot"), QStringLiteral("--production-paths")}
                                                   << QByteArray("--production-paths");
}

void TestAutopilotGuard::badTestOptionsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, named);
    QTemporaryDir scratch;
    QProcess wizard;
    wizard.setProcessEnvironment(e2e::scratchEnvironment(scratch.path()));
    wizard.start(snc::test::wizardExecutable(), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(wizard.waitForFinished(30000));
    QCOMPARE(wizard.exitCode(), 2);
    const QByteArray err = wizard.readAllStandardError();
    QVERIFY2(err.contains(named), err.constData());
}

void TestAutopilotGuard::statsAreRecognised_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isSandbox");
    QTest::newRow("the sandbox's statistics") << 200 << kSandboxStats << true;
    QTest::newRow("not found (the real API)") << 404 << QByteArray(R"({"message":"Got an invalid (or empty) URL"})") << false;
    QTest::newRow("the statistics with an error status") << 500 << kSandboxStats << false;
    QTest::newRow("another JSON object") << 200 << QByteArray(R"({"status":"ok"})") << false;
    QTest::newRow("a JSON array") << 200 << QByteArray("[]") << false;
    QTest::newRow("HTML") << 200 << QByteArray("<html><body>It works!</body></html>") << false;
}

void TestAutopilotGuard::statsAreRecognised()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, isSandbox);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const FakeRequest &) { return FakeResponse::json(status, body); });
    snc::SandboxCheck check;
    QSignalSpy finished(&check, &snc::SandboxCheck::finished);
    check.start(server.baseUrl(), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), isSandbox);
    QCOMPARE(finished.at(0).at(1).toString().isEmpty(), isSandbox);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
    QCOMPARE(server.requests().at(0).path(), QByteArray("/sandbox/stats"));
}

void TestAutopilotGuard::refusesAnEndpointThatIsNotTheSandbox_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("404") << 404 << QByteArray(R"({"message":"Got an invalid (or empty) URL"})");
    QTest::newRow("200, not the statistics") << 200 << QByteArray(R"({"status":"ok"})");
}

void TestAutopilotGuard::refusesAnEndpointThatIsNotTheSandbox()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const FakeRequest &) { return FakeResponse::json(status, body); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The JSON line snc-sandbox prints, pointing at the server that is not a sandbox.
    const QString credentials = dir.filePath(QStringLiteral("sandbox.json"));
    QFile file(credentials);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"applicationKey":"demo-ak","applicationSecret":"demo-as","url":")" + server.baseUrl().toEncoded()
               + "\"}\n");
    file.close();
    const QString shots = dir.filePath(QStringLiteral("shots"));

    QProcess wizard;
    wizard.setProcessEnvironment(e2e::scratchEnvironment(dir.filePath(QStringLiteral("scratch"))));
    wizard.start(snc::test::wizardExecutable(),
                 {QStringLiteral("--endpoint"), server.baseUrl().toString(), QStringLiteral("--credentials"), credentials,
                  QStringLiteral("--session-only"), QStringLiteral("--autopilot"), QStringLiteral("--screenshots"), shots});
    QVERIFY2(wizard.waitForStarted(), qPrintable(wizard.errorString()));
    // The fake server answers on this thread's event loop: wait with QTRY, never waitForFinished.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.state() == QProcess::NotRunning, 60000);
    const QByteArray out = wizard.readAllStandardOutput();
    const QByteArray err = wizard.readAllStandardError();
    QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
    QVERIFY2(wizard.exitCode() != 0, out.constData());
    QVERIFY2(err.contains("autopilot refused"), err.constData());
    QVERIFY2(err.contains("/sandbox/stats"), err.constData());
    // Acted on nothing: no step started, no screenshot, one request (the check) and no other.
    QVERIFY2(!out.contains("stage 0:"), out.constData());
    QVERIFY(!QDir(shots).exists() || QDir(shots).isEmpty());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
    QCOMPARE(server.requests().at(0).path(), QByteArray("/sandbox/stats"));
}

QTEST_MAIN(TestAutopilotGuard)
#include "tst_autopilotguard.moc"
