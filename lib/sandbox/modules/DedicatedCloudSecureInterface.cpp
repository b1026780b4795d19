// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The secure interface (`/secure/{sn}/…`); protocol in SecureInterfaceProtocol.h.
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "Outbox.h"
#include "PracticeMessages.h"
#include "SandboxOtp.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/TaskEngine.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace snc::sandbox {

using dc::secureError;
using dc::str;

namespace {

QString maskPhone(const QString &phone)
{
    if (phone.size() < 7)
        return phone;
    QString out = phone;
    for (qsizetype i = 5; i < out.size() - 3; ++i)
        out[i] = QChar(0x2022);
    return out;
}

QString maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 1)
        return email;
    return email.left(1) + QString(3, QChar(0x2022)) + email.mid(at);
}

QByteArray hashPassword(const QByteArray &salt, const QString &password)
{
    return QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Sha256);
}

QString digitsOnly(const QString &text)
{
    QString out = text;
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace

std::optional<SandboxResponse> DedicatedCloudModule::refuseCaller(const Service &service) const
{
    const QString address = m_context->clientAddress;
    if (isAddressAllowed(service, address))
        return std::nullopt;
    return secureError(403, "ADDRESS_NOT_ALLOWED",
                       str("Your address %1 is not in the allowed networks of %2: the secure "
                           "interface only answers allowed addresses. Authorize it first "
                           "(stage 1, allowed networks).")
                               .arg(address, service.name()),
                       QJsonObject{{str("clientAddress"), address}});
}

namespace {

/// The JSON object body of a secure-interface request; nullopt (and `error` set) otherwise.
std::optional<QJsonObject> secureBody(SandboxRequest &r, SandboxResponse *error)
{
    bool ok = false;
    const QJsonValue v = r.json(&ok);
    if (!ok || !v.isObject()) {
        *error = secureError(400, "MISSING_PARAMETER", str("A JSON object body is expected"));
        return std::optional<QJsonObject>();
    }
    return std::optional<QJsonObject>(v.toObject());
}

} // namespace

SandboxResponse DedicatedCloudModule::withSecureService(SandboxRequest &r, SecureHandler handler)
{
    Service *s = service(r.param(str("serviceName")));
    if (!s)
        return secureError(404, "UNKNOWN_SERVICE",
                           str("No service %1").arg(r.param(str("serviceName"))));
    if (auto refused = refuseCaller(*s))
        return *refused;
    return (this->*handler)(*s, r);
}

SandboxResponse DedicatedCloudModule::describeSecureInterface(Service &s, SandboxRequest &)
{
    return SandboxResponse::json(QJsonObject{{str("serviceName"), s.name()},
                                             {str("clientAddress"), m_context->clientAddress},
                                             {str("protocol"), 1}});
}

SandboxResponse DedicatedCloudModule::startPasswordReset(Service &s, SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = secureBody(r, &error);
    if (!body)
        return error;
    User *user = nullptr;
    if (auto refused = findResetUser(s, *body, &user))
        return *refused;
    return sendResetCodes(s, *user);
}

std::optional<SandboxResponse> DedicatedCloudModule::findResetUser(Service &s,
                                                                   const QJsonObject &body,
                                                                   User **found) const
{
    const QString login = body.value(str("login")).toString().trimmed();
    if (login.isEmpty())
        return secureError(400, "MISSING_PARAMETER", str("login is required"));
    User *user = nullptr;
    for (auto &[id, u] : s.users) {
        if (u.login() == login)
            user = &u;
    }
    if (!user)
        return secureError(404, "UNKNOWN_USER", str("No user %1").arg(login));
    const QString phone = user->info.value(str("phoneNumber")).toString();
    const QString email = user->info.value(str("email")).toString();
    QJsonArray missing;
    if (phone.isEmpty())
        missing.append(str("phoneNumber"));
    if (email.isEmpty())
        missing.append(str("email"));
    if (!missing.isEmpty())
        return secureError(400, "USER_INCOMPLETE",
                           str("The user %1 needs a phone number and an e-mail "
                               "address (changeProperties) before a password reset")
                                   .arg(login),
                           QJsonObject{{str("missing"), missing}});
    if (!user->info.value(str("isTokenValidator")).toBool())
        return secureError(400, "NOT_TOKEN_VALIDATOR",
                           str("The user %1 must have the token-validator right").arg(login));
    const QString givenEmail = body.value(str("email")).toString().trimmed();
    const QString givenPhone = body.value(str("phoneNumber")).toString().trimmed();
    if ((!givenEmail.isEmpty() && givenEmail.compare(email, Qt::CaseInsensitive) != 0)
        || (!givenPhone.isEmpty() && givenPhone != phone))
        return secureError(400, "USER_INFO_MISMATCH",
                           str("The information given does not match the user's"));
    *found = user;
    return std::nullopt;
}

SandboxResponse DedicatedCloudModule::sendResetCodes(Service &s, const User &user)
{
    const QString login = user.login();
    const QString phone = user.info.value(str("phoneNumber")).toString();
    const QString email = user.info.value(str("email")).toString();
    ResetSession session;
    session.id = QString::fromLatin1(otp::randomBytes(16).toHex());
    session.userId = user.id();
    session.step = str("codes");
    session.smsCode = otp::randomDigits(6);
    session.emailCode = otp::randomDigits(6);
    session.expiresMs = m_context->clock->nowMs() + resetCodeLifetimeMs;
    s.sessions.removeIf([&](const ResetSession &o) { return o.userId == session.userId; });
    const QString language = m_context->accountLanguage;
    m_outbox->sendSms(phone, practice::resetCodeSms(language, login, s.name(), session.smsCode), session.smsCode);
    m_outbox->sendEmail(email, practice::resetEmailSubject(language, login, s.name()),
                        practice::resetEmailBody(language, login, s.name(), session.emailCode), session.emailCode);
    const QJsonObject answer{{str("session"), session.id},
                             {str("step"), session.step},
                             {str("smsTo"), maskPhone(phone)},
                             {str("emailTo"), maskEmail(email)},
                             {str("expiresAt"), SandboxClock::isoDate(session.expiresMs)}};
    s.sessions.append(std::move(session));
    m_context->mutated();
    return SandboxResponse::json(answer);
}

// Finds the session of a step request and applies the common checks.
std::optional<SandboxResponse> DedicatedCloudModule::openResetSession(Service &s, SandboxRequest &r,
                                                                      const QStringList &steps,
                                                                      QJsonObject *body,
                                                                      ResetSession **session)
{
    SandboxResponse error;
    const auto parsed = secureBody(r, &error);
    if (!parsed)
        return error;
    *body = *parsed;
    const QString id = body->value(str("session")).toString();
    if (id.isEmpty())
        return secureError(400, "MISSING_PARAMETER", str("session is required"));
    for (ResetSession &candidate : s.sessions) {
        if (candidate.id == id)
            *session = &candidate;
    }
    if (!*session)
        return secureError(404, "UNKNOWN_SESSION", str("Unknown or closed session: start again"));
    if ((*session)->expiresMs <= m_context->clock->nowMs()) {
        s.sessions.removeIf([&](const ResetSession &o) { return o.id == id; });
        m_context->mutated();
        return secureError(460, "SESSION_EXPIRED",
                           str("The codes have expired (15 minutes): start again"));
    }
    if (!steps.contains((*session)->step))
        return secureError(409, "WRONG_STEP", str("This session is at step %1").arg((*session)->step),
                           QJsonObject{{str("step"), (*session)->step}});
    return std::nullopt;
}

// A wrong answer: counts an attempt, closes the session after maxAttempts.
SandboxResponse DedicatedCloudModule::wrongResetAnswer(Service &s, ResetSession *session,
                                                       const char *code, const QString &message)
{
    const int left = maxAttempts - ++session->attempts;
    if (left <= 0) {
        const QString id = session->id;
        s.sessions.removeIf([&](const ResetSession &o) { return o.id == id; });
        m_context->mutated();
        return secureError(400, "TOO_MANY_ATTEMPTS", str("Too many wrong attempts: start again"));
    }
    m_context->mutated();
    return secureError(400, code, message, QJsonObject{{str("attemptsLeft"), left}});
}

SandboxResponse DedicatedCloudModule::checkResetCodes(Service &s, SandboxRequest &r)
{
    QJsonObject body;
    ResetSession *session = nullptr;
    if (auto refused = openResetSession(s, r, {str("codes")}, &body, &session))
        return *refused;
    const QString sms = digitsOnly(body.value(str("smsCode")).toString());
    const QString email = digitsOnly(body.value(str("emailCode")).toString());
    if (sms.isEmpty() || email.isEmpty())
        return secureError(400, "MISSING_PARAMETER", str("smsCode and emailCode are required"));
    const bool smsOk = sms == session->smsCode;
    const bool emailOk = email == session->emailCode;
    if (!smsOk && !emailOk)
        return wrongResetAnswer(s, session, "WRONG_CODES", str("Both codes are wrong"));
    if (!smsOk)
        return wrongResetAnswer(s, session, "WRONG_SMS_CODE", str("The SMS code is wrong"));
    if (!emailOk)
        return wrongResetAnswer(s, session, "WRONG_EMAIL_CODE", str("The e-mail code is wrong"));
    session->step = str("password");
    session->attempts = 0;
    m_context->mutated();
    return SandboxResponse::json(QJsonObject{{str("step"), session->step},
                                             {str("passwordPolicy"), passwordPolicy()}});
}

SandboxResponse DedicatedCloudModule::setResetPassword(Service &s, SandboxRequest &r)
{
    QJsonObject body;
    ResetSession *session = nullptr;
    if (auto refused = openResetSession(s, r, {str("password"), str("totp")}, &body, &session))
        return *refused;
    const QJsonValue password = body.value(str("password"));
    if (!password.isString() || password.toString().isEmpty())
        return secureError(400, "MISSING_PARAMETER", str("password is required"));
    const QStringList unmet = passwordProblems(password.toString());
    if (!unmet.isEmpty())
        return secureError(400, "PASSWORD_POLICY",
                           str("The password does not meet the policy: %1")
                                   .arg(unmet.join(str(", "))),
                           QJsonObject{{str("unmet"), QJsonArray::fromStringList(unmet)}});
    session->passwordSalt = otp::randomBytes(16);
    session->passwordHash = hashPassword(session->passwordSalt, password.toString());
    session->totpSecret = otp::randomBytes(20);
    session->step = str("totp");
    session->attempts = 0;
    const auto user = s.users.find(session->userId);
    const QString login = user != s.users.end() ? user->second.login() : str("admin");
    // Unique label per account and service (peer-lessons §3): a second PCC's
    // admin must not overwrite this entry in the authenticator app.
    const QString account = login + QLatin1Char('@') + s.name();
    const QString uri = str("otpauth://totp/OVHcloud:%1?secret=%2&issuer=OVHcloud"
                            "&algorithm=SHA1&digits=6&period=30")
                                .arg(QString::fromLatin1(account.toUtf8().toPercentEncoding()),
                                     QString::fromLatin1(otp::base32(session->totpSecret)));
    m_context->mutated();
    return SandboxResponse::json(QJsonObject{{str("step"), session->step},
                                             {str("otpauthUri"), uri}});
}

SandboxResponse DedicatedCloudModule::enrollResetTotp(Service &s, SandboxRequest &r)
{
    QJsonObject body;
    ResetSession *session = nullptr;
    if (auto refused = openResetSession(s, r, {str("totp")}, &body, &session))
        return *refused;
    const QString code = body.value(str("code")).toString();
    if (code.trimmed().isEmpty())
        return secureError(400, "MISSING_PARAMETER", str("code is required"));
    // Real time: the phone's authenticator knows nothing of the sandbox's scale.
    const qint64 now = m_context->clock->realNowMs() / 1000;
    if (!otp::verifyTotp(session->totpSecret, code, now, 1))
        return wrongResetAnswer(s, session, "WRONG_TOTP_CODE",
                                str("Wrong code: check the authenticator entry and the "
                                    "phone's clock"));
    const auto user = s.users.find(session->userId);
    if (user == s.users.end())
        return secureError(404, "UNKNOWN_USER", str("The user no longer exists"));
    User &u = user->second;
    u.passwordSalt = session->passwordSalt;
    u.passwordHash = session->passwordHash;
    u.totpSecret = session->totpSecret;
    u.info.insert(str("activationState"), str("enabled"));
    const QString login = u.login();
    const QString id = session->id;
    s.sessions.removeIf([&](const ResetSession &o) { return o.id == id; });
    m_context->mutated();
    return SandboxResponse::json(QJsonObject{{str("step"), str("enabled")},
                                             {str("login"), login}});
}

SandboxResponse DedicatedCloudModule::cancelPasswordReset(Service &s, SandboxRequest &r)
{
    bool ok = false;
    const QString id = r.json(&ok).toObject().value(str("session")).toString();
    if (!id.isEmpty()
        && s.sessions.removeIf([&](const ResetSession &o) { return o.id == id; }) > 0)
        m_context->mutated();
    return SandboxResponse::json(QJsonObject{{str("step"), str("idle")}});
}

SandboxResponse DedicatedCloudModule::describeOperation(Service &s, SandboxRequest &r)
{
    const qint64 id = r.query.queryItemValue(str("task")).toLongLong();
    const Task *t = id > 0 ? m_context->tasks->task(id) : nullptr;
    if (!t || t->serviceName != s.name() || !needsOperationToken(*t))
        return secureError(404, "UNKNOWN_OPERATION", str("No operation %1 to validate").arg(id));
    return SandboxResponse::json(QJsonObject{
            {str("task"), t->id},
            {str("name"), t->name},
            {str("state"), taskStateName(t->state)},
            {str("expiresAt"), SandboxClock::isoDate(t->executionMs + tokenLifetimeMs)},
            {str("serviceName"), s.name()}});
}

SandboxResponse DedicatedCloudModule::validateOperation(Service &s, SandboxRequest &r)
{
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    const QJsonValue taskValue = body.value(str("task"));
    const qint64 id = taskValue.isString() ? taskValue.toString().toLongLong() : taskValue.toInteger();
    const QString token = digitsOnly(body.value(str("token")).toString());
    if (!ok || id <= 0 || token.isEmpty())
        return secureError(400, "MISSING_PARAMETER", str("task and token are required"));

    m_context->tasks->advance(); // an expiry due now must win over a late token
    const Task *t = m_context->tasks->task(id);
    if (!t || t->serviceName != s.name() || !needsOperationToken(*t))
        return secureError(404, "UNKNOWN_OPERATION", str("No operation %1 to validate").arg(id));
    if (t->state == TaskState::Canceled && t->payload.value(str("expired")).toBool())
        return secureError(460, "TOKEN_EXPIRED",
                           str("The token has expired: operation %1 was canceled after 15 minutes "
                               "and no action was taken. Request a new token.")
                                   .arg(id));
    // A sensitive operation already validated runs on: validating it again changes nothing.
    if (t->isFinished() || (t->name != tokenTaskName() && !t->gated))
        return secureError(409, "OPERATION_FINISHED",
                           str("Operation %1 is already %2").arg(id).arg(taskStateName(t->state)),
                           QJsonObject{{str("state"), taskStateName(t->state)}});
    if (token != operationTokenOf(*t))
        return secureError(400, "WRONG_TOKEN", str("The token is wrong for operation %1").arg(id));
    if (!acceptOperationToken(*t))
        return secureError(409, "OPERATION_FINISHED", str("Operation %1 is already finished").arg(id));
    m_context->mutated();
    return SandboxResponse::json(QJsonObject{{str("task"), id}, {str("state"), str("done")}});
}

bool DedicatedCloudModule::checkUserPassword(const QString &serviceName, const QString &login,
                                             const QString &password) const
{
    const auto it = m_services.find(serviceName);
    if (it == m_services.end() || password.isEmpty())
        return false;
    for (const auto &[id, u] : it->second.users) {
        if (u.login() == login && !u.passwordHash.isEmpty())
            return hashPassword(u.passwordSalt, password) == u.passwordHash;
    }
    return false;
}

} // namespace snc::sandbox
