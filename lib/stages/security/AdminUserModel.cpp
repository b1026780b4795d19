// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/AdminUserModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "stages/StageContext.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

ApiError validationError(const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Validation, u"local check"_s);
    e.serverMessage = message;
    return e;
}

} // namespace

AdminUser AdminUser::fromJson(const QJsonObject &json)
{
    AdminUser u;
    u.userId = qint64(json.value("userId"_L1).toDouble());
    u.login = json.value("login"_L1).toString();
    u.name = json.value("name"_L1).toString();
    u.email = json.value("email"_L1).toString();
    u.phoneNumber = json.value("phoneNumber"_L1).toString();
    u.isTokenValidator = json.value("isTokenValidator"_L1).toBool();
    u.state = json.value("state"_L1).toString();
    u.activationState = json.value("activationState"_L1).toString();
    return u;
}

AdminUserModel::AdminUserModel(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context),
      m_poller(new TaskPoller(context ? context->api() : nullptr, this))
{
    connect(m_poller, &TaskPoller::progressChanged, this, &AdminUserModel::taskProgressChanged);
    connect(m_poller, &TaskPoller::runningChanged, this, &AdminUserModel::taskRunningChanged);
    if (context) {
        connect(context, &StageContext::serviceChanged, this, [this] {
            cancel();
            m_user = {};
            emit changed();
        });
    }
}

AdminUserModel::~AdminUserModel()
{
    if (m_call)
        m_call->abort();
}

bool AdminUserModel::isProfileComplete() const
{
    return isLoaded() && !m_user.phoneNumber.isEmpty() && !m_user.email.isEmpty()
            && m_user.isTokenValidator;
}

QString AdminUserModel::userPath() const
{
    if (!isLoaded() || !m_context)
        return {};
    return u"%1/user/%2"_s.arg(m_context->servicePath()).arg(m_user.userId);
}

void AdminUserModel::setDefaultRegion(const QString &region)
{
    if (m_defaultRegion == region)
        return;
    m_defaultRegion = region;
    emit changed();
}

PhoneNumber AdminUserModel::checkPhone(const QString &input) const
{
    return PhoneNumber::parse(input, m_defaultRegion);
}

QString AdminUserModel::emailProblem(const QString &input) const
{
    return EmailAddress::problem(input);
}

bool AdminUserModel::isTaskRunning() const
{
    return m_poller->isRunning();
}

int AdminUserModel::taskProgress() const
{
    return m_poller->progress();
}

void AdminUserModel::beginWork()
{
    if (m_busy++ == 0)
        emit busyChanged(true);
}

void AdminUserModel::endWork()
{
    if (m_busy > 0 && --m_busy == 0)
        emit busyChanged(false);
}

void AdminUserModel::fail(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Canceled)
        emit errorOccurred(error);
}

void AdminUserModel::afterNextRefresh(std::function<void(bool)> then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &AdminUserModel::refreshed, this, [connection, then](bool ok) {
        QObject::disconnect(*connection);
        then(ok);
    });
}

void AdminUserModel::cancel()
{
    m_poller->stop();
    if (m_call) {
        QPointer<ApiCall> call = m_call;
        m_call = nullptr;
        call->abort();
    }
}

