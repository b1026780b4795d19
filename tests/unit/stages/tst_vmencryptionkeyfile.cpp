// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 12: the private key saved at a typed path never silently replaces a file that is
// already there (the model asks; the same path saved again confirms), and the file it writes is
// owner-only even under a umask of 0.
#include "SandboxFixture.h"
#include "Stage5Helpers.h"

#include "stages/encryption/VmEncryptionModel.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace snc;
using namespace snc::test;

class TestVmEncryptionKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void asksBeforeReplacingAFile()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        VmEncryptionModel model(f.context.get());
        QVERIFY(refreshed(model));
        QVERIFY(model.createCredential());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasUnsavedKey(), 30000);

        QTemporaryDir dir;
        const QString keyPath = dir.filePath(s("vcenter.key"));
        QFile other(keyPath);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("another key the user keeps");
        other.close();

        const mode_t oldUmask = ::umask(0);
        const auto restore = qScopeGuard([oldUmask] { ::umask(oldUmask); });
        QVERIFY(!model.saveKeyToFile(keyPath));
        QVERIFY(model.hasError());
        QVERIFY2(model.lastErrorMessage().contains(s("already exists")), qPrintable(model.lastErrorMessage()));
        QCOMPARE(model.keyFileAwaitingReplace(), QFileInfo(keyPath).absoluteFilePath());
        QVERIFY(model.hasUnsavedKey());
        QFile kept(keyPath);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("another key the user keeps"));
        kept.close();

        // Saved again to the same path: the confirmation.
        QVERIFY(model.saveKeyToFile(keyPath));
        QVERIFY(model.keyFileAwaitingReplace().isEmpty());
        QVERIFY(!model.hasUnsavedKey());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("PRIVATE KEY"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestVmEncryptionKeyFile)
#include "tst_vmencryptionkeyfile.moc"
