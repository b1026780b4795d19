// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// NSX policy objects (IPsec profiles, VPN services, local endpoints, sessions): read, PATCH
// (create or replace) and DELETE, with their validation. The route table is in NsxModule.cpp.
#include "NsxModule.h"

#include "DedicatedCloudInfraModule.h"
#include "NsxCommon.h"
#include "NsxValidation.h"
#include "sandbox/SandboxClock.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

using nsx::canonicalPath;
using nsx::nsxError;
using nsx::profileKey;

bool NsxModule::pathExists(const QString &serviceName, const QString &rawPath) const
{
    const auto mit = m_managers.find(serviceName);
    if (mit == m_managers.end())
        return false;
    const Manager &m = mit.value();
    const QString path = canonicalPath(rawPath);
    static const QRegularExpression profile(u"^/infra/ipsec-vpn-(ike|tunnel|dpd)-profiles/([^/]+)$"_s);
    if (const auto p = profile.match(path); p.hasMatch())
        return m.profiles.value(p.captured(1)).contains(p.captured(2));
    static const QRegularExpression child(
            u"^/infra/tier-0s/([^/]+)/ipsec-vpn-services/([^/]+)(?:/(local-endpoints|sessions)/([^/]+))?$"_s);
    const auto c = child.match(path);
    if (!c.hasMatch() || c.captured(1) != tier0Id() || !m.services.contains(c.captured(2)))
        return false;
    const VpnService &s = m.services.value(c.captured(2));
    if (c.captured(3).isEmpty())
        return true;
    return c.captured(3) == "local-endpoints"_L1 ? s.endpoints.contains(c.captured(4))
                                                 : s.sessions.contains(c.captured(4));
}

QString NsxModule::validate(const QString &sn, Kind kind, const QJsonObject &o, const QString &svcId) const
{
    switch (kind) {
    case Kind::Ike:
        return nsx::checkIkeProfile(o);
    case Kind::Tunnel:
        return nsx::checkTunnelProfile(o);
    case Kind::Dpd:
        return nsx::checkDpdProfile(o);
    case Kind::Service:
        return nsx::checkVpnService(o);
    case Kind::Endpoint: {
        if (QString p = nsx::checkLocalEndpoint(o); !p.isEmpty())
            return p;
        const QString address = o.value(u"local_address"_s).toString();
        const QString usage = m_infra ? m_infra->addressUsage(sn, address) : QString();
        if (usage != "free"_L1)
            return usage.isEmpty()
                    ? u"local_address %1 is not in the PCC's public block %2"_s.arg(address, DedicatedCloudInfraModule::publicBlock())
                    : u"local_address %1 is already used (%2); take a free address of %3"_s.arg(address, usage, DedicatedCloudInfraModule::publicBlock());
        return {};
    }
    case Kind::Session:
        return validateSession(sn, o, svcId);
    }
    return {};
}

QString NsxModule::validateSession(const QString &sn, const QJsonObject &o, const QString &svcId) const
{
    if (QString p = nsx::checkSessionFields(o); !p.isEmpty())
        return p;
    const QString le = o.value(u"local_endpoint_path"_s).toString();
    const QString svcPath = u"/infra/tier-0s/%1/ipsec-vpn-services/%2"_s.arg(tier0Id(), svcId);
    if (!pathExists(sn, le) || !canonicalPath(le).startsWith(svcPath + u"/local-endpoints/"_s))
        return u"local_endpoint_path %1 does not name a local endpoint of this IPsec VPN service"_s.arg(le);
    for (const char *key : {"ike_profile_path", "tunnel_profile_path", "dpd_profile_path"}) {
        const QString path = o.value(QLatin1String(key)).toString();
        if (!path.isEmpty() && !pathExists(sn, path))
            return u"%1 %2 does not exist"_s.arg(QLatin1String(key), path);
    }
    return nsx::checkSessionRules(o.value(u"rules"_s).toArray());
}

