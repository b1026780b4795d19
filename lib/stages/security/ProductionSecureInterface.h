// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/security/SecureInterface.h"

namespace snc {

/**
 * @brief OVHcloud production: the secure interface is a web page with no public API.
 *
 * startPasswordReset() emits openUrlRequested(<certifiedInterfaceUrl>, from the API) — final '/' kept —
 * moves to Step::External and watches the admin user (setAccountPath()) every pollIntervalMs()
 * until `activationState` is `enabled` → Step::Enabled, accountEnabled(). submitCodes(),
 * definePassword() and confirmTotp() are not possible here (failed() with Validation).
 * validateOperation() opens <certifiedInterfaceUrl>operation-validation?task=<id> (no token)
 * and emits operationValidationSent(); the caller follows the task to done.
 */
class ProductionSecureInterface : public SecureInterface
{
    Q_OBJECT
public:
    explicit ProductionSecureInterface(StageContext *context, QObject *parent = nullptr);
    ~ProductionSecureInterface() override;

    bool isEmbedded() const override { return false; }
    void startPasswordReset(const QString &login) override;
    void submitCodes(SecretBytes smsCode, SecretBytes emailCode) override;
    void definePassword(SecretBytes password) override;
    void confirmTotp(SecretBytes code) override;
    void validateOperation(qint64 taskId, SecretBytes token) override;
    void cancel() override;

    void setPollIntervalMs(int ms);

private:
    void poll();
    struct Private;
    Private *d;
};

} // namespace snc
