// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/AdminSecurityModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "stages/StageCatalog.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/EmbeddedSecureInterface.h"
#include "stages/security/ProductionSecureInterface.h"
#include "stages/security/TokenValidationModel.h"
#include "stages/security/TotpEnrolment.h"
#include "core/Log.h"
#include "core/WhenAll.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

QString digitsOnly(const QString &input)
{
    QString out;
    for (QChar c : input) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace

AdminSecurityModel::AdminSecurityModel(StageContext *context, QObject *parent)
    : StageModel(context, parent),
      m_admin(new AdminUserModel(context, this)),
      m_totp(new TotpEnrolment(context ? context->clock() : nullptr, this)),
      m_token(new TokenValidationModel(context, nullptr, this)),
      m_totpRecord(context, QStringLiteral("totpSecret"))
{
    // A new enrolment shows a new secret: its "I have stored it" is owed again.
    connect(m_totp, &TotpEnrolment::changed, this, [this] {
        if (m_totp->isReady() == m_totpShown)
            return;
        m_totpShown = m_totp->isReady();
        if (m_totpShown)
            m_totpRecord.markShown();
        deriveStatus();
        emit changed();
    });
    followBusy(m_admin, &AdminUserModel::busyChanged);
    followBusy(m_token, &TokenValidationModel::busyChanged);
    // The admin user's task (changeProperties) is the stage's task progress.
    taskProgress()->follow(m_admin->taskPoller());
    // A profile change after stage 2 may wait for an SMS token like any later operation.
    tokenGate()->follow(m_admin->taskPoller());
    connect(m_admin, &AdminUserModel::errorOccurred, this, &AdminSecurityModel::forwardError);
    connect(m_token, &TokenValidationModel::errorOccurred, this, &AdminSecurityModel::forwardError);
    connect(m_admin, &AdminUserModel::changed, this, [this] {
        if (m_secure) {
            m_secure->setAccountPath(m_admin->userPath());
            if (m_admin->isAccountEnabled())
                m_secure->markEnabled();
        }
        deriveStatus();
        emit changed();
    });
    // pendingOptions may change without a state change (read after the task is done).
    connect(m_token, &TokenValidationModel::refreshed, this, [this] {
        deriveStatus();
        emit changed();
    });
    connect(m_token, &TokenValidationModel::stateChanged, this, [this] {
        deriveStatus();
        emit changed();
    });
    createSecureInterface();
    if (context) {
        connect(context, &StageContext::endpointChanged, this, &AdminSecurityModel::createSecureInterface);
        connect(context, &StageContext::serviceChanged, this, [this] {
            m_policy = {};
            m_policyLoaded = false;
            m_totp->clear();
            taskProgress()->reset();
            if (m_secure)
                m_secure->cancel();
            createSecureInterface();
            setStatus(Status::Unknown);
            emit changed();
        });
    }
}

AdminSecurityModel::~AdminSecurityModel() = default;

QString AdminSecurityModel::title() const
{
    return StageCatalog::title(2);
}

QUrl AdminSecurityModel::guideUrl() const
{
    return StageCatalog::guideUrl(2);
}

QString AdminSecurityModel::statusText() const
{
    if (status() == Status::Done)
        return tr("Admin secured and token validation enabled", "@info stage status");
    if (status() == Status::Unknown || status() == Status::Failed)
        return StageModel::statusText();
    switch (currentStep()) {
    case Step::Profile:
        return tr("Admin phone, e-mail or token-validator right missing", "@info stage status");
    case Step::Password:
        return tr("Admin password and two-factor authentication to define", "@info stage status");
    case Step::Token:
        if (m_token->state() == TokenValidationModel::State::WaitingForToken)
            return tr("Waiting for the SMS token", "@info stage status");
        return tr("Token validation to confirm", "@info stage status");
    case Step::Done:
        break;
    }
    return StageModel::statusText();
}

void AdminSecurityModel::setSettings(WizardSettings *settings)
{
    m_settings = settings;
    m_token->setSettings(settings);
    m_totpRecord.setSettings(settings);
}

void AdminSecurityModel::setTotpSecretStored(bool stored)
{
    m_totpRecord.confirm(stored);
    if (stored)
        clearError();
    deriveStatus();
    emit changed();
}

QStringList AdminSecurityModel::passwordRules() const
{
    return m_policyLoaded ? m_policy.describe() : QStringList();
}

AdminSecurityModel::Step AdminSecurityModel::currentStep() const
{
    if (!m_admin->isProfileComplete())
        return Step::Profile;
    if (!m_admin->isAccountEnabled())
        return Step::Password;
    if (m_token->isOptionPending() || m_token->state() == TokenValidationModel::State::Unknown)
        return Step::Token;
    return Step::Done;
}

void AdminSecurityModel::createSecureInterface()
{
    StageContext *ctx = context();
    const bool embedded = ctx && ctx->isPracticeSandbox();
    if (m_secure && m_secure->isEmbedded() == embedded)
        return;
    if (m_secure) {
        m_secure->cancel();
        m_secure->deleteLater();
    }
    if (embedded)
        m_secure = new EmbeddedSecureInterface(ctx, this);
    else
        m_secure = new ProductionSecureInterface(ctx, this);
    m_secure->setAccountPath(m_admin->userPath());
    connect(m_secure, &SecureInterface::openUrlRequested, this, &StageModel::openUrlRequested);
    connect(m_secure, &SecureInterface::failed, this, &AdminSecurityModel::forwardError);
    followBusy(m_secure, &SecureInterface::busyChanged);
    connect(m_secure, &SecureInterface::totpProvisioned, this, [this] {
        m_totp->setOtpauthUri(m_secure->otpauthUri());
        keepDefinedPassword();
    });
    connect(m_secure, &SecureInterface::accountEnabled, this, [this] {
        m_admin->refresh(); // the API is the truth: read activationState back
    });
    connect(m_secure, &SecureInterface::stepChanged, this, [this] {
        deriveStatus();
        emit changed();
    });
    m_token->setSecureInterface(m_secure);
    emit secureInterfaceChanged(m_secure);
}

void AdminSecurityModel::mirrorBusy(QObject *part, bool busy)
{
    QPointer<StageOperation> &spell = m_busyParts[part];
    if (busy && !spell) {
        spell = startOperation();
    } else if (!busy && spell) {
        spell->succeed();
        spell = nullptr;
    }
}

void AdminSecurityModel::forwardError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled)
        return;
    reportError(error);
}

