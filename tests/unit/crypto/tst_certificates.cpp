// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslCli.h"

#include "crypto/CertificateInfo.h"
#include "crypto/TlsProbe.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace snc;
using namespace snc::crypto;

namespace {

// A self-signed certificate made by the openssl command line, as a KMS would present.
struct Fixture
{
    QTemporaryDir dir;
    QByteArray certificatePem;
    QByteArray keyPem;
    bool make(const QString &cn)
    {
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const auto out = runOpenSsl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                           QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                           QStringLiteral("/O=Test KMS/CN=") + cn, QStringLiteral("-addext"),
                                           QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        if (!out)
            return false;
        QFile c(cert), k(key);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return false;
        certificatePem = c.readAll();
        keyPem = k.readAll();
        return true;
    }
};

} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT
private slots:
    void thumbprintMatchesTheOpensslCommand()
    {
        Fixture f;
        QVERIFY(f.make(QStringLiteral("kms.example")));
        auto info = CertificateInfo::fromPem(f.certificatePem);
        QVERIFY(info);
        // The guide's command: openssl x509 -noout -fingerprint -sha1
        const QByteArray line = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                            QStringLiteral("-fingerprint"), QStringLiteral("-sha1")},
                                           f.certificatePem).value_or(QByteArray()).trimmed();
        QCOMPARE(info->sha1Thumbprint, QString::fromLatin1(line.mid(line.indexOf('=') + 1)));
        QCOMPARE(info->sha1Thumbprint.size(), 59);
        QCOMPARE(info->commonName, QStringLiteral("kms.example"));
        QVERIFY(info->subject.contains(QStringLiteral("O=Test KMS")));
        QCOMPARE(info->subject, info->issuer);
        QVERIFY(info->subjectAltNames.contains(QStringLiteral("DNS:localhost")));
        QVERIFY(info->subjectAltNames.contains(QStringLiteral("IP:127.0.0.1")));
        QVERIFY(info->isValidAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(!info->isValidAt(QDateTime::currentDateTimeUtc().addDays(3)));
        QCOMPARE(CertificateInfo::fromDer(info->der)->sha1Thumbprint, info->sha1Thumbprint);
        QCOMPARE(CertificateInfo::fromPem(info->pem)->sha256Fingerprint, info->sha256Fingerprint);
    }

    void keyMatchesOnlyItsCertificate()
    {
        Fixture a, b;
        QVERIFY(a.make(QStringLiteral("a")) && b.make(QStringLiteral("b")));
        QVERIFY(certificateMatchesKey(a.certificatePem, SecretBytes(a.keyPem)));
        QVERIFY(!certificateMatchesKey(a.certificatePem, SecretBytes(b.keyPem)));
        QVERIFY(!certificateMatchesKey(QByteArray("junk"), SecretBytes(a.keyPem)));
    }

    void bundlesAndGarbage()
    {
        Fixture a, b;
        QVERIFY(a.make(QStringLiteral("a")) && b.make(QStringLiteral("b")));
        const auto list = CertificateInfo::listFromPem(a.certificatePem + b.certificatePem);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).commonName, QStringLiteral("b"));
        QVERIFY(!CertificateInfo::fromPem("nope"));
        QVERIFY(!CertificateInfo::fromDer("nope"));
    }

    void normalizesTypedThumbprints_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        const QString canonical = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01");
        QTest::newRow("colons") << canonical << canonical;
        QTest::newRow("lowercase bare") << QStringLiteral("abcdef0123456789abcdef0123456789abcdef01") << canonical;
        QTest::newRow("spaces") << QStringLiteral(" ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 ") << canonical;
        QTest::newRow("too short") << QStringLiteral("AB:CD") << QString();
        QTest::newRow("sha256") << QString(64, QLatin1Char('a')) << QString();
        QTest::newRow("not hex") << QStringLiteral("zz") + QString(38, QLatin1Char('a')) << QString();
    }
    void normalizesTypedThumbprints()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(normalizeSha1Thumbprint(typed), expected);
    }

    void probeReadsTheServersCertificateOverRealTls()
    {
        Fixture f;
        QVERIFY(f.make(QStringLiteral("localhost")));
        QSslServer server;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(f.certificatePem));
        config.setPrivateKey(QSslKey(f.keyPem, QSsl::Ec));
        server.setSslConfiguration(config);
        connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
            while (QSslSocket *s = qobject_cast<QSslSocket *>(server.nextPendingConnection()))
                connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        TlsProbe probe;
        QSignalSpy done(&probe, &TlsProbe::finished);
        probe.start(QStringLiteral("localhost"), server.serverPort());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        const auto &outcome = probe.outcome();
        QCOMPARE(outcome.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(outcome.chain.size(), 1);
        QCOMPARE(outcome.chain.first().sha1Thumbprint, CertificateInfo::fromPem(f.certificatePem)->sha1Thumbprint);
        // Self-signed and not trusted: reported, not hidden.
        QVERIFY(!outcome.verificationErrors.isEmpty());

        // Trusting it explicitly (as the wizard pins the sandbox CA) clears the errors.
        probe.setCaCertificates({QSslCertificate(f.certificatePem)});
        probe.start(QStringLiteral("localhost"), server.serverPort());
        QVERIFY(done.wait(20000));
        QVERIFY(probe.outcome().ok);
        QVERIFY2(probe.outcome().verificationErrors.isEmpty(), qPrintable(probe.outcome().verificationErrors.join(u'\n')));
    }

    void probeReportsRefusedConnectionsAndBadNames()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        TlsProbe probe;
        QSignalSpy done(&probe, &TlsProbe::finished);
        probe.start(QStringLiteral("127.0.0.1"), port);
        QVERIFY(done.wait(20000));
        QCOMPARE(probe.outcome().failure, TlsProbe::Outcome::Failure::Connect);
        QVERIFY(!probe.outcome().error.isEmpty());

        probe.start(QStringLiteral("no-such-host.invalid"), 5696);
        QVERIFY(done.wait(30000));
        QCOMPARE(probe.outcome().failure, TlsProbe::Outcome::Failure::Dns);
    }

    void probeTimesOutOnASilentServer()
    {
        QTcpServer silent; // accepts TCP, never speaks TLS
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        TlsProbe probe;
        probe.setTimeoutMs(500);
        QSignalSpy done(&probe, &TlsProbe::finished);
        probe.start(QStringLiteral("127.0.0.1"), silent.serverPort());
        QVERIFY(done.wait(20000));
        QCOMPARE(probe.outcome().failure, TlsProbe::Outcome::Failure::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
