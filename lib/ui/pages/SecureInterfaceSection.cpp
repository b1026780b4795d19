// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureInterfaceSection.h"

#include "otp/QrMatrix.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/SecureInterface.h"
#include "stages/security/TotpEnrolment.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/NamedWidget.h"
#include "ui/widgets/QrCodeView.h"
#include "ui/widgets/ShownOnceSecret.h"
#include "ui/widgets/SelectableText.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace snc {

namespace {
QString bullets(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines << QCoreApplication::translate("snc::StagePage", "• %1", "@item bullet").arg(item);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

SecureInterfaceSection::SecureInterfaceSection(AdminSecurityModel *model, QWidget *parent)
    : QGroupBox(parent), m_model(model)
{
    setObjectName(Names::secureInterfaceSection);
    m_step = named<QLabel>(this, Names::secureStepLabel);
    m_rules = named<QLabel>(this, Names::passwordRulesLabel);
    m_start = named<QPushButton>(this, Names::startResetButton);

    m_codes = new QWidget(this);
    m_smsLabel = new QLabel(m_codes);
    m_sms = named<QLineEdit>(m_codes, Names::smsCodeEdit);
    m_emailLabel = new QLabel(m_codes);
    m_email = named<QLineEdit>(m_codes, Names::emailCodeEdit);
    m_submitCodes = named<QPushButton>(m_codes, Names::submitCodesButton);
    auto *codes = new QFormLayout(m_codes);
    codes->addRow(m_smsLabel, m_sms);
    codes->addRow(m_emailLabel, m_email);
    codes->addRow(QString(), m_submitCodes);
    m_smsLabel->setBuddy(m_sms);
    m_emailLabel->setBuddy(m_email);

    m_password = new QWidget(this);
    m_passwordLabel = new QLabel(m_password);
    m_pass = named<QLineEdit>(m_password, Names::passwordEdit);
    m_confirmLabel = new QLabel(m_password);
    m_confirm = named<QLineEdit>(m_password, Names::passwordConfirmEdit);
    m_show = named<QCheckBox>(m_password, Names::showPasswordCheck);
    m_generate = named<QPushButton>(m_password, Names::generatePasswordButton);
    m_passwordCheck = named<QLabel>(m_password, Names::passwordCheckLabel);
    // A generated password is shown once, whole, with Copy and Save: it is set only once the user
    // said it is stored (nobody can note a password that stays masked in two fields).
    m_generated = new ShownOnceSecret({Names::generatedPasswordEdit, nullptr, Names::copyPasswordButton,
                                       Names::savePasswordButton, Names::passwordStoredCheck,
                                       Names::generatedPasswordStatusLabel},
                                      m_password);
    m_generated->setObjectName(QLatin1String(Names::generatedPasswordBox));
    m_generated->setSuggestedFileName(QStringLiteral("admin-password.txt"));
    m_generated->setVisible(false);
    m_define = named<QPushButton>(m_password, Names::definePasswordButton);
    for (QLineEdit *e : {m_pass, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_pass);
    m_confirmLabel->setBuddy(m_confirm);
    auto *passButtons = new QHBoxLayout;
    passButtons->addWidget(m_show);
    passButtons->addWidget(m_generate);
    passButtons->addStretch();
    passButtons->addWidget(m_define);
    auto *password = new QFormLayout(m_password);
    password->addRow(m_passwordLabel, m_pass);
    password->addRow(m_confirmLabel, m_confirm);
    password->addRow(passButtons);
    password->addRow(m_generated);
    password->addRow(m_passwordCheck);

    m_totp = new QWidget(this);
    m_totpIntro = new QLabel(m_totp);
    m_qr = named<QrCodeView>(m_totp, Names::totpQrView);
    // Shown whole, not masked (the QR code next to it holds the same secret), never selectable:
    // it leaves the screen through Copy (SecretClipboard) or Save (owner-only file) only.
    m_secret = new ShownOnceSecret({Names::totpSecretEdit, nullptr, Names::copySecretButton, Names::saveSecretButton,
                                    Names::totpStoredCheck, Names::totpSecretStatusLabel, Names::totpSecretTitleLabel},
                                   m_totp);
    m_secret->setObjectName(QLatin1String(Names::totpSecretBox));
    m_secret->setSuggestedFileName(QStringLiteral("totp-secret.txt"));
    m_codeHint = named<QLabel>(m_totp, Names::totpCodeHintLabel);
    m_account = named<QLabel>(m_totp, Names::totpAccountLabel);
    m_codeLabel = new QLabel(m_totp);
    m_code = named<QLineEdit>(m_totp, Names::totpCodeEdit);
    m_confirmTotp = named<QPushButton>(m_totp, Names::confirmTotpButton);
    m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9 ]{0,8}")), m_code));
    m_codeLabel->setBuddy(m_code);
    // Issue 18 item 9: the code field and Verify directly under the QR code (never below the
    // fold on a small screen), the secret shown once beside it.
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_confirmTotp);
    auto *under = new QVBoxLayout;
    under->addWidget(m_qr, 0, Qt::AlignLeft);
    under->addWidget(m_codeHint);
    under->addWidget(m_codeLabel);
    under->addLayout(codeRow);
    under->addStretch();
    auto *side = new QVBoxLayout;
    side->addWidget(m_secret);
    side->addWidget(m_account);
    side->addStretch();
    auto *totp = new QGridLayout(m_totp);
    totp->addWidget(m_totpIntro, 0, 0, 1, 2);
    totp->addLayout(under, 1, 0);
    totp->addLayout(side, 1, 1);
    totp->setColumnStretch(1, 1);

    for (QLabel *l : {m_step, m_rules, m_passwordCheck, m_totpIntro, m_account, m_codeHint}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_rules);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_codes);
    layout->addWidget(m_password);
    layout->addWidget(m_totp);

