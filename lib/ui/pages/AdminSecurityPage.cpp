// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminSecurityPage.h"

#include "SecureInterfaceSection.h"
#include "stages/DisplayFormat.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/PhoneNumber.h"
#include "stages/security/TokenValidationModel.h"
#include "tasks/Countdown.h"
#include "stages/security/SecureInterface.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/CountdownWidget.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/NamedWidget.h"
#include "ui/widgets/SubStepCard.h"
#include "ui/widgets/TaskProgressWidget.h"
#include "ui/widgets/SelectableText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace snc {

AdminSecurityPage::AdminSecurityPage(AdminSecurityModel *model, QWidget *parent)
    : StagePage(model, parent), m_model(model)
{
    setObjectName(Names::adminSecurityPage);
    auto *content = new QWidget;
    m_intro = named<QLabel>(content, Names::securityIntroLabel);

    m_profileBox = named<QGroupBox>(content, Names::profileBox);
    m_current = named<QLabel>(m_profileBox, Names::adminCurrentLabel);
    m_phoneLabel = new QLabel(m_profileBox);
    m_phone = named<QLineEdit>(m_profileBox, Names::phoneEdit);
    m_emailLabel = new QLabel(m_profileBox);
    m_email = named<QLineEdit>(m_profileBox, Names::emailEdit);
    m_profileCheck = named<QLabel>(m_profileBox, Names::profileCheckLabel);
    m_saveProfile = named<QPushButton>(m_profileBox, Names::saveProfileButton);
    m_profileProgress = new TaskProgressWidget(m_profileBox);
    m_profileProgress->setObjectName(Names::profileTaskProgress);
    m_phoneLabel->setBuddy(m_phone);
    m_emailLabel->setBuddy(m_email);
    auto *profile = new QFormLayout(m_profileBox);
    profile->addRow(m_current);
    profile->addRow(m_phoneLabel, m_phone);
    profile->addRow(m_emailLabel, m_email);
    profile->addRow(QString(), m_profileCheck);
    profile->addRow(QString(), m_saveProfile);
    profile->addRow(m_profileProgress);

    m_secure = new SecureInterfaceSection(model, content);

    m_tokenBox = named<QGroupBox>(content, Names::tokenBox);
    m_tokenIntro = named<QLabel>(m_tokenBox, Names::tokenIntroLabel);
    m_tokenState = named<QLabel>(m_tokenBox, Names::tokenStateLabel);
    m_sentTo = named<QLabel>(m_tokenBox, Names::tokenSentToLabel);
    m_requestToken = named<QPushButton>(m_tokenBox, Names::requestTokenButton);
    m_resendLabel = named<QLabel>(m_tokenBox, Names::resendTokenLabel);
    m_resendToken = named<QPushButton>(m_tokenBox, Names::resendTokenButton);
    m_countdown = new CountdownWidget(m_tokenBox);
    m_countdown->setCountdown(model->token()->countdown());
    m_operationIdLabel = new QLabel(m_tokenBox);
    m_operationId = named<QLineEdit>(m_tokenBox, Names::operationIdEdit);
    m_operationId->setMaxLength(20);
    m_operationIdLabel->setBuddy(m_operationId);
    m_tokenLabel = new QLabel(m_tokenBox);
    m_token = named<QLineEdit>(m_tokenBox, Names::tokenEdit);
    m_token->setMaxLength(16); // 6 digits, plus the spaces of a pasted "123 456"
    m_tokenLabel->setBuddy(m_token);
    m_tokenProblem = named<QLabel>(m_tokenBox, Names::tokenProblemLabel);
    m_validate = named<QPushButton>(m_tokenBox, Names::validateTokenButton);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenLabel);
    tokenRow->addWidget(m_token);
    tokenRow->addWidget(m_validate);
    tokenRow->addStretch();
    // Issue 18 item 9: the instruction, where the SMS went, then the field at once; the time
    // left below it, and the request button (after expiry) under the time, or, while the code is
    // valid, "Didn't get the SMS?" with its cool-down and "Send a new code".
    auto *token = new QVBoxLayout(m_tokenBox);
    token->addWidget(m_tokenIntro);
    token->addWidget(m_sentTo);
    token->addLayout(tokenRow);
    token->addWidget(m_tokenProblem);
    token->addWidget(m_countdown);
    token->addWidget(m_requestToken, 0, Qt::AlignLeft);
    auto *resendRow = new QHBoxLayout;
    resendRow->addWidget(m_resendLabel, 1);
    resendRow->addWidget(m_resendToken);
    token->addLayout(resendRow);
    // The SMS's operation id on its own row: the token row is full on small screens.
    auto *operationRow = new QHBoxLayout;
    operationRow->addWidget(m_operationIdLabel);
    operationRow->addWidget(m_operationId);
    operationRow->addStretch();
    token->addLayout(operationRow);
    token->addWidget(m_tokenState);

    for (QLabel *l : {m_intro, m_current, m_profileCheck, m_tokenIntro, m_tokenState, m_tokenProblem, m_sentTo,
                      m_resendLabel}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    markPrimary(m_saveProfile);
    // One thing at a time (issue 18 item 2): each part on a numbered card, open only while it is
    // the sub-step to do. The password and the authenticator leave the section for cards of their own.
    m_contactStep = addSubStep(Names::contactStep);
    m_contactStep->addToBody(m_profileBox);
    m_codesStep = addSubStep(Names::codesStep);
    m_codesStep->addToBody(m_secure);
    m_codesStep->setChangeable(false); // the service's codes are single-use: no way back
    m_passwordStep = addSubStep(Names::passwordStep);
    m_authenticatorStep = addSubStep(Names::authenticatorStep);
    for (QWidget *part : {m_secure->rulesPart(), m_secure->passwordPart(), m_secure->totpPart()}) {
        m_secure->layout()->removeWidget(part);
        (part == m_secure->totpPart() ? m_authenticatorStep : m_passwordStep)->addToBody(part);
    }
    m_passwordStep->setChangeable(false);
    m_authenticatorStep->setChangeable(false);
    m_tokenStep = addSubStep(Names::tokenStep);
    m_tokenStep->addToBody(m_tokenBox);
    m_tokenStep->setChangeable(false);
    auto *inner = new QVBoxLayout(content);
    inner->addWidget(m_intro);
    for (SubStepCard *card : subSteps())
        inner->addWidget(card);
    inner->addStretch();
    // A long page: scroll rather than push buttons off a 1366×768 screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(Names::securityScrollArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(errorLabel());

    AdminUserModel *admin = model->admin();
    connect(m_phone, &QLineEdit::textChanged, this, &AdminSecurityPage::checkProfileInput);
    connect(m_email, &QLineEdit::textChanged, this, &AdminSecurityPage::checkProfileInput);
    connect(m_saveProfile, &QPushButton::clicked, this, [this] {
        m_model->saveProfile(m_phone->text(), m_email->text());
    });
    connect(admin, &AdminUserModel::changed, this, &AdminSecurityPage::sync);
    connect(admin, &AdminUserModel::busyChanged, this, &AdminSecurityPage::sync);
    TaskProgress *progress = model->taskProgress();
    connect(progress, &TaskProgress::changed, this, [this, progress] {
        if (progress->isRunning())
            m_profileProgress->setRunning(tr("Updating the admin user…", "@info"), progress->percent());
    });
    connect(admin, &AdminUserModel::saveFinished, this, [this](bool ok) {
        if (ok)
            closeReopenedSubStep(); // a "Change" of the contact details is done
        m_profileProgress->setFinished(ok, ok ? tr("The admin user is up to date.", "@info")
                                              : tr("The admin user could not be updated.", "@info"));
    });
    TokenValidationModel *tokenModel = model->token();
    connect(m_requestToken, &QPushButton::clicked, m_model, &AdminSecurityModel::requestToken);
    connect(m_resendToken, &QPushButton::clicked, m_model, &AdminSecurityModel::resendToken);
    // The cool-down is said in seconds: the countdown's tick repaints it.
    connect(tokenModel->countdown(), &Countdown::tick, this, &AdminSecurityPage::syncResend);
    connect(m_token, &QLineEdit::textChanged, this, &AdminSecurityPage::checkTokenInput);
    connect(m_operationId, &QLineEdit::editingFinished, this, [this] {
        // Only an id the user changed: the one shown is the task already followed.
        if (m_operationId->text().trimmed() != QString::number(m_model->token()->taskId()))
            m_model->token()->useOperationId(m_operationId->text());
    });
    connect(m_token, &QLineEdit::returnPressed, m_validate, &QPushButton::click);
    connect(m_validate, &QPushButton::clicked, this, [this] {
        if (m_model->validateToken(m_token->text()))
            m_token->clear();
    });
    connect(tokenModel, &TokenValidationModel::stateChanged, this, &AdminSecurityPage::sync);
    connect(tokenModel, &TokenValidationModel::busyChanged, this, &AdminSecurityPage::sync);
    connect(tokenModel, &TokenValidationModel::errorOccurred, errorLabel(), &ErrorLabel::showError);
    connect(admin, &AdminUserModel::errorOccurred, errorLabel(), &ErrorLabel::showError);
    connect(m_model, &StageModel::changed, this, &AdminSecurityPage::sync);
    connect(m_model, &StageModel::statusChanged, this, &AdminSecurityPage::sync);
    retranslate();
    sync();
}

