// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NsxModule.h"

#include "DedicatedCloudInfraModule.h"
#include "DedicatedCloudModule.h"
#include "NsxCommon.h"
#include "NsxValidation.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClock.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

using nsx::canonicalPath;
using nsx::nsxError;
using nsx::parseCidr;

namespace {

/// Peers that never answer (the failure path): 198.51.100.0/24.
bool isSilentPeer(const QString &address)
{
    quint32 a = 0;
    return parseCidr(address, &a) && (a >> 8) == ((198u << 16) | (51u << 8) | 100u);
}

} // namespace

NsxModule::NsxModule(DedicatedCloudModule *dedicatedCloud, DedicatedCloudInfraModule *infra)
    : m_dedicatedCloud(dedicatedCloud), m_infra(infra)
{
}

NsxModule::~NsxModule() = default;

void NsxModule::attach(SandboxContext *context)
{
    m_context = context;
}

NsxModule::Manager *NsxModule::manager(const QString &serviceName)
{
    if (!m_dedicatedCloud || m_dedicatedCloud->services().count(serviceName) == 0)
        return nullptr;
    return &m_managers[serviceName];
}

std::optional<SandboxResponse> NsxModule::authenticate(const SandboxRequest &request) const
{
    const QString sn = request.param(u"serviceName"_s);
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        const QString user = QString::fromUtf8(decoded.left(colon));
        if (colon > 0 && checkLogin(sn, user, QString::fromUtf8(decoded.mid(colon + 1))))
            return refuseWithoutNsxRight(sn, user);
        return nsxError(403, 403, u"The credentials were incorrect or the account specified has been locked."_s);
    }
    const QByteArray cookies = request.header("Cookie");
    for (const QByteArray &part : cookies.split(';')) {
        const QByteArray c = part.trimmed();
        if (!c.startsWith("JSESSIONID="))
            continue;
        const auto it = m_cookies.find(QString::fromLatin1(c.mid(11)));
        if (it != m_cookies.end() && it->serviceName == sn
            && QString::fromLatin1(request.header("X-XSRF-TOKEN")) == it->xsrf)
            return std::nullopt;
        return nsxError(403, 403, u"The session is not valid or the X-XSRF-TOKEN header is missing."_s);
    }
    return nsxError(401, 401, u"Authentication required: use HTTP Basic or a session (POST /api/session/create)."_s);
}

std::optional<SandboxResponse> NsxModule::refuseWithoutNsxRight(const QString &serviceName, const QString &user) const
{
    // OVHcloud maps its NSX right to a role in NSX: without it the login is known but may do
    // nothing. NSX's wording for that refusal is not published (UNPUBLISHED.md, adminNsxRight).
    const QString login = user.left(user.lastIndexOf(u'@'));
    if (!m_dedicatedCloud->userHasNsxRight(serviceName, login))
        return nsxError(403, 403, u"User %1 does not have permission to access NSX Manager: no role is assigned to it."_s.arg(user));
    // The NSX right alone is not enough: the user's network role on the datacenter must let it
    // change networks (UNPUBLISHED.md, adminNetworkRole).
    if (!m_dedicatedCloud->userHasNsxNetworkRole(serviceName, login))
        return nsxError(403, 403, u"User %1 does not have permission to perform this operation: its network role does not allow it."_s.arg(user));
    return std::nullopt;
}

bool NsxModule::checkLogin(const QString &serviceName, const QString &user, const QString &password) const
{
    const auto it = m_dedicatedCloud->services().find(serviceName);
    const qsizetype at = user.lastIndexOf(u'@');
    if (it == m_dedicatedCloud->services().end() || at <= 0)
        return false;
    const QString fqdn = DedicatedCloudModule::fqdnOf(it->second);
    if (fqdn.isEmpty() || user.mid(at + 1).compare(fqdn, Qt::CaseInsensitive) != 0)
        return false;
    return m_dedicatedCloud->checkUserPassword(serviceName, user.left(at), password);
}