void AdminUserModel::refresh()
{
    if (!m_context || !m_context->api() || m_context->serviceName().isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    if (m_call)
        m_call->abort();
    beginWork();
    // The admin's id does not change: once known for this service, the user is read directly
    // (one request instead of two on every refresh).
    if (isLoaded() && m_userService == m_context->serviceName()) {
        loadUser(m_user.userId);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"name"_s, adminLogin());
    ApiCall *call = m_context->api()->get(m_context->servicePath() + "/user"_L1, query);
    m_call = call;
    call->onFinished(this, [this, call](const Result<QJsonValue> &r) {
        if (m_call == call)
            m_call = nullptr;
        if (!r.ok() || !r.value().isArray() || r.value().toArray().isEmpty()) {
            endWork();
            fail(r.ok() ? ApiError::make(ApiError::Kind::NotFound, u"no admin user"_s) : r.error());
            emit refreshed(false);
            return;
        }
        loadUser(qint64(r.value().toArray().first().toDouble()));
    });
}

void AdminUserModel::loadUser(qint64 id)
{
    ApiCall *call = m_context->api()->get(u"%1/user/%2"_s.arg(m_context->servicePath()).arg(id));
    m_call = call;
    call->onFinished(this, [this, call](const Result<QJsonValue> &r) {
        if (m_call == call)
            m_call = nullptr;
        endWork();
        if (!r.ok() || !r.value().isObject()) {
            m_userService.clear(); // look the admin up by name next time
            fail(r.ok() ? ApiError::make(ApiError::Kind::MalformedResponse, u"user"_s) : r.error());
            emit refreshed(false);
            return;
        }
        m_user = AdminUser::fromJson(r.value().toObject());
        m_userService = m_context->serviceName();
        emit changed();
        emit refreshed(true);
    });
}

bool AdminUserModel::saveProfile(const QString &phoneInput, const QString &emailInput)
{
    if (!isLoaded() || !m_context || !m_context->api()) {
        fail(validationError(tr("The admin user is not loaded yet. Refresh first.", "@error")));
        return false;
    }
    if (isBusy() || isTaskRunning()) {
        fail(validationError(tr("A change is still being applied. Wait for it to finish.", "@error")));
        return false;
    }
    const PhoneNumber phone = checkPhone(phoneInput);
    if (!phone.ok()) {
        fail(validationError(phone.errorText));
        return false;
    }
    const QString emailProblemText = emailProblem(emailInput);
    if (!emailProblemText.isEmpty()) {
        fail(validationError(emailProblemText));
        return false;
    }
    const QString email = EmailAddress::normalized(emailInput);
    // Only what differs is sent; the server's phone may be in another shape, so compare parsed.
    QJsonObject body;
    if (PhoneNumber::parse(m_user.phoneNumber, m_defaultRegion).e164() != phone.e164())
        body.insert(u"phoneNumber"_s, phone.ovhFormat());
    if (m_user.email.compare(email, Qt::CaseInsensitive) != 0)
        body.insert(u"email"_s, email);
    if (!m_user.isTokenValidator)
        body.insert(u"tokenValidator"_s, true);
    if (body.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit saveFinished(true); });
        return true;
    }
    beginWork();
    const QString path = userPath();
    qCInfo(lcStage) << "admin user: changeProperties" << body.keys();
    ApiCall *call = m_context->api()->post(path + "/changeProperties"_L1, body);
    m_call = call;
    call->onFinished(this, [this, call, path](const Result<QJsonValue> &r) {
        if (m_call == call)
            m_call = nullptr;
        if (!r.ok()) {
            endWork();
            fail(r.error());
            emit saveFinished(false);
            refresh();
            return;
        }
        const qint64 taskId = TaskPoller::taskIdOf(r.value().toObject());
        auto *guard = new QObject(this);
        connect(m_poller, &TaskPoller::failed, guard, [this](const ApiError &e) { fail(e); });
        connect(m_poller, &TaskPoller::finished, guard, [this, guard](TaskPoller::Outcome o) {
            guard->deleteLater();
            const bool ok = o == TaskPoller::Outcome::Done;
            // Read the result back before announcing the end.
            afterNextRefresh([this, ok](bool loaded) {
                endWork();
                emit saveFinished(ok && loaded);
            });
            refresh();
        });
        connect(m_poller, &TaskPoller::runningChanged, guard, [this, guard](bool running) {
            if (!running && m_poller->outcome() == TaskPoller::Outcome::Stopped) {
                guard->deleteLater();
                endWork();
                emit saveFinished(false);
            }
        });
        if (taskId <= 0) {
            delete guard;
            afterNextRefresh([this](bool loaded) {
                endWork();
                emit saveFinished(loaded);
            });
            refresh();
            return;
        }
        // The task is listed under the user and under the service; the user's path is the
        // control panel's choice.
        m_poller->start(TaskPoller::taskPathUnder(path, taskId));
    });
    return true;
}

} // namespace snc
