// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The service itself (`/dedicatedCloud[/{sn}]`), its tasks, and `POST /me/geolocation`.
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "sandbox/TaskEngine.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace snc::sandbox {

using dc::str;

namespace {

QStringList splitStates(const QString &text)
{
    return text.split(QRegularExpression(str("[,|]")), Qt::SkipEmptyParts);
}

} // namespace

SandboxResponse DedicatedCloudModule::withService(const SandboxRequest &r,
                                                  const std::function<SandboxResponse(Service &)> &handle)
{
    const QString name = r.param(str("serviceName"));
    Service *s = service(name);
    return s ? handle(*s) : SandboxResponse::notFound(name);
}

SandboxResponse DedicatedCloudModule::withServiceAndBody(
        const SandboxRequest &r, const std::function<SandboxResponse(Service &, const QJsonObject &)> &handle)
{
    return withService(r, [&](Service &s) {
        return dc::withBody(r, [&](const QJsonObject &body) { return handle(s, body); });
    });
}

SandboxResponse DedicatedCloudModule::listServices(SandboxRequest &)
{
    QJsonArray names;
    for (const auto &[name, s] : m_services)
        names.append(name);
    return SandboxResponse::json(names);
}

SandboxResponse DedicatedCloudModule::getService(SandboxRequest &r)
{
    return withService(r, [](Service &s) { return SandboxResponse::json(s.properties); });
}

SandboxResponse DedicatedCloudModule::getNsxt(SandboxRequest &r)
{
    // `url` is absent while NSX-T is not enabled, as the model's optional field allows.
    return withService(r, [](Service &s) { return SandboxResponse::json(s.nsxt); });
}

SandboxResponse DedicatedCloudModule::updateService(SandboxRequest &r)
{
    return withServiceAndBody(r, [&](Service &s, const QJsonObject &body) -> SandboxResponse {
        QJsonObject changes;
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            if (key == str("userAccessPolicy")) {
                if (v.toString() != str("filtered") && v.toString() != str("open"))
                    return SandboxResponse::error(
                            400, str("Invalid value for userAccessPolicy: expected filtered or open"));
            } else if (key == str("userLogoutPolicy")) {
                if (v.toString() != str("first") && v.toString() != str("last"))
                    return SandboxResponse::error(
                            400, str("Invalid value for userLogoutPolicy: expected first or last"));
            } else if (key == str("userSessionTimeout") || key == str("userLimitConcurrentSession")) {
                if (!v.isDouble() || v.toInteger(-1) < 0)
                    return SandboxResponse::error(400, str("Invalid value for %1").arg(key));
            } else if (key == str("description")) {
                if (!v.isString())
                    return SandboxResponse::error(400, str("Invalid value for description"));
            } else if (s.properties.contains(key)) {
                return SandboxResponse::error(400, str("The property %1 cannot be changed").arg(key));
            } else {
                return SandboxResponse::error(400, str("Unknown property %1").arg(key));
            }
            changes.insert(key, v);
        }
        if (changes.isEmpty())
            return SandboxResponse::error(400, str("Nothing to change"));
        const qint64 id = m_context->tasks->create(str("dedicatedCloud.updateService"), s.name(), {},
                                                   QJsonObject{{str("changes"), changes}});
        return taskResponse(id);
    });
}

SandboxResponse DedicatedCloudModule::listServiceTasks(SandboxRequest &r)
{
    return withService(r, [&](Service &s) { return taskList(s, r, {}, 0); });
}

SandboxResponse DedicatedCloudModule::getServiceTask(SandboxRequest &r)
{
    return withService(r, [&](Service &s) { return taskDetails(s, r, {}, 0); });
}

SandboxResponse DedicatedCloudModule::geolocate(SandboxRequest &)
{
    return SandboxResponse::json(QJsonObject{{str("ip"), m_context->clientAddress},
                                             {str("countryCode"), str("fr")},
                                             {str("continent"), str("europe")}});
}

SandboxResponse DedicatedCloudModule::taskResponse(qint64 taskId) const
{
    const Task *t = m_context->tasks->task(taskId);
    return t ? SandboxResponse::json(TaskEngine::toJson(*t))
             : SandboxResponse::error(500, str("Task %1 vanished").arg(taskId));
}

SandboxResponse DedicatedCloudModule::taskList(const Service &service, const SandboxRequest &request,
                                               const QString &relatedKey, qint64 relatedId) const
{
    const QString name = request.query.queryItemValue(str("name"), QUrl::FullyDecoded);
    QStringList states;
    for (const QString &v : request.query.allQueryItemValues(str("state"), QUrl::FullyDecoded))
        states += splitStates(v);
    const QString sn = service.name();
    const auto list = m_context->tasks->tasks([&](const Task &t) {
        if (t.serviceName != sn)
            return false;
        if (!relatedKey.isEmpty() && t.related.value(relatedKey).toInteger() != relatedId)
            return false;
        if (!name.isEmpty() && t.name != name)
            return false;
        return states.isEmpty() || states.contains(taskStateName(t.state));
    });
    QJsonArray ids;
    for (const Task *t : list)
        ids.append(t->id);
    return SandboxResponse::json(ids);
}

SandboxResponse DedicatedCloudModule::taskDetails(const Service &service,
                                                  const SandboxRequest &request,
                                                  const QString &relatedKey, qint64 relatedId) const
{
    const qint64 id = dc::idParam(request, str("taskId"));
    const Task *t = id > 0 ? m_context->tasks->task(id) : nullptr;
    if (!t || t->serviceName != service.name()
        || (!relatedKey.isEmpty() && t->related.value(relatedKey).toInteger() != relatedId))
        return SandboxResponse::notFound(request.param(str("taskId")));
    return SandboxResponse::json(TaskEngine::toJson(*t));
}

void DedicatedCloudModule::applyServiceTask(Task &task)
{
    Service *s = service(task.serviceName);
    if (!s)
        return;
    const QJsonObject changes = task.payload.value(str("changes")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        s->properties.insert(it.key(), it.value());
    if (changes.contains(str("userAccessPolicy")))
        s->optionStates.insert(str("accessNetworkFiltered"),
                               changes.value(str("userAccessPolicy")).toString() == str("filtered")
                                       ? str("delivered")
                                       : str("disabled"));
    m_context->mutated();
}

} // namespace snc::sandbox
