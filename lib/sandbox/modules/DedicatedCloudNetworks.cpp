// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 1: allowed networks (`/dedicatedCloud/{sn}/allowedNetwork…`).
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"
#include "sandbox/UnpublishedChoices.h"

#include <QJsonArray>

namespace snc::sandbox {

using dc::str;

namespace {

const QString &statsKind()
{
    static const QString kind = QStringLiteral("allowedNetwork");
    return kind;
}

qint64 addressCount(int prefix)
{
    return qint64(1) << (32 - prefix);
}

} // namespace

SandboxResponse DedicatedCloudModule::listAllowedNetworks(SandboxRequest &r)
{
    return withService(r, [&](Service &s) -> SandboxResponse {
        QJsonArray ids;
        for (const auto &[id, n] : s.networks) {
            if (n.created)
                ids.append(id);
        }
        return SandboxResponse::json(ids);
    });
}

SandboxResponse DedicatedCloudModule::addAllowedNetwork(SandboxRequest &r)
{
    return withServiceAndBody(r, [&](Service &s, const QJsonObject &body) -> SandboxResponse {
        const QJsonValue networkValue = body.value(str("network"));
        if (!networkValue.isString())
            return SandboxResponse::error(400, str("Missing parameter network"));
        const QJsonValue descriptionValue = body.value(str("description"));
        if (!descriptionValue.isUndefined() && !descriptionValue.isNull()
            && !descriptionValue.isString())
            return SandboxResponse::error(400, str("Invalid value for description"));
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != str("network") && it.key() != str("description"))
                return SandboxResponse::error(400, str("Unknown parameter %1").arg(it.key()));
        }
        QString canonical, reason;
        quint32 base = 0;
        int prefix = 0;
        if (!parseIpv4Block(networkValue.toString(), &canonical, &base, &prefix, &reason))
            return SandboxResponse::error(400, reason);
        if (auto refused = checkNetworkRoom(s, canonical, prefix))
            return *refused;

        Network n;
        n.id = m_nextNetworkId++;
        n.network = canonical;
        n.description = descriptionValue.toString();
        n.state = str("allowed");
        n.created = false;
        const qint64 networkId = n.id;
        s.networks.emplace(networkId, std::move(n));
        m_context->stats->reportCreated(statsKind(), canonical);
        const qint64 taskId = m_context->tasks->create(
                str("dedicatedCloud.addAllowedNetwork"), s.name(),
                QJsonObject{{str("networkAccessId"), networkId}});
        // The task's name is not published (UNPUBLISHED.md, addNetworkTaskName).
        if (Task *t = m_context->tasks->mutableTask(taskId))
            t->name = addNetworkTaskName();
        m_context->mutated();
        return taskResponse(taskId);
    });
}

std::optional<SandboxResponse> DedicatedCloudModule::checkNetworkRoom(const Service &s,
                                                                      const QString &canonical,
                                                                      int prefix)
{
    qint64 total = addressCount(prefix);
    for (const auto &[id, n] : s.networks) {
        if (n.state == str("toDelete"))
            continue;
        if (n.network == canonical) {
            // Visible in /sandbox/stats as a duplicate creation attempt, then refused.
            m_context->stats->reportCreated(statsKind(), canonical);
            m_context->stats->reportRemoved(statsKind(), canonical);
            return SandboxResponse::error(
                    409, str("The network %1 is already allowed (networkAccessId %2)")
                                 .arg(canonical)
                                 .arg(id));
        }
        QString c, e;
        quint32 b = 0;
        int pl = 32;
        if (parseIpv4Block(n.network, &c, &b, &pl, &e))
            total += addressCount(pl);
    }
    if (total > maxAllowedAddresses)
        return SandboxResponse::error(
                400, str("At most %1 IP addresses may be allowed in total (this would make %2)")
                             .arg(maxAllowedAddresses)
                             .arg(total));
    return std::nullopt;
}

std::optional<SandboxResponse> DedicatedCloudModule::findNetwork(const SandboxRequest &r,
                                                                 Service **s, Network **n)
{
    *s = service(r.param(str("serviceName")));
    if (!*s)
        return SandboxResponse::notFound(r.param(str("serviceName")));
    const qint64 id = dc::idParam(r, str("networkAccessId"));
    const auto it = (*s)->networks.find(id);
    if (it == (*s)->networks.end() || !it->second.created)
        return SandboxResponse::notFound(r.param(str("networkAccessId")));
    *n = &it->second;
    return std::nullopt;
}

SandboxResponse DedicatedCloudModule::getAllowedNetwork(SandboxRequest &r)
{
    Service *s = nullptr;
    Network *n = nullptr;
    if (auto refused = findNetwork(r, &s, &n))
        return *refused;
    return SandboxResponse::json(n->toJson());
}

