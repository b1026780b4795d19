// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5, crash and resume (issue 6, item 2), against the real in-process sandbox: a model
// destroyed after its credential request (a killed wizard) and a fresh model on the same secret
// store and server (the restarted one), which adopts the credential instead of creating another.
#include "SandboxFixture.h"
#include "Stage5Helpers.h"

#include "crypto/KeyPair.h"
#include "sandbox/SandboxStats.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "stages/encryption/VmEncryptionModel.h"

#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;

namespace {

/// Whether the store holds `key` (waited for).
bool stored(SecretStore &store, const QString &key)
{
    SecretReadJob *job = store.read(key);
    QSignalSpy done(job, &SecretJob::finished);
    return done.wait(5000) && job->result().ok();
}

/// The ids of the OKMS's credentials named `name`, as the API lists them.
QStringList credentialIds(SandboxFixture &f, const QString &okmsId, const QString &name)
{
    // Every page: the sandbox pages v2 lists (one item a page), and a duplicate may be on any.
    ApiCall *call = f.api->getAllPages(s("/v2/okms/resource/%1/credential").arg(okmsId));
    QSignalSpy done(call, &ApiCall::finished);
    QStringList ids;
    if (!done.wait(10000) || !call->result().ok())
        return {s("<unreadable>")};
    for (const QJsonValue &v : call->result().value().toArray()) {
        if (v.toObject().value(s("name")).toString() == name)
            ids << v.toObject().value(s("id")).toString();
    }
    return ids;
}
} // namespace

class TestVmEncryptionResume : public QObject
{
    Q_OBJECT

private slots:
    // Issue 6 (crash and resume): killed after the CSR was sent, before the key was saved. A
    // fresh model (a restarted wizard: same keychain, same server) adopts the credential from the
    // recovery copy of its key instead of creating another one; once saved, the copy goes, and a
    // third model, killed before the KMS registration, finds the credential done.
    void restartedModelAdoptsTheCredential()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        f.ticker.stop(); // server time stands still: the credential stays CREATING
        QString id;
        QString okmsId;
        {
            VmEncryptionModel killed(f.context.get());
            QVERIFY(refreshed(killed));
            QVERIFY(killed.createCredential());
            QTRY_COMPARE_WITH_TIMEOUT(killed.credentialState(), CState::WaitingForReady, 30000);
            QVERIFY(killed.hasUnsavedKey());
            id = killed.credentialId();
            okmsId = killed.selectedOkmsId();
        }
        const QString name = s("vcenter-") + f.serviceName();
        const QString recovery = SecretKeys::okmsRecoveryPrivateKey(f.context->secretScope(), okmsId, name);
        QVERIFY(stored(f.secrets, recovery));

        VmEncryptionModel restarted(f.context.get());
        QVERIFY(refreshed(restarted));
        QCOMPARE(restarted.credentialId(), id);
        QCOMPARE(restarted.credentialState(), CState::WaitingForReady);
        QVERIFY(restarted.hasUnsavedKey());
        QVERIFY(!restarted.canLeave());
        f.ticker.start(10);
        QTRY_COMPARE_WITH_TIMEOUT(restarted.credentialState(), CState::Ready, 20000);
        QVERIFY(restarted.certificateMatchesKey());
        QVERIFY(stored(f.secrets, recovery)); // until the key is saved
        QVERIFY(restarted.saveKeyToKeychain());
        QTRY_COMPARE_WITH_TIMEOUT(restarted.keyStorage(), VmEncryptionModel::KeyStorage::Keychain, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!stored(f.secrets, recovery), 10000);
        QVERIFY(stored(f.secrets, SecretKeys::okmsPrivateKey(f.context->secretScope(), okmsId, id)));