QJsonObject NsxModule::sessionStatus(const QString &sn, const QString &svcId, const QString &id) const
{
    const Manager &m = m_managers.value(sn);
    const VpnService svc = m.services.value(svcId);
    const QJsonObject session = svc.sessions.value(id);
    const qint64 elapsed = m_context->clock->nowMs() - svc.configuredAtMs.value(id);
    const QString peer = session.value(u"peer_address"_s).toString();
    int pairs = 0;
    for (const QJsonValue &rule : session.value(u"rules"_s).toArray())
        pairs += int(qMax<qsizetype>(1, rule.toObject().value(u"sources"_s).toArray().size())
                     * qMax<qsizetype>(1, rule.toObject().value(u"destinations"_s).toArray().size()));
    QString runtime = u"DOWN"_s, ike = u"DOWN"_s, reason;
    if (!svc.object.value(u"enabled"_s).toBool(true)) {
        reason = u"The IPsec VPN service is disabled"_s;
    } else if (!session.value(u"enabled"_s).toBool(true)) {
        reason = u"The session is disabled"_s;
    } else if (elapsed < upDelayMs) {
        ike = u"NEGOTIATING"_s;
    } else if (isSilentPeer(peer)) {
        reason = u"Negotiation timeout: no response from the peer %1"_s.arg(peer);
    } else {
        runtime = ike = u"UP"_s;
    }
    const bool up = runtime == "UP"_L1;
    const QString path = session.value(u"path"_s).toString();
    return QJsonObject{
            {u"intent_path"_s, path},
            {u"results"_s,
             QJsonArray{QJsonObject{
                     {u"resource_type"_s, u"IPSecVpnSessionStatusNsxT"_s},
                     {u"display_name"_s, session.value(u"display_name"_s)},
                     {u"runtime_status"_s, runtime},
                     {u"ike_status"_s, QJsonObject{{u"ike_session_state"_s, ike}, {u"fail_reason"_s, reason}}},
                     {u"total_tunnels"_s, pairs},
                     {u"negotiated_tunnels"_s, up ? pairs : 0},
                     {u"failed_tunnels"_s, up || ike == "NEGOTIATING"_L1 ? 0 : pairs},
                     {u"last_update_timestamp"_s, m_context->clock->nowMs()},
                     {u"enforcement_point_path"_s, u"/infra/sites/default/enforcement-points/default"_s},
                     {u"aggregate_traffic_counters"_s,
                      QJsonObject{{u"bytes_in"_s, 0}, {u"bytes_out"_s, 0}, {u"packets_in"_s, 0},
                                  {u"packets_out"_s, 0}, {u"dropped_packets_in"_s, 0},
                                  {u"dropped_packets_out"_s, 0}}}}}}};
}

bool NsxModule::sessionConfigured(const QString &serviceName) const
{
    const auto mit = m_managers.find(serviceName);
    if (mit == m_managers.end())
        return false;
    for (auto s = mit->services.begin(); s != mit->services.end(); ++s) {
        if (!s->object.value(u"enabled"_s).toBool(true))
            continue;
        for (const QJsonObject &session : s->sessions) {
            if (!session.value(u"enabled"_s).toBool(true))
                continue;
            bool complete = pathExists(serviceName, session.value(u"local_endpoint_path"_s).toString());
            for (const char *key : {"ike_profile_path", "tunnel_profile_path", "dpd_profile_path"}) {
                const QString p = session.value(QLatin1String(key)).toString();
                complete = complete && (p.isEmpty() || pathExists(serviceName, p));
            }
            if (complete)
                return true;
        }
    }
    return false;
}

