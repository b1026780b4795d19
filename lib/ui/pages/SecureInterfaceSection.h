// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/security/SecureInterface.h"

#include <QGroupBox>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace snc {

class AdminSecurityModel;
class QrCodeView;
class ShownOnceSecret;

/**
 * @brief Part of the stage 2 page: the secure interface's "password lost" path — request the
 * SMS and e-mail codes, type them, choose a password (checked live against the policy, or
 * generated: then shown once, ShownOnceSecret), then enrol the authenticator (QR code, and its
 * Base32 secret shown once in groups of four, with Copy, Save and "I have stored it"), and type
 * its code right under the QR code. In production it only opens
 * the secure interface in the browser. Codes and passwords leave the fields as SecretBytes and
 * the fields are cleared once sent.
 */
class SecureInterfaceSection : public QGroupBox
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char secureInterfaceSection[] = "secureInterfaceSection";
        static constexpr char secureStepLabel[] = "secureStepLabel";
        static constexpr char passwordRulesLabel[] = "passwordRulesLabel";
        static constexpr char startResetButton[] = "startResetButton";
        static constexpr char smsCodeEdit[] = "smsCodeEdit";
        static constexpr char emailCodeEdit[] = "emailCodeEdit";
        static constexpr char submitCodesButton[] = "submitCodesButton";
        static constexpr char passwordEdit[] = "passwordEdit";
        static constexpr char passwordConfirmEdit[] = "passwordConfirmEdit";
        static constexpr char showPasswordCheck[] = "showPasswordCheck";
        static constexpr char generatePasswordButton[] = "generatePasswordButton";
        static constexpr char passwordCheckLabel[] = "passwordCheckLabel";
        static constexpr char definePasswordButton[] = "definePasswordButton";
        static constexpr char totpQrView[] = "totpQrView";
        // The TOTP secret, shown once (ShownOnceSecret, issue 18 item 8).
        static constexpr char totpSecretBox[] = "totpSecretBox";
        static constexpr char totpSecretTitleLabel[] = "totpSecretTitleLabel";
        static constexpr char totpSecretEdit[] = "totpSecretEdit";
        static constexpr char copySecretButton[] = "copySecretButton";
        static constexpr char saveSecretButton[] = "saveSecretButton";
        static constexpr char totpSecretStatusLabel[] = "totpSecretStatusLabel";
        static constexpr char totpStoredCheck[] = "totpStoredCheck";
        static constexpr char totpCodeHintLabel[] = "totpCodeHintLabel";
        // A generated password, shown once.
        static constexpr char generatedPasswordBox[] = "generatedPasswordBox";
        static constexpr char generatedPasswordEdit[] = "generatedPasswordEdit";
        static constexpr char copyPasswordButton[] = "copyPasswordButton";
        static constexpr char savePasswordButton[] = "savePasswordButton";
        static constexpr char generatedPasswordStatusLabel[] = "generatedPasswordStatusLabel";
        static constexpr char passwordStoredCheck[] = "passwordStoredCheck";
        static constexpr char totpAccountLabel[] = "totpAccountLabel";
        static constexpr char totpCodeEdit[] = "totpCodeEdit";
        static constexpr char confirmTotpButton[] = "confirmTotpButton";
    };

    explicit SecureInterfaceSection(AdminSecurityModel *model, QWidget *parent = nullptr);

    /// The parts the stage page moves onto sub-step cards of their own (issue 18 item 2: 2.3
    /// password, 2.4 authenticator); the section keeps the introduction, the start and the codes
    /// (2.2). The section still binds and shows or hides them; the caller takes them out of its layout.
    QWidget *rulesPart() const;
    QWidget *passwordPart() const;
    QWidget *totpPart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sync();
    void checkPassword();
    void showTotp();
    void bindSecureInterface();
    void onStepChanged(snc::SecureInterface::Step step);

    QPointer<AdminSecurityModel> m_model;
    QPointer<SecureInterface> m_bound;
    QLabel *m_step;
    QLabel *m_rules;
    QPushButton *m_start;
    QWidget *m_codes;
    QLabel *m_smsLabel;
    QLineEdit *m_sms;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QPushButton *m_submitCodes;
    QWidget *m_password;
    QLabel *m_passwordLabel;
    QLineEdit *m_pass;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QCheckBox *m_show;
    QPushButton *m_generate;
    ShownOnceSecret *m_generated;
    bool m_generatedInUse = false; ///< the fields hold the generated password, untouched
    QLabel *m_passwordCheck;
    QPushButton *m_define;
    QWidget *m_totp;
    QLabel *m_totpIntro;
    QrCodeView *m_qr;
    ShownOnceSecret *m_secret;
    QLabel *m_codeHint;
    QLabel *m_account;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QPushButton *m_confirmTotp;
};

} // namespace snc
