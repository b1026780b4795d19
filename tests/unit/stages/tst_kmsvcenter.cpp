// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17 item 4: OKMS as vCenter needs it, against the real in-process sandbox over real
// sockets and TLS. The credential is RSA by default; the wizard probes the KMIP endpoint that
// matches the key (kmipRsaEndpoint verified against publicRsaCA, or kmipEndpoint/publicCA); the
// sandbox's listeners, like OKMS's, refuse a client without certificate (TLS 1.2), and the probe
// still reads the certificate; the registration waits for vCenter, says why, polls slowly, and a
// restarted wizard follows it again from the live API.
#include "SandboxFixture.h"
#include "Stage5Helpers.h"

#include "crypto/TlsProbe.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/OkmsModule.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "tasks/TaskPoller.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;

namespace {

bool probed(VmEncryptionModel &model)
{
    QSignalSpy spy(&model, &VmEncryptionModel::probeFinished);
    return model.probeKmip() && spy.wait(30000) && spy.first().first().toBool();
}

const QString waitingText = QStringLiteral("Waiting for customer to configure the KMS Server...");

} // namespace

class TestKmsVCenter : public QObject
{
    Q_OBJECT

private slots:
    void rsaIsTheDefaultAndOkmsIssuesRsa()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        QCOMPARE(model.keyAlgorithm(), crypto::KeyAlgorithm::Rsa3072);
        QVERIFY(model.usesRsaEndpoint());
        QCOMPARE(model.okmsInstances().first().kmipRsaEndpoint, s("localhost:%1").arg(f.modules.okms->kmipRsaPort()));
        // The algorithm stays selectable.
        model.setKeyAlgorithm(crypto::KeyAlgorithm::EcP256);
        QVERIFY(!model.usesRsaEndpoint());
        model.setKeyAlgorithm(crypto::KeyAlgorithm::Rsa3072);
        // Without a CSR too, OKMS is asked for RSA (its own default would be ECDSA).
        model.setUseCsr(false);
        QVERIFY(model.createCredential());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 30000);
        QVERIFY(model.saveKeyToKeychain());
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Ready, 30000);
        QCOMPARE(QSslCertificate(model.certificatePem(), QSsl::Pem).publicKey().algorithm(), QSsl::Rsa);
        QVERIFY(model.usesRsaEndpoint()); // the credential now decides
    }

    void endpointMatchesTheAlgorithm_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<bool>("rsa");
        QTest::newRow("RSA: kmipRsaEndpoint, publicRsaCA") << int(crypto::KeyAlgorithm::Rsa3072) << true;
        QTest::newRow("EC P-256: kmipEndpoint, publicCA") << int(crypto::KeyAlgorithm::EcP256) << false;
    }

    // The listeners refuse a client without certificate after sending theirs (TLS 1.2): the
    // probe reads it during the handshake, verified against the CA of that endpoint only.
    void endpointMatchesTheAlgorithm()
    {
        QFETCH(int, algorithm);
        QFETCH(bool, rsa);
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        model.setKeyAlgorithm(crypto::KeyAlgorithm(algorithm));
        QVERIFY2(probed(model), qPrintable(model.lastErrorMessage()));
        const quint16 port = rsa ? f.modules.okms->kmipRsaPort() : f.modules.okms->kmipPort();
        QCOMPARE(model.kmipPort(), port);
        QCOMPARE(model.kmipCertificate()->sha1Thumbprint,
                 rsa ? f.modules.okms->kmipRsaSha1Thumbprint() : f.modules.okms->kmipSha1Thumbprint());
        QVERIFY2(model.kmipVerified(), qPrintable(model.kmipVerificationErrors().join(u';')));

        // Switching the key type forgets the certificate of the other endpoint.
        model.setKeyAlgorithm(rsa ? crypto::KeyAlgorithm::EcP256 : crypto::KeyAlgorithm::Rsa3072);
        QVERIFY(!model.kmipCertificate().has_value());
    }

    void probeReadsTheCertificateOfAListenerThatRefusesIt()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QString why;
        QVERIFY2(f.modules.okms->ensureKmipListener(&why), qPrintable(why));
        crypto::TlsProbe probe;
        probe.setCaCertificates(QSslCertificate::fromData(f.modules.okms->rsaCaCertificatePem(), QSsl::Pem));
        QSignalSpy finished(&probe, &crypto::TlsProbe::finished);
        probe.start(s("localhost"), f.modules.okms->kmipRsaPort());
        QVERIFY(finished.wait(20000));
        QVERIFY2(probe.outcome().ok, qPrintable(probe.outcome().error));
        QVERIFY(probe.outcome().refusedAfterCertificate); // no client certificate: refused, yet read
        QVERIFY(probe.outcome().verified);
        QCOMPARE(probe.outcome().chain.first().sha1Thumbprint, f.modules.okms->kmipRsaSha1Thumbprint());

        // Against the other endpoint's CA it is read too, and not verified.
        probe.setCaCertificates(QSslCertificate::fromData(f.modules.okms->caCertificatePem(), QSsl::Pem));
        finished.clear();
        probe.start(s("localhost"), f.modules.okms->kmipRsaPort());
        QVERIFY(finished.wait(20000));
        QVERIFY(probe.outcome().ok);
        QVERIFY(!probe.outcome().verified);
        QVERIFY(!probe.outcome().verificationErrors.isEmpty());
    }

    void registrationWaitsForVCenterSaysWhyPollsSlowlyAndResumes()
    {
        SandboxFixture f; // the clock runs 25× faster than real time
        QVERIFY2(f.started, qPrintable(f.startError));
        QTemporaryDir dir;
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        QVERIFY(model.createCredential());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 60000);
        const QString keyPath = dir.filePath(s("vcenter.key"));
        QVERIFY(model.saveKeyToFile(keyPath));
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Ready, 30000);
        QVERIFY2(probed(model), qPrintable(model.lastErrorMessage()));

        QVERIFY(model.registerKms());
        QTRY_COMPARE_WITH_TIMEOUT(model.registrationTaskDescription(), waitingText, 30000);
        QCOMPARE(model.status(), StageModel::Status::InProgress);
        QVERIFY2(model.statusText().contains(s("vCenter")), qPrintable(model.statusText()));
        // The vCenter steps, with where the certificate and the key are, and that one may leave.
        const QString steps = model.vCenterInstructions();
        QVERIFY2(steps.contains(keyPath) && steps.contains(model.certificateFilePath()), qPrintable(steps));
        QVERIFY2(steps.contains(s("close the wizard")), qPrintable(steps));
        QVERIFY(!model.certificateFilePath().isEmpty());
        // Polled every 2 s during its first minute (clock time), then every 30 s.
        QCOMPARE(model.taskPoller()->intervalMs(), KmipRegistration::fastPollMs());
        QTRY_COMPARE_WITH_TIMEOUT(model.taskPoller()->intervalMs(), KmipRegistration::slowPollMs(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(model.taskPoller()->lastScheduledDelayMs() > KmipRegistration::fastPollMs(), 15000);
        QVERIFY(model.isTaskRunning()); // still waiting: never given up

        // The customer closes the wizard and comes back: a new one finds the task in the live API.
        VmEncryptionModel again(f.context.get());
        QVERIFY(refreshed(again));
        QTRY_VERIFY_WITH_TIMEOUT(again.isTaskRunning(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(again.registrationTaskDescription(), waitingText, 10000);
        QCOMPARE(f.modules.okms->configureVCenter(f.serviceName()), 1);
        QTRY_VERIFY_WITH_TIMEOUT(again.awaitsManualStep(), 20000); // the customer's word still missing
        again.setManualStepConfirmed(true);
        QCOMPARE(again.status(), StageModel::Status::Done);
        QCOMPARE(again.registeredKms().size(), 1);
        QCOMPARE(again.registeredKms().first().sslThumbprint, f.modules.okms->kmipRsaSha1Thumbprint());
        QCOMPARE(again.registeredKms().first().port, int(f.modules.okms->kmipRsaPort()));
        QCOMPARE(f.server->stats()->requestsFor(s("POST /1.0/dedicatedCloud/{serviceName}/vmEncryption/kms")), 1);
    }
};

QTEST_GUILESS_MAIN(TestKmsVCenter)
#include "tst_kmsvcenter.moc"
