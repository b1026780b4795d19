// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 11: the private key OKMS shows once (`privateKeyPEM`, no CSR) is taken into
// SecretBytes as it is parsed, and every buffer the wizard's code made of it comes back cleansed:
// the text copy made to read the JSON at once, the custody's bytes once the key is saved and the
// model gone. Seen through SecretBytes' wipe observer (setWipeObserverForTests), which reports
// each buffer's bytes just before the wipe and whether they read zero just after.
#include "SandboxFixture.h"
#include "Stage5Helpers.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "stages/encryption/VmEncryptionModel.h"

#include <QMutex>

using namespace snc;
using namespace snc::test;

class TestOkmsKeyWipe : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { setWipeObserverForTests({}); }

    void keyShownOnceIsWipedFromEveryBufferWeMade()
    {
        QMutex mutex;
        QList<WipeRecord> wipes;
        setWipeObserverForTests([&](const WipeRecord &r) {
            if (!r.before.contains("PRIVATE KEY"))
                return;
            const QMutexLocker lock(&mutex);
            wipes.append(r);
        });

        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        SecretBytes saved;
        {
            VmEncryptionModel model(f.context.get());
            QVERIFY(refreshed(model));
            model.setUseCsr(false); // OKMS makes the key and answers it once
            model.setCredentialName(s("vcenter-wipe"));
            QVERIFY(model.createCredential());
            QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 10000);
            QVERIFY(model.saveKeyToKeychain());
            QTRY_COMPARE_WITH_TIMEOUT(model.keyStorage(), VmEncryptionModel::KeyStorage::Keychain, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(model.credentialState(), CState::Ready, 20000);
            SecretReadJob *job = f.secrets.read(SecretKeys::okmsPrivateKey(f.context->secretScope(),
                                                                          model.selectedOkmsId(), model.credentialId()));
            QSignalSpy done(job, &SecretJob::finished);
            QVERIFY(done.wait(5000));
            QVERIFY(job->result().ok());
            saved = job->takeSecret();
        } // the model, its flow and its key custody are gone
        QVERIFY(saved.expose().contains("PRIVATE KEY"));

        const QMutexLocker lock(&mutex);
        QList<WipeRecord> ofKey;
        for (const WipeRecord &r : std::as_const(wipes)) {
            if (r.before.trimmed() == saved.expose().trimmed())
                ofKey.append(r);
        }
        QVERIFY2(std::all_of(ofKey.cbegin(), ofKey.cend(), [](const WipeRecord &r) { return r.zeroedAfter; }),
                 "a buffer holding the key was not zero after its wipe");
        // The text copy read from the answer (a QString), wiped as soon as the key was in SecretBytes.
        QVERIFY2(std::any_of(ofKey.cbegin(), ofKey.cend(), [](const WipeRecord &r) { return r.wasString; }),
                 "the QString copy of privateKeyPEM was never wiped");
        // The custody's SecretBytes, wiped once the key was saved and its certificate checked.
        QVERIFY2(std::any_of(ofKey.cbegin(), ofKey.cend(), [](const WipeRecord &r) { return !r.wasString; }),
                 "the custody's copy of the key was not wiped");
    }
};

QTEST_GUILESS_MAIN(TestOkmsKeyWipe)
#include "tst_okmskeywipe.moc"
