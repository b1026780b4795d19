// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3: a user's rights per datacenter (`/dedicatedCloud/{sn}/user/{userId}/right…`), the
// published `dedicatedCloud.Right`; NSX needs a network role on them (NsxModule).
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "sandbox/TaskEngine.h"
#include "sandbox/UnpublishedChoices.h"

#include <QJsonArray>

#include <array>

namespace snc::sandbox {

using dc::str;

namespace {

// The published enums of dedicatedCloud.Right (dedicatedCloud.right.*Enum): one table, so a
// field and the values it accepts are written once, and a new enum field is one more row.
struct EnumField
{
    const char16_t *name;
    QStringList values;
};

const std::array<EnumField, 3> &enumFields()
{
    static const std::array<EnumField, 3> v{{
            {u"networkRole", {str("admin"), str("manager"), str("noAccess"), str("readonly")}},
            {u"vmNetworkRole", {str("admin"), str("noAccess"), str("readonly")}},
            {u"right", {str("admin"), str("disabled"), str("readonly"), str("readwrite")}},
    }};
    return v;
}

/// The values `key` accepts when it is one of the enum fields; nullptr otherwise.
const QStringList *enumValues(const QString &key)
{
    for (const EnumField &f : enumFields()) {
        if (key == QStringView(f.name))
            return &f.values;
    }
    return nullptr;
}

} // namespace

QJsonObject DedicatedCloudModule::publicRight(const QJsonObject &right) const
{
    QJsonObject r = right;
    // Never changed since delivery: the admin's network role as delivered is not published
    // (UNPUBLISHED.md, adminNetworkRole).
    if (r.value(str("networkRole")).isNull())
        r.insert(str("networkRole"), m_context->unpublished->value(UnpublishedChoices::adminNetworkRole()));
    return r;
}

bool DedicatedCloudModule::userHasNsxNetworkRole(const QString &serviceName, const QString &login) const
{
    const auto it = m_services.find(serviceName);
    if (it == m_services.end())
        return false;
    for (const auto &[id, u] : it->second.users) {
        if (u.login() != login)
            continue;
        if (u.rights.empty())
            return false;
        for (const auto &[rightId, right] : u.rights) {
            const QString role = publicRight(right).value(str("networkRole")).toString();
            if (role != str("manager") && role != str("admin"))
                return false;
        }
        return true;
    }
    return false;
}

SandboxResponse DedicatedCloudModule::listUserRights(SandboxRequest &r)
{
    Service *s = nullptr;
    User *u = nullptr;
    if (auto refused = findUser(r, &s, &u))
        return *refused;
    QJsonArray ids;
    for (const auto &[id, right] : u->rights)
        ids.append(id);
    return SandboxResponse::json(ids);
}

std::optional<SandboxResponse> DedicatedCloudModule::findUserRight(const SandboxRequest &r, Service **s, User **u,
                                                                  QJsonObject **right)
{
    if (auto refused = findUser(r, s, u))
        return refused;
    const auto it = (*u)->rights.find(dc::idParam(r, str("rightId")));
    if (it == (*u)->rights.end())
        return SandboxResponse::notFound(r.param(str("rightId")));
    *right = &it->second;
    return std::nullopt;
}

SandboxResponse DedicatedCloudModule::getUserRight(SandboxRequest &r)
{
    Service *s = nullptr;
    User *u = nullptr;
    QJsonObject *right = nullptr;
    if (auto refused = findUserRight(r, &s, &u, &right))
        return *refused;
    return SandboxResponse::json(publicRight(*right));
}

SandboxResponse DedicatedCloudModule::changeUserRight(SandboxRequest &r)
{
    Service *s = nullptr;
    User *u = nullptr;
    QJsonObject *right = nullptr;
    if (auto refused = findUserRight(r, &s, &u, &right))
        return *refused;
    const QJsonObject current = publicRight(*right);
    return dc::withBody(r, [&](const QJsonObject &body) -> SandboxResponse {
        // The published PUT takes the whole Right; the read-only ids must be the right's own.
        QJsonObject changes;
        for (auto b = body.begin(); b != body.end(); ++b) {
            const QString key = b.key();
            const QJsonValue v = b.value();
            if (v.isNull())
                continue;
            if (const QStringList *allowed = enumValues(key)) {
                if (!v.isString() || !allowed->contains(v.toString()))
                    return SandboxResponse::error(400, str("Invalid value for %1: %2").arg(key, v.toVariant().toString()));
                if (v != current.value(key))
                    changes.insert(key, v);
            } else if (key == str("canAddRessource")) {
                if (!v.isBool())
                    return SandboxResponse::error(400, str("Invalid value for %1: expected true or false").arg(key));
                if (v != current.value(key))
                    changes.insert(key, v);
            } else if (key == str("rightId") || key == str("datacenterId")) {
                if (v.toInteger(-1) != current.value(key).toInteger())
                    return SandboxResponse::error(400, str("%1 cannot be changed").arg(key));
            } else {
                return SandboxResponse::error(400, str("Unknown parameter %1").arg(key));
            }
        }
        if (changes.isEmpty())
            return SandboxResponse::error(400, str("Nothing to change"));
        const qint64 taskId = m_context->tasks->create(
                str("dedicatedCloud.changeUserRight"), s->name(),
                QJsonObject{{str("userId"), u->id()}, {str("datacenterId"), current.value(str("datacenterId"))}},
                QJsonObject{{str("rightId"), current.value(str("rightId"))}, {str("changes"), changes}});
        return taskResponse(taskId);
    });
}

void DedicatedCloudModule::applyUserRightTask(Task &task)
{
    Service *s = service(task.serviceName);
    if (!s)
        return;
    const auto u = s->users.find(task.related.value(str("userId")).toInteger());
    if (u == s->users.end())
        return;
    const auto it = u->second.rights.find(task.payload.value(str("rightId")).toInteger());
    if (it == u->second.rights.end())
        return;
    const QJsonObject changes = task.payload.value(str("changes")).toObject();
    for (auto c = changes.begin(); c != changes.end(); ++c)
        it->second.insert(c.key(), c.value());
    m_context->mutated();
}

} // namespace snc::sandbox
