// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The official Node.js client (@ovhcloud/node-ovh, from npm) against a real `snc-sandbox --tls
// --port 0` process, configured with nothing but the sandbox's start-up JSON line: GET /me
// succeeds over verified HTTPS, a tampered secret is refused, and an untrusted CA is refused.
// This proves the sandbox verifies signatures exactly as the real clients compute them
// ("https://<host><path>", no port).
//
// The package is installed into the build folder (never the repository) on first run; if npm
// cannot reach its registry the test FAILS with the reason (it is never skipped silently).
// Nothing here prints a key or a secret: the JSON line goes to node on stdin only.
#include "TestPaths.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kPrefix = snc::test::binaryDir() + QStringLiteral("/node-ovh");
const QString kPackageJson = kPrefix + u"/node_modules/@ovhcloud/node-ovh/package.json"_s;

QString lastLines(const QByteArray &text, int n = 15)
{
    QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - n)).join(u'\n');
}

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return !path.contains(u"NOTFOUND"_s) && info.isFile() && info.isExecutable();
}

} // namespace

class TestNodeClient : public QObject
{
    Q_OBJECT

private:
    QProcess m_sandbox;
    QByteArray m_startupLine; // holds secrets: never printed
    QString m_caPath;

    /// Runs the Node script with the start-up line on stdin; returns its JSON answer.
    QJsonObject runNode(const QString &tamper, bool trustCa, QString *failure)
    {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NODE_PATH"_s, kPrefix + u"/node_modules"_s);
        env.remove(u"NODE_EXTRA_CA_CERTS"_s);
        if (trustCa)
            env.insert(u"NODE_EXTRA_CA_CERTS"_s, m_caPath);
        if (!tamper.isEmpty())
            env.insert(u"SNC_TAMPER"_s, tamper);
        node.setProcessEnvironment(env);
        node.start(snc::test::nodeExecutable(),
                   {snc::test::sourceDir() + QStringLiteral("/tests/e2e/node-ovh-me.js")});
        if (!node.waitForStarted(30000)) {
            *failure = u"node did not start: "_s + node.errorString();
            return {};
        }
        node.write(m_startupLine);
        node.closeWriteChannel();
        if (!node.waitForFinished(60000)) {
            node.kill();
            node.waitForFinished(5000);
            *failure = u"node did not finish in 60 s"_s;
            return {};
        }
        const QByteArray out = node.readAllStandardOutput().trimmed();
        const QJsonObject answer = QJsonDocument::fromJson(out).object();
        if (answer.isEmpty())
            *failure = u"node gave no JSON answer (exit %1): %2"_s.arg(node.exitCode())
                               .arg(lastLines(node.readAllStandardError()));
        return answer;
    }

private slots:
    void initTestCase()
    {
        const QString nodeExe = snc::test::nodeExecutable();
        const QString npmExe = snc::test::npmExecutable();
        QVERIFY2(isExecutable(nodeExe) && isExecutable(npmExe),
                 "node and npm are required for this test and were not found at configure time "
                 "(Debian: apt-get install nodejs npm, then reconfigure)");

        // Install the official client into the build folder once (npm honours npm_config_cache,
        // npm_config_registry and the proxy settings of the environment).
        if (!QFileInfo::exists(kPackageJson)) {
            QDir().mkpath(kPrefix);
            QProcess npm;
            npm.setProcessChannelMode(QProcess::MergedChannels);
            npm.start(npmExe, {u"install"_s, u"--prefix"_s, kPrefix, u"--no-audit"_s,
                               u"--no-fund"_s, u"--no-save"_s, u"@ovhcloud/node-ovh@^3.0.0"_s});
            const bool finished = npm.waitForStarted(30000) && npm.waitForFinished(240000);
            const QByteArray log = npm.readAll();
            QVERIFY2(finished && npm.exitStatus() == QProcess::NormalExit && npm.exitCode() == 0
                             && QFileInfo::exists(kPackageJson),
                     qPrintable(u"npm could not install @ovhcloud/node-ovh into %1 — is the npm "
                                "registry reachable from this machine (proxy, "
                                "npm_config_registry)? npm said:\n%2"_s
                                        .arg(kPrefix, lastLines(log))));
        }

        // A real sandbox process, HTTPS on any free port; its first stdout line is the JSON.
        m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        m_sandbox.start(snc::test::sandboxExecutable(),
                        {u"--tls"_s, u"--port"_s, u"0"_s});
        QVERIFY2(m_sandbox.waitForStarted(30000), qPrintable(m_sandbox.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine()
                                         || m_sandbox.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(m_sandbox.canReadLine(),
                 qPrintable(u"snc-sandbox exited: "_s
                            + lastLines(m_sandbox.readAllStandardError())));
        m_startupLine = m_sandbox.readLine();
        const QJsonObject info = QJsonDocument::fromJson(m_startupLine).object();
        for (const char *key : {"url", "ca", "applicationKey", "applicationSecret", "consumerKey"})
            QVERIFY2(!info.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(QUrl(info.value(u"url"_s).toString()).scheme(), u"https"_s);
        m_caPath = info.value(u"ca"_s).toString();
        QVERIFY(QFileInfo::exists(m_caPath));
    }

    void cleanupTestCase()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate();
            if (!m_sandbox.waitForFinished(10000))
                m_sandbox.kill();
        }
        m_startupLine.fill('\0');
    }

    void officialClientCallsMe()
    {
        QString failure;
        const QJsonObject answer = runNode({}, true, &failure);
        QVERIFY2(!answer.isEmpty(), qPrintable(failure));
        // On failure, show why the sandbox refused the official client (status + message).
        QVERIFY2(answer.value(u"ok"_s).toBool(),
                 QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(answer.value(u"me"_s).toObject().value(u"nichandle"_s).toString(),
                 u"xx1111-ovh"_s);
    }

    void tamperedSecretIsRefused()
    {
        QString failure;
        const QJsonObject answer = runNode(u"secret"_s, true, &failure);
        QVERIFY2(!answer.isEmpty(), qPrintable(failure));
        QVERIFY(!answer.value(u"ok"_s).toBool());
        QCOMPARE(answer.value(u"status"_s).toInt(), 400);
        QCOMPARE(answer.value(u"message"_s).toString(), u"Invalid signature"_s);
    }

    // Without the sandbox's CA, Node's TLS verification refuses it: the calls above really
    // went over verified HTTPS.
    void untrustedCaIsRefused()
    {
        QString failure;
        const QJsonObject answer = runNode({}, false, &failure);
        QVERIFY2(!answer.isEmpty(), qPrintable(failure));
        QVERIFY(!answer.value(u"ok"_s).toBool());
        QVERIFY(!answer.contains(u"status"_s)); // no HTTP answer at all
        QVERIFY2(!answer.value(u"code"_s).toString().isEmpty(),
                 QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
    }
};

QTEST_GUILESS_MAIN(TestNodeClient)
#include "tst_nodeclient.moc"
