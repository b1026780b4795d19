// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace snc {

class AdminSecurityModel;
class CountdownWidget;
class SubStepCard;
class SecureInterfaceSection;
class TaskProgressWidget;

/**
 * @brief Stage 2 — advanced security: the admin's phone, e-mail and token-validator right (with
 * a fix), the password and authenticator (SecureInterfaceSection), and the validation of the
 * tokenValidation option with the 15-minute SMS token (countdown, 6-digit field, "send a new
 * token" after expiry). Bound to AdminSecurityModel; no network call of its own.
 */
class AdminSecurityPage : public StagePage
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char adminSecurityPage[] = "adminSecurityPage";
        static constexpr char securityIntroLabel[] = "securityIntroLabel";
        static constexpr char profileBox[] = "profileBox";
        static constexpr char adminCurrentLabel[] = "adminCurrentLabel";
        static constexpr char phoneEdit[] = "phoneEdit";
        static constexpr char emailEdit[] = "emailEdit";
        static constexpr char profileCheckLabel[] = "profileCheckLabel";
        static constexpr char saveProfileButton[] = "saveProfileButton";
        static constexpr char profileTaskProgress[] = "profileTaskProgress";
        static constexpr char tokenBox[] = "tokenBox";
        static constexpr char tokenIntroLabel[] = "tokenIntroLabel";
        static constexpr char tokenStateLabel[] = "tokenStateLabel";
        static constexpr char requestTokenButton[] = "requestTokenButton";
        static constexpr char tokenEdit[] = "tokenEdit";
        static constexpr char operationIdEdit[] = "operationIdEdit";
        static constexpr char tokenProblemLabel[] = "tokenProblemLabel";
        static constexpr char validateTokenButton[] = "validateTokenButton";
        static constexpr char securityScrollArea[] = "securityScrollArea";
        /// Where the token went: the admin's phone, masked but for its last digits (issue 18 item 9).
        static constexpr char tokenSentToLabel[] = "tokenSentToLabel";
        static constexpr char resendTokenLabel[] = "resendTokenLabel";
        static constexpr char resendTokenButton[] = "resendTokenButton";
        // Its sub-steps (issue 18 item 2): 2.1 … 2.5; each Change button is `<card>ChangeButton`.
        static constexpr char contactStep[] = "contactStep";
        static constexpr char codesStep[] = "codesStep";
        static constexpr char passwordStep[] = "passwordStep";
        static constexpr char authenticatorStep[] = "authenticatorStep";
        static constexpr char tokenStep[] = "tokenStep";
    };

    explicit AdminSecurityPage(AdminSecurityModel *model, QWidget *parent = nullptr);

    /// `number` (any format) with every digit but the last `visible` ones replaced by "•", the
    /// separators kept ("+33 •• •• •• •• 78"); empty when it has no digits.
    static QString maskedPhone(const QString &number, int visible = 2);

protected:
    void retranslate() override;
    void sync() override;
    int derivedSubStep() const override;

private:
    void checkProfileInput();
    void checkTokenInput();
    /// The "Didn't get the SMS?" row: its cool-down, each second while a token is awaited.
    void syncResend();

    AdminSecurityModel *m_model;
    QLabel *m_intro;
    QGroupBox *m_profileBox;
    QLabel *m_current;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_profileCheck;
    QPushButton *m_saveProfile;
    TaskProgressWidget *m_profileProgress;
    SecureInterfaceSection *m_secure;
    QGroupBox *m_tokenBox;
    QLabel *m_tokenIntro;
    QLabel *m_tokenState;
    QLabel *m_sentTo;
    QPushButton *m_requestToken;
    QLabel *m_resendLabel;      ///< "Didn't get the SMS?" and the cool-down (issue 18 item 9)
    QPushButton *m_resendToken; ///< a new code while the current one is valid
    CountdownWidget *m_countdown;
    QLabel *m_tokenLabel;
    QLabel *m_operationIdLabel;
    QLineEdit *m_operationId; ///< the SMS's operation id, when it differs from the task followed (issue 16)
    QLineEdit *m_token;
    QLabel *m_tokenProblem;
    QPushButton *m_validate;
    SubStepCard *m_contactStep;
    SubStepCard *m_codesStep;
    SubStepCard *m_passwordStep;
    SubStepCard *m_authenticatorStep;
    SubStepCard *m_tokenStep;
};

} // namespace snc