QString AdminSecurityPage::maskedPhone(const QString &number, int visible)
{
    int digits = 0;
    for (QChar c : number)
        digits += c.isDigit() ? 1 : 0;
    QString masked;
    int seen = 0;
    for (QChar c : number) {
        if (!c.isDigit()) {
            masked += c;
            continue;
        }
        masked += ++seen > digits - visible ? c : QChar(0x2022); // •
    }
    return digits ? masked.trimmed() : QString();
}

void AdminSecurityPage::checkProfileInput()
{
    QStringList lines;
    if (!m_phone->text().trimmed().isEmpty()) {
        const PhoneNumber phone = m_model->admin()->checkPhone(m_phone->text());
        lines << (phone.ok() ? tr("Phone: %1", "@info").arg(phone.displayFormat())
                             : phone.errorText);
    }
    if (!m_email->text().trimmed().isEmpty()) {
        const QString problem = m_model->admin()->emailProblem(m_email->text());
        if (!problem.isEmpty())
            lines << problem;
    }
    m_profileCheck->setText(bulletList(lines));
}

void AdminSecurityPage::checkTokenInput()
{
    m_tokenProblem->setText(TokenValidationModel::tokenProblem(m_token->text()));
    m_validate->setEnabled(m_model->token()->canValidate()
                           && !TokenValidationModel::normalizeToken(m_token->text()).isEmpty());
}

