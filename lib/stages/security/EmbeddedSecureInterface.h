// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/security/SecureInterface.h"

#include <QJsonObject>
#include <QPointer>

class QNetworkAccessManager;

namespace snc {

class ApiCall;

/**
 * @brief The practice sandbox's secure interface, spoken as JSON under
 * `<sandbox>/site/<PCC FQDN>/secure/…` (StageContext::secureInterfaceBase()). Everything happens in the app.
 *
 * The protocol (version 1) is documented once, in lib/sandbox/modules/SecureInterfaceProtocol.h
 * (the sandbox serves it; this class speaks it): `POST password-lost` → `{"session"}`, then
 * `password-lost/codes`, `password-lost/password` (→ `otpauthUri`), `password-lost/totp`, and
 * `POST operation-validation {"task","token"}`. Each `errorCode` is mapped to a translated
 * message here.
 *
 * Same TLS trust as the API client (the sandbox CA is pinned: StageContext::pinnedCaCertificates()).
 * Codes, password and token are sent in request bodies only, never in URLs or logs.
 */
class EmbeddedSecureInterface : public SecureInterface
{
    Q_OBJECT
public:
    explicit EmbeddedSecureInterface(StageContext *context, QObject *parent = nullptr);
    ~EmbeddedSecureInterface() override;

    bool isEmbedded() const override { return true; }
    void startPasswordReset(const QString &login) override;
    void submitCodes(SecretBytes smsCode, SecretBytes emailCode) override;
    void definePassword(SecretBytes password) override;
    void confirmTotp(SecretBytes code) override;
    void validateOperation(qint64 taskId, SecretBytes token) override;
    void cancel() override;

private:
    void onStepError(const ApiError &error);
    struct Private;
    Private *d;
};

} // namespace snc
