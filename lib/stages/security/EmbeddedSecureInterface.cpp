// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/EmbeddedSecureInterface.h"

#include "core/Log.h"
#include "stages/StageContext.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <functional>

using namespace Qt::StringLiterals;

namespace snc {

struct EmbeddedSecureInterface::Private
{
    QNetworkAccessManager *nam = nullptr;
    QPointer<QNetworkReply> reply;
    QString resetId;
};

namespace {

constexpr int kTimeoutMs = 30000;

ApiError validation(const QString &message, const QString &code)
{
    ApiError e = ApiError::make(ApiError::Kind::Validation, code);
    e.errorCode = code;
    e.serverMessage = message;
    return e;
}

/// Maps the protocol's errors (see the header) to a typed, translated ApiError.
ApiError mapError(int status, const QJsonObject &body, QNetworkReply::NetworkError netError,
                  const QString &netText)
{
    const QString code = body.value("errorCode"_L1).toString();
    const QString message = body.value("message"_L1).toString();
    auto tr = [](const char *text) { return QCoreApplication::translate("snc::EmbeddedSecureInterface", text, "@error"); };
    if (status == 0) {
        if (netError == QNetworkReply::OperationCanceledError)
            return ApiError::make(ApiError::Kind::Canceled, u"secure interface: canceled"_s);
        if (netError == QNetworkReply::TimeoutError)
            return ApiError::make(ApiError::Kind::Timeout, u"secure interface: timeout"_s);
        if (netError == QNetworkReply::SslHandshakeFailedError)
            return ApiError::make(ApiError::Kind::Tls, u"secure interface: TLS"_s);
        return ApiError::make(ApiError::Kind::Network, u"secure interface: "_s + netText);
    }
    const int attemptsLeft = body.value("attemptsLeft"_L1).toInt(-1);
    auto withAttempts = [attemptsLeft](QString text) {
        if (attemptsLeft >= 0)
            text += u' ' + QCoreApplication::translate("snc::EmbeddedSecureInterface",
                                                       "%n attempt(s) left.", "@error", attemptsLeft);
        return text;
    };
    if (code == "WRONG_SMS_CODE"_L1)
        return validation(withAttempts(tr("The SMS code is not correct. Check the latest SMS and type its code.")), code);
    if (code == "WRONG_EMAIL_CODE"_L1)
        return validation(withAttempts(tr("The e-mail code is not correct. Check the latest e-mail and type its code.")), code);
    if (code == "WRONG_CODES"_L1)
        return validation(withAttempts(tr("Neither code is correct. Check the latest SMS and e-mail.")), code);
    if (code == "WRONG_TOTP_CODE"_L1)
        return validation(withAttempts(tr("The secure interface refused this authenticator code. "
                                          "Wait for the next code and type it.")), code);
    if (code == "WRONG_TOKEN"_L1)
        return validation(tr("The token is not correct. Type the 6-digit token from the latest SMS."), code);
    if (code == "PASSWORD_POLICY"_L1)
        return validation(tr("The password does not meet the service's password policy. Check the "
                             "rules listed next to the field."), code);
    if (code == "NOT_TOKEN_VALIDATOR"_L1)
        return validation(tr("The admin user must have the token-validator right first. Save the "
                             "profile above, then start again."), code);
    if (code == "USER_INCOMPLETE"_L1)
        return validation(tr("The admin user needs a phone number and an e-mail address first. Save "
                             "the profile above, then start again."), code);
    if (code == "USER_INFO_MISMATCH"_L1)
        return validation(tr("The phone number or e-mail address does not match the admin user's. "
                             "Refresh and try again."), code);
    if (code == "UNKNOWN_USER"_L1)
        return validation(tr("The admin user does not exist on this service."), code);
    if (code == "ADDRESS_NOT_ALLOWED"_L1)
        return validation(tr("The secure interface only answers from an allowed network. Allow your "
                             "current address in stage 1, then try again."), code);
    if (code == "TOO_MANY_ATTEMPTS"_L1 || code == "SESSION_EXPIRED"_L1 || code == "UNKNOWN_SESSION"_L1
        || code == "WRONG_STEP"_L1) {
        return validation(tr("This password reset is no longer valid (too many attempts or more "
                             "than 15 minutes). Start the password reset again."), code);
    }
    if (code == "UNKNOWN_OPERATION"_L1)
        return validation(tr("The secure interface does not know this operation. Send a new token."), code);
    if (code == "OPERATION_FINISHED"_L1)
        return validation(tr("This operation was already validated or canceled."), code);
    ApiError e;
    if (code == "TOKEN_EXPIRED"_L1 || status == 460) {
        e = ApiError::make(ApiError::Kind::Expired, u"secure interface: expired"_s);
    } else if (status == 404) {
        e = ApiError::make(ApiError::Kind::NotFound, u"secure interface: not found"_s);
    } else if (status == 409) {
        e = ApiError::make(ApiError::Kind::Conflict, u"secure interface: conflict"_s);
    } else if (status >= 500) {
        e = ApiError::make(ApiError::Kind::ServerError, u"secure interface: server error"_s);
    } else {
        e = ApiError::make(ApiError::Kind::BadRequest, u"secure interface: refused"_s);
    }
    e.httpStatus = status;
    e.errorCode = code;
    e.serverMessage = message;
    return e;
}

} // namespace

EmbeddedSecureInterface::EmbeddedSecureInterface(StageContext *context, QObject *parent)
    : SecureInterface(context, parent), d(new Private)
{
    d->nam = context && context->api() ? context->api()->networkAccessManager() : new QNetworkAccessManager(this);
}

EmbeddedSecureInterface::~EmbeddedSecureInterface()
{
    if (d->reply)
        d->reply->abort();
    delete d;
}

void EmbeddedSecureInterface::cancel()
{
    if (d->reply) {
        QPointer<QNetworkReply> r = d->reply;
        d->reply = nullptr;
        r->abort();
    }
    setBusy(false);
    if (step() != Step::Enabled) {
        d->resetId.clear();
        setStep(Step::Idle);
    }
}

/// Sends one protocol request; `onOk` gets the JSON answer. The body is serialised once and its
/// buffer wiped after sending (it may hold codes or the password).
static void postJson(EmbeddedSecureInterface *self, QNetworkAccessManager *nam,
                     QPointer<QNetworkReply> *slot, StageContext *ctx, const QString &relative,
                     QJsonObject body, std::function<void(const QJsonObject &)> onOk,
                     std::function<void(const ApiError &)> onError)
{
    const QUrl base = ctx ? ctx->secureInterfaceBase() : QUrl();
    if (base.isEmpty()) {
        onError(ApiError::make(ApiError::Kind::Validation, u"no service"_s));
        return;
    }
    const QUrl url = base.resolved(QUrl(relative));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == "https"_L1 && !ctx->pinnedCaCertificates().isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(ctx->pinnedCaCertificates());
        request.setSslConfiguration(tls);
    }
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam->post(request, bytes);
    wipe(bytes); // the QJsonObject's own copy cannot be wiped; it dies with this function
    *slot = reply;
    // Log the step only: never the body, never the URL's query.
    qCInfo(lcStage) << "secure interface: POST" << relative;
    QObject::connect(reply, &QNetworkReply::finished, self, [reply, slot, onOk, onError] {
        reply->deleteLater();
        if (*slot == reply)
            *slot = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray data = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(data).object();
        wipe(data);
        qCInfo(lcStage) << "secure interface: status" << status << json.value("errorCode"_L1).toString();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            onOk(json);
            return;
        }
        onError(mapError(status, json, reply->error(), reply->errorString()));
    });
}

