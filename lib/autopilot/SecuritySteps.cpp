// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 2's step table: the admin's profile, the secure-interface reset (codes read from the
// sandbox outbox, a generated password, the authenticator's code computed as a phone would) and
// the token validation. On the production paths (`--production-paths`) the reset happens in the
// browser, as on OVHcloud: the autopilot opens the secure interface and waits for the account to
// be enabled by whoever uses that browser (tst_secretscan_production plays that user).
#include "StageSteps.h"
#include "UiDriver.h"

#include "core/Clock.h"
#include "otp/Base32.h"
#include "otp/Totp.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/SecureInterface.h"
#include "stages/security/TokenValidationModel.h"
#include "ui/MainWindow.h"
#include "ui/OutboxFeed.h"
#include "ui/pages/AdminSecurityPage.h"
#include "ui/pages/SecureInterfaceSection.h"

#include <QLabel>
#include <QLineEdit>

using AdminSecurityNames = snc::AdminSecurityPage::Names;
using MainWindowNames = snc::MainWindow::Names;
using SecureInterfaceNames = snc::SecureInterfaceSection::Names;

namespace snc {

namespace {

class SecuritySteps
{
public:
    using Channel = OutboxMessage::Channel;
    using Reset = SecureInterface::Step;
    using TState = TokenValidationModel::State;

    explicit SecuritySteps(UiDriver &ui)
        : m_ui(ui), m_c(ui.controller()), m_security(m_c->adminSecurity()), m_admin(m_security->admin()),
          m_token(m_security->token()), m_outbox(ui.window()->outboxFeed())
    {
    }

    StepBody open()
    {
        return {[this] { return m_ui.isEnabled(MainWindowNames::nextButton); },
                [this] { m_ui.click(MainWindowNames::nextButton); },
                [this] { return m_c->currentPage() == 2 && m_admin->isLoaded() && !m_security->isBusy(); }};
    }

    StepBody profile()
    {
        return {[this] { return m_admin->isProfileComplete() || m_ui.isEnabled(AdminSecurityNames::saveProfileButton); },
                [this] {
                    if (m_admin->isProfileComplete())
                        return;
                    m_ui.type(AdminSecurityNames::phoneEdit, QStringLiteral("06 12 34 56 78"));
                    m_ui.type(AdminSecurityNames::emailEdit, QStringLiteral("admin@example.com"));
                    m_ui.click(AdminSecurityNames::saveProfileButton);
                },
                [this] { return m_admin->isProfileComplete() && !m_admin->isTaskRunning() && !m_admin->isBusy(); }};
    }

    StepBody requestCodes()
    {
        return {[this] { return accountEnabled() || m_ui.isEnabled(SecureInterfaceNames::startResetButton); },
                [this] {
                    if (accountEnabled())
                        return;
                    markOutbox();
                    m_ui.click(SecureInterfaceNames::startResetButton);
                },
                [this] { return accountEnabled() || resetStep() == Reset::WaitingForCodes || inBrowser(); }};
    }

    StepBody readCodes()
    {
        return {nullptr,
                [this] {
                    if (m_outbox)
                        m_outbox->pollNow();
                },
                [this] {
                    if (accountEnabled() || inBrowser())
                        return true;
                    if (!m_outbox)
                        return false;
                    m_outbox->pollNow();
                    return hasCode(Channel::Sms) && hasCode(Channel::Email);
                }};
    }

    StepBody enterCodes()
    {
        return {[this] { return accountEnabled() || inBrowser() || m_ui.isEnabled(SecureInterfaceNames::submitCodesButton); },
                [this] {
                    if (accountEnabled() || inBrowser())
                        return;
                    m_ui.type(SecureInterfaceNames::smsCodeEdit, latest(Channel::Sms)->code);
                    m_ui.type(SecureInterfaceNames::emailCodeEdit, latest(Channel::Email)->code);
                    m_ui.click(SecureInterfaceNames::submitCodesButton);
                },
                [this] { return accountEnabled() || inBrowser() || resetStep() == Reset::WaitingForPassword; }};
    }

    StepBody password()
    {
        return {[this] { return accountEnabled() || inBrowser() || m_ui.isEnabled(SecureInterfaceNames::generatePasswordButton); },
                [this] {
                    if (accountEnabled() || inBrowser())
                        return;
                    m_ui.click(SecureInterfaceNames::generatePasswordButton);
                    // As a person: the password shown once is stored (the autopilot keeps it for
                    // stage 3's NSX login), then "I have stored it" is ticked (issue 18 item 8).
                    m_ui.check(SecureInterfaceNames::passwordStoredCheck);
                    m_ui.click(SecureInterfaceNames::definePasswordButton);
                },
                [this] { return accountEnabled() || inBrowser() || resetStep() == Reset::WaitingForTotp; }};
    }

