// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/SecretBytes.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace snc {

class StageContext;

/**
 * @brief The service's "secure interface" (its `certifiedInterfaceUrl`, e.g.
 * https://pcc-198-51-100-7.ovh.de/secure/: the API gives it, the TLD varies), where the admin's
 * password is (re)defined with SMS + e-mail codes and TOTP enrolment, and where sensitive
 * operations are validated with the SMS token. OVHcloud has no public API for it, so:
 * - EmbeddedSecureInterface speaks the practice sandbox's JSON protocol (everything in-app);
 * - ProductionSecureInterface opens the real page in the browser (openUrlRequested()) and detects
 *   completion through the API.
 *
 * The password-lost path, as in the guide, is a sequence of steps:
 *   startPasswordReset(login)      → Step::WaitingForCodes (an SMS and an e-mail were sent)
 *   submitCodes(sms, email)        → Step::WaitingForPassword
 *   definePassword(password)       → Step::WaitingForTotp, totpProvisioned() (otpauthUri())
 *   confirmTotp(code)              → Step::Enabled, accountEnabled()
 * A wrong code keeps the step (failed() with Kind::Validation and a translated message); the
 * caller may retry it. Production goes from startPasswordReset() straight to Step::External
 * (the user does everything on the web page) and to Enabled when the API shows the account
 * enabled.
 *
 * Operation validation (the 15-minute SMS token): validateOperation(taskId, token) →
 * operationValidationSent(taskId) (embedded: the server accepted the token; production: the page
 * was opened — the caller follows the task either way), or failed().
 *
 * Secrets (codes, password, TOTP URI, token) are SecretBytes and never logged. Does not own the
 * context.
 */
class SecureInterface : public QObject
{
    Q_OBJECT
    Q_PROPERTY(snc::SecureInterface::Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool embedded READ isEmbedded CONSTANT)
public:
    enum class Step {
        Idle,               ///< nothing started
        WaitingForCodes,    ///< SMS and e-mail codes sent; submitCodes()
        WaitingForPassword, ///< codes accepted; definePassword()
        WaitingForTotp,     ///< password defined, otpauth URI given; confirmTotp()
        External,           ///< production: the user works on the web page
        Enabled,            ///< the account is enabled (password + 2FA)
    };
    Q_ENUM(Step)

    explicit SecureInterface(StageContext *context, QObject *parent = nullptr);

    virtual bool isEmbedded() const = 0;
    /// The page a person would use (production: the API's certifiedInterfaceUrl).
    QUrl baseUrl() const;

    virtual void startPasswordReset(const QString &login) = 0;
    virtual void submitCodes(SecretBytes smsCode, SecretBytes emailCode) = 0;
    virtual void definePassword(SecretBytes password) = 0;
    virtual void confirmTotp(SecretBytes code) = 0;
    virtual void validateOperation(qint64 taskId, SecretBytes token) = 0;
    /// Aborts in-flight work and returns to Idle (or stays Enabled).
    virtual void cancel() = 0;
    /// Production: the admin user's API path to watch (…/user/<id>); embedded ignores it.
    virtual void setAccountPath(const QString &userPath) { m_accountPath = userPath; }
    /// Tell the interface the account is known enabled (from the API) → Step::Enabled.
    void markEnabled();

    Step step() const { return m_step; }
    /// A copy of the otpauth:// URI given by the server (empty before totpProvisioned()).
    SecretBytes otpauthUri() const { return m_otpauthUri.clone(); }
    bool isBusy() const { return m_busy; }
    StageContext *context() const;

signals:
    void stepChanged(snc::SecureInterface::Step step);
    void busyChanged(bool busy);
    /// The otpauth:// URI is available from otpauthUri() (embedded only).
    void totpProvisioned();
    void accountEnabled();
    void operationValidationSent(qint64 taskId);
    void failed(const snc::ApiError &error);
    void openUrlRequested(const QUrl &url);

protected:
    void setStep(Step step);
    void setBusy(bool busy);

    QString m_accountPath;
    SecretBytes m_otpauthUri;

private:
    QPointer<StageContext> m_context;
    Step m_step = Step::Idle;
    bool m_busy = false;
};

} // namespace snc
