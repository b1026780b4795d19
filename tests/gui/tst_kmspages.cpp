// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5 and 6 pages in the real window against the embedded sandbox: every control named,
// the private-key page cannot be left before the key is saved, the KMS certificate shown with
// its thumbprints, and stage 6 saying what blocks SecNumCloud and with which stage.
#include "GuiFixture.h"

#include "stages/activation/ActivationModel.h"
#include "stages/encryption/VmEncryptionModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSpinBox>
#include <QTextBrowser>

using namespace snc;

class TestKmsPages : public QObject
{
    Q_OBJECT

private slots:
    void vmEncryptionPageKeepsTheKey()
    {
        GuiFixture f;
        QVERIFY(f.start(20.0));
        f.connectAndChooseService();
        VmEncryptionModel *model = f.controller()->vmEncryption();
        QVERIFY(model);
        f.controller()->setCurrentPage(5);
        QTRY_VERIFY_WITH_TIMEOUT(model->status() != StageModel::Status::Unknown && !model->isBusy(), 20000);
        for (const char *name : {"okmsCombo", "credentialNameEdit", "identityUrnsEdit", "validitySpin", "useCsrCheck",
                                 "keyAlgorithmCombo", "createCredentialButton", "probeKmipButton", "registerKmsButton"})
            QVERIFY2(f.find<QWidget>(name), name);
        QVERIFY(!f.find<QComboBox>("okmsCombo")->accessibleName().isEmpty());
        QCOMPARE(f.find<QComboBox>("okmsCombo")->count(), 1);
        QVERIFY(f.find<QLineEdit>("identityUrnsEdit")->text().startsWith(QStringLiteral("urn:v1:eu:identity:account:")));
        QVERIFY(!f.find<QWidget>("keySaveBox")->isVisible());

        f.click("createCredentialButton");
        QTRY_VERIFY_WITH_TIMEOUT(model->hasUnsavedKey(), 30000);
        QTRY_VERIFY(f.find<QWidget>("keySaveBox")->isVisible());
        // Not leaving before the key is saved: neither Back, nor the rail, nor the controller.
        QVERIFY(!f.find<QAbstractButton>("backButton")->isEnabled());
        f.controller()->setCurrentPage(4);
        QCOMPARE(f.controller()->currentPage(), 5);
        QVERIFY(!f.find<QLabel>("keyWarningLabel")->text().isEmpty());

        const QString keyPath = f.dir.filePath(QStringLiteral("vcenter.key"));
        f.type("keyFileEdit", keyPath);
        f.click("saveKeyFileButton");
        QTRY_VERIFY(!model->hasUnsavedKey());
        QVERIFY(QFileInfo::exists(keyPath));
        QTRY_VERIFY(f.find<QAbstractButton>("backButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(model->credentialState(), VmEncryptionModel::CredentialState::Ready, 30000);
        QTRY_VERIFY(f.find<QLabel>("credentialStatusLabel")->text().contains(model->credentialId()));

        QTRY_VERIFY(f.find<QAbstractButton>("probeKmipButton")->isEnabled());
        f.click("probeKmipButton");
        QTRY_VERIFY_WITH_TIMEOUT(model->kmipCertificate().has_value(), 20000);
        QTRY_VERIFY(f.find<QLabel>("kmipCertificateLabel")->text().contains(model->kmipCertificate()->sha1Thumbprint));
        QVERIFY(f.find<QLabel>("kmipCertificateLabel")->text().contains(model->kmipCertificate()->sha256Fingerprint));
        QVERIFY(!f.find<QAbstractButton>("registerKmsButton")->isEnabled()); // not confirmed yet
        auto *confirm = f.find<QCheckBox>("confirmCertificateCheck");
        QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(6, confirm->height() / 2));
        QVERIFY(confirm->isChecked());
        QTRY_VERIFY(f.find<QAbstractButton>("registerKmsButton")->isEnabled());
        f.click("registerKmsButton");
        QTRY_COMPARE_WITH_TIMEOUT(model->status(), StageModel::Status::Done, 60000);
        QTRY_VERIFY(f.find<QLabel>("registeredKmsLabel")->text().contains(model->kmipCertificate()->sha1Thumbprint));
        f.stop();
    }

    void activationPageNamesWhatBlocks()
    {
        GuiFixture f;
        QVERIFY(f.start(20.0));
        f.connectAndChooseService();
        ActivationModel *model = f.controller()->activation();
        f.controller()->setCurrentPage(6);
        QTRY_VERIFY_WITH_TIMEOUT(model->status() != StageModel::Status::Unknown && !model->isBusy(), 20000);
        for (const char *name : {"blockersLabel", "pendingOptionsLabel", "activateButton", "reportView",
                                 "reportPathEdit", "exportReportButton", "showReportButton"})
            QVERIFY2(f.find<QWidget>(name), name);
        QVERIFY(!f.find<QAbstractButton>("activateButton")->isEnabled());
        const QString blockers = f.find<QLabel>("blockersLabel")->text();
        QVERIFY2(blockers.contains(QStringLiteral("Stage 3")) && blockers.contains(QStringLiteral("Stage 5")), qPrintable(blockers));
        QVERIFY(f.find<QLabel>("pendingOptionsLabel")->text().contains(QStringLiteral("snc")));
        QTRY_VERIFY(f.find<QTextBrowser>("reportView")->toPlainText().contains(QStringLiteral("pcc-192-0-2-1")));

        const QString base = f.dir.filePath(QStringLiteral("report"));
        f.type("reportPathEdit", base);
        f.click("exportReportButton");
        QVERIFY(QFileInfo(base + QStringLiteral(".pdf")).size() > 0);
        QVERIFY(QFileInfo::exists(base + QStringLiteral(".html")));
        f.translations.setLanguage(QStringLiteral("fr")); // retranslates without losing state
        QTRY_VERIFY(f.find<QTextBrowser>("reportView")->toPlainText().contains(QStringLiteral("pcc-192-0-2-1")));
        f.stop();
    }
};

QTEST_MAIN(TestKmsPages)
#include "tst_kmspages.moc"
