// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real `snc-sandbox` executable: start it with --port 0 --tls, read its JSON line, call
// GET /1.0/me over HTTPS pinning the exported CA (signature computed here), check the stats,
// and stop it with SIGTERM.
#include "TestPaths.h"
#include "SandboxTestHelpers.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <csignal>

using namespace snc::test;
using namespace Qt::StringLiterals;

class TestSandboxProcess : public QObject
{
    Q_OBJECT
    QProcess m_proc;
    QJsonObject m_info;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;

    SandboxKeys keys() const
    {
        return {QUrl(m_info.value(u"url"_s).toString()), m_info.value(u"applicationKey"_s).toString(),
                m_info.value(u"applicationSecret"_s).toString(),
                m_info.value(u"consumerKey"_s).toString()};
    }
    RawReply get(const QString &path)
    {
        QUrl u = keys().url;
        u.setPath(path);
        QNetworkRequest req(u);
        req.setSslConfiguration(m_ssl);
        return rawCall(m_nam, req, "GET");
    }

private slots:
    void initTestCase()
    {
        m_proc.setProgram(snc::test::sandboxExecutable());
        m_proc.setArguments({u"--port"_s, u"0"_s, u"--tls"_s, u"--unpublished"_s, u"tokenTaskReturned=other-task"_s,
                             u"--unpublished"_s, u"addNetworkTaskName=createAllowedNetwork"_s});
        m_proc.setReadChannel(QProcess::StandardOutput);
        m_proc.setProcessChannelMode(QProcess::SeparateChannels);
        m_proc.start();
        QVERIFY2(m_proc.waitForStarted(10000), qPrintable(m_proc.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_proc.canReadLine(), 15000);
        const QByteArray line = m_proc.readLine();
        QVERIFY(line.endsWith('\n'));
        QVERIFY(!line.trimmed().contains('\n')); // one compact line
        QJsonParseError err{};
        m_info = QJsonDocument::fromJson(line, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QStringList expectedKeys = {u"applicationKey"_s, u"applicationSecret"_s, u"ca"_s,
                                          u"consumerKey"_s, u"controlSecret"_s, u"unpublished"_s, u"url"_s};
        QCOMPARE(m_info.keys(), expectedKeys);
        // Issue 16: the current unpublished choices, as given (repeatable option) or by default.
        const QJsonObject unpublished = m_info.value(u"unpublished"_s).toObject();
        QCOMPARE(unpublished.value(u"tokenTaskReturned"_s).toString(), u"other-task"_s);
        QCOMPARE(unpublished.value(u"addNetworkTaskName"_s).toString(), u"createAllowedNetwork"_s);
        QCOMPARE(unpublished.value(u"consumerKeyPending"_s).toString(), u"invalid-credential-403"_s);
        // Issue 17 item 3: the program practises as on an SNC PCC (the library's default is none).
        QCOMPARE(unpublished.value(u"sensitiveOperations"_s).toString(), u"standard"_s);

        QFile ca(m_info.value(u"ca"_s).toString());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const auto certs = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
        QCOMPARE(certs.size(), 1);
        // Pin: trust this CA and nothing else; verification stays on.
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(certs);
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }

    void signedMeOverPinnedTls()
    {
        QVERIFY(m_info.value(u"url"_s).toString().startsWith(u"https://127.0.0.1:"_s));
        const RawReply time = get(u"/1.0/auth/time"_s);
        QCOMPARE(time.error, QNetworkReply::NoError);
        const qint64 t = time.body.toLongLong();
        QVERIFY(t > 1'700'000'000);

        const RawReply me = signedCall(m_nam, keys(), "GET", u"/1.0/me"_s, t, {}, m_ssl);
        QCOMPARE(me.error, QNetworkReply::NoError);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"nichandle"_s).toString(), u"xx1111-ovh"_s);
        QCOMPARE(me.json().value(u"country"_s).toString(), u"FR"_s);

        SandboxKeys tampered = keys();
        tampered.applicationSecret.replace(0, 1, tampered.applicationSecret.startsWith(u'x') ? u"y"_s : u"x"_s);
        const RawReply bad = signedCall(m_nam, tampered, "GET", u"/1.0/me"_s, t, {}, m_ssl);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(u"errorCode"_s).toString(), u"INVALID_SIGNATURE"_s);

        const RawReply stats = get(u"/sandbox/stats"_s);
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.json().value(u"requestsPerRoute"_s).toObject().value(u"GET /1.0/me"_s).toInt(), 2);
        QCOMPARE(stats.json().value(u"duplicateCreations"_s).toInt(), 0);
    }

    void unpinnedClientIsRefused()
    {
        // Without the CA the handshake must fail: the sandbox's certificate is not public.
        QUrl u(m_info.value(u"url"_s).toString());
        u.setPath(u"/1.0/auth/time"_s);
        QNetworkAccessManager fresh; // no connection cached from the pinned calls
        const RawReply r = rawCall(fresh, QNetworkRequest(u), "GET");
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }

    void stopsCleanlyOnSigterm()
    {
        const QString caPath = m_info.value(u"ca"_s).toString();
        ::kill(pid_t(m_proc.processId()), SIGTERM);
        QVERIFY(m_proc.waitForFinished(15000));
        QCOMPARE(m_proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_proc.exitCode(), 0);
        QVERIFY(!QFile::exists(caPath)); // the temporary CA folder is removed
        QVERIFY(m_proc.readAllStandardOutput().isEmpty()); // nothing after the JSON line
        const QByteArray log = m_proc.readAllStandardError();
        QVERIFY(!log.contains(m_info.value(u"applicationSecret"_s).toString().toLatin1()));
        QVERIFY(!log.contains(m_info.value(u"consumerKey"_s).toString().toLatin1()));
    }

    void clientAddressOption()
    {
        // --client-address: the address every caller is seen at (tst_secretscan_production gives a
        // public one, since the wizard takes no documentation range outside practice).
        QProcess p;
        p.start(snc::test::sandboxExecutable(), {u"--port"_s, u"0"_s, u"--tls"_s, u"--client-address"_s, u"51.68.10.20"_s});
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 15000);
        const QJsonObject info = QJsonDocument::fromJson(p.readLine()).object();
        const SandboxKeys k{QUrl(info.value(u"url"_s).toString()), info.value(u"applicationKey"_s).toString(),
                            info.value(u"applicationSecret"_s).toString(), info.value(u"consumerKey"_s).toString()};
        QFile ca(info.value(u"ca"_s).toString());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
        QNetworkAccessManager nam;
        QUrl timeUrl = k.url;
        timeUrl.setPath(u"/1.0/auth/time"_s);
        QNetworkRequest timeRequest(timeUrl);
        timeRequest.setSslConfiguration(ssl);
        const qint64 t = rawCall(nam, timeRequest, "GET").body.toLongLong();
        const RawReply where = signedCall(nam, k, "POST", u"/1.0/me/geolocation"_s, t, {}, ssl);
        QCOMPARE(where.status, 200);
        QCOMPARE(where.json().value(u"ip"_s).toString(), u"51.68.10.20"_s);
        p.kill();
        p.waitForFinished(5000);

        QProcess bad;
        bad.start(snc::test::sandboxExecutable(), {u"--client-address"_s, u"2001:db8::1"_s});
        QVERIFY(bad.waitForFinished(15000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--client-address"));
    }

    void badOptionsAreRefused()
    {
        QProcess p;
        p.start(snc::test::sandboxExecutable(), {u"--faults"_s, u"drop=2"_s});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--faults"));
        QVERIFY(p.readAllStandardOutput().isEmpty());

        // An unknown unpublished switch or value is refused with what is accepted.
        for (const QString &bad : {u"consumerKeyPending=teapot"_s, u"noSuchSwitch=1"_s, u"consumerKeyPending"_s}) {
            QProcess q;
            q.start(snc::test::sandboxExecutable(), {u"--unpublished"_s, bad});
            QVERIFY(q.waitForFinished(15000));
            QCOMPARE(q.exitCode(), 2);
            const QByteArray err = q.readAllStandardError();
            QVERIFY2(err.contains("--unpublished"), err.constData());
            QVERIFY(q.readAllStandardOutput().isEmpty());
        }
    }

    void cleanupTestCase()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
