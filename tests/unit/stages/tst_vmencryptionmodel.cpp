// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5 against the real in-process sandbox: credentials (CSR and not), the key saved before
// anything else, a credential stuck in CREATING, the KMIP certificate read over TLS and the
// thumbprint registered, the sandbox refusing a wrong thumbprint. `openssl` is the witness.
#include "SandboxFixture.h"
#include "Stage5Helpers.h"

#include "../crypto/OpenSslCli.h"
#include "api/RetryPolicy.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/OkmsModule.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "stages/PageStatus.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "tasks/TaskPoller.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;

class TestVmEncryptionModel : public QObject
{
    Q_OBJECT

private slots:
    void noOkmsInstanceExplainsHowToOrder()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        // The sandbox's test knob, over HTTP as a script would use it.
        int status = 0;
        f.raw("POST", s("/sandbox/okms/instance"), QJsonObject{{s("available"), false}}, &status);
        QCOMPARE(status, 200);
        QVERIFY(!f.modules.okms->isInstanceAvailable());

        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        QVERIFY(model.okmsInstances().isEmpty());
        QVERIFY(!model.selectedOkms());
        QCOMPARE(model.status(), StageModel::Status::NotStarted);
        QVERIFY2(model.statusText().contains(s("order one")), qPrintable(model.statusText()));
        const QString help = VmEncryptionModel::orderHelpText();
        QVERIFY(help.contains(s("Order a KMS")));   // how
        QVERIFY(help.contains(s("eu-west-rbx")));   // in which region
        // Nothing can be created against a KMS that does not exist.
        QVERIFY(!model.createCredential());
        QCOMPARE(model.credentialState(), CState::None);
        QVERIFY(!model.probeKmip());
        QVERIFY(model.hasError());

