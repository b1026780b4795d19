// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OKMS v2 and vmEncryption through a real SandboxServer: resources, credentials from a CSR or
// not, the stuck- failure path, the KMIP TLS listeners (ECDSA and RSA, client certificate
// required), the thumbprint check and the registration that waits for vCenter. The wizard's
// crypto library (snc_crypto, never linked by the sandbox) is the independent witness.
#include "ModulesFixture.h"

#include "crypto/CertificateInfo.h"
#include "crypto/CertificateRequest.h"
#include "crypto/KeyPair.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/OkmsModule.h"

#include <QDateTime>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;

namespace {
QString okmsPath(const char *rest = "")
{
    return s("/okms/resource/") + sandbox::OkmsModule::defaultOkmsId() + s(rest);
}
QJsonObject credentialBody(const QString &name)
{
    return QJsonObject{{s("name"), name},
                       {s("identityURNs"), QJsonArray{s("urn:v1:eu:identity:account:xx1111-ovh")}},
                       {s("description"), s("vCenter")},
                       {s("validity"), 30}};
}
} // namespace

class TestSandboxOkms : public QObject
{
    Q_OBJECT

private slots:
    void resourceListsTheKmipListener()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const Reply list = f.v2("GET", s("/okms/resource"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 1);
        const QJsonObject okms = list.array().at(0).toObject();
        QCOMPARE(okms.value(s("region")).toString(), s("eu-west-rbx"));
        QVERIFY(f.modules.okms->kmipPort() > 0);
        QCOMPARE(okms.value(s("kmipEndpoint")).toString(), s("localhost:%1").arg(f.modules.okms->kmipPort()));
        // Issue 17: the RSA endpoint vCenter uses, with its own CA.
        QVERIFY(f.modules.okms->kmipRsaPort() > 0);
        QVERIFY(f.modules.okms->kmipRsaPort() != f.modules.okms->kmipPort());
        QCOMPARE(okms.value(s("kmipRsaEndpoint")).toString(), s("localhost:%1").arg(f.modules.okms->kmipRsaPort()));
        QVERIFY(!okms.contains(s("publicCA")));
        QVERIFY(!okms.contains(s("publicRsaCA")));
        const QJsonObject withCa = f.v2("GET", okmsPath("?publicCA=true")).object();
        QVERIFY(withCa.value(s("publicCA")).toString().startsWith(s("-----BEGIN CERTIFICATE-----")));
        QVERIFY(withCa.value(s("publicRsaCA")).toString().startsWith(s("-----BEGIN CERTIFICATE-----")));
        QVERIFY(withCa.value(s("publicRsaCA")) != withCa.value(s("publicCA")));
        QCOMPARE(f.v2("GET", s("/okms/resource/nope")).status, 404);
    }

    void credentialWithoutCsrReturnsTheKeyOnce()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const Reply created = f.v2("POST", okmsPath("/credential"), credentialBody(s("vcenter")));
        QCOMPARE(created.status, 200);
        const QJsonObject c = created.object();
        QCOMPARE(c.value(s("status")).toString(), s("CREATING"));
        QCOMPARE(c.value(s("fromCSR")).toBool(), false);
        const QByteArray key = c.value(s("privateKeyPEM")).toString().toLatin1();
        QVERIFY(crypto::isValidPrivateKey(SecretBytes(key)));
        QVERIFY(!c.contains(s("certificatePEM")));
        const QString id = c.value(s("id")).toString();

