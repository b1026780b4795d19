// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace snc {

class TechnicalDetails;

class SubStepCard;
class TaskProgressWidget;
class VmEncryptionModel;

/**
 * @brief Stage 5 — VM encryption with OKMS: the KMS instance (or how to order one), the access
 * credential form (CSR made locally by default), the private key's saving (keychain or a file
 * chosen by the person; the wizard refuses to leave the page before), the KMIP certificate to
 * check and confirm, the registration task and what to do in vCenter meanwhile.
 * Bound to VmEncryptionModel; no network call of its own, no modal loop (the file dialog is
 * opened with open()).
 */
class VmEncryptionPage : public StagePage
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char vmEncryptionPage[] = "vmEncryptionPage";
        static constexpr char vmEncryptionIntroLabel[] = "vmEncryptionIntroLabel";
        static constexpr char okmsCombo[] = "okmsCombo";
        static constexpr char orderOkmsLabel[] = "orderOkmsLabel";
        static constexpr char credentialTitleLabel[] = "credentialTitleLabel";
        static constexpr char credentialNameEdit[] = "credentialNameEdit";
        static constexpr char identityUrnsEdit[] = "identityUrnsEdit";
        static constexpr char validitySpin[] = "validitySpin";
        static constexpr char useCsrCheck[] = "useCsrCheck";
        static constexpr char keyAlgorithmCombo[] = "keyAlgorithmCombo";
        static constexpr char createCredentialButton[] = "createCredentialButton";
        static constexpr char credentialStatusLabel[] = "credentialStatusLabel";
        static constexpr char keySaveBox[] = "keySaveBox";
        static constexpr char keyWarningLabel[] = "keyWarningLabel";
        static constexpr char saveKeyKeychainButton[] = "saveKeyKeychainButton";
        static constexpr char keyFileEdit[] = "keyFileEdit";
        static constexpr char browseKeyFileButton[] = "browseKeyFileButton";
        static constexpr char saveKeyFileButton[] = "saveKeyFileButton";
        static constexpr char kmipTitleLabel[] = "kmipTitleLabel";
        static constexpr char probeKmipButton[] = "probeKmipButton";
        static constexpr char kmipCertificateLabel[] = "kmipCertificateLabel";
        static constexpr char registerKmsButton[] = "registerKmsButton";
        static constexpr char kmsTaskProgress[] = "kmsTaskProgress";
        static constexpr char vcenterInstructionsLabel[] = "vcenterInstructionsLabel";
        static constexpr char registeredKmsLabel[] = "registeredKmsLabel";
        static constexpr char vmEncryptionScroll[] = "vmEncryptionScroll";
        static constexpr char keyFileDialog[] = "keyFileDialog";
        // Its sub-steps (issue 18 item 2): 5.1 … 5.4; each Change button is `<card>ChangeButton`.
        static constexpr char credentialStep[] = "credentialStep";
        static constexpr char keyStep[] = "keyStep";
        static constexpr char kmsCertificateStep[] = "kmsCertificateStep";
        static constexpr char registrationStep[] = "registrationStep";
    };

    explicit VmEncryptionPage(VmEncryptionModel *model, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void sync() override;
    int derivedSubStep() const override;

private:
    void browseKeyFile();
    QString certificateText() const;

    VmEncryptionModel *m_model;
    QLabel *m_intro;
    QLabel *m_okmsLabel;
    QComboBox *m_okms;
    QLabel *m_orderHelp;
    QLabel *m_credentialTitle;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_urnsLabel;
    QLineEdit *m_urns;
    QLabel *m_validityLabel;
    QSpinBox *m_validity;
    QCheckBox *m_useCsr;
    QLabel *m_algorithmLabel;
    QComboBox *m_algorithm;
    QPushButton *m_create;
    QLabel *m_credentialStatus;
    TechnicalDetails *m_credentialTechnical; ///< credential id and status as OVHcloud gives them
    QWidget *m_keyBox;
    QLabel *m_keyWarning;
    QPushButton *m_saveKeychain;
    QLineEdit *m_keyFile;
    QPushButton *m_browse;
    QPushButton *m_saveFile;
    QLabel *m_kmipTitle;
    QPushButton *m_probe;
    QLabel *m_certificate;
    QPushButton *m_register;
    TaskProgressWidget *m_progress;
    QLabel *m_vcenter;
    QLabel *m_registered;
    TechnicalDetails *m_registeredTechnical; ///< the KMS entries' raw states and thumbprints
    SubStepCard *m_credentialStep;
    SubStepCard *m_keyStep;
    SubStepCard *m_certificateStep;
    SubStepCard *m_registrationStep;
};

} // namespace snc