SandboxResponse DedicatedCloudModule::modifyAllowedNetwork(SandboxRequest &r)
{
    Service *s = nullptr;
    Network *n = nullptr;
    if (auto refused = findNetwork(r, &s, &n))
        return *refused;
    return dc::withBody(r, [&](const QJsonObject &body) -> SandboxResponse {
        if (n->state != str("allowed"))
            return SandboxResponse::error(
                    409, str("The network %1 is being changed (%2)").arg(n->network, n->state));
        QJsonObject changes;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() == str("description")) {
                if (!it.value().isString() && !it.value().isNull())
                    return SandboxResponse::error(400, str("Invalid value for description"));
                changes.insert(it.key(), it.value().toString());
            } else if (it.key() == str("network")) {
                QString canonical, reason;
                quint32 base = 0;
                int prefix = 0;
                if (!parseIpv4Block(it.value().toString(), &canonical, &base, &prefix, &reason))
                    return SandboxResponse::error(400, reason);
                changes.insert(it.key(), canonical);
            } else if (it.key() == str("networkAccessId") || it.key() == str("state")) {
                continue; // read-only fields sent back with the object: ignored
            } else {
                return SandboxResponse::error(400, str("Unknown property %1").arg(it.key()));
            }
        }
        if (changes.isEmpty())
            return SandboxResponse::error(400, str("Nothing to change"));
        n->state = str("toUpdate");
        const qint64 taskId = m_context->tasks->create(
                str("dedicatedCloud.modifyAllowedNetwork"), s->name(),
                QJsonObject{{str("networkAccessId"), n->id}},
                QJsonObject{{str("changes"), changes}});
        m_context->mutated();
        return taskResponse(taskId);
    });
}

SandboxResponse DedicatedCloudModule::removeAllowedNetwork(SandboxRequest &r)
{
    Service *s = nullptr;
    Network *n = nullptr;
    if (auto refused = findNetwork(r, &s, &n))
        return *refused;
    if (n->state == str("toDelete"))
        return SandboxResponse::error(
                409, str("The network %1 is already being removed").arg(n->network));
    if (n->state != str("allowed"))
        return SandboxResponse::error(
                409, str("The network %1 is being changed (%2)").arg(n->network, n->state));
    n->state = str("toDelete");
    m_context->stats->reportRemoved(statsKind(), n->network);
    const qint64 taskId = m_context->tasks->create(
            str("dedicatedCloud.removeAllowedNetwork"), s->name(),
            QJsonObject{{str("networkAccessId"), n->id}});
    m_context->mutated();
    return taskResponse(taskId);
}

SandboxResponse DedicatedCloudModule::listAllowedNetworkTasks(SandboxRequest &r)
{
    Service *s = nullptr;
    Network *n = nullptr;
    if (auto refused = findNetwork(r, &s, &n))
        return *refused;
    return taskList(*s, r, str("networkAccessId"), n->id);
}

SandboxResponse DedicatedCloudModule::getAllowedNetworkTask(SandboxRequest &r)
{
    // Also answers while the network is being created (its task is followed then).
    return withService(r, [&](Service &s) {
        const qint64 id = dc::idParam(r, str("networkAccessId"));
        if (s.networks.find(id) == s.networks.end())
            return SandboxResponse::notFound(r.param(str("networkAccessId")));
        return taskDetails(s, r, str("networkAccessId"), id);
    });
}

void DedicatedCloudModule::applyNetworkTask(Task &task, bool done)
{
    Service *s = service(task.serviceName);
    if (!s)
        return;
    const qint64 id = task.related.value(str("networkAccessId")).toInteger();
    const auto it = s->networks.find(id);
    if (it == s->networks.end())
        return;
    Network &n = it->second;
    // By kind, not by name: the add task's name is a switch (addNetworkTaskName).
    const QString name = task.kind.mid(task.kind.indexOf(u'.') + 1);
    if (name == str("addAllowedNetwork")) {
        if (done) {
            n.created = true;
        } else {
            m_context->stats->reportRemoved(statsKind(), n.network);
            s->networks.erase(it);
        }
    } else if (name == str("modifyAllowedNetwork")) {
        if (done) {
            const QJsonObject changes = task.payload.value(str("changes")).toObject();
            if (changes.contains(str("description")))
                n.description = changes.value(str("description")).toString();
            const QString network = changes.value(str("network")).toString();
            if (!network.isEmpty() && network != n.network) {
                m_context->stats->reportRemoved(statsKind(), n.network);
                m_context->stats->reportCreated(statsKind(), network);
                n.network = network;
            }
        }
        n.state = str("allowed");
    } else if (name == str("removeAllowedNetwork")) {
        if (done) {
            s->networks.erase(it);
        } else {
            n.state = str("allowed");
            m_context->stats->reportCreated(statsKind(), n.network);
        }
    }
    m_context->mutated();
}

} // namespace snc::sandbox
