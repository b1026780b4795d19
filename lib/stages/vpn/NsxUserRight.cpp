// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/NsxUserRight.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace snc {

NsxUserRight::NsxUserRight(StageContext *context, TaskPoller *poller, QObject *parent)
    : QObject(parent), m_context(context), m_poller(poller)
{
}

void NsxUserRight::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit changed();
}

void NsxUserRight::forget()
{
    m_name.clear();
    m_userPath.clear();
    m_user = {};
    setState(State::Unknown);
}

QString NsxUserRight::missingText() const
{
    if (m_state != State::Missing)
        return {};
    //: %1 the user's name (admin). "NSX right" is the Control Panel's "NSX" access of a user.
    return tr("The user %1 does not have OVHcloud's NSX right, so NSX Manager refuses it. Grant it: "
              "the wizard asks OVHcloud to give %1 the NSX right (the user's other properties "
              "unchanged) and follows the change to its end.", "@info").arg(m_name);
}

QJsonObject NsxUserRight::grantBody(const QJsonObject &user)
{
    // What changeProperties takes (the published parameters), under the user's field names;
    // the control panel sends them all, so nothing it does not mean to change is reset.
    static const QList<std::pair<QLatin1String, QLatin1String>> fields = {
            {"canManageIpFailOvers"_L1, "canManageIpFailOvers"_L1}, {"canManageNetwork"_L1, "canManageNetwork"_L1},
            {"canManageRights"_L1, "canManageRights"_L1},           {"email"_L1, "email"_L1},
            {"encryptionRight"_L1, "encryptionRight"_L1},           {"firstName"_L1, "firstName"_L1},
            {"fullAdminRo"_L1, "fullAdminRo"_L1},                   {"lastName"_L1, "lastName"_L1},
            {"phoneNumber"_L1, "phoneNumber"_L1},                   {"receiveAlerts"_L1, "receiveAlerts"_L1},
            {"tokenValidator"_L1, "isTokenValidator"_L1},
    };
    QJsonObject body;
    for (const auto &[parameter, field] : fields) {
        const QJsonValue v = user.value(field);
        if (!v.isNull() && !v.isUndefined())
            body.insert(parameter, v);
    }
    body.insert("nsxRight"_L1, true);
    return body;
}

void NsxUserRight::read(StageOperation *op, const QString &login, std::function<void(const Result<Unit> &)> then)
{
    const qsizetype at = login.lastIndexOf(u'@');
    const QString name = at > 0 ? login.left(at) : login;
    if (name.isEmpty()) {
        forget(); // no login yet (the PCC's FQDN not read): no user to look up, never "all users"
        then(Unit{});
        return;
    }
    if (name != m_name) {
        m_userPath.clear(); // another user
        m_name = name;
    }
    if (!m_userPath.isEmpty()) {
        readUser(op, m_userPath.section(u'/', -1).toLongLong(), std::move(then));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"name"_s, name);
    op->onAnswer(m_context->api()->get(m_context->servicePath() + u"/user"_s, query),
                 [this, op, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            then(r.error());
            return;
        }
        const QJsonArray ids = r.value().toArray();
        if (ids.isEmpty()) {
            setState(State::NoUser); // not a user of the service: NSX decides
            then(Unit{});
            return;
        }
        readUser(op, ids.first().toInteger(), then);
    });
}

void NsxUserRight::readUser(StageOperation *op, qint64 id, std::function<void(const Result<Unit> &)> then)
{
    const QString path = u"%1/user/%2"_s.arg(m_context->servicePath()).arg(id);
    op->onAnswer(m_context->api()->get(path), [this, path, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            then(r.error());
            return;
        }
        m_userPath = path;
        m_user = r.value().toObject();
        setState(m_user.value("nsxRight"_L1).toBool() ? State::Granted : State::Missing);
        then(Unit{});
    });
}

void NsxUserRight::grant(StageOperation *op, std::function<void(const Result<Unit> &)> then)
{
    if (m_state != State::Missing || m_userPath.isEmpty()) {
        then(Unit{});
        return;
    }
    const QString path = m_userPath;
    qCInfo(lcStage) << "vpn: granting the NSX right (changeProperties)";
    // Read back whatever happened (never posted twice blindly): the user says what is true now.
    auto readBack = [this, op, path, then](const std::optional<ApiError> &error) {
        readUser(op, path.section(u'/', -1).toLongLong(), [this, error, then](const Result<Unit> &r) {
            if (error)
                then(*error);
            else if (!r.ok())
                then(r.error());
            else if (m_state != State::Granted)
                then(ApiError::make(ApiError::Kind::ServerError, u"nsxRight still false after the task"_s));
            else
                then(Unit{});
        });
    };
    op->onAnswer(m_context->api()->post(path + u"/changeProperties"_s, grantBody(m_user)),
                 [this, op, path, readBack, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::Canceled)
                then(r.error());
            else
                readBack(r.error());
            return;
        }
        const qint64 taskId = TaskPoller::taskIdOf(r.value().toObject());
        if (taskId <= 0) {
            readBack(std::nullopt);
            return;
        }
        // The control panel follows a user's tasks under the user: the same path here.
        TaskRun *run = m_poller->follow(TaskPoller::taskPathUnder(path, taskId));
        run->onFinished(op->scope(), [readBack](const TaskRun::End &end) {
            readBack(end.ok() ? std::nullopt : end.error);
        });
    });
}

} // namespace snc
