// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/AdminUserModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "stages/OperationRunner.h"
#include "stages/OnboardingTasks.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

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
      m_poller(new TaskPoller(context ? context->api() : nullptr, this)),
      m_operations(new OperationRunner(this))
{
    connect(m_operations, &OperationRunner::busyChanged, this, &AdminUserModel::busyChanged);
    connect(m_poller, &TaskPoller::runningChanged, this, &AdminUserModel::taskRunningChanged);
    if (context) {
        m_poller->setWallClock(context->clock());
        context->onboardingTasks()->recordRunsOf(m_poller, 2); // what the compliance report reads
        connect(context, &StageContext::serviceChanged, this, [this] {
            cancel();
            m_user = {};
            emit changed();
        });
    }
}

AdminUserModel::~AdminUserModel()
{
    m_operations->dropAll(); // no callback into a model being destroyed
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

bool AdminUserModel::isBusy() const
{
    return m_operations->isBusy();
}

void AdminUserModel::fail(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Canceled)
        emit errorOccurred(error);
}

void AdminUserModel::cancel()
{
    m_poller->stop();
    m_operations->cancelAll(); // the read ends with refreshed(false), a save with saveFinished(false)
}

void AdminUserModel::refresh()
{
    if (!m_context || !m_context->api() || m_context->serviceName().isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    // A refresh asked while one runs is answered by the running one (one refreshed() for both).
    if (m_read && m_read->isRunning())
        return;
    StageOperation *op = m_operations->start();
    m_read = op;
    op->onFinished(this, [this](const Result<Unit> &r) { emit refreshed(r.ok()); });
    load(op, [op](bool ok) {
        if (ok)
            op->succeed();
        else
            op->fail(ApiError::make(ApiError::Kind::NotFound, u"admin user not read (reported)"_s));
    });
}

void AdminUserModel::load(StageOperation *op, std::function<void(bool)> then)
{
    // The admin's id does not change: once known for this service, the user is read directly
    // (one request instead of two on every refresh).
    if (isLoaded() && m_userService == m_context->serviceName()) {
        loadUser(op, m_user.userId, then);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"name"_s, adminLogin());
    op->onAnswer(m_context->api()->get(m_context->servicePath() + "/user"_L1, query),
                 [this, op, then](const Result<QJsonValue> &r) {
        if (!r.ok() || !r.value().isArray() || r.value().toArray().isEmpty()) {
            fail(r.ok() ? ApiError::make(ApiError::Kind::NotFound, u"no admin user"_s) : r.error());
            then(false);
            return;
        }
        loadUser(op, qint64(r.value().toArray().first().toDouble()), then);
    });
}

void AdminUserModel::loadUser(StageOperation *op, qint64 id, std::function<void(bool)> then)
{
    op->onAnswer(m_context->api()->get(u"%1/user/%2"_s.arg(m_context->servicePath()).arg(id)),
                 [this, then](const Result<QJsonValue> &r) {
        if (!r.ok() || !r.value().isObject()) {
            m_userService.clear(); // look the admin up by name next time
            fail(r.ok() ? ApiError::make(ApiError::Kind::MalformedResponse, u"user"_s) : r.error());
            then(false);
            return;
        }
        m_user = AdminUser::fromJson(r.value().toObject());
        m_userService = m_context->serviceName();
        emit changed();
        then(true);
    });
}

bool AdminUserModel::saveProfile(const QString &phoneInput, const QString &emailInput)
{
    if (!isLoaded() || !m_context || !m_context->api()) {
        fail(ApiError::localCheck(tr("The admin user is not loaded yet. Refresh first.", "@error")));
        return false;
    }
    if (isBusy() || isTaskRunning()) {
        fail(ApiError::localCheck(tr("A change is still being applied. Wait for it to finish.", "@error")));
        return false;
    }
    const PhoneNumber phone = checkPhone(phoneInput);
    if (!phone.ok()) {
        fail(ApiError::localCheck(phone.errorText));
        return false;
    }
    const QString emailProblemText = emailProblem(emailInput);
    if (!emailProblemText.isEmpty()) {
        fail(ApiError::localCheck(emailProblemText));
        return false;
    }
    const QJsonObject body = profileChanges(phone, EmailAddress::normalized(emailInput));
    if (body.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit saveFinished(true); });
        return true;
    }
    sendProfile(body);
    return true;
}

QJsonObject AdminUserModel::profileChanges(const PhoneNumber &phone, const QString &email) const
{
    // Only what differs is sent; the server's phone may be in another shape, so compare parsed.
    QJsonObject body;
    if (PhoneNumber::parse(m_user.phoneNumber, m_defaultRegion).e164() != phone.e164())
        body.insert(u"phoneNumber"_s, phone.ovhFormat());
    if (m_user.email.compare(email, Qt::CaseInsensitive) != 0)
        body.insert(u"email"_s, email);
    if (!m_user.isTokenValidator)
        body.insert(u"tokenValidator"_s, true);
    return body;
}

void AdminUserModel::sendProfile(const QJsonObject &body)
{
    StageOperation *op = m_operations->start();
    op->onFinished(this, [this](const Result<Unit> &r) { emit saveFinished(r.ok()); });
    const QString path = userPath();
    qCInfo(lcStage) << "admin user: changeProperties" << body.keys();
    // The profile is read back before the end is announced; that read belongs to the save.
    auto readBack = [this, op](bool ok) {
        load(op, [op, ok](bool loaded) {
            if (ok && loaded)
                op->succeed();
            else
                op->fail(ApiError::make(ApiError::Kind::NotFound, u"profile not saved (reported)"_s));
        });
    };
    op->onAnswer(m_context->api()->post(path + "/changeProperties"_L1, body),
                 [this, op, path, readBack](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            fail(r.error());
            op->fail(r.error());
            refresh(); // never retried blindly: what the server has is read again
            return;
        }
        const qint64 taskId = TaskPoller::taskIdOf(r.value().toObject());
        if (taskId <= 0) {
            readBack(true);
            return;
        }
        // The task is listed under the user and under the service; the user's path is the
        // control panel's choice.
        TaskRun *run = m_poller->follow(TaskPoller::taskPathUnder(path, taskId));
        run->onFinished(op->scope(), [this, readBack](const TaskRun::End &end) {
            if (end.error)
                fail(*end.error);
            readBack(end.ok());
        });
    });
}

} // namespace snc