void AdminSecurityModel::deriveStatus()
{
    if (!m_admin->isLoaded()) {
        setStatus(m_refreshOk ? Status::Unknown : Status::Failed);
        return;
    }
    using TS = TokenValidationModel::State;
    const TS ts = m_token->state();
    const bool optionDone = ts != TS::Unknown && !m_token->isOptionPending();
    // A secret on screen whose "I have stored it" is owed keeps the stage open (issue 18 item 8).
    const bool totpOwed = m_totp->isReady() && m_totpRecord.isPending();
    if (m_admin->isProfileComplete() && m_admin->isAccountEnabled() && optionDone && !totpOwed) {
        setStatus(Status::Done);
        return;
    }
    const SecureInterface::Step step = m_secure ? m_secure->step() : SecureInterface::Step::Idle;
    if (ts == TS::WaitingForToken || ts == TS::Validating
        || step == SecureInterface::Step::WaitingForCodes || step == SecureInterface::Step::WaitingForPassword
        || step == SecureInterface::Step::WaitingForTotp || step == SecureInterface::Step::External) {
        setStatus(Status::WaitingForUser);
        return;
    }
    const bool someDone = !m_admin->phoneNumber().isEmpty() || !m_admin->email().isEmpty()
            || m_admin->isTokenValidator() || m_admin->isAccountEnabled();
    setStatus(someDone ? Status::InProgress : Status::NotStarted);
}

void AdminSecurityModel::refresh()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        setStatus(Status::Unknown);
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    // A refresh asked while one runs is answered by the running one (one refreshed() for both).
    if (m_read && m_read->isRunning())
        return;
    StageOperation *op = startOperation();
    m_read = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        m_refreshOk = r.ok();
        deriveStatus();
        emit changed();
        emit refreshed(r.ok());
    });
    // The admin user, the token option and the password policy, side by side. Each part's
    // refreshed() answers its own refresh(): neither part emits it for anything else.
    auto part = whenAll(3, [op](bool ok) {
        if (ok)
            op->succeed();
        else
            op->fail(ApiError::make(ApiError::Kind::NotFound, u"stage 2 not fully read (reported)"_s));
    });
    connect(m_admin, &AdminUserModel::refreshed, op->scope(), part, Qt::SingleShotConnection);
    m_admin->refresh();
    connect(m_token, &TokenValidationModel::refreshed, op->scope(), part, Qt::SingleShotConnection);
    m_token->refresh();
    op->onAnswer(ctx->api()->get(ctx->servicePath() + "/passwordPolicy"_L1), [this, part](const Result<QJsonValue> &r) {
        if (r.ok() && r.value().isObject()) {
            m_policy = PasswordPolicy::fromJson(r.value().toObject());
            m_policyLoaded = true;
        } else if (!r.ok()) {
            forwardError(r.error());
        }
        part(r.ok());
    });
}