void AdminSecurityPage::retranslate()
{
    m_intro->setText(tr("Advanced security protects the vCenter with the admin's password, an "
                        "authenticator app and a token sent by SMS for sensitive operations.", "@info"));
    m_profileBox->setTitle(tr("The admin user", "@title"));
    m_phoneLabel->setText(tr("Mobile &phone:", "@label"));
    m_phone->setPlaceholderText(tr("e.g. +33 6 12 34 56 78", "@info placeholder"));
    m_emailLabel->setText(tr("&E-mail:", "@label"));
    m_saveProfile->setText(tr("&Save and allow token validation", "@button"));
    m_tokenBox->setTitle(tr("Validate the security option", "@title"));
    m_tokenIntro->setText(tr("The last step sends a 6-digit token by SMS to the admin's phone. It "
                             "is valid for 15 minutes.", "@info"));
    m_tokenLabel->setText(tr("&Token:", "@label"));
    m_operationIdLabel->setText(tr("&Operation id:", "@label"));
    m_operationId->setToolTip(tr("The number after \"Operation Id:\" in the SMS. Change it only if it "
                                 "differs from the one shown.", "@info tooltip"));
    m_validate->setText(tr("&Validate", "@button"));
    m_resendToken->setText(tr("Send a new &code", "@button"));
    syncResend();
    m_contactStep->setTitle(tr("Contact details", "@title sub-step"));
    m_codesStep->setTitle(tr("Identity codes", "@title sub-step"));
    m_passwordStep->setTitle(tr("Password", "@title sub-step"));
    m_authenticatorStep->setTitle(tr("Authenticator", "@title sub-step"));
    m_tokenStep->setTitle(tr("Token validation", "@title sub-step"));
    checkProfileInput();
}

