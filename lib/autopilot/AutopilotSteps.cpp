// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The autopilot's script: connection, stage 1 and stage 2, as a person would do them.
#include "Autopilot.h"

#include "core/Clock.h"
#include "otp/Base32.h"
#include "otp/Totp.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/SecureInterface.h"
#include "stages/security/TokenValidationModel.h"
#include "ui/MainWindow.h"
#include "ui/OutboxFeed.h"
#include "ui/pages/AdminSecurityPage.h"
#include "ui/pages/AllowedNetworksPage.h"
#include "ui/pages/ConnectPage.h"
#include "ui/pages/SecureInterfaceSection.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using AdminSecurityNames = snc::AdminSecurityPage::Names;
using AllowedNetworksNames = snc::AllowedNetworksPage::Names;
using ConnectNames = snc::ConnectPage::Names;
using MainWindowNames = snc::MainWindow::Names;
using SecureInterfaceNames = snc::SecureInterfaceSection::Names;

namespace snc {

void Autopilot::buildSteps()
{
    m_coveredStages = {1, 2};
    buildStage12Steps();
    buildStage34Steps();
    buildStage56Steps();
    buildVerificationSteps();
}

void Autopilot::buildStage12Steps()
{
    using CState = ConnectionModel::State;
    using Step_ = SecureInterface::Step;
    using TState = TokenValidationModel::State;
    WizardController *c = controller();
    ConnectionModel *conn = c->connection();
    AllowedNetworksModel *networks = c->allowedNetworks();
    AdminSecurityModel *security = c->adminSecurity();
    AdminUserModel *admin = security->admin();
    TokenValidationModel *token = security->token();
    OutboxFeed *outbox = m_window->outboxFeed();
    const auto secureStep = [security] {
        return security->secureInterface() ? security->secureInterface()->step() : Step_::Idle;
    };
    const auto accountEnabled = [admin, secureStep] {
        return admin->isAccountEnabled() || secureStep() == Step_::Enabled;
    };
    const auto settled = [conn] {
        const CState s = conn->state();
        return s != CState::Connecting && s != CState::RequestingCredential && !conn->isBusy();
    };
    m_steps.clear();

    // ---- Connection ---------------------------------------------------------------------------
    m_steps << Step{QStringLiteral("start"), 0, 60000, nullptr, nullptr,
                    [c, settled] { return settled() && !c->isRefreshing(); }};
    m_steps << Step{QStringLiteral("connect-keys"), 0, 30000, nullptr,
                    [this, conn] {
                        if (conn->state() == CState::Connected || conn->canAuthorize())
                            return;
                        // Keys for the practice sandbox are the ones it printed; a person would
                        // paste them from there. The secret is not readable back, so only the key
                        // is typed when missing; the model already holds the sandbox secret.
                        type(ConnectNames::applicationKeyEdit, conn->applicationKey());
                    },
                    [conn] { return conn->state() == CState::Connected || conn->canAuthorize(); }, false};
    m_steps << Step{QStringLiteral("connect-authorize"), 0, 30000,
                    [this, conn] { return conn->state() == CState::Connected || isEnabled(ConnectNames::authorizeButton); },
                    [this, conn] {
                        if (conn->state() != CState::Connected)
                            click(ConnectNames::authorizeButton);
                    },
                    [conn] {
                        return conn->state() == CState::WaitingForValidation
                                || conn->state() == CState::Connected;
                    }};
    m_steps << Step{QStringLiteral("connect-validate"), 0, 60000,
                    [this, conn] { return conn->state() == CState::Connected || isEnabled(ConnectNames::sandboxApproveButton); },
                    [this, conn] {
                        if (conn->state() != CState::Connected)
                            click(ConnectNames::sandboxApproveButton);
                    },
                    [conn] { return conn->state() == CState::Connected && !conn->services().isEmpty(); }};
    m_steps << Step{QStringLiteral("connect-service"), 0, 30000, nullptr,
                    [this, conn] {
                        if (!conn->selectedServiceName().isEmpty())
                            return;
                        auto *list = find<QListWidget>(ConnectNames::serviceList);
                        if (!list || list->count() == 0)
                            return fail(QStringLiteral("no service to choose"));
                        selectRow(ConnectNames::serviceList, 0);
                    },
                    [c, conn] { return !conn->selectedServiceName().isEmpty() && c->canGoNext(); }};

    // ---- Stage 1 ------------------------------------------------------------------------------
    const auto hasAllowed = [networks] {
        const auto list = networks->networks();
        for (const AllowedNetwork &n : list)
            if (n.state == QLatin1String("allowed"))
                return true;
        return false;
    };
    m_steps << Step{QStringLiteral("stage1-open"), 1, 60000,
                    [this] { return isEnabled(MainWindowNames::nextButton); }, [this] { click(MainWindowNames::nextButton); },
                    [c, networks] {
                        return c->currentPage() == 1 && networks->status() != StageModel::Status::Unknown
                                && !networks->isBusy();
                    }, true, true};
    m_steps << Step{QStringLiteral("stage1-my-address"), 1, 30000,
                    [this] { return isEnabled(AllowedNetworksNames::useMyAddressButton); },
                    [this, hasAllowed] {
                        if (!hasAllowed())
                            click(AllowedNetworksNames::useMyAddressButton);
                    },
                    [this, hasAllowed] {
                        auto *edit = find<QLineEdit>(AllowedNetworksNames::networkEdit);
                        return hasAllowed() || (edit && !edit->text().isEmpty());
                    }, false};
    m_steps << Step{QStringLiteral("stage1-add"), 1, 120000,
                    [this, hasAllowed] { return hasAllowed() || isEnabled(AllowedNetworksNames::addNetworkButton); },
                    [this, hasAllowed] {
                        if (hasAllowed())
                            return;
                        type(AllowedNetworksNames::descriptionEdit, tr("Practice workstation", "@info autopilot"));
                        click(AllowedNetworksNames::addNetworkButton);
                    },
                    [networks, hasAllowed] { return hasAllowed() && !networks->isTaskRunning() && !networks->isBusy(); }};
    m_steps << Step{QStringLiteral("stage1-policy"), 1, 120000,
                    [this, networks] { return networks->isPolicyFiltered() || isEnabled(AllowedNetworksNames::setFilteredButton); },
                    [this, networks] {
                        if (!networks->isPolicyFiltered())
                            click(AllowedNetworksNames::setFilteredButton);
                    },
                    [networks] { return networks->status() == StageModel::Status::Done && !networks->isBusy(); }};

    // ---- Stage 2 ------------------------------------------------------------------------------
    m_steps << Step{QStringLiteral("stage2-open"), 2, 60000,
                    [this] { return isEnabled(MainWindowNames::nextButton); }, [this] { click(MainWindowNames::nextButton); },
                    [c, admin, security] {
                        return c->currentPage() == 2 && admin->isLoaded() && !security->isBusy();
                    }, true, true};
    m_steps << Step{QStringLiteral("stage2-profile"), 2, 120000,
                    [this, admin] { return admin->isProfileComplete() || isEnabled(AdminSecurityNames::saveProfileButton); },
                    [this, admin] {
                        if (admin->isProfileComplete())
                            return;
                        type(AdminSecurityNames::phoneEdit, QStringLiteral("06 12 34 56 78"));
                        type(AdminSecurityNames::emailEdit, QStringLiteral("admin@example.com"));
                        click(AdminSecurityNames::saveProfileButton);
                    },
                    [admin] { return admin->isProfileComplete() && !admin->isTaskRunning() && !admin->isBusy(); }};
    m_steps << Step{QStringLiteral("stage2-request-codes"), 2, 60000,
                    [this, accountEnabled] { return accountEnabled() || isEnabled(SecureInterfaceNames::startResetButton); },
                    [this, outbox, accountEnabled] {
                        if (accountEnabled())
                            return;
                        m_outboxMark = outbox ? int(outbox->messages().size()) : 0;
                        click(SecureInterfaceNames::startResetButton);
                    },
                    [secureStep, accountEnabled] { return accountEnabled() || secureStep() == Step_::WaitingForCodes; }, false};
    m_steps << Step{QStringLiteral("stage2-read-codes"), 2, 60000, nullptr,
                    [outbox] {
                        if (outbox)
                            outbox->pollNow();
                    },
                    [this, outbox, accountEnabled] {
                        if (accountEnabled())
                            return true;
                        if (!outbox)
                            return false;
                        outbox->pollNow();
                        const auto *sms = outbox->latest(OutboxMessage::Channel::Sms, m_outboxMark);
                        const auto *mail = outbox->latest(OutboxMessage::Channel::Email, m_outboxMark);
                        return sms && mail && !sms->code.isEmpty() && !mail->code.isEmpty();
                    }};
    m_steps << Step{QStringLiteral("stage2-enter-codes"), 2, 60000,
                    [this, accountEnabled] { return accountEnabled() || isEnabled(SecureInterfaceNames::submitCodesButton); },
                    [this, outbox, accountEnabled] {
                        if (accountEnabled())
                            return;
                        type(SecureInterfaceNames::smsCodeEdit, outbox->latest(OutboxMessage::Channel::Sms, m_outboxMark)->code);
                        type(SecureInterfaceNames::emailCodeEdit, outbox->latest(OutboxMessage::Channel::Email, m_outboxMark)->code);
                        click(SecureInterfaceNames::submitCodesButton);
                    },
                    [secureStep, accountEnabled] { return accountEnabled() || secureStep() == Step_::WaitingForPassword; }, false};
    m_steps << Step{QStringLiteral("stage2-password"), 2, 60000,
                    [this, accountEnabled] { return accountEnabled() || isEnabled(SecureInterfaceNames::generatePasswordButton); },
                    [this, accountEnabled] {
                        if (accountEnabled())
                            return;
                        click(SecureInterfaceNames::generatePasswordButton);
                        click(SecureInterfaceNames::definePasswordButton);
                    },
                    [secureStep, accountEnabled] { return accountEnabled() || secureStep() == Step_::WaitingForTotp; }};
    m_steps << Step{QStringLiteral("stage2-totp"), 2, 60000,
                    [this, accountEnabled] { return accountEnabled() || isEnabled(SecureInterfaceNames::confirmTotpButton); },
                    [this, c, accountEnabled] {
                        if (accountEnabled())
                            return;
                        // As a phone would: from the secret shown on screen, at the current time.
                        auto *label = find<QLabel>(SecureInterfaceNames::totpSecretLabel);
                        const auto key = Base32::decode(SecretBytes::fromString(label ? label->text() : QString()));
                        if (!key)
                            return fail(QStringLiteral("the secret shown is not valid Base32"));
                        const qint64 now = c->context()->clock()->nowSecs();
                        type(SecureInterfaceNames::totpCodeEdit, Totp::codeAt(*key, now).exposeString());
                        click(SecureInterfaceNames::confirmTotpButton);
                    },
                    [accountEnabled] { return accountEnabled(); }};
    m_steps << Step{QStringLiteral("stage2-request-token"), 2, 120000,
                    [this, token] {
                        return token->state() == TState::Done || token->state() == TState::NotPending
                                || token->state() == TState::WaitingForToken || isEnabled(AdminSecurityNames::requestTokenButton);
                    },
                    [this, token, outbox] {
                        if (!token->canRequest())
                            return;
                        m_outboxMark = outbox ? int(outbox->messages().size()) : 0;
                        click(AdminSecurityNames::requestTokenButton);
                    },
                    [token] {
                        return token->state() == TState::WaitingForToken || token->state() == TState::Done
                                || token->state() == TState::NotPending;
                    }};
    m_steps << Step{QStringLiteral("stage2-validate-token"), 2, 120000,
                    [this, token, outbox] {
                        if (token->state() != TState::WaitingForToken)
                            return true;
                        if (outbox)
                            outbox->pollNow();
                        const auto *sms = outbox ? outbox->latest(OutboxMessage::Channel::Sms, m_outboxMark) : nullptr;
                        return sms && !sms->code.isEmpty() && isEnabled(AdminSecurityNames::tokenEdit);
                    },
                    [this, token, outbox] {
                        if (token->state() != TState::WaitingForToken)
                            return;
                        type(AdminSecurityNames::tokenEdit, outbox->latest(OutboxMessage::Channel::Sms, m_outboxMark)->code);
                        click(AdminSecurityNames::validateTokenButton);
                    },
                    [token] { return token->state() == TState::Done || token->state() == TState::NotPending; }};

}

void Autopilot::buildVerificationSteps()
{
    WizardController *c = controller();
    // ---- Verification through the API ---------------------------------------------------------
    // A refresh re-derives every status from the live API. OVHcloud (and the sandbox) may list
    // an option as pending for a moment after its task is done, so up to three reads are made.
    const auto stagesDone = [this, c] {
        for (int n : std::as_const(m_coveredStages)) {
            if (!c->stage(n) || c->stage(n)->status() != StageModel::Status::Done)
                return false;
        }
        return true;
    };
    for (int attempt = 1; attempt <= 3; ++attempt) {
        m_steps << Step{QStringLiteral("verify"), 2, 60000,
                        [c, stagesDone, attempt] { return attempt == 1 || stagesDone() || !c->isRefreshing(); },
                        [this, c, stagesDone, attempt] {
                            m_refreshDone = attempt > 1 && stagesDone();
                            if (m_refreshDone)
                                return;
                            connect(c, &WizardController::refreshAllFinished, this,
                                    [this] { m_refreshDone = true; }, Qt::SingleShotConnection);
                            click(MainWindowNames::refreshButton);
                        },
                        [this, c] { return m_refreshDone && !c->isRefreshing(); }, attempt == 1};
    }
}

} // namespace snc
