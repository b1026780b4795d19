// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the sandbox to the start of stage 2 (and through its first half) with the real models,
// as a person would: allow the caller's address, fix the admin profile, define the password and
// enrol the authenticator, reading the codes from the sandbox outbox.
#pragma once

#include "SandboxFixture.h"

#include "stages/networks/AllowedNetworksModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/SecureInterface.h"
#include "stages/security/TokenValidationModel.h"
#include "stages/security/TotpEnrolment.h"
#include "tasks/TaskPoller.h"

namespace snc::test {

inline void fastPolling(TaskPoller *poller)
{
    poller->setIntervalMs(30);
    poller->setFirstPollDelayMs(10);
}

/// Stage 1, minimally: the secure interface only answers callers inside the allowed networks.
inline bool allowCallerAddress(SandboxFixture &f)
{
    AllowedNetworksModel networks(f.context.get());
    fastPolling(networks.taskPoller());
    QSignalSpy refreshed(&networks, &StageModel::refreshed);
    networks.refresh();
    if (!refreshed.wait(10000))
        return false;
    QSignalSpy finished(&networks, &AllowedNetworksModel::actionFinished);
    if (!networks.addNetwork(QStringLiteral("203.0.113.7"), QStringLiteral("practice")))
        return false;
    return finished.wait(20000) && finished.first().first().toBool();
}

inline bool waitForStep(SecureInterface *secure, SecureInterface::Step step, int ms = 10000)
{
    QSignalSpy changed(secure, &SecureInterface::stepChanged);
    while (secure->step() != step) {
        if (!changed.wait(ms))
            return false;
    }
    return true;
}

inline bool saveProfile(AdminSecurityModel &model, const QString &phone, const QString &email)
{
    QSignalSpy saved(model.admin(), &AdminUserModel::saveFinished);
    if (!model.saveProfile(phone, email))
        return false;
    return saved.wait(20000) && saved.first().first().toBool();
}

/// Profile, password and TOTP, the happy path. `model` must have been refreshed. The password is
/// `known` when given (NSX Manager's basic authentication needs it later), else generated.
inline bool enrolAdmin(SandboxFixture &f, AdminSecurityModel &model, const SecretBytes &known = {})
{
    if (!saveProfile(model, QStringLiteral("06 12 34 56 78"), QStringLiteral("camille.martin@example.com")))
        return false;
    SecureInterface *secure = model.secureInterface();
    model.startPasswordReset();
    if (!waitForStep(secure, SecureInterface::Step::WaitingForCodes))
        return false;
    model.submitCodes(f.lastCode(QStringLiteral("sms")), f.lastCode(QStringLiteral("email")));
    if (!waitForStep(secure, SecureInterface::Step::WaitingForPassword))
        return false;
    const SecretBytes password = known.isEmpty() ? model.passwordPolicy().generate() : known.clone();
    if (!model.definePassword(password, password))
        return false;
    if (!waitForStep(secure, SecureInterface::Step::WaitingForTotp) || !model.totp()->isReady())
        return false;
    // A phone computes the code now; keep time still while it travels (±1 step of 30 s).
    f.ticker.stop();
    model.setTotpSecretStored(true); // as a person ticks "I have stored it" (issue 18 item 8)
    const bool sent = model.confirmTotp(model.totp()->currentCode().exposeString());
    const bool enabled = sent && waitForStep(secure, SecureInterface::Step::Enabled);
    f.ticker.start(10);
    if (!enabled)
        return false;
    // The model reads activationState back from the API after the interface says "enabled".
    QSignalSpy changed(model.admin(), &AdminUserModel::changed);
    while (!model.admin()->isAccountEnabled()) {
        if (!changed.wait(10000))
            return false;
    }
    return true;
}

/// Stage 1 minimally, then a stage-2 model read, its admin's and token's tasks polled fast, and
/// the admin enrolled (enrolAdmin, `known` its password if given). Null if a step failed.
inline std::unique_ptr<AdminSecurityModel> enrolledAdminModel(SandboxFixture &f, const SecretBytes &known = {})
{
    if (!allowCallerAddress(f))
        return nullptr;
    auto model = std::make_unique<AdminSecurityModel>(f.context.get());
    fastPolling(model->admin()->taskPoller());
    fastPolling(model->token()->taskPoller());
    QSignalSpy refreshed(model.get(), &StageModel::refreshed);
    model->refresh();
    if (!refreshed.wait(10000) || !enrolAdmin(f, *model, known))
        return nullptr;
    return model;
}

} // namespace snc::test