void EmbeddedSecureInterface::startPasswordReset(const QString &login)
{
    if (isBusy())
        return;
    setBusy(true);
    postJson(this, d->nam, &d->reply, context(), u"password-lost"_s, {{u"login"_s, login}},
             [this](const QJsonObject &json) {
                 d->resetId = json.value("session"_L1).toString();
                 m_otpauthUri.clear();
                 setBusy(false);
                 setStep(Step::WaitingForCodes);
             },
             [this](const ApiError &e) {
                 setBusy(false);
                 if (e.kind != ApiError::Kind::Canceled)
                     emit failed(e);
             });
}

void EmbeddedSecureInterface::submitCodes(SecretBytes smsCode, SecretBytes emailCode)
{
    if (isBusy())
        return;
    if (step() != Step::WaitingForCodes || d->resetId.isEmpty()) {
        emit failed(validation(tr("Start the password reset first.", "@error"), u"WRONG_STEP"_s));
        return;
    }
    setBusy(true);
    postJson(this, d->nam, &d->reply, context(), u"password-lost/codes"_s,
             {{u"session"_s, d->resetId}, {u"smsCode"_s, smsCode.exposeString()}, {u"emailCode"_s, emailCode.exposeString()}},
             [this](const QJsonObject &) {
                 setBusy(false);
                 setStep(Step::WaitingForPassword);
             },
             [this](const ApiError &e) { onStepError(e); });
}