void AdminSecurityModel::cancel()
{
    StageModel::cancel();
    m_admin->cancel();
    m_token->cancel();
    if (m_secure)
        m_secure->cancel();
}

// ---- Convenience actions ------------------------------------------------------------------

bool AdminSecurityModel::saveProfile(const QString &phoneInput, const QString &emailInput)
{
    clearError();
    return m_admin->saveProfile(phoneInput, emailInput);
}

void AdminSecurityModel::startPasswordReset()
{
    clearError();
    if (!m_admin->isProfileComplete()) {
        reportValidationError(tr("Save the admin user's phone, e-mail and token-validator right "
                                 "first: the codes are sent there.", "@error"));
        return;
    }
    m_secure->setAccountPath(m_admin->userPath());
    m_secure->startPasswordReset(m_admin->login().isEmpty() ? AdminUserModel::adminLogin() : m_admin->login());
}

void AdminSecurityModel::submitCodes(const QString &smsCode, const QString &emailCode)
{
    clearError();
    QString sms = digitsOnly(smsCode);
    QString email = digitsOnly(emailCode);
    if (sms.isEmpty() || email.isEmpty()) {
        reportValidationError(tr("Type both codes: the one from the SMS and the one from the e-mail.",
                                 "@error"));
        return;
    }
    // Checked here so that a mistyped code never reaches the secure interface.
    const auto wellFormed = [](const QString &code) {
        return code.size() >= 4 && code.size() <= 10
                && std::all_of(code.cbegin(), code.cend(),
                               [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!wellFormed(sms) || !wellFormed(email)) {
        wipe(sms);
        wipe(email);
        reportValidationError(tr("Each code is 4 to 10 digits, exactly as received.", "@error"));
        return;
    }
    m_secure->submitCodes(SecretBytes::fromString(sms), SecretBytes::fromString(email));
    wipe(sms);
    wipe(email);
}

bool AdminSecurityModel::definePassword(const SecretBytes &password, const SecretBytes &confirmation)
{
    clearError();
    if (password.isEmpty()) {
        reportValidationError(tr("Enter the new password.", "@error"));
        return false;
    }
    if (!(password == confirmation)) {
        reportValidationError(tr("The two passwords are different. Type the same password twice.",
                                 "@error"));
        return false;
    }
    if (m_policyLoaded) {
        const auto unmet = m_policy.check(password);
        if (!unmet.isEmpty()) {
            QStringList texts;
            for (const PasswordPolicy::Unmet &u : unmet)
                texts << u.text;
            reportValidationError(tr("The password does not meet the policy: %1", "@error")
                                          .arg(QLocale().createSeparatedList(texts)));
            return false;
        }
    }
    m_definedPassword = password.clone();
    m_secure->definePassword(password.clone());
    return true;
}

void AdminSecurityModel::keepDefinedPassword()
{
    // The password was accepted: the person needs it again for NSX (stage 3). It goes to the
    // keychain only (the key stage 3 reads), never to a file; a failure is not fatal here.
    SecretBytes password = std::move(m_definedPassword);
    m_definedPassword.clear();
    StageContext *ctx = context();
    if (password.isEmpty() || !ctx || !ctx->secrets() || ctx->serviceName().isEmpty())
        return;
    SecretWriteJob *job = ctx->secrets()->write(SecretKeys::nsxAdminPassword(ctx->secretScope(), ctx->serviceName()), std::move(password));
    job->onFinished(this, [job] {
        if (job->error())
            qCWarning(lcStage) << "admin: the password could not be kept in the keychain for stage 3";
    });
}

bool AdminSecurityModel::confirmTotp(const QString &code)
{
    clearError();
    const TotpEnrolment::Check check = m_totp->checkCode(code);
    if (!check.ok()) {
        reportValidationError(check.message);
        return false;
    }
    // Once the code is accepted the secret is never shown again: it must be stored first.
    if (m_totpRecord.isPending()) {
        reportValidationError(tr("First store the secret key (Copy or Save), then tick \"I have stored the secret key\".", "@error"));
        return false;
    }
    QString digits = digitsOnly(code);
    m_secure->confirmTotp(SecretBytes::fromString(digits));
    wipe(digits);
    return true;
}

bool AdminSecurityModel::requestToken()
{
    clearError();
    return m_token->requestToken();
}

bool AdminSecurityModel::resendToken()
{
    clearError();
    return m_token->resendToken();
}

bool AdminSecurityModel::validateToken(const QString &tokenInput)
{
    clearError();
    return m_token->validate(tokenInput);
}

} // namespace snc