        // Once ordered (the instance is back), the same model finds it.
        f.modules.okms->setInstanceAvailable(true);
        QVERIFY(refreshed(model));
        QCOMPARE(model.okmsInstances().size(), 1);
        QVERIFY(!model.statusText().contains(s("order one")));
    }

    void csrPathKeyFileMatchesCertificate()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        QCOMPARE(model.okmsInstances().size(), 1);
        QCOMPARE(model.status(), StageModel::Status::NotStarted);
        QCOMPARE(model.defaultIdentityUrn(), s("urn:v1:eu:identity:account:xx1111-ovh"));
        QCOMPARE(model.identityUrns(), QStringList{model.defaultIdentityUrn()});
        QVERIFY(model.canLeave());

        // Inputs are checked before anything is sent.
        model.setValidityDays(366);
        QVERIFY(!model.createCredential());
        model.setValidityDays(30);
        model.setIdentityUrns({s("alice")});
        QVERIFY(!model.createCredential());
        QCOMPARE(model.credentialState(), CState::None);
        model.setIdentityUrns({model.defaultIdentityUrn()});

        QVERIFY(model.createCredential());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 30000); // generated locally, not saved yet
        QVERIFY(!model.canLeave());
        QVERIFY(!model.leaveBlockedReason().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Ready, 20000);
        QCOMPARE(model.status(), StageModel::Status::WaitingForUser); // READY, but the key first

        QTemporaryDir dir;
        const QString keyPath = dir.filePath(s("vcenter.key"));
        QVERIFY(model.saveKeyToFile(keyPath));
        QVERIFY(model.canLeave());
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(keyPath).permissions() & all, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(model.certificateMatchesKey());
        QCOMPARE(model.certificateFilePath(), dir.filePath(s("vcenter.crt")));

        // openssl agrees: the public key in the certificate is the key's public half.
        const auto fromCert = runOpenSsl({s("x509"), s("-noout"), s("-pubkey"), s("-in"), model.certificateFilePath()});
        const auto fromKey = runOpenSsl({s("pkey"), s("-pubout"), s("-in"), keyPath});
        QVERIFY(fromCert && fromKey);
        QVERIFY(fromCert->contains("BEGIN PUBLIC KEY"));
        QCOMPARE(*fromCert, *fromKey);
        // The sandbox never saw the key: the credential says it came from a CSR.
        QVERIFY(!f.server->stats()->duplicateCreations());
    }

    void noCsrPathKeyInKeychain()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        model.setUseCsr(false);
        model.setCredentialName(s("vcenter-nocsr"));
        QVERIFY(model.createCredential());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 10000);
        QVERIFY(model.saveKeyToKeychain());
        QTRY_COMPARE_WITH_TIMEOUT(model.keyStorage(), VmEncryptionModel::KeyStorage::Keychain, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Ready, 20000);
        QVERIFY(model.ovhcloudWork().isEmpty());
        QVERIFY(model.certificateMatchesKey());
        const QString key = SecretKeys::okmsPrivateKey(f.context->secretScope(), model.selectedOkmsId(), model.credentialId());
        SecretReadJob *job = f.secrets.read(key);
        QSignalSpy done(job, &SecretJob::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(job->result().ok());
        QVERIFY(crypto::certificateMatchesKey(model.certificatePem(), job->result().value()));
    }

    void credentialStuckInCreatingFails()
    {
        SandboxFixture f(1000); // 100 s of clock time per real second
        QVERIFY(f.started);
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        model.setCredentialName(s("stuck-vcenter"));
        QSignalSpy finished(&model, &VmEncryptionModel::actionFinished);
        QVERIFY(model.createCredential());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 30000);
        QVERIFY(model.saveKeyToKeychain());
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Failed, 30000);
        QCOMPARE(model.credentialStatus(), s("CREATING"));
        QVERIFY(model.lastErrorMessage().contains(s("still being created")));
        QVERIFY(!finished.isEmpty());
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(model.status() != StageModel::Status::Done);
    }

    void credentialReadFailuresKeepFollowingIt()
    {
        // An API outage while the credential is being created: its reads fail (503), then work
        // again. The model keeps following the same credential; "create" is never offered again,
        // so no second credential is made (tst_faults seed 11 found the opposite).
        SandboxFixture f(20); // 2 s of clock per real second: the credential is READY 2 s after
        QVERIFY(f.started);
        RetryPolicy noRetry;
        noRetry.maxAttempts = 1; // the model itself sees every failed read
        f.api->setRetryPolicy(noRetry);
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        model.setCredentialName(s("outage-vcenter"));
        QVERIFY(model.createCredential());
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::WaitingForReady, 30000);
        // OKMS at work, no OVH task: the status line waits for OVHcloud, it is not the customer's turn.
        QCOMPARE(model.ovhcloudWork(), s("issuing the access credential for vCenter"));
        QCOMPARE(PageStatus::of(&model).text, s("Waiting for OVHcloud: issuing the access credential for vCenter"));
        const QString read = s("GET /v2/okms/resource/{okmsId}/credential/{credentialId}");
        const int readsBefore = f.server->stats()->requestsFor(read);
        sandbox::FaultSpec outage;
        outage.error5xx = 1.0;
        f.server->setFaults(outage);
        QTRY_VERIFY_WITH_TIMEOUT(f.server->stats()->requestsFor(read) >= readsBefore + 2, 15000);
        QCOMPARE(model.credentialState(), CState::WaitingForReady);
        f.server->setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Ready, 20000);
        QVERIFY(model.certificateMatchesKey());
        QCOMPARE(f.server->stats()->requestsFor(s("POST /v2/okms/resource/{okmsId}/credential")), 1);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void registersTheListenerThumbprint()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        VmEncryptionModel model(f.context.get());
        model.taskPoller()->setIntervalMs(200);
        QVERIFY(refreshed(model));
        QVERIFY(model.createCredential());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 30000);
        QVERIFY(model.saveKeyToKeychain());
        QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Ready, 20000);

        QSignalSpy probed(&model, &VmEncryptionModel::probeFinished);
        QVERIFY(model.probeKmip());
        QVERIFY(probed.wait(15000));
        QVERIFY2(probed.first().first().toBool(), qPrintable(model.lastErrorMessage()));
        QCOMPARE(model.kmipHost(), s("localhost"));
        QCOMPARE(model.kmipAddress(), s("127.0.0.1"));
        QVERIFY2(model.kmipVerificationErrors().isEmpty(), qPrintable(model.kmipVerificationErrors().join(u';')));
        const QString listener = f.modules.okms->kmipRsaSha1Thumbprint(); // RSA by default (issue 17)
        QCOMPARE(model.kmipCertificate()->sha1Thumbprint, listener);
        QCOMPARE(model.status(), StageModel::Status::WaitingForUser);

        QSignalSpy finished(&model, &VmEncryptionModel::actionFinished);
        QVERIFY(model.registerKms());
        QTRY_VERIFY_WITH_TIMEOUT(!model.registrationTaskDescription().isEmpty(), 30000); // waits for vCenter
        QCOMPARE(f.modules.okms->configureVCenter(f.serviceName()), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(model.lastErrorMessage()));
        // Registered, but done only once the customer says vCenter's key provider is configured.
        QCOMPARE(model.status(), StageModel::Status::WaitingForUser);
        QVERIFY(model.awaitsManualStep());
        model.setManualStepConfirmed(true);
        QCOMPARE(model.status(), StageModel::Status::Done);
        QCOMPARE(model.registeredKms().size(), 1);
        QCOMPARE(model.registeredKms().first().sslThumbprint, listener);
        QVERIFY(f.modules.okms->isKmsRegistered(f.serviceName()));

        // Idempotent: registering again posts nothing.
        finished.clear();
        QVERIFY(model.registerKms());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(model.registeredKms().size(), 1);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void thumbprintMismatchIsRefused()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        QString wrong = f.modules.okms->kmipSha1Thumbprint();
        wrong[1] = wrong[1] == u'A' ? u'B' : u'A';
        ApiCall *call = f.api->post(f.context->servicePath() + s("/vmEncryption/kms"),
                                    QJsonObject{{s("ip"), s("127.0.0.1")}, {s("sslThumbprint"), wrong}});
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(!call->result().ok());
        QCOMPARE(call->result().error().kind, ApiError::Kind::BadRequest);
        QVERIFY(call->result().error().serverMessage.contains(s("does not match")));
        QVERIFY(refreshed(model));
        QVERIFY(model.registeredKms().isEmpty());
        QVERIFY(model.status() != StageModel::Status::Done);
    }
};

QTEST_GUILESS_MAIN(TestVmEncryptionModel)
#include "tst_vmencryptionmodel.moc"