void NsxModule::registerRoutes(Router &router)
{
    // Every NSX route is Public (NSX's own authentication, authenticate()) and LatencyOnly.
    using M = NsxModule;
    // clang-format off
    static const struct { const char *method; QStringView pattern; SandboxResponse (M::*handler)(SandboxRequest &); } kRoutes[] = {
        {"GET", u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s", &M::listTier0s},
        {"GET", u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}", &M::getTier0},
        {"GET", u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/locale-services", &M::listLocaleServices},
        {"GET", u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/locale-services/{ls}", &M::getLocaleService},
        {"GET", u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/ipsec-vpn-services/{svc}/sessions/{id}/detailed-status", &M::getSessionStatus},
        {"GET", u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/locale-services/{ls}/ipsec-vpn-services/{svc}/sessions/{id}/detailed-status", &M::getSessionStatus},
        // session authentication (nsx-ipsec.md §4): not under /policy
        {"POST", u"/nsx/{serviceName}/api/session/create", &M::createSession},
        {"POST", u"/nsx/{serviceName}/api/session/destroy", &M::destroySession},
    };
    // The policy objects: each collection has GET (list) and GET|PATCH|DELETE …/{id}. The Tier-0
    // children answer under the Tier-0 and under its locale service (the same objects).
    static const struct { QStringView pattern; Kind kind; } kCollections[] = {
        {u"/nsx/{serviceName}/policy/api/v1/infra/ipsec-vpn-ike-profiles", Kind::Ike},
        {u"/nsx/{serviceName}/policy/api/v1/infra/ipsec-vpn-tunnel-profiles", Kind::Tunnel},
        {u"/nsx/{serviceName}/policy/api/v1/infra/ipsec-vpn-dpd-profiles", Kind::Dpd},
        {u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/ipsec-vpn-services", Kind::Service},
        {u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/ipsec-vpn-services/{svc}/local-endpoints", Kind::Endpoint},
        {u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/ipsec-vpn-services/{svc}/sessions", Kind::Session},
        {u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/locale-services/{ls}/ipsec-vpn-services", Kind::Service},
        {u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/locale-services/{ls}/ipsec-vpn-services/{svc}/local-endpoints", Kind::Endpoint},
        {u"/nsx/{serviceName}/policy/api/v1/infra/tier-0s/{t0}/locale-services/{ls}/ipsec-vpn-services/{svc}/sessions", Kind::Session},
    };
    static const struct { const char *method; const char16_t *suffix; SandboxResponse (M::*handler)(SandboxRequest &, Kind); } kCrud[] = {
        {"GET", u"", &M::listObjects},
        {"GET", u"/{id}", &M::getObject},
        {"PATCH", u"/{id}", &M::patchObject},
        {"DELETE", u"/{id}", &M::deleteObject},
    };
    // clang-format on
    const auto scope = FaultScope::LatencyOnly;
    // Each route twice: under /nsx/{serviceName} and under the manager's published host name
    // (GET /dedicatedCloud/{sn}/nsxt → url https://nsxt.<fqdn>, served as /site/nsxt.<fqdn>/…).
    const auto addBoth = [this, &router, scope](const char *method, const QString &pattern,
                                                 const std::function<SandboxResponse(SandboxRequest &)> &handler) {
        router.add(method, pattern, RouteAccess::Public, handler, scope);
        QString byHost = pattern;
        byHost.replace(u"/nsx/{serviceName}"_s, u"/site/{nsxHost}"_s);
        router.add(method, byHost, RouteAccess::Public,
                   [this, handler](SandboxRequest &r) {
                       const QString sn = m_dedicatedCloud->serviceForNsxHost(r.param(u"nsxHost"_s));
                       if (sn.isEmpty())
                           return nsxError(404, 404, u"No NSX Manager answers at %1"_s.arg(r.param(u"nsxHost"_s)));
                       r.params.insert(u"serviceName"_s, sn);
                       return handler(r);
                   },
                   scope);
    };
    for (const auto &route : kRoutes) {
        addBoth(route.method, route.pattern.toString(),
                [this, handler = route.handler](SandboxRequest &r) { return (this->*handler)(r); });
    }
    for (const auto &collection : kCollections) {
        for (const auto &op : kCrud) {
            addBoth(op.method, collection.pattern.toString() + QString::fromUtf16(op.suffix),
                    [this, kind = collection.kind, handler = op.handler](SandboxRequest &r) {
                        return (this->*handler)(r, kind);
                    });
        }
    }
}

// -- Tier-0 and its locale service (read-only) --------------------------------------------------

namespace {

QJsonObject tier0Json()
{
    const QString id = NsxModule::tier0Id();
    return QJsonObject{{u"resource_type"_s, u"Tier0"_s}, {u"id"_s, id},
                       {u"display_name"_s, NsxModule::tier0DisplayName()}, {u"path"_s, u"/infra/tier-0s/"_s + id},
                       {u"ha_mode"_s, u"ACTIVE_STANDBY"_s}, {u"_revision"_s, 0}};
}

QJsonObject localeServiceJson()
{
    const QString id = NsxModule::localeServiceId();
    return QJsonObject{{u"resource_type"_s, u"LocaleServices"_s}, {u"id"_s, id},
                       {u"path"_s, u"/infra/tier-0s/%1/locale-services/%2"_s.arg(NsxModule::tier0Id(), id)},
                       {u"_revision"_s, 0}};
}

} // namespace

std::optional<SandboxResponse> NsxModule::refuseManagerCall(const SandboxRequest &r)
{
    if (auto refused = authenticate(r))
        return refused;
    if (!manager(r.param(u"serviceName"_s)))
        return nsxError(404, 404, u"Unknown NSX manager"_s);
    return std::nullopt;
}

SandboxResponse NsxModule::listTier0s(SandboxRequest &r)
{
    if (auto refused = refuseManagerCall(r))
        return *refused;
    return SandboxResponse::json(QJsonObject{{u"results"_s, QJsonArray{tier0Json()}}, {u"result_count"_s, 1}});
}

SandboxResponse NsxModule::getTier0(SandboxRequest &r)
{
    if (auto refused = refuseManagerCall(r))
        return *refused;
    return r.param(u"t0"_s) == tier0Id() ? SandboxResponse::json(tier0Json())
                                         : nsxError(404, 500012, u"Tier-0 %1 not found"_s.arg(r.param(u"t0"_s)));
}

SandboxResponse NsxModule::listLocaleServices(SandboxRequest &r)
{
    if (auto refused = refuseManagerCall(r))
        return *refused;
    if (r.param(u"t0"_s) != tier0Id())
        return nsxError(404, 500012, u"Tier-0 %1 not found"_s.arg(r.param(u"t0"_s)));
    return SandboxResponse::json(
            QJsonObject{{u"results"_s, QJsonArray{localeServiceJson()}}, {u"result_count"_s, 1}});
}

SandboxResponse NsxModule::getLocaleService(SandboxRequest &r)
{
    if (auto refused = refuseManagerCall(r))
        return *refused;
    if (r.param(u"t0"_s) != tier0Id() || r.param(u"ls"_s) != localeServiceId())
        return nsxError(404, 500012, u"Locale service not found"_s);
    return SandboxResponse::json(localeServiceJson());
}

SandboxResponse NsxModule::getSessionStatus(SandboxRequest &r)
{
    if (auto refused = checkTier0(r, Kind::Session))
        return *refused;
    if (auto refused = authenticate(r))
        return *refused;
    const QString sn = r.param(u"serviceName"_s);
    if (!pathExists(sn, u"/infra/tier-0s/%1/ipsec-vpn-services/%2/sessions/%3"_s.arg(
                                tier0Id(), r.param(u"svc"_s), r.param(u"id"_s))))
        return nsxError(404, 500012, u"Session %1 not found"_s.arg(r.param(u"id"_s)));
    return SandboxResponse::json(sessionStatus(sn, r.param(u"svc"_s), r.param(u"id"_s)));
}

// -- session authentication -------------------------------------------------------------------

SandboxResponse NsxModule::createSession(SandboxRequest &r)
{
    const QString sn = r.param(u"serviceName"_s);
    const QUrlQuery form = r.form();
    const QString user = form.queryItemValue(u"j_username"_s, QUrl::FullyDecoded);
    if (!checkLogin(sn, user, form.queryItemValue(u"j_password"_s, QUrl::FullyDecoded)))
        return nsxError(403, 403, u"The credentials were incorrect or the account specified has been locked."_s);
    if (auto refused = refuseWithoutNsxRight(sn, user))
        return *refused;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString xsrf = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_cookies.insert(id, SessionCookie{sn, xsrf});
    SandboxResponse ok;
    ok.headers.append({"Set-Cookie", "JSESSIONID=" + id.toLatin1() + "; Path=/nsx/" + sn.toUtf8() + "; HttpOnly"});
    ok.headers.append({"x-xsrf-token", xsrf.toLatin1()});
    return ok;
}

SandboxResponse NsxModule::destroySession(SandboxRequest &r)
{
    for (const QByteArray &part : r.header("Cookie").split(';')) {
        const QByteArray c = part.trimmed();
        if (c.startsWith("JSESSIONID="))
            m_cookies.remove(QString::fromLatin1(c.mid(11)));
    }
    return SandboxResponse{};
}

QJsonValue NsxModule::saveState() const
{
    QJsonObject managers;
    for (auto it = m_managers.begin(); it != m_managers.end(); ++it) {
        QJsonObject profiles;
        for (auto p = it->profiles.begin(); p != it->profiles.end(); ++p) {
            QJsonObject objects;
            for (auto o = p->begin(); o != p->end(); ++o)
                objects.insert(o.key(), o.value());
            profiles.insert(p.key(), objects);
        }
        QJsonObject services;
        for (auto s = it->services.begin(); s != it->services.end(); ++s) {
            QJsonObject endpoints, sessions, configured;
            for (auto e = s->endpoints.begin(); e != s->endpoints.end(); ++e)
                endpoints.insert(e.key(), e.value());
            for (auto e = s->sessions.begin(); e != s->sessions.end(); ++e)
                sessions.insert(e.key(), e.value());
            for (auto e = s->configuredAtMs.begin(); e != s->configuredAtMs.end(); ++e)
                configured.insert(e.key(), e.value());
            services.insert(s.key(), QJsonObject{{u"object"_s, s->object}, {u"endpoints"_s, endpoints},
                                                 {u"sessions"_s, sessions}, {u"configuredAtMs"_s, configured}});
        }
        managers.insert(it.key(), QJsonObject{{u"profiles"_s, profiles}, {u"services"_s, services}});
    }
    return QJsonObject{{u"managers"_s, managers}};
}

void NsxModule::loadState(const QJsonValue &value)
{
    m_managers.clear();
    const QJsonObject managers = value.toObject().value(u"managers"_s).toObject();
    for (auto it = managers.begin(); it != managers.end(); ++it) {
        Manager m;
        const QJsonObject profiles = it.value().toObject().value(u"profiles"_s).toObject();
        for (auto p = profiles.begin(); p != profiles.end(); ++p) {
            const QJsonObject objects = p.value().toObject();
            for (auto o = objects.begin(); o != objects.end(); ++o)
                m.profiles[p.key()].insert(o.key(), o.value().toObject());
        }
        const QJsonObject services = it.value().toObject().value(u"services"_s).toObject();
        for (auto s = services.begin(); s != services.end(); ++s) {
            const QJsonObject so = s.value().toObject();
            VpnService v;
            v.object = so.value(u"object"_s).toObject();
            const QJsonObject endpoints = so.value(u"endpoints"_s).toObject();
            for (auto e = endpoints.begin(); e != endpoints.end(); ++e)
                v.endpoints.insert(e.key(), e.value().toObject());
            const QJsonObject sessions = so.value(u"sessions"_s).toObject();
            for (auto e = sessions.begin(); e != sessions.end(); ++e)
                v.sessions.insert(e.key(), e.value().toObject());
            const QJsonObject configured = so.value(u"configuredAtMs"_s).toObject();
            for (auto e = configured.begin(); e != configured.end(); ++e)
                v.configuredAtMs.insert(e.key(), e.value().toInteger());
            m.services.insert(s.key(), v);
        }
        m_managers.insert(it.key(), m);
    }
}

} // namespace snc::sandbox