SandboxResponse NsxModule::get(SandboxRequest &r, Kind kind, bool list)
{
    if (auto refused = authenticate(r))
        return *refused;
    Manager *m = manager(r.param(u"serviceName"_s));
    if (!m)
        return nsxError(404, 404, u"Unknown NSX manager"_s);
    const bool sensitive = r.query.queryItemValue(u"action"_s) == "show_sensitive_data"_L1;
    auto strip = [sensitive](QJsonObject o) {
        if (!sensitive)
            o.remove(u"psk"_s);
        return o;
    };
    QMap<QString, QJsonObject> *objects = nullptr;
    QMap<QString, QJsonObject> services;
    switch (kind) {
    case Kind::Ike:
    case Kind::Tunnel:
    case Kind::Dpd:
        objects = &m->profiles[profileKey(int(kind))];
        break;
    case Kind::Service:
        for (auto it = m->services.begin(); it != m->services.end(); ++it)
            services.insert(it.key(), it->object);
        objects = &services;
        break;
    case Kind::Endpoint:
    case Kind::Session: {
        const auto svc = m->services.find(r.param(u"svc"_s));
        if (svc == m->services.end())
            return nsxError(404, 500012, u"IPsec VPN service %1 not found"_s.arg(r.param(u"svc"_s)));
        objects = kind == Kind::Endpoint ? &svc->endpoints : &svc->sessions;
        break;
    }
    }
    if (list) {
        QJsonArray results;
        for (const QJsonObject &o : std::as_const(*objects))
            results.append(strip(o));
        return SandboxResponse::json(QJsonObject{{u"results"_s, results}, {u"result_count"_s, results.size()}});
    }
    const QString id = r.param(u"id"_s);
    if (!objects->contains(id))
        return nsxError(404, 500012, u"The path=[%1] is invalid"_s.arg(canonicalPath(r.path)));
    return SandboxResponse::json(strip(objects->value(id)));
}

/// The object a PATCH of `kind` `id` replaces (null when it creates one) and its policy path.
/// `svc` is the VPN service of an endpoint or a session.
QJsonObject *NsxModule::findObject(Manager *m, VpnService *svc, Kind kind, const QString &id,
                                   const QString &svcId, QString *path)
{
    const QString svcPath = u"/infra/tier-0s/%1/ipsec-vpn-services/%2"_s.arg(tier0Id(), kind == Kind::Service ? id : svcId);
    switch (kind) {
    case Kind::Ike:
    case Kind::Tunnel:
    case Kind::Dpd: {
        const QString key = profileKey(int(kind));
        *path = u"/infra/ipsec-vpn-%1-profiles/%2"_s.arg(key, id);
        auto &map = m->profiles[key];
        return map.contains(id) ? &map[id] : nullptr;
    }
    case Kind::Service:
        *path = svcPath;
        return m->services.contains(id) ? &m->services[id].object : nullptr;
    case Kind::Endpoint:
        *path = svcPath + u"/local-endpoints/"_s + id;
        return svc->endpoints.contains(id) ? &svc->endpoints[id] : nullptr;
    case Kind::Session:
        *path = svcPath + u"/sessions/"_s + id;
        return svc->sessions.contains(id) ? &svc->sessions[id] : nullptr;
    }
    return nullptr;
}

void NsxModule::storeObject(Manager *m, VpnService *svc, Kind kind, const QString &id,
                            const QJsonObject &merged, bool changed)
{
    switch (kind) {
    case Kind::Ike:
    case Kind::Tunnel:
    case Kind::Dpd:
        m->profiles[profileKey(int(kind))][id] = merged;
        break;
    case Kind::Service:
        m->services[id].object = merged;
        break;
    case Kind::Endpoint:
        svc->endpoints[id] = merged;
        break;
    case Kind::Session:
        svc->sessions[id] = merged;
        if (changed)
            svc->configuredAtMs[id] = m_context->clock->nowMs(); // renegotiates
        break;
    }
    if (changed)
        m_context->mutated();
}

SandboxResponse NsxModule::patch(SandboxRequest &r, Kind kind)
{
    if (auto refused = authenticate(r))
        return *refused;
    const QString sn = r.param(u"serviceName"_s);
    Manager *m = manager(sn);
    if (!m)
        return nsxError(404, 404, u"Unknown NSX manager"_s);
    bool ok = false;
    const QJsonValue body = r.json(&ok);
    if (!ok || !body.isObject())
        return nsxError(400, 255, u"The request body must be a JSON object"_s);
    const QString id = r.param(u"id"_s);
    const QString svcId = r.param(u"svc"_s);
    VpnService *svc = nullptr;
    if (kind == Kind::Endpoint || kind == Kind::Session) {
        const auto it = m->services.find(svcId);
        if (it == m->services.end())
            return nsxError(404, 500012, u"IPsec VPN service %1 not found"_s.arg(svcId));
        svc = &it.value();
    }
    QString path;
    const QJsonObject *target = findObject(m, svc, kind, id, svcId, &path);
    const QJsonObject before = target ? *target : QJsonObject();
    QJsonObject merged = before;
    merged.remove(u"_revision"_s);
    const QJsonObject patchBody = body.toObject();
    for (auto it = patchBody.begin(); it != patchBody.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            merged.insert(it.key(), it.value());
    }
    if (const QString problem = validate(sn, kind, merged, svcId); !problem.isEmpty())
        return nsxError(400, 500030, problem);
    merged.insert(u"id"_s, id);
    merged.insert(u"relative_path"_s, id);
    merged.insert(u"path"_s, path);
    merged.insert(u"parent_path"_s, path.section(u'/', 0, -3));
    if (!merged.contains(u"display_name"_s))
        merged.insert(u"display_name"_s, id);
    merged.insert(u"marked_for_delete"_s, false);
    QJsonObject compareBefore = before;
    compareBefore.remove(u"_revision"_s);
    const bool changed = compareBefore != merged;
    merged.insert(u"_revision"_s, before.value(u"_revision"_s).toInteger(-1) + (changed ? 1 : 0));
    storeObject(m, svc, kind, id, merged, changed);
    SandboxResponse ok200;
    ok200.body.clear();
    return ok200;
}

