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
#include <QLocale>
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
    m_nsxRightMissing = false;
    m_lackingRights.clear();
    setState(State::Unknown);
}

QString NsxUserRight::missingText() const
{
    if (m_state != State::Missing)
        return {};
    QStringList datacenters;
    for (const QJsonObject &right : m_lackingRights)
        datacenters << QString::number(right.value("datacenterId"_L1).toInteger());
    const QString list = QLocale().createSeparatedList(datacenters);
    if (m_nsxRightMissing && !m_lackingRights.isEmpty()) {
        //: %1 the user's name (admin); %2 datacenter ids; %3 the network role (manager), as in the API
        return tr("The user %1 has neither OVHcloud's NSX right nor the network role NSX needs on "
                  "the datacenter(s) %2, so NSX Manager refuses it. Grant them: the wizard asks "
                  "OVHcloud to give %1 the NSX right and the network role \u201c%3\u201d on those "
                  "datacenters (everything else unchanged) and follows each change to its end.", "@info")
                .arg(m_name, list, neededNetworkRole());
    }
    if (!m_lackingRights.isEmpty()) {
        //: %1 the user's name (admin); %2 datacenter ids; %3 the network role (manager), as in the API
        return tr("The user %1 has OVHcloud's NSX right but not the network role NSX needs on the "
                  "datacenter(s) %2 (access to the V(x)LANs), so NSX Manager refuses it. Grant it: the "
                  "wizard asks OVHcloud to give %1 the network role \u201c%3\u201d on those datacenters "
                  "(the other rights unchanged) and follows each change to its end.", "@info")
                .arg(m_name, list, neededNetworkRole());
    }
    //: %1 the user's name (admin). "NSX right" is the Control Panel's "NSX" access of a user.
    return tr("The user %1 does not have OVHcloud's NSX right, so NSX Manager refuses it. Grant it: "
              "the wizard asks OVHcloud to give %1 the NSX right (the user's other properties "
              "unchanged) and follows the change to its end.", "@info").arg(m_name);
}

bool NsxUserRight::networkRoleSuffices(const QString &networkRole)
{
    // noAccess < readonly < manager < admin: configuring NSX's VPN changes networks.
    return networkRole == "manager"_L1 || networkRole == "admin"_L1;
}

QJsonObject NsxUserRight::rightGrantBody(const QJsonObject &right)
{
    // What the control panel sends to this route (the rest of the Right is read-only ids).
    QJsonObject body;
    for (const QLatin1String field : {"right"_L1, "canAddRessource"_L1, "vmNetworkRole"_L1}) {
        const QJsonValue v = right.value(field);
        if (!v.isNull() && !v.isUndefined())
            body.insert(field, v);
    }
    body.insert("networkRole"_L1, neededNetworkRole());
    return body;
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
    op->onAnswer(m_context->api()->get(path), [this, op, path, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            then(r.error());
            return;
        }
        m_userPath = path;
        m_user = r.value().toObject();
        // Then its rights per datacenter: NSX needs a network role on them too.
        op->onAnswer(m_context->api()->get(path + u"/right"_s), [this, op, then](const Result<QJsonValue> &ids) {
            if (!ids.ok()) {
                then(ids.error());
                return;
            }
            QList<qint64> list;
            for (const QJsonValue &id : ids.value().toArray())
                list << id.toInteger();
            readRights(op, list, {}, then);
        });
    });
}

void NsxUserRight::readRights(StageOperation *op, QList<qint64> ids, QList<QJsonObject> lacking,
                              std::function<void(const Result<Unit> &)> then)
{
    if (ids.isEmpty()) {
        m_nsxRightMissing = !m_user.value("nsxRight"_L1).toBool();
        m_lackingRights = lacking;
        setState(m_nsxRightMissing || !m_lackingRights.isEmpty() ? State::Missing : State::Granted);
        emit changed(); // which one is missing may change while the state stays Missing
        then(Unit{});
        return;
    }
    const qint64 id = ids.takeFirst();
    op->onAnswer(m_context->api()->get(u"%1/right/%2"_s.arg(m_userPath).arg(id)),
                 [this, op, ids, lacking, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            then(r.error());
            return;
        }
        const QJsonObject right = r.value().toObject();
        QList<QJsonObject> stillLacking = lacking;
        if (!networkRoleSuffices(right.value("networkRole"_L1).toString()))
            stillLacking << right;
        readRights(op, ids, stillLacking, then);
    });
}

void NsxUserRight::grant(StageOperation *op, std::function<void(const Result<Unit> &)> then)
{
    if (m_state != State::Missing || m_userPath.isEmpty()) {
        then(Unit{});
        return;
    }
    const QString path = m_userPath;
    // Read back whatever happened (never sent twice blindly): the user says what is true now.
    Done readBack = [this, op, path, then](const std::optional<ApiError> &error) {
        if (error && error->kind == ApiError::Kind::Canceled) {
            then(*error); // the read back would be canceled too
            return;
        }
        readUser(op, path.section(u'/', -1).toLongLong(), [this, error, then](const Result<Unit> &r) {
            if (error)
                then(*error);
            else if (!r.ok())
                then(r.error());
            else if (m_state != State::Granted)
                then(ApiError::make(ApiError::Kind::ServerError, u"NSX rights still missing after the tasks"_s));
            else
                then(Unit{});
        });
    };
    const QList<QJsonObject> lacking = m_lackingRights;
    Done roles = [this, op, lacking, readBack](const std::optional<ApiError> &error) {
        if (error)
            readBack(error);
        else
            grantRoles(op, lacking, readBack);
    };
    if (!m_nsxRightMissing) {
        roles(std::nullopt);
        return;
    }
    qCInfo(lcStage) << "vpn: granting the NSX right (changeProperties)";
    sendAndFollow(op, m_context->api()->post(path + u"/changeProperties"_s, grantBody(m_user)), roles);
}

void NsxUserRight::grantRoles(StageOperation *op, QList<QJsonObject> rights, Done done)
{
    if (rights.isEmpty()) {
        done(std::nullopt);
        return;
    }
    const QJsonObject right = rights.takeFirst();
    qCInfo(lcStage) << "vpn: granting the network role on datacenter" << right.value("datacenterId"_L1).toInteger();
    const QString path = u"%1/right/%2"_s.arg(m_userPath).arg(right.value("rightId"_L1).toInteger());
    sendAndFollow(op, m_context->api()->put(path, rightGrantBody(right)),
                  [this, op, rights, done](const std::optional<ApiError> &error) {
        if (error)
            done(error);
        else
            grantRoles(op, rights, done);
    });
}

void NsxUserRight::sendAndFollow(StageOperation *op, ApiCall *call, Done done)
{
    const QString userPath = m_userPath;
    op->onAnswer(call, [this, op, userPath, done](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        const qint64 taskId = TaskPoller::taskIdOf(r.value().toObject());
        if (taskId <= 0) {
            done(std::nullopt);
            return;
        }
        // The control panel follows a user's tasks under the user: the same path here.
        TaskRun *run = m_poller->follow(TaskPoller::taskPathUnder(userPath, taskId));
        run->onFinished(op->scope(), [done](const TaskRun::End &end) {
            done(end.ok() ? std::nullopt : end.error);
        });
    });
}

} // namespace snc
