// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Autopilot steps for stage 5 (VM encryption with OKMS) and stage 6 (SecNumCloud activation),
// driving the real pages. With a screenshots folder, the private key, the certificate and the
// compliance report (HTML + PDF) are saved there too.
#include "Autopilot.h"

#include "stages/WizardController.h"
#include "stages/activation/ActivationModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/MainWindow.h"
#include "ui/pages/ActivationPage.h"
#include "ui/pages/VmEncryptionPage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QTest>

using ActivationNames = snc::ActivationPage::Names;
using MainWindowNames = snc::MainWindow::Names;
using VmEncryptionNames = snc::VmEncryptionPage::Names;

namespace snc {

void Autopilot::buildStage56Steps()
{
    using CState = VmEncryptionModel::CredentialState;
    using Status = StageModel::Status;
    WizardController *c = controller();
    VmEncryptionModel *kms = c->vmEncryption();
    ActivationModel *activation = c->activation();
    if (!kms || !activation)
        return;
    m_coveredStages << 5 << 6;
    const QString folder = m_screenshots;
    const auto inFolder = [folder](const QString &name) { return QDir(folder).filePath(name); };
    // The rail, as a person would click it: stages 3–4 may be driven by other steps (or not).
    const auto openStage = [this, c](int n) {
        if (isEnabled(MainWindowNames::nextButton) && c->currentPage() == n - 1) {
            click(MainWindowNames::nextButton);
            return;
        }
        selectRow(MainWindowNames::stageRail, n);
    };
    const auto kmsDone = [kms] { return kms->status() == Status::Done; };

    // ---- Stage 5 ------------------------------------------------------------------------------
    m_steps << Step{QStringLiteral("stage5-open"), 5, 60000, [c] { return !c->isRefreshing(); },
                    [openStage] { openStage(5); },
                    [c, kms] { return c->currentPage() == 5 && kms->status() != Status::Unknown && !kms->isBusy(); }, true, true};
    m_steps << Step{QStringLiteral("stage5-credential"), 5, 120000,
                    [this, kms, kmsDone] {
                        return kmsDone() || kms->credentialState() != CState::None || isEnabled(VmEncryptionNames::createCredentialButton);
                    },
                    [this, kms, kmsDone] {
                        if (!kmsDone() && kms->credentialState() == CState::None)
                            click(VmEncryptionNames::createCredentialButton);
                    },
                    [kms, kmsDone] {
                        return kmsDone() || kms->hasUnsavedKey()
                                || kms->keyStorage() != VmEncryptionModel::KeyStorage::None
                                || kms->credentialState() == CState::Failed;
                    }};
    m_steps << Step{QStringLiteral("stage5-save-key"), 5, 60000,
                    [this, kms, folder] {
                        return !kms->hasUnsavedKey()
                                || isEnabled(folder.isEmpty() ? VmEncryptionNames::saveKeyKeychainButton : VmEncryptionNames::keyFileEdit);
                    },
                    [this, kms, folder, inFolder] {
                        if (!kms->hasUnsavedKey())
                            return;
                        if (folder.isEmpty()) {
                            click(VmEncryptionNames::saveKeyKeychainButton);
                            return;
                        }
                        QDir().mkpath(folder);
                        type(VmEncryptionNames::keyFileEdit, inFolder(QStringLiteral("okms-vcenter.key")));
                        click(VmEncryptionNames::saveKeyFileButton);
                    },
                    [kms] { return !kms->hasUnsavedKey() && !kms->isBusy(); }};
    // A failed request (a 5xx, a dropped connection with nothing created) leaves the credential
    // Failed and the create button enabled: the generic "again after an error" presses it, as a
    // person would; the model re-reads the credentials first and reuses the same key pair.
    m_steps << Step{QStringLiteral("stage5-credential-ready"), 5, 180000, nullptr,
                    [this, kms] {
                        if (kms->credentialState() == CState::Failed && isEnabled(VmEncryptionNames::createCredentialButton))
                            click(VmEncryptionNames::createCredentialButton);
                    },
                    [kms, kmsDone] {
                        return kmsDone() || (kms->credentialState() == CState::Ready && kms->certificateMatchesKey());
                    }};
    m_steps << Step{QStringLiteral("stage5-read-kms-certificate"), 5, 60000,
                    [this, kmsDone] { return kmsDone() || isEnabled(VmEncryptionNames::probeKmipButton); },
                    [this, kmsDone] {
                        if (!kmsDone())
                            click(VmEncryptionNames::probeKmipButton);
                    },
                    [kms, kmsDone] { return kmsDone() || (kms->kmipCertificate().has_value() && !kms->isProbing()); }};
    m_steps << Step{QStringLiteral("stage5-register-kms"), 5, 180000,
                    [this, kmsDone] { return kmsDone() || isEnabled(VmEncryptionNames::confirmCertificateCheck); },
                    [this, kmsDone] {
                        if (kmsDone())
                            return;
                        check(VmEncryptionNames::confirmCertificateCheck);
                        if (m_running)
                            click(VmEncryptionNames::registerKmsButton);
                    },
                    [kms, kmsDone] { return kmsDone() && !kms->isBusy(); }};

    // ---- Stage 6 ------------------------------------------------------------------------------
    m_steps << Step{QStringLiteral("stage6-open"), 6, 60000, [c] { return !c->isRefreshing(); },
                    [openStage] { openStage(6); },
                    [c, activation] {
                        return c->currentPage() == 6 && activation->status() != Status::Unknown && !activation->isBusy();
                    }, true, true};
    m_steps << Step{QStringLiteral("stage6-activate"), 6, 240000,
                    [this, activation] { return activation->status() == Status::Done || isEnabled(ActivationNames::activateButton); },
                    [this, activation] {
                        if (activation->status() != Status::Done)
                            click(ActivationNames::activateButton);
                    },
                    [activation] {
                        return activation->status() == Status::Done && activation->pendingOptions().isEmpty()
                                && !activation->isBusy();
                    }};
    m_steps << Step{QStringLiteral("stage6-report"), 6, 60000,
                    [this] { return isEnabled(ActivationNames::exportReportButton); },
                    [this, folder, inFolder] {
                        if (folder.isEmpty())
                            return;
                        type(ActivationNames::reportPathEdit, inFolder(QStringLiteral("compliance-report")));
                        click(ActivationNames::exportReportButton);
                    },
                    [folder, inFolder] {
                        return folder.isEmpty()
                                || (QFileInfo::exists(inFolder(QStringLiteral("compliance-report.html")))
                                    && QFileInfo(inFolder(QStringLiteral("compliance-report.pdf"))).size() > 0);
                    }};
}

} // namespace snc