        // Killed again after saving: resumes at the registration, the credential READY.
        VmEncryptionModel again(f.context.get());
        QVERIFY(refreshed(again));
        QCOMPARE(again.credentialId(), id);
        QCOMPARE(again.credentialState(), CState::Ready);
        QVERIFY(again.certificateMatchesKey());
        QCOMPARE(again.keyStorage(), VmEncryptionModel::KeyStorage::Keychain);
        QVERIFY(!again.hasUnsavedKey());
        QCOMPARE(credentialIds(f, okmsId, name), QStringList{id});
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    // Killed once READY, before the key was saved: adopted READY; a recovery copy that does not
    // match the certificate is refused with a message.
    void restartedModelChecksTheRecoveredKey()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        QString id;
        QString okmsId;
        {
            VmEncryptionModel killed(f.context.get());
            QVERIFY(refreshed(killed));
            QVERIFY(killed.createCredential());
            QTRY_COMPARE_WITH_TIMEOUT(killed.credentialState(), CState::Ready, 30000);
            QVERIFY(killed.hasUnsavedKey());
            id = killed.credentialId();
            okmsId = killed.selectedOkmsId();
        }
        const QString recovery = SecretKeys::okmsRecoveryPrivateKey(f.context->secretScope(), okmsId, s("vcenter-") + f.serviceName());
        SecretBytes copy;
        {
            SecretReadJob *job = f.secrets.read(recovery);
            QSignalSpy done(job, &SecretJob::finished);
            QVERIFY(done.wait(5000));
            copy = job->takeSecret();
        }
        QVERIFY(!copy.isEmpty());
        {
            VmEncryptionModel restarted(f.context.get());
            QVERIFY(refreshed(restarted));
            QCOMPARE(restarted.credentialId(), id);
            QCOMPARE(restarted.credentialState(), CState::Ready);
            QVERIFY(restarted.certificateMatchesKey());
            QVERIFY(restarted.hasUnsavedKey());
            QVERIFY(!restarted.hasError());
        }
        // Another key under the recovery name (not the one of the certificate): not adopted.
        const auto other = crypto::generateKeyPair(crypto::KeyAlgorithm::EcP256);
        QVERIFY(other);
        SecretWriteJob *write = f.secrets.write(recovery, other->privateKeyPem.clone());
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait(5000));
        VmEncryptionModel wrong(f.context.get());
        QVERIFY(refreshed(wrong));
        QCOMPARE(wrong.credentialState(), CState::None);
        QVERIFY(wrong.credentialId().isEmpty());
        QVERIFY(!wrong.hasUnsavedKey());
        QVERIFY2(wrong.lastErrorMessage().contains(s("does not match")), qPrintable(wrong.lastErrorMessage()));

        // The right copy back: adopted, then saved to a file; a restart finds the key in the file.
        SecretWriteJob *back = f.secrets.write(recovery, copy.clone());
        QSignalSpy restored(back, &SecretJob::finished);
        QVERIFY(restored.wait(5000));
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(s("vcenter.key"));
        {
            VmEncryptionModel filed(f.context.get());
            QVERIFY(refreshed(filed));
            QCOMPARE(filed.credentialState(), CState::Ready);
            QVERIFY(filed.saveKeyToFile(keyPath));
            QTRY_VERIFY_WITH_TIMEOUT(!stored(f.secrets, recovery), 10000);
        }
        VmEncryptionModel resumed(f.context.get());
        QVERIFY(refreshed(resumed));
        QCOMPARE(resumed.credentialId(), id);
        QCOMPARE(resumed.credentialState(), CState::Ready);
        QCOMPARE(resumed.keyStorage(), VmEncryptionModel::KeyStorage::File);
        QCOMPARE(resumed.keyFilePath(), keyPath);
        QVERIFY(resumed.certificateMatchesKey() && !resumed.hasUnsavedKey());
        QCOMPARE(credentialIds(f, okmsId, s("vcenter-") + f.serviceName()), QStringList{id});
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVmEncryptionResume)
#include "tst_vmencryptionresume.moc"