    connect(m_start, &QPushButton::clicked, m_model, &AdminSecurityModel::startPasswordReset);
    connect(m_submitCodes, &QPushButton::clicked, this, [this] {
        m_model->submitCodes(m_sms->text(), m_email->text());
    });
    // Typing in either field means the generated password is no longer the one to be set.
    for (QLineEdit *e : {m_pass, m_confirm}) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_generatedInUse = false;
            m_generated->setSecret(SecretBytes());
            m_generated->setVisible(false);
        });
    }
    connect(m_generated, &ShownOnceSecret::storedChanged, this, &SecureInterfaceSection::checkPassword);
    connect(m_secret, &ShownOnceSecret::storedChanged, m_model, &AdminSecurityModel::setTotpSecretStored);
    connect(m_pass, &QLineEdit::textChanged, this, &SecureInterfaceSection::checkPassword);
    connect(m_confirm, &QLineEdit::textChanged, this, &SecureInterfaceSection::checkPassword);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit *e : {m_pass, m_confirm})
            e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_generate, &QPushButton::clicked, this, [this] {
        SecretBytes generated = m_model->passwordPolicy().generate();
        m_generatedInUse = true;
        m_pass->setText(generated.exposeString());
        m_confirm->setText(generated.exposeString());
        m_generated->setStored(false); // a new password: its confirmation is owed again
        m_generated->setSecret(std::move(generated));
        m_generated->setVisible(true); // shown whole there; the two fields stay masked
        checkPassword();
    });
    connect(m_define, &QPushButton::clicked, this, [this] {
        if (m_model->definePassword(SecretBytes::fromString(m_pass->text()),
                                    SecretBytes::fromString(m_confirm->text()))) {
            m_pass->clear();
            m_confirm->clear();
            m_generatedInUse = false;
            m_generated->setSecret(SecretBytes()); // sent: nothing of it stays on screen
            m_generated->setVisible(false);
        }
    });
    connect(m_confirmTotp, &QPushButton::clicked, this, [this] {
        if (m_model->confirmTotp(m_code->text()))
            m_code->clear();
    });
    connect(m_model->totp(), &TotpEnrolment::changed, this, &SecureInterfaceSection::showTotp);
    connect(m_model, &AdminSecurityModel::secureInterfaceChanged, this,
            &SecureInterfaceSection::bindSecureInterface);
    connect(m_model, &StageModel::changed, this, &SecureInterfaceSection::sync);
    connect(m_model, &StageModel::busyChanged, this, &SecureInterfaceSection::sync);
    // One primary action per sub-step; the start button is it until the codes are asked for (sync()).
    for (QPushButton *b : {m_submitCodes, m_define, m_confirmTotp})
        markPrimary(b);
    bindSecureInterface();
    retranslate();
    showTotp();
}