SandboxResponse NsxModule::remove(SandboxRequest &r, Kind kind)
{
    if (auto refused = authenticate(r))
        return *refused;
    Manager *m = manager(r.param(u"serviceName"_s));
    if (!m)
        return nsxError(404, 404, u"Unknown NSX manager"_s);
    const QString id = r.param(u"id"_s);
    const QString svcId = r.param(u"svc"_s);
    auto usedBySession = [m](const QString &path) {
        for (const VpnService &s : std::as_const(m->services)) {
            for (const QJsonObject &session : s.sessions) {
                for (auto it = session.begin(); it != session.end(); ++it) {
                    if (it.key().endsWith("_path"_L1) && canonicalPath(it.value().toString()) == path)
                        return true;
                }
            }
        }
        return false;
    };
    switch (kind) {
    case Kind::Ike:
    case Kind::Tunnel:
    case Kind::Dpd: {
        const QString key = profileKey(int(kind));
        if (usedBySession(u"/infra/ipsec-vpn-%1-profiles/%2"_s.arg(key, id)))
            return nsxError(400, 500030, u"The profile %1 is used by a session"_s.arg(id));
        m->profiles[key].remove(id);
        break;
    }
    case Kind::Service: {
        const auto it = m->services.find(id);
        if (it != m->services.end() && (!it->sessions.isEmpty() || !it->endpoints.isEmpty()))
            return nsxError(400, 500030, u"Delete the sessions and local endpoints of %1 first"_s.arg(id));
        m->services.remove(id);
        break;
    }
    case Kind::Endpoint:
    case Kind::Session: {
        const auto it = m->services.find(svcId);
        if (it == m->services.end())
            break;
        if (kind == Kind::Endpoint) {
            if (usedBySession(u"/infra/tier-0s/%1/ipsec-vpn-services/%2/local-endpoints/%3"_s.arg(tier0Id(), svcId, id)))
                return nsxError(400, 500030, u"The local endpoint %1 is used by a session"_s.arg(id));
            it->endpoints.remove(id);
        } else {
            it->sessions.remove(id);
            it->configuredAtMs.remove(id);
        }
        break;
    }
    }
    m_context->mutated();
    SandboxResponse ok200;
    return ok200;
}

// -- policy objects ------------------------------------------------------------------------------

std::optional<SandboxResponse> NsxModule::checkTier0(const SandboxRequest &r, Kind kind)
{
    if (kind != Kind::Service && kind != Kind::Endpoint && kind != Kind::Session)
        return std::nullopt; // profiles live under /infra, not under the Tier-0
    if (r.param(u"t0"_s) != tier0Id())
        return nsxError(404, 500012, u"Tier-0 %1 not found"_s.arg(r.param(u"t0"_s)));
    if (r.params.contains(u"ls"_s) && r.param(u"ls"_s) != localeServiceId())
        return nsxError(404, 500012, u"Locale service %1 not found"_s.arg(r.param(u"ls"_s)));
    return std::nullopt;
}

SandboxResponse NsxModule::listObjects(SandboxRequest &r, Kind kind)
{
    if (auto refused = checkTier0(r, kind))
        return *refused;
    return get(r, kind, true);
}

SandboxResponse NsxModule::getObject(SandboxRequest &r, Kind kind)
{
    if (auto refused = checkTier0(r, kind))
        return *refused;
    return get(r, kind, false);
}

SandboxResponse NsxModule::patchObject(SandboxRequest &r, Kind kind)
{
    if (auto refused = checkTier0(r, kind))
        return *refused;
    return patch(r, kind);
}

SandboxResponse NsxModule::deleteObject(SandboxRequest &r, Kind kind)
{
    if (auto refused = checkTier0(r, kind))
        return *refused;
    return remove(r, kind);
}

} // namespace snc::sandbox
