// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OKMS v2 and vmEncryption through a real SandboxServer: resources, credentials from a CSR or
// not, the stuck- failure path, the KMIP TLS listener and the thumbprint check. The wizard's
// crypto library (snc_crypto, never linked by the sandbox) is the independent witness.
#include "ModulesFixture.h"

#include "crypto/CertificateInfo.h"
#include "crypto/CertificateRequest.h"
#include "crypto/KeyPair.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/OkmsModule.h"

#include <QSslSocket>
#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}
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
        QVERIFY(!okms.contains(s("publicCA")));
        const QJsonObject withCa = f.v2("GET", okmsPath("?publicCA=true")).object();
        QVERIFY(withCa.value(s("publicCA")).toString().startsWith(s("-----BEGIN CERTIFICATE-----")));
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

    void kmipListenerPresentsItsCertificate()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const QJsonObject okms = f.v2("GET", okmsPath("?publicCA=true")).object();
        const QByteArray ca = okms.value(s("publicCA")).toString().toLatin1();
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromData(ca, QSsl::Pem));
        socket.setSslConfiguration(config);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(s("localhost"), f.modules.okms->kmipPort());
        QVERIFY(encrypted.wait(10000));
        QVERIFY(socket.sslHandshakeErrors().isEmpty());
        const auto info = crypto::CertificateInfo::fromDer(socket.peerCertificate().toDer());
        QVERIFY(info);
        QCOMPARE(info->sha1Thumbprint, f.modules.okms->kmipSha1Thumbprint());
        QVERIFY(info->subjectAltNames.join(u',').contains(s("localhost")));
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