void AdminSecurityPage::sync()
{
    const AdminUserModel *admin = m_model->admin();
    const auto yesNo = [](bool v) { return v ? tr("yes", "@info") : tr("no", "@info"); };
    const auto orMissing = [](const QString &v) { return v.isEmpty() ? tr("missing", "@info") : v; };
    m_current->setText(admin->isLoaded()
            ? bulletList({tr("Phone: %1", "@info").arg(orMissing(DisplayFormat::phone(admin->phoneNumber()))),
                          tr("E-mail: %1", "@info").arg(orMissing(admin->email())),
                          tr("Can validate tokens: %1", "@info").arg(yesNo(admin->isTokenValidator())),
                          tr("Account enabled: %1", "@info").arg(yesNo(admin->isAccountEnabled()))})
            : tr("Reading the admin user…", "@info"));
    if (admin->isLoaded() && m_phone->text().isEmpty() && !m_phone->hasFocus() && !admin->phoneNumber().isEmpty())
        m_phone->setText(DisplayFormat::phone(admin->phoneNumber())); // PhoneNumber parses it back
    if (admin->isLoaded() && m_email->text().isEmpty() && !m_email->hasFocus() && !admin->email().isEmpty())
        m_email->setText(admin->email());
    m_saveProfile->setEnabled(!admin->isBusy() && !admin->isTaskRunning());

    const TokenValidationModel *token = m_model->token();
    using State = TokenValidationModel::State;
    const State state = token->state();
    m_tokenBox->setEnabled(admin->isAccountEnabled() || state == State::WaitingForToken
                           || state == State::Validating || state == State::Done);
    m_requestToken->setText(state == State::Expired ? tr("Send a &new token", "@button")
                                                    : tr("Send the &token by SMS", "@button"));
    // While a token runs there is nothing to send: the button comes back (as "Send a new token")
    // once it has expired, as the countdown says.
    m_requestToken->setVisible(state != State::Done && state != State::NotPending && state != State::WaitingForToken
                               && state != State::Validating);
    m_requestToken->setEnabled(token->canRequest() && !token->isBusy());
    m_token->setEnabled(state == State::WaitingForToken);
    m_operationId->setEnabled(state == State::WaitingForToken && !token->isBusy());
    if (!m_operationId->hasFocus())
        m_operationId->setText(token->taskId() > 0 ? QString::number(token->taskId()) : QString());
    m_countdown->setVisible(state == State::WaitingForToken || state == State::Validating
                            || state == State::Expired);
    m_tokenState->setText(state == State::Expired ? TokenValidationModel::expiredText()
                                                  : token->stateText());
    // The number the model read (the admin's, never re-typed), all but its last digits masked:
    // the page may be on a shared screen.
    const PhoneNumber phone = PhoneNumber::parse(admin->phoneNumber());
    const QString masked = maskedPhone(phone.ok() ? phone.displayFormat() : admin->phoneNumber());
    const bool sent = state == State::WaitingForToken || state == State::Validating || state == State::Expired;
    m_sentTo->setVisible(sent);
    m_sentTo->setText(masked.isEmpty() ? tr("Sent by SMS to the admin's phone.", "@info")
                                       : tr("Sent by SMS to %1.", "@info masked phone number").arg(masked));
    syncResend();
    // Sending the token is the primary action until one runs; then Validate is.
    const bool validating = state == State::WaitingForToken || state == State::Validating;
    if (isPrimary(m_requestToken) == validating) {
        markPrimary(m_validate, validating);
        markPrimary(m_requestToken, !validating);
    }
    //: Summary of the done sub-step 2.1: %1 the masked phone number, %2 the e-mail address
    m_contactStep->setSummary(tr("%1, %2", "@info sub-step summary").arg(masked, admin->email()));
    m_codesStep->setSummary(tr("The SMS and e-mail codes were accepted.", "@info sub-step summary"));
    m_passwordStep->setSummary(tr("The admin's password is set.", "@info sub-step summary"));
    m_authenticatorStep->setSummary(tr("The authenticator app is enrolled.", "@info sub-step summary"));
    m_tokenStep->setSummary(tr("The security option is validated.", "@info sub-step summary"));
    checkTokenInput();
    updateSubSteps();
}

int AdminSecurityPage::derivedSubStep() const
{
    using Step = AdminSecurityModel::Step;
    switch (m_model->currentStep()) {
    case Step::Profile:
        return 0;
    case Step::Password: {
        // The secure interface's own progress says which of 2.2–2.4 is under way.
        const SecureInterface *si = m_model->secureInterface();
        const SecureInterface::Step step = si ? si->step() : SecureInterface::Step::Idle;
        if (step == SecureInterface::Step::WaitingForPassword)
            return 2;
        if (step == SecureInterface::Step::WaitingForTotp)
            return 3;
        return 1;
    }
    case Step::Token:
        return 4;
    case Step::Done:
        break;
    }
    return int(subSteps().size());
}

void AdminSecurityPage::syncResend()
{
    const TokenValidationModel *token = m_model->token();
    const bool waiting = token->state() == TokenValidationModel::State::WaitingForToken;
    m_resendLabel->setVisible(waiting);
    m_resendToken->setVisible(waiting);
    m_resendToken->setEnabled(token->canResend());
    const qint64 wait = token->resendWaitMs();
    m_resendLabel->setText(wait > 0
            //: %n seconds before a new SMS code may be asked for (at most 60)
            ? tr("Didn't get the SMS? You can ask for a new code in %n second(s).", "@info",
                 int((wait + 999) / 1000))
            : tr("Didn't get the SMS? Ask for a new code: only the newest code counts, and the time "
                 "left starts again.", "@info"));
}

} // namespace snc