void EmbeddedSecureInterface::definePassword(SecretBytes password)
{
    if (isBusy())
        return;
    if ((step() != Step::WaitingForPassword && step() != Step::WaitingForTotp) || d->resetId.isEmpty()) {
        emit failed(validation(tr("Enter the SMS and e-mail codes first.", "@error"), u"WRONG_STEP"_s));
        return;
    }
    setBusy(true);
    postJson(this, d->nam, &d->reply, context(), u"password-lost/password"_s,
             {{u"session"_s, d->resetId}, {u"password"_s, password.exposeString()}},
             [this](const QJsonObject &json) {
                 QString uri = json.value("otpauthUri"_L1).toString();
                 m_otpauthUri = SecretBytes::fromString(uri);
                 wipe(uri);
                 setBusy(false);
                 setStep(Step::WaitingForTotp);
                 emit totpProvisioned();
             },
             [this](const ApiError &e) { onStepError(e); });
}

void EmbeddedSecureInterface::confirmTotp(SecretBytes code)
{
    if (isBusy())
        return;
    if (step() != Step::WaitingForTotp || d->resetId.isEmpty()) {
        emit failed(validation(tr("Define the password first.", "@error"), u"WRONG_STEP"_s));
        return;
    }
    setBusy(true);
    postJson(this, d->nam, &d->reply, context(), u"password-lost/totp"_s,
             {{u"session"_s, d->resetId}, {u"code"_s, code.exposeString()}},
             [this](const QJsonObject &) {
                 d->resetId.clear();
                 setBusy(false);
                 setStep(Step::Enabled);
                 emit accountEnabled();
             },
             [this](const ApiError &e) { onStepError(e); });
}

void EmbeddedSecureInterface::onStepError(const ApiError &e)
{
    setBusy(false);
    if (e.kind == ApiError::Kind::Canceled)
        return;
    // A void reset cannot continue: back to the start so the page offers it again.
    if (e.errorCode == "TOO_MANY_ATTEMPTS"_L1 || e.errorCode == "SESSION_EXPIRED"_L1
        || e.errorCode == "UNKNOWN_SESSION"_L1 || e.errorCode == "WRONG_STEP"_L1) {
        d->resetId.clear();
        setStep(Step::Idle);
    }
    emit failed(e);
}

void EmbeddedSecureInterface::validateOperation(qint64 taskId, SecretBytes token)
{
    if (isBusy())
        return;
    setBusy(true);
    postJson(this, d->nam, &d->reply, context(), u"operation-validation"_s,
             {{u"task"_s, double(taskId)}, {u"token"_s, token.exposeString()}},
             [this, taskId](const QJsonObject &) {
                 setBusy(false);
                 emit operationValidationSent(taskId);
             },
             [this](const ApiError &e) {
                 setBusy(false);
                 if (e.kind != ApiError::Kind::Canceled)
                     emit failed(e);
             });
}

} // namespace snc