QWidget *SecureInterfaceSection::rulesPart() const
{
    return m_rules;
}

QWidget *SecureInterfaceSection::passwordPart() const
{
    return m_password;
}

QWidget *SecureInterfaceSection::totpPart() const
{
    return m_totp;
}

void SecureInterfaceSection::bindSecureInterface()
{
    SecureInterface *si = m_model->secureInterface();
    if (si == m_bound)
        return;
    if (m_bound)
        disconnect(m_bound, nullptr, this, nullptr);
    m_bound = si;
    if (!si)
        return;
    connect(si, &SecureInterface::stepChanged, this, &SecureInterfaceSection::onStepChanged);
    connect(si, &SecureInterface::busyChanged, this, &SecureInterfaceSection::sync);
    sync();
}

void SecureInterfaceSection::onStepChanged(SecureInterface::Step step)
{
    // Codes are single-use: once past that step, nothing of them stays on screen.
    if (step != SecureInterface::Step::WaitingForCodes) {
        m_sms->clear();
        m_email->clear();
    }
    sync();
    if (step == SecureInterface::Step::WaitingForTotp) {
        // The code field and Verify must be on screen with the QR code, not below the fold of a
        // small screen (issue 18 item 9): the page's scroll area brings them in, once laid out.
        QTimer::singleShot(0, this, [this] {
            for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                    scroll->ensureWidgetVisible(m_totp, 10, 10); // its top (the QR code) first
                    scroll->ensureWidgetVisible(m_confirmTotp, 10, 10);
                    return;
                }
            }
        });
    }
}

void SecureInterfaceSection::showTotp()
{
    const TotpEnrolment *totp = m_model->totp();
    if (!totp->isReady()) {
        m_qr->clear();
        m_secret->setSecret(SecretBytes());
        m_account->clear();
        return;
    }
    m_qr->setMatrix(QrMatrix::encode(totp->otpauthUri()));
    // Ungrouped: the widget groups it on screen, and Copy and Save give the bare Base32.
    QString bare = totp->groupedSecret().exposeString().remove(QLatin1Char(' '));
    m_secret->setSecret(SecretBytes::fromString(bare));
    wipe(bare);
    //: %1 issuer ("OVHcloud"), %2 account label
    m_account->setText(tr("Account in the app: %1 (%2)", "@info").arg(totp->accountLabel(), totp->issuer()));
    sync();
}

void SecureInterfaceSection::checkPassword()
{
    const QString text = m_pass->text();
    QStringList lines;
    if (!text.isEmpty()) {
        const auto unmet = m_model->passwordPolicy().check(text);
        for (const auto &u : unmet)
            lines << u.text;
        if (unmet.isEmpty())
            lines << tr("The password meets the policy.", "@info");
        if (!m_confirm->text().isEmpty() && m_confirm->text() != text)
            lines << tr("The two passwords differ.", "@info");
    }
    const bool owed = m_generatedInUse && !m_generated->isStored();
    if (owed && !text.isEmpty())
        lines << tr("Store the generated password, then tick \"I have stored the password\".", "@info");
    m_passwordCheck->setText(bullets(lines));
    m_define->setEnabled(!text.isEmpty() && m_confirm->text() == text && !owed
                         && m_model->passwordPolicy().check(text).isEmpty());
}

