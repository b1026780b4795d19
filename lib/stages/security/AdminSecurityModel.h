// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"
#include "stages/ConfirmationRecord.h"
#include "stages/StageModel.h"
#include "stages/security/PasswordPolicy.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

namespace snc {

class AdminUserModel;
class SecureInterface;
class StageOperation;
class TokenValidationModel;
class TotpEnrolment;
class WizardSettings;

/**
 * @brief Stage 2 — advanced security: the admin's phone/e-mail/token-validator right, the
 * password + 2FA through the secure interface, and the tokenValidation option.
 *
 * Composed of sub-models the page binds to directly: admin() (AdminUserModel), passwordPolicy(),
 * secureInterface() (embedded in the practice sandbox, production otherwise; recreated when the
 * endpoint changes: secureInterfaceChanged()), totp() (TotpEnrolment, filled by the embedded
 * interface), token() (TokenValidationModel).
 *
 * refresh(): admin user, password policy, pendingOptions + token task. status():
 * Done = admin has phone + e-mail + token validator + activationState enabled AND tokenValidation
 * is not in pendingOptions; WaitingForUser when a token waits for validation or the secure
 * interface waits for the user; InProgress when some of it is done; NotStarted otherwise.
 * currentStep() tells the page which part to show first.
 *
 * Convenience actions (thin wrappers) are here so the page and the autopilot drive one object;
 * codes and passwords go in as SecretBytes and are never stored in properties.
 */
class AdminSecurityModel : public StageModel
{
    Q_OBJECT
    Q_PROPERTY(snc::AdminSecurityModel::Step currentStep READ currentStep NOTIFY changed)
    Q_PROPERTY(QStringList passwordRules READ passwordRules NOTIFY changed)
public:
    enum class Step { Profile, Password, Token, Done };
    Q_ENUM(Step)

    explicit AdminSecurityModel(StageContext *context, QObject *parent = nullptr);
    ~AdminSecurityModel() override;

    int number() const override { return 2; }
    QString title() const override;
    QUrl guideUrl() const override;
    QString statusText() const override;
    void refresh() override;
    void cancel() override;

    void setSettings(WizardSettings *settings);

    AdminUserModel *admin() const { return m_admin; }
    SecureInterface *secureInterface() const { return m_secure; }
    TotpEnrolment *totp() const { return m_totp; }
    TokenValidationModel *token() const { return m_token; }
    PasswordPolicy passwordPolicy() const { return m_policy; }
    bool hasPasswordPolicy() const { return m_policyLoaded; }
    /// passwordPolicy().describe().
    QStringList passwordRules() const;
    Step currentStep() const;

    // ---- Convenience actions ----------------------------------------------------------------
    bool saveProfile(const QString &phoneInput, const QString &emailInput);
    /// "Password lost" for admin (embedded: codes sent to the outbox; production: page opened).
    void startPasswordReset();
    void submitCodes(const QString &smsCode, const QString &emailCode);
    /// Checks the policy and the confirmation locally first (Validation error, nothing sent).
    bool definePassword(const SecretBytes &password, const SecretBytes &confirmation);
    /// Checks the code locally first (TotpEnrolment::checkCode: "wrong code" or "clock off by N s"),
    /// then sends it. Returns false when refused locally.
    bool confirmTotp(const QString &code);
    bool requestToken();
    /// "Didn't get the SMS? Send a new code" (TokenValidationModel::resendToken()).
    bool resendToken();

    /// Issue 18 item 8: the authenticator's secret is shown once; confirmTotp() is refused until
    /// the user said it is stored (remembered in the settings, never the secret).
    bool isTotpSecretConfirmationOwed() const { return m_totpRecord.isPending(); }
    void setTotpSecretStored(bool stored);
    bool validateToken(const QString &tokenInput);

signals:
    void secureInterfaceChanged(snc::SecureInterface *secureInterface);

private:
    void createSecureInterface();
    /// The stage is busy while `part` is: one StageOperation per busy spell of the part, which
    /// ends when the part is no longer busy or is destroyed (a replaced secure interface).
    template <class Part>
    void followBusy(Part *part, void (Part::*busyChanged)(bool))
    {
        connect(part, busyChanged, this, [this, part](bool busy) { mirrorBusy(part, busy); });
        connect(part, &QObject::destroyed, this, [this, part] { mirrorBusy(part, false); m_busyParts.remove(part); });
    }
    void mirrorBusy(QObject *part, bool busy);
    void deriveStatus();
    void forwardError(const ApiError &error);
    /// Once the secure interface accepted it: the defined password to the keychain (NSX, stage 3).
    void keepDefinedPassword();

    AdminUserModel *m_admin;
    SecureInterface *m_secure = nullptr;
    TotpEnrolment *m_totp;
    TokenValidationModel *m_token;
    WizardSettings *m_settings = nullptr;
    PasswordPolicy m_policy;
    bool m_policyLoaded = false;
    QPointer<StageOperation> m_read; ///< the refresh running, if any
    QHash<QObject *, QPointer<StageOperation>> m_busyParts; ///< see followBusy()
    bool m_refreshOk = true;
    SecretBytes m_definedPassword; ///< sent to the secure interface, not yet accepted
    ConfirmationRecord m_totpRecord;
    bool m_totpShown = false; ///< the current enrolment's secret was recorded as shown
};

} // namespace snc
