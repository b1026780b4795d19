// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5's step table: VM encryption with OKMS. With a screenshots folder, the private key is
// saved there as a file (with its certificate); without one, into the keychain.
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/pages/VmEncryptionPage.h"

#include <QDir>

using VmEncryptionNames = snc::VmEncryptionPage::Names;

namespace snc {

namespace {

class EncryptionSteps
{
public:
    using CState = VmEncryptionModel::CredentialState;
    using Status = StageModel::Status;

    EncryptionSteps(UiDriver &ui, const QString &folder)
        : m_ui(ui), m_c(ui.controller()), m_kms(m_c->vmEncryption()), m_folder(folder)
    {
    }

    StepBody open()
    {
        return {[this] { return !m_c->isRefreshing(); },
                [this] { m_ui.openStage(5); },
                [this] { return m_c->currentPage() == 5 && m_kms->status() != Status::Unknown && !m_kms->isBusy(); }};
    }

    StepBody credential()
    {
        return {[this] {
                    return done() || m_kms->credentialState() != CState::None
                            || m_ui.isEnabled(VmEncryptionNames::createCredentialButton);
                },
                [this] {
                    if (!done() && m_kms->credentialState() == CState::None)
                        m_ui.click(VmEncryptionNames::createCredentialButton);
                },
                [this] {
                    return done() || m_kms->hasUnsavedKey() || m_kms->keyStorage() != VmEncryptionModel::KeyStorage::None
                            || m_kms->credentialState() == CState::Failed;
                }};
    }

    StepBody saveKey()
    {
        return {[this] {
                    return !m_kms->hasUnsavedKey()
                            || m_ui.isEnabled(m_folder.isEmpty() ? VmEncryptionNames::saveKeyKeychainButton
                                                                 : VmEncryptionNames::keyFileEdit);
                },
                [this] { saveTheKey(); },
                [this] { return !m_kms->hasUnsavedKey() && !m_kms->isBusy(); }};
    }

    /// A failed request (a 5xx, a dropped connection with nothing created) leaves the credential
    /// Failed and the create button enabled: the generic "again after an error" presses it, as a
    /// person would; the model re-reads the credentials first and reuses the same key pair.
    StepBody credentialReady()
    {
        return {nullptr,
                [this] {
                    if (m_kms->credentialState() == CState::Failed && m_ui.isEnabled(VmEncryptionNames::createCredentialButton))
                        m_ui.click(VmEncryptionNames::createCredentialButton);
                },
                [this] {
                    return done() || (m_kms->credentialState() == CState::Ready && m_kms->certificateMatchesKey());
                }};
    }

    StepBody readKmsCertificate()
    {
        return {[this] { return done() || m_ui.isEnabled(VmEncryptionNames::probeKmipButton); },
                [this] {
                    if (!done())
                        m_ui.click(VmEncryptionNames::probeKmipButton);
                },
                [this] { return done() || (m_kms->kmipCertificate().has_value() && !m_kms->isProbing()); }};
    }

    StepBody registerKms()
    {
        // Nothing to tick: the button is enabled only once the certificate verified (issue 15 item 2).
        return {[this] { return done() || m_ui.isEnabled(VmEncryptionNames::registerKmsButton); },
                [this] {
                    if (!done())
                        m_ui.click(VmEncryptionNames::registerKmsButton);
                },
                [this] { return done() && !m_kms->isBusy(); }};
    }

private:
    bool done() const { return m_kms->status() == Status::Done; }

    void saveTheKey()
    {
        if (!m_kms->hasUnsavedKey())
            return;
        if (m_folder.isEmpty()) {
            m_ui.click(VmEncryptionNames::saveKeyKeychainButton);
            return;
        }
        QDir().mkpath(m_folder);
        m_ui.type(VmEncryptionNames::keyFileEdit, QDir(m_folder).filePath(QStringLiteral("okms-vcenter.key")));
        m_ui.click(VmEncryptionNames::saveKeyFileButton);
    }

    UiDriver &m_ui;
    WizardController *m_c;
    VmEncryptionModel *m_kms;
    const QString m_folder;
};

} // namespace

QList<AutopilotStep> steps::vmEncryption(UiDriver &ui, const QString &folder)
{
    if (!ui.controller()->vmEncryption() || !ui.controller()->activation())
        return {};
    using S = EncryptionSteps;
    return makeSteps(std::make_shared<S>(ui, folder), 5, {
            {"stage5-open",                 60000,  Shot | OpensPage, &S::open},
            {"stage5-credential",           120000, Shot,             &S::credential},
            {"stage5-save-key",             60000,  Shot,             &S::saveKey},
            {"stage5-credential-ready",     180000, Shot,             &S::credentialReady},
            {"stage5-read-kms-certificate", 60000,  Shot,             &S::readKmsCertificate},
            {"stage5-register-kms",         180000, Shot,             &S::registerKms},
    });
}

} // namespace snc