    StepBody totp()
    {
        // In the browser: the account is enabled once its user has finished there.
        return {[this] { return accountEnabled() || inBrowser() || m_ui.isEnabled(SecureInterfaceNames::totpStoredCheck); },
                [this] { enterTotp(); },
                [this] { return accountEnabled(); }};
    }

    StepBody requestToken()
    {
        return {[this] { return tokenSettled() || m_ui.isEnabled(AdminSecurityNames::requestTokenButton); },
                [this] {
                    if (!m_token->canRequest())
                        return;
                    markOutbox();
                    m_ui.click(AdminSecurityNames::requestTokenButton);
                },
                [this] { return tokenSettled(); }};
    }

    StepBody validateToken()
    {
        return {[this] {
                    if (m_token->state() != TState::WaitingForToken)
                        return true;
                    if (m_outbox)
                        m_outbox->pollNow();
                    return hasCode(Channel::Sms) && m_ui.isEnabled(AdminSecurityNames::tokenEdit);
                },
                [this] {
                    if (m_token->state() != TState::WaitingForToken)
                        return;
                    m_ui.type(AdminSecurityNames::tokenEdit, latest(Channel::Sms)->code);
                    m_ui.click(AdminSecurityNames::validateTokenButton);
                },
                [this] { return m_token->state() == TState::Done || m_token->state() == TState::NotPending; }};
    }

private:
    Reset resetStep() const
    {
        return m_security->secureInterface() ? m_security->secureInterface()->step() : Reset::Idle;
    }
    bool accountEnabled() const { return m_admin->isAccountEnabled() || resetStep() == Reset::Enabled; }
    /// The production secure interface: its steps are done in the browser, not in the wizard.
    bool inBrowser() const { return resetStep() == Reset::External; }
    /// The token was requested (or none is needed).
    bool tokenSettled() const
    {
        const TState s = m_token->state();
        return s == TState::WaitingForToken || s == TState::Done || s == TState::NotPending;
    }
    /// Only messages sent after this point count: older codes are spent.
    void markOutbox() { m_outboxMark = m_outbox ? int(m_outbox->messages().size()) : 0; }
    const OutboxMessage *latest(Channel channel) const
    {
        return m_outbox ? m_outbox->latest(channel, m_outboxMark) : nullptr;
    }
    /// A fresh code arrived on `channel` (since markOutbox()).
    bool hasCode(Channel channel) const
    {
        const OutboxMessage *message = latest(channel);
        return message && !message->code.isEmpty();
    }
    /// As a phone would: from the secret shown on screen, at the current time.
    void enterTotp()
    {
        if (accountEnabled() || inBrowser())
            return;
        // Read off the screen as a person types it into a phone; then "I have stored it".
        auto *shown = m_ui.find<QLineEdit>(SecureInterfaceNames::totpSecretEdit);
        const auto key = Base32::decode(SecretBytes::fromString(shown ? shown->text() : QString()));
        if (!key)
            return m_ui.fail(QStringLiteral("the secret shown is not valid Base32"));
        m_ui.check(SecureInterfaceNames::totpStoredCheck);
        const qint64 now = m_c->context()->clock()->nowSecs();
        m_ui.type(SecureInterfaceNames::totpCodeEdit, Totp::codeAt(*key, now).exposeString());
        m_ui.click(SecureInterfaceNames::confirmTotpButton);
    }

    UiDriver &m_ui;
    WizardController *m_c;
    AdminSecurityModel *m_security;
    AdminUserModel *m_admin;
    TokenValidationModel *m_token;
    OutboxFeed *m_outbox;
    int m_outboxMark = 0;
};

} // namespace

QList<AutopilotStep> steps::adminSecurity(UiDriver &ui)
{
    using S = SecuritySteps;
    return makeSteps(std::make_shared<S>(ui), 2, {
            {"stage2-open",           60000,  Shot | OpensPage, &S::open},
            {"stage2-profile",        120000, Shot,             &S::profile},
            {"stage2-request-codes",  60000,  NoShot,           &S::requestCodes},
            {"stage2-read-codes",     60000,  Shot,             &S::readCodes},
            {"stage2-enter-codes",    60000,  NoShot,           &S::enterCodes},
            {"stage2-password",       60000,  Shot,             &S::password},
            {"stage2-totp",           60000,  Shot,             &S::totp},
            {"stage2-request-token",  120000, Shot,             &S::requestToken},
            {"stage2-validate-token", 120000, Shot,             &S::validateToken},
    });
}

} // namespace snc