        f.clock.advanceMs(sandbox::OkmsModule::credentialReadyMs + 1000);
        const QJsonObject ready = f.v2("GET", okmsPath("/credential/") + id).object();
        QCOMPARE(ready.value(s("status")).toString(), s("READY"));
        QVERIFY(!ready.contains(s("privateKeyPEM"))); // once only
        const QByteArray cert = ready.value(s("certificatePEM")).toString().toLatin1();
        QVERIFY(crypto::certificateMatchesKey(cert, SecretBytes(key)));
        // Issued by the OKMS CA the resource publishes.
        const auto info = crypto::CertificateInfo::fromPem(cert);
        QVERIFY(info);
        QVERIFY(info->issuer.contains(s("OKMS sandbox CA")));
        QCOMPARE(f.v2("GET", okmsPath("/credential")).array().size(), 1);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
        QCOMPARE(f.v2("DELETE", okmsPath("/credential/") + id).status, 200);
        QCOMPARE(f.v2("GET", okmsPath("/credential/") + id).status, 404);
    }

    void credentialFromCsrKeepsTheKeyLocal()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const auto pair = crypto::generateKeyPair(crypto::KeyAlgorithm::EcP256);
        QVERIFY(pair);
        const QByteArray csr = crypto::makeCertificateRequest(pair->privateKeyPem, s("vcenter"));
        QJsonObject body = credentialBody(s("vcenter-csr"));
        body.insert(s("csr"), QString::fromLatin1(csr));
        const QJsonObject c = f.v2("POST", okmsPath("/credential"), body).object();
        QCOMPARE(c.value(s("fromCSR")).toBool(), true);
        QCOMPARE(c.value(s("certificateType")).toString(), s("ECDSA"));
        QVERIFY(!c.contains(s("privateKeyPEM")));
        f.clock.advanceMs(sandbox::OkmsModule::credentialReadyMs + 1000);
        const QJsonObject ready = f.v2("GET", okmsPath("/credential/") + c.value(s("id")).toString()).object();
        QVERIFY(crypto::certificateMatchesKey(ready.value(s("certificatePEM")).toString().toLatin1(),
                                              pair->privateKeyPem));
        // certificateType must agree with the CSR's key.
        body.insert(s("certificateType"), s("RSA"));
        QCOMPARE(f.v2("POST", okmsPath("/credential"), body).status, 400);
    }

    void stuckCredentialStaysCreating()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const QString id = f.v2("POST", okmsPath("/credential"), credentialBody(s("stuck-vcenter")))
                                   .object().value(s("id")).toString();
        f.clock.advanceMs(24LL * 3600 * 1000);
        const QJsonObject c = f.v2("GET", okmsPath("/credential/") + id).object();
        QCOMPARE(c.value(s("status")).toString(), s("CREATING"));
        QVERIFY(!c.contains(s("certificatePEM")));
    }

    void credentialValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("empty name") << s("name") << QJsonValue(s(""));
        QTest::newRow("long name") << s("name") << QJsonValue(QString(51, u'a'));
        QTest::newRow("no urn") << s("identityURNs") << QJsonValue(QJsonArray());
        QTest::newRow("bad urn") << s("identityURNs") << QJsonValue(QJsonArray{s("alice")});
        QTest::newRow("validity 0") << s("validity") << QJsonValue(0);
        QTest::newRow("validity 366") << s("validity") << QJsonValue(366);
        QTest::newRow("bad csr") << s("csr") << QJsonValue(s("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n"));
        QTest::newRow("bad type") << s("certificateType") << QJsonValue(s("DSA"));
        QTest::newRow("unknown") << s("colour") << QJsonValue(s("blue"));
    }

    void credentialValidation()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModulesFixture f;
        QVERIFY(f.start());
        QJsonObject body = credentialBody(s("vcenter"));
        body.insert(key, value);
        const Reply r = f.v2("POST", okmsPath("/credential"), body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(f.v2("GET", okmsPath("/credential")).array().size(), 0);
    }

    void kmipListenersRequireAClientCertificate_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("kmipEndpoint, publicCA") << false;
        QTest::newRow("kmipRsaEndpoint, publicRsaCA") << true;
    }

    // Issue 17: like OKMS's, the KMIP endpoints authenticate clients by certificate.
    void kmipListenersRequireAClientCertificate()
    {
        QFETCH(bool, rsa);
        ModulesFixture f;
        QVERIFY(f.start());
        const QJsonObject okms = f.v2("GET", okmsPath("?publicCA=true")).object();
        const QByteArray ca = okms.value(rsa ? s("publicRsaCA") : s("publicCA")).toString().toLatin1();
        const quint16 port = rsa ? f.modules.okms->kmipRsaPort() : f.modules.okms->kmipPort();
        const QString thumbprint = rsa ? f.modules.okms->kmipRsaSha1Thumbprint() : f.modules.okms->kmipSha1Thumbprint();
        // A certificate of the OKMS's credential CA, as vCenter presents (issued here for real
        // time: TLS checks validity against the real clock, not this fixture's).
        const QJsonObject state = f.modules.okms->saveState().toObject();
        sandbox::OkmsCertificateAuthority credentialCa;
        QString why;
        QVERIFY2(credentialCa.load(state.value(s("caKey")).toString().toLatin1(),
                                   state.value(s("caCertificate")).toString().toLatin1(), &why), qPrintable(why));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto client = credentialCa.issueWithNewKey(sandbox::OkmsKeyType::Ecdsa, s("vcenter"), {now - 60, now + 3600}, &why);
        QVERIFY2(client, qPrintable(why));
        const QByteArray certificate = client->certificatePem;
        const QByteArray key = client->privateKeyPem;

        for (const bool withClientCertificate : {false, true}) {
            QSslSocket socket;
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setCaCertificates(QSslCertificate::fromData(ca, QSsl::Pem));
            if (withClientCertificate) {
                config.setLocalCertificate(QSslCertificate(certificate, QSsl::Pem));
                config.setPrivateKey(QSslKey(key, QSsl::Ec, QSsl::Pem));
            }
            socket.setSslConfiguration(config);
            QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
            QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
            socket.connectToHostEncrypted(s("localhost"), port);
            QTRY_VERIFY_WITH_TIMEOUT(!encrypted.isEmpty() || !failed.isEmpty(), 10000);
            if (!withClientCertificate) {
                QVERIFY2(encrypted.isEmpty(), "a client without certificate was let in");
                // Refused by the server (an alert, or the connection closed), never let in.
                QVERIFY2(socket.error() == QAbstractSocket::SslHandshakeFailedError
                                 || socket.error() == QAbstractSocket::RemoteHostClosedError,
                         qPrintable(socket.errorString()));
                continue;
            }
            QVERIFY2(failed.isEmpty(), qPrintable(socket.errorString()));
            QVERIFY(socket.sslHandshakeErrors().isEmpty());
            const auto info = crypto::CertificateInfo::fromDer(socket.peerCertificate().toDer());
            QVERIFY(info);
            QCOMPARE(info->sha1Thumbprint, thumbprint);
            QCOMPARE(socket.peerCertificate().publicKey().algorithm(), rsa ? QSsl::Rsa : QSsl::Ec);
            QVERIFY(info->subjectAltNames.join(u',').contains(s("localhost")));
        }
    }

    // Issue 17: the registration waits, as OVHcloud's control panel shows, until vCenter is
    // configured; the control route (or --vcenter-configured-after) says so.
    void registrationWaitsForVCenter()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        f.v2("GET", s("/okms/resource"));
        const QString kms = f.path(s("/vmEncryption/kms"));
        const Reply r = f.api("POST", kms, QJsonObject{{s("ip"), s("127.0.0.1")},
                                                       {s("sslThumbprint"), f.modules.okms->kmipRsaSha1Thumbprint()}});
        QCOMPARE(r.status, 200);
        const qint64 taskId = r.object().value(s("taskId")).toInteger();
        QJsonObject task = f.settle(taskId);
        f.clock.advanceMs(3'600'000); // an hour later, still waiting
        task = f.api("GET", f.path(s("/task/%1").arg(taskId))).object();
        QCOMPARE(task.value(s("state")).toString(), s("doing"));
        QCOMPARE(task.value(s("description")).toString(), s("Waiting for customer to configure the KMS Server..."));
        QVERIFY(!f.modules.okms->isKmsRegistered(f.sn()));

        QNetworkRequest control(QUrl(f.server->url().toString() + s("/sandbox/okms/vcenter")));
        control.setRawHeader("Content-Type", "application/json");
        QCOMPARE(f.send(control, "POST", R"({"serviceName":"pcc-192-0-2-1"})").status, 401); // a control route
        control.setRawHeader(sandbox::SandboxServer::controlHeader(), f.server->controlSecret().toUtf8());
        const Reply configured = f.send(control, "POST", R"({"serviceName":"pcc-192-0-2-1"})");
        QCOMPARE(configured.status, 200);
        QCOMPARE(configured.object().value(s("completed")).toInt(), 1);
        QCOMPARE(f.api("GET", f.path(s("/task/%1").arg(taskId))).object().value(s("state")).toString(), s("done"));
        QVERIFY(f.modules.okms->isKmsRegistered(f.sn()));
        const QJsonObject entry = f.api("GET", kms + s("/%1").arg(f.api("GET", kms).array().at(0).toInteger())).object();
        QCOMPARE(entry.value(s("kmsTcpPort")).toInt(), int(f.modules.okms->kmipRsaPort())); // the RSA endpoint's

        // --vcenter-configured-after: it ends by itself.
        f.modules.okms->setVCenterConfiguredAfterMs(120'000);
        QCOMPARE(f.api("DELETE", kms + s("/%1").arg(entry.value(s("kmsId")).toInteger())).status, 200);
        f.settle(0);
        const Reply again = f.api("POST", kms, QJsonObject{{s("ip"), s("127.0.0.1")},
                                                           {s("sslThumbprint"), f.modules.okms->kmipSha1Thumbprint()}});
        QCOMPARE(again.status, 200);
        const qint64 second = again.object().value(s("taskId")).toInteger();
        QCOMPARE(f.settle(second).value(s("state")).toString(), s("doing"));
        f.clock.advanceMs(120'000);
        QCOMPARE(f.api("GET", f.path(s("/task/%1").arg(second))).object().value(s("state")).toString(), s("done"));
    }

    void vmEncryptionChecksTheThumbprint()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        f.v2("GET", s("/okms/resource")); // starts the listener
        const QString good = f.modules.okms->kmipSha1Thumbprint();
        QCOMPARE(good.size(), 59);
        QString bad = good;
        bad[0] = bad[0] == u'0' ? u'1' : u'0';
        const QString kms = f.path(s("/vmEncryption/kms"));
        Reply r = f.api("POST", kms, QJsonObject{{s("ip"), s("127.0.0.1")}, {s("sslThumbprint"), bad}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(s("does not match")));
        r = f.api("POST", kms, QJsonObject{{s("ip"), s("localhost")}, {s("sslThumbprint"), good}});
        QCOMPARE(r.status, 400); // a domain name cannot be registered
        QCOMPARE(f.api("GET", kms).array(), QJsonArray());
        QCOMPARE(f.api("GET", f.path(s("/vmEncryption"))).object().value(s("state")).toString(), s("disabled"));

        r = f.api("POST", kms, QJsonObject{{s("ip"), s("127.0.0.1")}, {s("sslThumbprint"), good.toLower()},
                                           {s("description"), s("okms eu-west-rbx")}});
        QCOMPARE(r.status, 200);
        const qint64 taskId = r.object().value(s("taskId")).toInteger();
        QCOMPARE(r.object().value(s("name")).toString(), s("createVmEncryptionKms"));
        QCOMPARE(f.api("POST", kms, QJsonObject{{s("ip"), s("127.0.0.1")}, {s("sslThumbprint"), good}}).status, 409);
        QVERIFY(!f.modules.okms->isKmsRegistered(f.sn()));
        QCOMPARE(f.modules.okms->configureVCenter(f.sn()), 1);
        QCOMPARE(f.settle(taskId).value(s("state")).toString(), s("done"));
        const QJsonArray ids = f.api("GET", kms).array();
        QCOMPARE(ids.size(), 1);
        const QJsonObject entry = f.api("GET", kms + s("/%1").arg(ids.at(0).toInteger())).object();
        QCOMPARE(entry.value(s("sslThumbprint")).toString(), good);
        QCOMPARE(entry.value(s("state")).toString(), s("delivered"));
        QCOMPARE(entry.value(s("ip")).toString(), s("127.0.0.1"));
        QVERIFY(f.modules.okms->isKmsRegistered(f.sn()));
        QCOMPARE(f.api("GET", f.path(s("/vmEncryption"))).object().value(s("state")).toString(), s("enabled"));
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void thumbprintSurvivesARestart()
    {
        QTemporaryDir dir;
        QString first;
        {
            ModulesFixture f;
            f.stateFile = dir.filePath(s("state.json"));
            QVERIFY(f.start());
            f.v2("GET", s("/okms/resource"));
            first = f.modules.okms->kmipSha1Thumbprint();
            f.server->stop();
        }
        ModulesFixture g;
        g.stateFile = dir.filePath(s("state.json"));
        QVERIFY(g.start());
        g.v2("GET", s("/okms/resource"));
        QCOMPARE(g.modules.okms->kmipSha1Thumbprint(), first);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOkms)
#include "tst_sandbox_okms.moc"