void SecureInterfaceSection::retranslate()
{
    setTitle(tr("Password and two-factor authentication", "@title"));
    m_smsLabel->setText(tr("Code received by &SMS:", "@label"));
    m_emailLabel->setText(tr("Code received by &e-mail:", "@label"));
    m_submitCodes->setText(tr("&Check the codes", "@button"));
    m_passwordLabel->setText(tr("New &password:", "@label"));
    m_confirmLabel->setText(tr("&Confirm:", "@label"));
    m_show->setText(tr("S&how", "@option:check"));
    m_generate->setText(tr("&Generate one", "@button"));
    m_define->setText(tr("Set the &password", "@button"));
    m_totpIntro->setText(tr("Scan this QR code with your authenticator app (FreeOTP, Aegis, "
                            "Google Authenticator…), or type the secret by hand. Re-enrolling "
                            "replaces any older entry for this account.", "@info"));
    m_secret->setTitle(tr("Secret key, shown once: keep it in your password manager to enrol another "
                          "device later. Or type it in the app instead of scanning.", "@label"));
    m_secret->setValueAccessibleName(tr("Secret key, in groups of four characters", "@label accessible"));
    m_secret->setStoredText(tr("I have stored the secret &key", "@option:check"));
    m_generated->setTitle(tr("Generated password, shown once: store it in your password manager now. You "
                             "will need it for vSphere and for NSX (stage 3).", "@label"));
    m_generated->setValueAccessibleName(tr("Generated password", "@label accessible"));
    m_generated->setStoredText(tr("I have stored the &password", "@option:check"));
    m_codeHint->setText(tr("Codes change every 30 s: type the one shown now.", "@info"));
    m_codeLabel->setText(tr("Code shown by the &app:", "@label"));
    m_confirmTotp->setText(tr("&Verify the code", "@button"));
    sync();
    checkPassword();
}

void SecureInterfaceSection::sync()
{
    const SecureInterface *si = m_model->secureInterface();
    using Step = SecureInterface::Step;
    const Step step = si ? si->step() : Step::Idle;
    const bool embedded = si && si->isEmbedded();
    const bool busy = (si && si->isBusy()) || m_model->isBusy();
    m_rules->setText(tr("Password policy:\n%1", "@info").arg(bullets(m_model->passwordRules())));
    m_rules->setVisible(step == Step::Idle || step == Step::WaitingForPassword);
    m_start->setText(embedded ? tr("Send the &codes (SMS and e-mail)", "@button")
                              : tr("&Open the secure interface", "@button"));
    m_start->setVisible(step == Step::Idle || step == Step::WaitingForCodes || step == Step::External);
    m_start->setEnabled(!busy);
    // Once the codes are sent, "Check the codes" is the sub-step's one primary action.
    if (isPrimary(m_start) != (step != Step::WaitingForCodes))
        markPrimary(m_start, step != Step::WaitingForCodes);
    if (step == Step::WaitingForCodes)
        m_start->setText(tr("Send new &codes", "@button"));
    m_codes->setVisible(step == Step::WaitingForCodes);
    m_password->setVisible(step == Step::WaitingForPassword);
    m_totp->setVisible(step == Step::WaitingForTotp);
    m_submitCodes->setEnabled(!busy);
    // Verify waits for "I have stored it": once verified, the secret is never shown again.
    const bool totpOwed = m_model->isTotpSecretConfirmationOwed();
    m_confirmTotp->setEnabled(!busy && !totpOwed);
    m_confirmTotp->setToolTip(totpOwed ? tr("First store the secret key, then tick \"I have stored the secret key\".", "@info tooltip")
                                       : QString());
    m_secret->setStored(!totpOwed);
    QString text;
    switch (step) {
    case Step::Idle:
        text = embedded ? tr("The admin account needs a password and an authenticator. First, "
                             "the service sends a code by SMS and another by e-mail.", "@info")
                        : tr("On OVHcloud this is done on your service's secure interface: use "
                             "\"Password lost\" for the user admin, then follow the steps. The "
                             "wizard notices when the account is enabled.", "@info");
        break;
    case Step::WaitingForCodes:
        text = tr("Type the code received by SMS and the one received by e-mail.", "@info");
        break;
    case Step::WaitingForPassword:
        text = tr("Choose the new password of the user admin.", "@info");
        break;
    case Step::WaitingForTotp:
        text = tr("Enrol your authenticator app, then type the 6-digit code it shows.", "@info");
        break;
    case Step::External:
        text = tr("Finish the steps on the secure interface in your browser. This page updates "
                  "by itself once the account is enabled.", "@info");
        break;
    case Step::Enabled:
        text = tr("The admin account is enabled with its password and two-factor authentication.", "@info");
        break;
    }
    m_step->setText(text);
}

void SecureInterfaceSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace snc
