// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 2: the KMS's certificate is registered only when its chain verifies against the
// OKMS's public CA, read through the signed API, and it names the host. Against the real
// in-process sandbox; the "KMS" answering is the sandbox's own listener or a TLS server of this
// test (another CA; the OKMS CA but another host name), announced by the sandbox's kmipEndpoint.
#include "SandboxFixture.h"
#include "Stage5Helpers.h"

#include "sandbox/SandboxCertificates.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/OkmsCertificateAuthority.h"
#include "sandbox/modules/OkmsModule.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "tasks/TaskPoller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using namespace snc;
using namespace snc::test;

namespace {

const QString kmsPost = QStringLiteral("POST /1.0/dedicatedCloud/{serviceName}/vmEncryption/kms");

/// A TLS server on 127.0.0.1 presenting `chain` (leaf first); counts the handshakes it saw begin.
class KmipImpostor
{
public:
    bool start(const QList<QSslCertificate> &chain, const QByteArray &keyPem)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(ssl);
        QObject::connect(&server, &QSslServer::startedEncryptionHandshake, &server, [this] { ++handshakes; });
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        });
        return !chain.isEmpty() && server.listen(QHostAddress::LocalHost, 0);
    }
    QString endpoint() const { return QStringLiteral("localhost:%1").arg(server.serverPort()); }

    QSslServer server;
    int handshakes = 0;
};

/// The sandbox OKMS's own CA (from its saved state), to issue a certificate for another host.
std::optional<sandbox::OkmsIssued> issuedByOkmsCa(sandbox::OkmsModule *okms, const QString &host,
                                                  QByteArray *caPem)
{
    QString why;
    if (!okms->ensureKmipListener(&why))
        return std::nullopt;
    const QJsonObject state = okms->saveState().toObject();
    sandbox::OkmsCertificateAuthority ca;
    if (!ca.load(state.value(s("caKey")).toString().toLatin1(), state.value(s("caCertificate")).toString().toLatin1(), &why))
        return std::nullopt;
    *caPem = ca.caCertificatePem();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return ca.issueServerCertificate(host, {host}, {now - 3600, now + 24 * 3600}, &why);
}

bool probed(VmEncryptionModel &model, bool *ok)
{
    QSignalSpy spy(&model, &VmEncryptionModel::probeFinished);
    if (!model.probeKmip() || !spy.wait(20000))
        return false;
    *ok = spy.first().first().toBool();
    return true;
}

} // namespace

class TestKmsTrust : public QObject
{
    Q_OBJECT

private slots:
    void certificateFromAnotherCaIsNotRegistered()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        // Valid for localhost and now, but signed by a CA that is not the OKMS's.
        QString why;
        const auto other = sandbox::SandboxPki::generate({}, &why);
        QVERIFY2(other, qPrintable(why));
        KmipImpostor impostor;
        QVERIFY(impostor.start({QSslCertificate(other->serverCertificatePem, QSsl::Pem),
                                QSslCertificate(other->caCertificatePem, QSsl::Pem)},
                               other->serverKeyPem));
        f.modules.okms->setKmipEndpointOverride(impostor.endpoint());

        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        bool ok = false;
        QVERIFY(probed(model, &ok));
        QVERIFY(ok);                               // read, to be shown
        QVERIFY(model.kmipCertificate().has_value());
        QVERIFY(!model.kmipVerificationErrors().isEmpty());

        QVERIFY(!model.registerKms());             // refused, whatever the person clicks
        QVERIFY(model.hasError());
        QVERIFY2(model.lastErrorMessage().contains(s("public certificate authority")), qPrintable(model.lastErrorMessage()));
        QTest::qWait(300);
        QCOMPARE(f.server->stats()->requestsFor(kmsPost), 0);
        QVERIFY(!model.isBusy());
        QVERIFY(model.registeredKms().isEmpty());
    }

    void hostNameMismatchIsNotRegistered()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        // The OKMS CA's own signature, but for another name than the endpoint's.
        QByteArray caPem;
        const auto issued = issuedByOkmsCa(f.modules.okms, s("kms.elsewhere.invalid"), &caPem);
        QVERIFY(issued);
        KmipImpostor impostor;
        QVERIFY(impostor.start({QSslCertificate(issued->certificatePem, QSsl::Pem), QSslCertificate(caPem, QSsl::Pem)},
                               issued->privateKeyPem));
        f.modules.okms->setKmipEndpointOverride(impostor.endpoint());

        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        // The impostor's certificate is from publicCA's CA: the ECDSA endpoint's (issue 17).
        model.setKeyAlgorithm(crypto::KeyAlgorithm::EcP256);
        bool ok = false;
        QVERIFY(probed(model, &ok));
        QVERIFY(ok);
        QCOMPARE(model.kmipHost(), s("localhost"));
        const QString errors = model.kmipVerificationErrors().join(u';');
        QVERIFY2(errors.contains(s("host name"), Qt::CaseInsensitive), qPrintable(errors)); // only the name is wrong
        QCOMPARE(model.kmipVerificationErrors().size(), 1);

        QVERIFY(!model.registerKms());
        QVERIFY(model.hasError());
        QTest::qWait(300);
        QCOMPARE(f.server->stats()->requestsFor(kmsPost), 0);
    }

    void unreadablePublicCaStopsBeforeAnyProbe()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QString why;
        const auto other = sandbox::SandboxPki::generate({}, &why);
        QVERIFY2(other, qPrintable(why));
        KmipImpostor watched; // counts whether anything connects
        QVERIFY(watched.start({QSslCertificate(other->serverCertificatePem, QSsl::Pem)}, other->serverKeyPem));
        f.modules.okms->setKmipEndpointOverride(watched.endpoint());
        f.modules.okms->setPublicCaReadable(false);

        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        bool ok = true;
        QVERIFY(probed(model, &ok));
        QVERIFY(!ok);
        QVERIFY(!model.kmipCertificate().has_value());
        QVERIFY(model.hasError());
        // Says so, and what to do.
        QVERIFY2(model.lastErrorMessage().contains(s("could not be read")), qPrintable(model.lastErrorMessage()));
        QVERIFY2(model.lastErrorMessage().contains(s("read the certificate again")), qPrintable(model.lastErrorMessage()));
        QTest::qWait(500);
        QCOMPARE(watched.handshakes, 0); // no probe without the CA
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(!model.registerKms());
        QCOMPARE(f.server->stats()->requestsFor(kmsPost), 0);
    }

    void sandboxKmsVerifiesAndRegisters()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        VmEncryptionModel model(f.context.get());
        model.taskPoller()->setIntervalMs(200);
        QVERIFY(refreshed(model));
        bool ok = false;
        QVERIFY(probed(model, &ok));
        QVERIFY2(ok, qPrintable(model.lastErrorMessage()));
        QVERIFY2(model.kmipVerificationErrors().isEmpty(), qPrintable(model.kmipVerificationErrors().join(u';')));
        QSignalSpy finished(&model, &VmEncryptionModel::actionFinished);
        QVERIFY(model.registerKms());
        QTRY_VERIFY_WITH_TIMEOUT(!model.registrationTaskDescription().isEmpty(), 30000); // waits for vCenter
        f.modules.okms->configureVCenter(f.serviceName());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(model.lastErrorMessage()));
        QCOMPARE(f.server->stats()->requestsFor(kmsPost), 1);
        QVERIFY(f.modules.okms->isKmsRegistered(f.serviceName()));
    }
};

QTEST_GUILESS_MAIN(TestKmsTrust)
#include "tst_kmstrust.moc"
