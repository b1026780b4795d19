// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureInterfaceSection.h"

#include "otp/QrMatrix.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/SecureInterface.h"
#include "stages/security/TotpEnrolment.h"
#include "ui/widgets/NamedWidget.h"
#include "ui/widgets/QrCodeView.h"
#include "ui/widgets/SecretClipboard.h"
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
    : QGroupBox(parent), m_model(model), m_clipboard(new SecretClipboard(this))
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
    password->addRow(m_passwordCheck);

    m_totp = new QWidget(this);
    m_totpIntro = new QLabel(m_totp);
    m_qr = named<QrCodeView>(m_totp, Names::totpQrView);
    m_secretTitle = new QLabel(m_totp);
    m_secret = named<QLabel>(m_totp, Names::totpSecretLabel);
    m_secret->setProperty("sncSecret", true); // masked in screen-sharing mode (ScreenSharingMask)
    m_copy = named<QPushButton>(m_totp, Names::copySecretButton);
    m_account = named<QLabel>(m_totp, Names::totpAccountLabel);
    m_codeLabel = new QLabel(m_totp);
    m_code = named<QLineEdit>(m_totp, Names::totpCodeEdit);
    m_confirmTotp = named<QPushButton>(m_totp, Names::confirmTotpButton);
    m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9 ]{0,8}")), m_code));
    m_codeLabel->setBuddy(m_code);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_secret->font().pointSizeF() * 1.2);
    m_secret->setFont(mono);
    // Not selectable: a selection goes to the X11 primary selection and Ctrl+C copies without the
    // password-manager hint. The copy button goes through SecretClipboard.
    m_secret->setTextInteractionFlags(Qt::NoTextInteraction);
    m_secret->setFocusPolicy(Qt::StrongFocus); // reachable by Tab for screen readers
    m_secretTitle->setBuddy(m_secret);
    auto *side = new QVBoxLayout;
    side->addWidget(m_secretTitle);
    side->addWidget(m_secret);
    side->addWidget(m_copy, 0, Qt::AlignLeft);
    side->addWidget(m_account);
    side->addStretch();
    side->addWidget(m_codeLabel);
    side->addWidget(m_code);
    side->addWidget(m_confirmTotp, 0, Qt::AlignLeft);
    auto *totp = new QGridLayout(m_totp);
    totp->addWidget(m_totpIntro, 0, 0, 1, 2);
    totp->addWidget(m_qr, 1, 0, Qt::AlignTop);
    totp->addLayout(side, 1, 1);

    for (QLabel *l : {m_step, m_rules, m_passwordCheck, m_totpIntro, m_account}) {
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
    connect(m_pass, &QLineEdit::textChanged, this, &SecureInterfaceSection::checkPassword);
    connect(m_confirm, &QLineEdit::textChanged, this, &SecureInterfaceSection::checkPassword);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit *e : {m_pass, m_confirm})
            e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_generate, &QPushButton::clicked, this, [this] {
        const SecretBytes generated = m_model->passwordPolicy().generate();
        m_pass->setText(generated.exposeString());
        m_confirm->setText(generated.exposeString());
        m_show->setChecked(true); // a generated password must be seen to be kept
    });
    connect(m_define, &QPushButton::clicked, this, [this] {
        if (m_model->definePassword(SecretBytes::fromString(m_pass->text()),
                                    SecretBytes::fromString(m_confirm->text()))) {
            m_pass->clear();
            m_confirm->clear();
        }
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_model->totp()->groupedSecret().exposeString().remove(QLatin1Char(' ')));
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
    bindSecureInterface();
    retranslate();
    showTotp();
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
}

void SecureInterfaceSection::showTotp()
{
    const TotpEnrolment *totp = m_model->totp();
    if (!totp->isReady()) {
        m_qr->clear();
        m_secret->clear();
        m_account->clear();
        return;
    }
    m_qr->setMatrix(QrMatrix::encode(totp->otpauthUri()));
    m_secret->setText(totp->groupedSecret().exposeString());
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
    m_passwordCheck->setText(bullets(lines));
    m_define->setEnabled(!text.isEmpty() && m_confirm->text() == text
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
    m_secretTitle->setText(tr("Secret key:", "@label"));
    m_secret->setAccessibleName(tr("Secret key, in groups of four characters", "@label accessible"));
    m_copy->setText(tr("C&opy the secret", "@button"));
    m_copy->setToolTip(tr("The clipboard is cleared after 30 seconds.", "@info tooltip"));
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
    if (step == Step::WaitingForCodes)
        m_start->setText(tr("Send new &codes", "@button"));
    m_codes->setVisible(step == Step::WaitingForCodes);
    m_password->setVisible(step == Step::WaitingForPassword);
    m_totp->setVisible(step == Step::WaitingForTotp);
    for (QPushButton *b : {m_submitCodes, m_confirmTotp})
        b->setEnabled(!busy);
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
