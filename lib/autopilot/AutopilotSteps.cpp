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

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

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
                        type("applicationKeyEdit", conn->applicationKey());
                    },
                    [conn] { return conn->state() == CState::Connected || conn->canAuthorize(); }, false};
    m_steps << Step{QStringLiteral("connect-authorize"), 0, 30000,
                    [this, conn] { return conn->state() == CState::Connected || isEnabled("authorizeButton"); },
                    [this, conn] {
                        if (conn->state() != CState::Connected)
                            click("authorizeButton");
                    },
                    [conn] {
                        return conn->state() == CState::WaitingForValidation
                                || conn->state() == CState::Connected;
                    }};
    m_steps << Step{QStringLiteral("connect-validate"), 0, 60000,
                    [this, conn] { return conn->state() == CState::Connected || isEnabled("sandboxApproveButton"); },
                    [this, conn] {
                        if (conn->state() != CState::Connected)
                            click("sandboxApproveButton");
                    },
                    [conn] { return conn->state() == CState::Connected && !conn->services().isEmpty(); }};
    m_steps << Step{QStringLiteral("connect-service"), 0, 30000, nullptr,
                    [this, conn] {
                        if (!conn->selectedServiceName().isEmpty())
                            return;
                        auto *list = find<QListWidget>("serviceList");
                        if (!list || list->count() == 0)
                            return fail(QStringLiteral("no service to choose"));
                        selectRow("serviceList", 0);
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
                    [this] { return isEnabled("nextButton"); }, [this] { click("nextButton"); },
                    [c, networks] {
                        return c->currentPage() == 1 && networks->status() != StageModel::Status::Unknown
                                && !networks->isBusy();
                    }, true, true};
    m_steps << Step{QStringLiteral("stage1-my-address"), 1, 30000,
                    [this] { return isEnabled("useMyAddressButton"); },
                    [this, hasAllowed] {
                        if (!hasAllowed())
                            click("useMyAddressButton");
                    },
                    [this, hasAllowed] {
                        auto *edit = find<QLineEdit>("networkEdit");
                        return hasAllowed() || (edit && !edit->text().isEmpty());
                    }, false};
    m_steps << Step{QStringLiteral("stage1-add"), 1, 120000,
                    [this, hasAllowed] { return hasAllowed() || isEnabled("addNetworkButton"); },
                    [this, hasAllowed] {
                        if (hasAllowed())
                            return;
                        type("descriptionEdit", tr("Practice workstation", "@info autopilot"));
                        click("addNetworkButton");
                    },
                    [networks, hasAllowed] { return hasAllowed() && !networks->isTaskRunning() && !networks->isBusy(); }};
    m_steps << Step{QStringLiteral("stage1-policy"), 1, 120000,
                    [this, networks] { return networks->isPolicyFiltered() || isEnabled("setFilteredButton"); },
                    [this, networks] {
                        if (!networks->isPolicyFiltered())
                            click("setFilteredButton");
                    },
                    [networks] { return networks->status() == StageModel::Status::Done && !networks->isBusy(); }};

    // ---- Stage 2 ------------------------------------------------------------------------------
    m_steps << Step{QStringLiteral("stage2-open"), 2, 60000,
                    [this] { return isEnabled("nextButton"); }, [this] { click("nextButton"); },
                    [c, admin, security] {
                        return c->currentPage() == 2 && admin->isLoaded() && !security->isBusy();
                    }, true, true};
    m_steps << Step{QStringLiteral("stage2-profile"), 2, 120000,
                    [this, admin] { return admin->isProfileComplete() || isEnabled("saveProfileButton"); },
                    [this, admin] {
                        if (admin->isProfileComplete())
                            return;
                        type("phoneEdit", QStringLiteral("06 12 34 56 78"));
                        type("emailEdit", QStringLiteral("admin@example.com"));
                        click("saveProfileButton");
                    },
                    [admin] { return admin->isProfileComplete() && !admin->isTaskRunning() && !admin->isBusy(); }};
    m_steps << Step{QStringLiteral("stage2-request-codes"), 2, 60000,
                    [this, accountEnabled] { return accountEnabled() || isEnabled("startResetButton"); },
                    [this, outbox, accountEnabled] {
                        if (accountEnabled())
                            return;
                        m_outboxMark = outbox ? int(outbox->messages().size()) : 0;
                        click("startResetButton");
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
                    [this, accountEnabled] { return accountEnabled() || isEnabled("submitCodesButton"); },
                    [this, outbox, accountEnabled] {
                        if (accountEnabled())
                            return;
                        type("smsCodeEdit", outbox->latest(OutboxMessage::Channel::Sms, m_outboxMark)->code);
                        type("emailCodeEdit", outbox->latest(OutboxMessage::Channel::Email, m_outboxMark)->code);
                        click("submitCodesButton");
                    },
                    [secureStep, accountEnabled] { return accountEnabled() || secureStep() == Step_::WaitingForPassword; }, false};
    m_steps << Step{QStringLiteral("stage2-password"), 2, 60000,
                    [this, accountEnabled] { return accountEnabled() || isEnabled("generatePasswordButton"); },
                    [this, accountEnabled] {
                        if (accountEnabled())
                            return;
                        click("generatePasswordButton");
                        click("definePasswordButton");
                    },
                    [secureStep, accountEnabled] { return accountEnabled() || secureStep() == Step_::WaitingForTotp; }};
    m_steps << Step{QStringLiteral("stage2-totp"), 2, 60000,
                    [this, accountEnabled] { return accountEnabled() || isEnabled("confirmTotpButton"); },
                    [this, c, accountEnabled] {
                        if (accountEnabled())
                            return;
                        // As a phone would: from the secret shown on screen, at the current time.
                        auto *label = find<QLabel>("totpSecretLabel");
                        const auto key = Base32::decode(SecretBytes::fromString(label ? label->text() : QString()));
                        if (!key)
                            return fail(QStringLiteral("the secret shown is not valid Base32"));
                        const qint64 now = c->context()->clock()->nowSecs();
                        type("totpCodeEdit", Totp::codeAt(*key, now).exposeString());
                        click("confirmTotpButton");
                    },
                    [accountEnabled] { return accountEnabled(); }};
    m_steps << Step{QStringLiteral("stage2-request-token"), 2, 120000,
                    [this, token] {
                        return token->state() == TState::Done || token->state() == TState::NotPending
                                || token->state() == TState::WaitingForToken || isEnabled("requestTokenButton");
                    },
                    [this, token, outbox] {
                        if (!token->canRequest())
                            return;
                        m_outboxMark = outbox ? int(outbox->messages().size()) : 0;
                        click("requestTokenButton");
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
                        return sms && !sms->code.isEmpty() && isEnabled("tokenEdit");
                    },
                    [this, token, outbox] {
                        if (token->state() != TState::WaitingForToken)
                            return;
                        type("tokenEdit", outbox->latest(OutboxMessage::Channel::Sms, m_outboxMark)->code);
                        click("validateTokenButton");
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
                            click("refreshButton");
                        },
                        [this, c] { return m_refreshDone && !c->isRefreshing(); }, attempt == 1};
    }
}

} // namespace snc
