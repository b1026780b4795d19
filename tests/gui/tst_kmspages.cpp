// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5 and 6 pages in the real window against the embedded sandbox: every control named,
// the private-key page cannot be left before the key is saved, the KMS certificate shown with
// its thumbprints, and stage 6 saying what blocks SecNumCloud and with which stage.
#include "GuiFixture.h"

#include "ui/widgets/TechnicalDetails.h"
#include "ui/PageStatusLine.h"

#include "stages/StageContext.h"
#include "stages/activation/ActivationModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/MainWindow.h"
#include "ui/OutboxPanel.h"
#include "ui/pages/ActivationPage.h"
#include "ui/pages/VmEncryptionPage.h"
#include "ui/widgets/SubStepCard.h"
#include "ui/widgets/TaskProgressWidget.h"
#include "sandbox/SandboxServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSpinBox>
#include <QTextBrowser>

using ActivationNames = snc::ActivationPage::Names;
using MainWindowNames = snc::MainWindow::Names;
using OutboxPanelNames = snc::OutboxPanel::Names;
using VmEncryptionNames = snc::VmEncryptionPage::Names;

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
        for (const char *name : {VmEncryptionNames::okmsCombo, VmEncryptionNames::credentialNameEdit,
                                 VmEncryptionNames::identityUrnsEdit, VmEncryptionNames::validitySpin,
                                 VmEncryptionNames::useCsrCheck, VmEncryptionNames::keyAlgorithmCombo,
                                 VmEncryptionNames::createCredentialButton, VmEncryptionNames::probeKmipButton,
                                 VmEncryptionNames::registerKmsButton})
            QVERIFY2(f.find<QWidget>(name), name);
        QVERIFY(!f.find<QComboBox>(VmEncryptionNames::okmsCombo)->accessibleName().isEmpty());
        QCOMPARE(f.find<QComboBox>(VmEncryptionNames::okmsCombo)->count(), 1);
        QVERIFY(f.find<QLineEdit>(VmEncryptionNames::identityUrnsEdit)->text().startsWith(QStringLiteral("urn:v1:eu:identity:account:")));
        QVERIFY(!f.find<QWidget>(VmEncryptionNames::keySaveBox)->isVisible());

        f.click(VmEncryptionNames::createCredentialButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->hasUnsavedKey(), 30000);
        QTRY_VERIFY(f.find<QWidget>(VmEncryptionNames::keySaveBox)->isVisible());
        // Not leaving before the key is saved: neither Back, nor the rail, nor the controller.
        QVERIFY(!f.find<QAbstractButton>(MainWindowNames::backButton)->isEnabled());
        f.controller()->setCurrentPage(4);
        QCOMPARE(f.controller()->currentPage(), 5);
        QVERIFY(!f.find<QLabel>(VmEncryptionNames::keyWarningLabel)->text().isEmpty());

        const QString keyPath = f.dir.filePath(QStringLiteral("vcenter.key"));
        f.type(VmEncryptionNames::keyFileEdit, keyPath);
        f.click(VmEncryptionNames::saveKeyFileButton);
        QTRY_VERIFY(!model->hasUnsavedKey());
        QVERIFY(QFileInfo::exists(keyPath));
        QTRY_VERIFY(f.find<QAbstractButton>(MainWindowNames::backButton)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(model->credentialState(), VmEncryptionModel::CredentialState::Ready, 30000);
        // Issue 18 item 5: a plain sentence; the credential's UUID only in the technical details.
        QTRY_VERIFY(!f.find<QLabel>(VmEncryptionNames::credentialStatusLabel)->text().contains(model->credentialId()));
        QTRY_VERIFY(f.window->findChild<TechnicalDetails *>(QStringLiteral("credentialTechnical"))
                            ->lines()
                            .contains(QStringLiteral("credential id: %1").arg(model->credentialId())));

        QTRY_VERIFY(f.find<QAbstractButton>(VmEncryptionNames::probeKmipButton)->isEnabled());
        f.click(VmEncryptionNames::probeKmipButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->kmipCertificate().has_value(), 20000);
        QTRY_VERIFY(f.find<QLabel>(VmEncryptionNames::kmipCertificateLabel)->text().contains(model->kmipCertificate()->sha1Thumbprint));
        QVERIFY(f.find<QLabel>(VmEncryptionNames::kmipCertificateLabel)->text().contains(model->kmipCertificate()->sha256Fingerprint));
        // The sandbox's KMIP certificate chains to its OKMS public CA: nothing to tick, no checkbox.
        QVERIFY(model->kmipVerified());
        QVERIFY(!f.window->findChild<QCheckBox *>(QStringLiteral("confirmCertificateCheck")));
        QTRY_VERIFY(f.find<QAbstractButton>(VmEncryptionNames::registerKmsButton)->isEnabled());
        f.click(VmEncryptionNames::registerKmsButton);
        // Issue 17: the registration waits for vCenter, and the page says so with the task's own
        // words and where the certificate and key are.
        QTRY_VERIFY_WITH_TIMEOUT(f.find<TaskProgressWidget>(VmEncryptionNames::kmsTaskProgress)->findChild<QLabel *>()
                                         ->text().contains(QStringLiteral("Waiting for customer to configure the KMS Server")), 30000);
        const QString steps = f.find<QLabel>(VmEncryptionNames::vcenterInstructionsLabel)->text();
        QVERIFY2(steps.contains(keyPath) && steps.contains(model->certificateFilePath()), qPrintable(steps));
        // What the customer does in vCenter, the person practising says with the practice
        // panel's button (the sandbox has no vCenter): the registration ends only then.
        f.click(OutboxPanelNames::practiceVcenterButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.find<QLabel>(OutboxPanelNames::practiceVcenterLabel)->text().contains(QStringLiteral("now treats vCenter as configured")), 20000);
        // Issue 18 item 3: registered, but the key provider in vCenter is the customer's to
        // confirm; until then the stage is not done, and Next says why.
        QTRY_VERIFY_WITH_TIMEOUT(model->awaitsManualStep(), 60000);
        QCOMPARE(model->status(), StageModel::Status::WaitingForUser);
        QTRY_VERIFY(f.find<QLabel>(PageStatusLine::Names::pageStatusLabel)->text().startsWith(QStringLiteral("Your turn: ")));
        QVERIFY(!f.find<QPushButton>(MainWindow::Names::nextButton)->isEnabled());
        QVERIFY(f.find<QLabel>(MainWindow::Names::nextReasonLabel)->text().contains(QStringLiteral("vCenter")));
        auto *confirm = f.find<QCheckBox>(PageStatusLine::Names::manualStepCheck);
        QVERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(6, confirm->height() / 2));
        QTRY_COMPARE(model->status(), StageModel::Status::Done);
        const StageContext *ctx = f.controller()->context();
        QCOMPARE(f.controller()->settings()->confirmation(ctx->secretScope() + QLatin1Char('|') + ctx->serviceName(),
                                                          QStringLiteral("kms.vcenterKeyProvider")),
                 WizardSettings::Confirmation::Confirmed);
        QTRY_COMPARE(f.find<QLabel>(PageStatusLine::Names::pageStatusLabel)->text(),
                     QStringLiteral("Done: %1").arg(model->statusText()));
        QTRY_VERIFY(f.window->findChild<TechnicalDetails *>(QStringLiteral("registeredKmsTechnical"))
                            ->lines()
                            .join(QLatin1Char('\n'))
                            .contains(model->kmipCertificate()->sha1Thumbprint));
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
        for (const char *name : {ActivationNames::blockersLabel, ActivationNames::pendingOptionsLabel,
                                 ActivationNames::activateButton, ActivationNames::reportView,
                                 ActivationNames::reportPathEdit, ActivationNames::exportReportButton,
                                 ActivationNames::showReportButton})
            QVERIFY2(f.find<QWidget>(name), name);
        // The pre-checks are advice (issue 16): named with their stages, the button still on.
        QVERIFY(f.find<QAbstractButton>(ActivationNames::activateButton)->isEnabled());
        const QString blockers = f.find<QLabel>(ActivationNames::blockersLabel)->text();
        QVERIFY2(blockers.contains(QStringLiteral("Stage 1")) && blockers.contains(QStringLiteral("Stage 4")), qPrintable(blockers));
        // The option in words; its API name "snc" only in the technical details (issue 18 item 5).
        QVERIFY(f.find<QLabel>(ActivationNames::pendingOptionsLabel)->text().contains(QStringLiteral("SecNumCloud")));
        QVERIFY(!f.find<QLabel>(ActivationNames::pendingOptionsLabel)->text().contains(QStringLiteral("snc")));
        QVERIFY(f.window->findChild<TechnicalDetails *>(QStringLiteral("pendingOptionsTechnical"))
                        ->lines()
                        .join(QLatin1Char('\n'))
                        .contains(QStringLiteral("snc")));
        QTRY_VERIFY(f.find<QTextBrowser>(ActivationNames::reportView)->toPlainText().contains(QStringLiteral("pcc-192-0-2-1")));

        // The report has its own sub-step, opened once SecNumCloud is active (issue 18 item 2);
        // until then its export is reached through the page (the autopilot presses the button after).
        QCOMPARE(f.find<SubStepCard>(ActivationNames::reportStep)->state(), SubStepCard::State::Later);
        QVERIFY(!f.find<QWidget>(ActivationNames::exportReportButton)->isVisible());
        const QString base = f.dir.filePath(QStringLiteral("report"));
        auto *page = f.window->findChild<ActivationPage *>();
        QVERIFY(page && page->exportReport(base));
        // The PDF is written off the GUI thread; the button comes back when it has landed.
        QTRY_VERIFY_WITH_TIMEOUT(f.find<QAbstractButton>(ActivationNames::exportReportButton)->isEnabled(), 30000);
        QVERIFY(QFileInfo(base + QStringLiteral(".pdf")).size() > 0);
        QVERIFY(f.find<QLabel>(ActivationNames::exportResultLabel)->text().startsWith(QStringLiteral("Report saved")));
        QVERIFY(QFileInfo::exists(base + QStringLiteral(".html")));
        f.translations.setLanguage(QStringLiteral("fr")); // retranslates without losing state
        QTRY_VERIFY(f.find<QTextBrowser>(ActivationNames::reportView)->toPlainText().contains(QStringLiteral("pcc-192-0-2-1")));
        f.stop();
    }
};

QTEST_MAIN(TestKmsPages)
#include "tst_kmspages.moc"
