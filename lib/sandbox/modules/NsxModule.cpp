// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NsxModule.h"

#include "DedicatedCloudInfraModule.h"
#include "DedicatedCloudModule.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClock.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {

QString httpName(int status)
{
    switch (status) {
    case 400: return u"BAD_REQUEST"_s;
    case 401: return u"UNAUTHORIZED"_s;
    case 403: return u"FORBIDDEN"_s;
    case 404: return u"NOT_FOUND"_s;
    default: return u"INTERNAL_SERVER_ERROR"_s;
    }
}

/// NSX's error body (nsx-ipsec.md §4).
SandboxResponse nsxError(int status, int code, const QString &message)
{
    return SandboxResponse::json(QJsonObject{{u"httpStatus"_s, httpName(status)},
                                             {u"error_code"_s, code},
                                             {u"module_name"_s, u"Policy"_s},
                                             {u"error_message"_s, message}},
                                 status);
}

bool parseCidr(const QString &text, quint32 *base = nullptr, int *prefix = nullptr)
{
    static const QRegularExpression re(u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    quint32 a = 0;
    for (int i = 1; i <= 4; ++i) {
        const int o = m.captured(i).toInt();
        if (o > 255)
            return false;
        a = (a << 8) | quint32(o);
    }
    const int p = m.captured(5).isEmpty() ? 32 : m.captured(5).toInt();
    if (p > 32)
        return false;
    if (base)
        *base = a;
    if (prefix)
        *prefix = p;
    return true;
}

bool isAddress(const QString &text)
{
    return !text.contains(u'/') && parseCidr(text);
}

/// Peers that never answer (the failure path): 198.51.100.0/24.
bool isSilentPeer(const QString &address)
{
    quint32 a = 0;
    return parseCidr(address, &a) && (a >> 8) == ((198u << 16) | (51u << 8) | 100u);
}

QString checkEnum(const QJsonObject &o, const char *key, const QStringList &allowed)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString() || !allowed.contains(v.toString()))
        return u"Field %1 has an invalid value %2; allowed: %3"_s.arg(QLatin1String(key), v.toVariant().toString(),
                                                                       allowed.join(u", "_s));
    return {};
}

QString checkEnumList(const QJsonObject &o, const char *key, const QStringList &allowed)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        return u"Field %1 must be a list"_s.arg(QLatin1String(key));
    for (const QJsonValue &e : v.toArray()) {
        if (!allowed.contains(e.toString()))
            return u"Field %1 has an invalid value %2; allowed: %3"_s.arg(QLatin1String(key), e.toString(),
                                                                           allowed.join(u", "_s));
    }
    return {};
}

QString checkRange(const QJsonObject &o, const char *key, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    const qint64 n = v.toInteger(min - 1);
    if (!v.isDouble() || n < min || n > max)
        return u"Field %1 must be between %2 and %3"_s.arg(QLatin1String(key)).arg(min).arg(max);
    return {};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

bool allGcm(const QStringList &encs)
{
    if (encs.isEmpty())
        return false;
    for (const QString &e : encs) {
        if (!e.startsWith("AES_GCM_"_L1))
            return false;
    }
    return true;
}

const QStringList kDh{u"GROUP2"_s, u"GROUP5"_s, u"GROUP14"_s, u"GROUP15"_s, u"GROUP16"_s,
                      u"GROUP19"_s, u"GROUP20"_s, u"GROUP21"_s};
const QStringList kDigest{u"SHA1"_s, u"SHA2_256"_s, u"SHA2_384"_s, u"SHA2_512"_s};
const QStringList kIkeEnc{u"AES_128"_s, u"AES_256"_s, u"AES_GCM_128"_s, u"AES_GCM_192"_s, u"AES_GCM_256"_s};

QString profileKey(int kind)
{
    return kind == 0 ? u"ike"_s : kind == 1 ? u"tunnel"_s : u"dpd"_s;
}

/// "/infra/tier-0s/t0/locale-services/x/ipsec…" → "/infra/tier-0s/t0/ipsec…" (same object).
QString canonicalPath(QString path)
{
    static const QRegularExpression locale(u"/locale-services/[^/]+"_s);
    return path.remove(locale);
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
        if (colon > 0
            && m_dedicatedCloud->checkUserPassword(sn, QString::fromUtf8(decoded.left(colon)),
                                                   QString::fromUtf8(decoded.mid(colon + 1))))
            return std::nullopt;
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
    auto first = [](std::initializer_list<QString> problems) {
        for (const QString &p : problems) {
            if (!p.isEmpty())
                return p;
        }
        return QString();
    };
    auto expectType = [&o](const char *type) {
        const QString t = o.value(u"resource_type"_s).toString();
        return t == QLatin1String(type) ? QString()
                                        : u"resource_type must be %1 (got \"%2\")"_s.arg(QLatin1String(type), t);
    };
    switch (kind) {
    case Kind::Ike: {
        QString p = first({expectType("IPSecVpnIkeProfile"),
                           checkEnum(o, "ike_version", {u"IKE_V1"_s, u"IKE_V2"_s, u"IKE_FLEX"_s}),
                           checkEnumList(o, "encryption_algorithms", kIkeEnc),
                           checkEnumList(o, "digest_algorithms", kDigest), checkEnumList(o, "dh_groups", kDh),
                           checkRange(o, "sa_life_time", 21600, 31536000)});
        if (!p.isEmpty())
            return p;
        const QStringList encs = strings(o.value(u"encryption_algorithms"_s));
        const bool gcm = std::any_of(encs.begin(), encs.end(), [](const QString &e) { return e.startsWith("AES_GCM_"_L1); });
        if (gcm && o.value(u"ike_version"_s).toString(u"IKE_V2"_s) != "IKE_V2"_L1)
            return u"AES-GCM encryption is only supported with IKE_V2"_s;
        if (allGcm(encs) && !o.value(u"digest_algorithms"_s).toArray().isEmpty())
            return u"Digest algorithms must be empty when only AES-GCM encryption is used"_s;
        return {};
    }
    case Kind::Tunnel: {
        QStringList encs = kIkeEnc;
        encs << u"NO_ENCRYPTION_AUTH_AES_GMAC_128"_s << u"NO_ENCRYPTION_AUTH_AES_GMAC_192"_s
             << u"NO_ENCRYPTION_AUTH_AES_GMAC_256"_s << u"NO_ENCRYPTION"_s;
        QString p = first({expectType("IPSecVpnTunnelProfile"), checkEnumList(o, "encryption_algorithms", encs),
                           checkEnumList(o, "digest_algorithms", kDigest), checkEnumList(o, "dh_groups", kDh),
                           checkRange(o, "sa_life_time", 900, 31536000),
                           checkEnum(o, "df_policy", {u"COPY"_s, u"CLEAR"_s})});
        if (!p.isEmpty())
            return p;
        const QJsonValue pfs = o.value(u"enable_perfect_forward_secrecy"_s);
        if (!pfs.isUndefined() && !pfs.isBool())
            return u"Field enable_perfect_forward_secrecy must be a boolean"_s;
        if (allGcm(strings(o.value(u"encryption_algorithms"_s))) && !o.value(u"digest_algorithms"_s).toArray().isEmpty())
            return u"Digest algorithms must be empty when only AES-GCM encryption is used"_s;
        return {};
    }
    case Kind::Dpd: {
        const QString mode = o.value(u"dpd_probe_mode"_s).toString(u"PERIODIC"_s);
        return first({expectType("IPSecVpnDpdProfile"), checkEnum(o, "dpd_probe_mode", {u"PERIODIC"_s, u"ON_DEMAND"_s}),
                      mode == "PERIODIC"_L1 ? checkRange(o, "dpd_probe_interval", 3, 360)
                                            : checkRange(o, "dpd_probe_interval", 1, 10),
                      checkRange(o, "retry_count", 1, 100)});
    }
    case Kind::Service:
        return first({expectType("IPSecVpnService"),
                      checkEnum(o, "ike_log_level", {u"DEBUG"_s, u"INFO"_s, u"WARN"_s, u"ERROR"_s, u"EMERGENCY"_s})});
    case Kind::Endpoint: {
        if (QString p = expectType("IPSecVpnLocalEndpoint"); !p.isEmpty())
            return p;
        const QString address = o.value(u"local_address"_s).toString();
        if (!isAddress(address))
            return u"Field local_address must be an IPv4 address"_s;
        const QString usage = m_infra ? m_infra->addressUsage(sn, address) : QString();
        if (usage != "free"_L1)
            return usage.isEmpty()
                    ? u"local_address %1 is not in the PCC's public block %2"_s.arg(address, DedicatedCloudInfraModule::publicBlock())
                    : u"local_address %1 is already used (%2); take a free address of %3"_s.arg(address, usage, DedicatedCloudInfraModule::publicBlock());
        return {};
    }
    case Kind::Session: {
        const QString type = o.value(u"resource_type"_s).toString();
        if (type == "RouteBasedIPSecVpnSession"_L1)
            return u"Route-based sessions are not simulated; use PolicyBasedIPSecVpnSession"_s;
        QString p = first({expectType("PolicyBasedIPSecVpnSession"),
                           checkEnum(o, "authentication_mode", {u"PSK"_s, u"CERTIFICATE"_s}),
                           checkEnum(o, "connection_initiation_mode", {u"INITIATOR"_s, u"RESPOND_ONLY"_s, u"ON_DEMAND"_s}),
                           checkEnum(o, "compliance_suite", {u"CNSA"_s, u"SUITE_B_GCM_128"_s, u"SUITE_B_GCM_256"_s,
                                                             u"PRIME"_s, u"FOUNDATION"_s, u"FIPS"_s, u"NONE"_s})});
        if (!p.isEmpty())
            return p;
        if (o.value(u"authentication_mode"_s).toString(u"PSK"_s) != "PSK"_L1)
            return u"Certificate authentication is not simulated; use PSK"_s;
        if (o.value(u"compliance_suite"_s).toString(u"NONE"_s) != "NONE"_L1)
            return u"A compliance suite requires CERTIFICATE authentication and no profile paths"_s;
        const QString psk = o.value(u"psk"_s).toString();
        if (psk.isEmpty() || psk.size() > 128)
            return u"Field psk is required with PSK authentication and holds at most 128 characters"_s;
        if (!isAddress(o.value(u"peer_address"_s).toString()))
            return u"Field peer_address must be an IPv4 address"_s;
        if (o.value(u"peer_id"_s).toString().isEmpty())
            return u"Field peer_id is required"_s;
        const QString le = o.value(u"local_endpoint_path"_s).toString();
        const QString svcPath = u"/infra/tier-0s/%1/ipsec-vpn-services/%2"_s.arg(tier0Id(), svcId);
        if (!pathExists(sn, le) || !canonicalPath(le).startsWith(svcPath + u"/local-endpoints/"_s))
            return u"local_endpoint_path %1 does not name a local endpoint of this IPsec VPN service"_s.arg(le);
        for (const char *key : {"ike_profile_path", "tunnel_profile_path", "dpd_profile_path"}) {
            const QString path = o.value(QLatin1String(key)).toString();
            if (!path.isEmpty() && !pathExists(sn, path))
                return u"%1 %2 does not exist"_s.arg(QLatin1String(key), path);
        }
        const QJsonArray rules = o.value(u"rules"_s).toArray();
        if (rules.isEmpty())
            return u"A policy-based session needs at least one rule"_s;
        for (const QJsonValue &rv : rules) {
            const QJsonObject rule = rv.toObject();
            if (rule.value(u"id"_s).toString().isEmpty())
                return u"Every rule needs an id"_s;
            if (QString e = checkEnum(rule, "action", {u"PROTECT"_s, u"BYPASS"_s}); !e.isEmpty())
                return e;
            for (const char *side : {"sources", "destinations"}) {
                const QJsonArray subnets = rule.value(QLatin1String(side)).toArray();
                if (subnets.size() > 128)
                    return u"At most 128 subnets per side"_s;
                for (const QJsonValue &s : subnets) {
                    const QString subnet = s.toObject().value(u"subnet"_s).toString();
                    quint32 base = 0;
                    int prefix = 0;
                    if (!parseCidr(subnet, &base, &prefix))
                        return u"Invalid subnet \"%1\" in rule %2"_s.arg(subnet, rule.value(u"id"_s).toString());
                    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
                    if (base & ~mask)
                        return u"Subnet %1 has host bits set"_s.arg(subnet);
                }
            }
        }
        return {};
    }
    }
    return {};
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
    QJsonObject *target = nullptr;
    QJsonObject fresh;
    QString path;
    VpnService *svc = nullptr;
    if (kind == Kind::Endpoint || kind == Kind::Session) {
        const auto it = m->services.find(svcId);
        if (it == m->services.end())
            return nsxError(404, 500012, u"IPsec VPN service %1 not found"_s.arg(svcId));
        svc = &it.value();
    }
    const QString svcPath = u"/infra/tier-0s/%1/ipsec-vpn-services/%2"_s.arg(tier0Id(), kind == Kind::Service ? id : svcId);
    switch (kind) {
    case Kind::Ike:
    case Kind::Tunnel:
    case Kind::Dpd: {
        const QString key = profileKey(int(kind));
        path = u"/infra/ipsec-vpn-%1-profiles/%2"_s.arg(key, id);
        auto &map = m->profiles[key];
        target = map.contains(id) ? &map[id] : nullptr;
        break;
    }
    case Kind::Service:
        path = svcPath;
        target = m->services.contains(id) ? &m->services[id].object : nullptr;
        break;
    case Kind::Endpoint:
        path = svcPath + u"/local-endpoints/"_s + id;
        target = svc->endpoints.contains(id) ? &svc->endpoints[id] : nullptr;
        break;
    case Kind::Session:
        path = svcPath + u"/sessions/"_s + id;
        target = svc->sessions.contains(id) ? &svc->sessions[id] : nullptr;
        break;
    }
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

void NsxModule::registerT0Routes(Router &router, const QString &t0Base)
{
    auto checkT0 = [](SandboxRequest &r) -> std::optional<SandboxResponse> {
        if (r.param(u"t0"_s) != tier0Id())
            return nsxError(404, 500012, u"Tier-0 %1 not found"_s.arg(r.param(u"t0"_s)));
        if (r.params.contains(u"ls"_s) && r.param(u"ls"_s) != localeServiceId())
            return nsxError(404, 500012, u"Locale service %1 not found"_s.arg(r.param(u"ls"_s)));
        return std::nullopt;
    };
    const auto scope = FaultScope::LatencyOnly;
    const struct
    {
        QString suffix;
        Kind kind;
    } collections[] = {{u"/ipsec-vpn-services"_s, Kind::Service},
                       {u"/ipsec-vpn-services/{svc}/local-endpoints"_s, Kind::Endpoint},
                       {u"/ipsec-vpn-services/{svc}/sessions"_s, Kind::Session}};
    for (const auto &c : collections) {
        const Kind kind = c.kind;
        const QString base = t0Base + c.suffix;
        router.add("GET", base, RouteAccess::Public, [this, kind, checkT0](SandboxRequest &r) {
            if (auto refused = checkT0(r))
                return *refused;
            return get(r, kind, true);
        }, scope);
        router.add("GET", base + u"/{id}"_s, RouteAccess::Public, [this, kind, checkT0](SandboxRequest &r) {
            if (auto refused = checkT0(r))
                return *refused;
            return get(r, kind, false);
        }, scope);
        router.add("PATCH", base + u"/{id}"_s, RouteAccess::Public, [this, kind, checkT0](SandboxRequest &r) {
            if (auto refused = checkT0(r))
                return *refused;
            return patch(r, kind);
        }, scope);
        router.add("DELETE", base + u"/{id}"_s, RouteAccess::Public, [this, kind, checkT0](SandboxRequest &r) {
            if (auto refused = checkT0(r))
                return *refused;
            return remove(r, kind);
        }, scope);
    }
    router.add("GET", t0Base + u"/ipsec-vpn-services/{svc}/sessions/{id}/detailed-status"_s, RouteAccess::Public,
               [this, checkT0](SandboxRequest &r) {
                   if (auto refused = checkT0(r))
                       return *refused;
                   if (auto refused = authenticate(r))
                       return *refused;
                   const QString sn = r.param(u"serviceName"_s);
                   if (!pathExists(sn, u"/infra/tier-0s/%1/ipsec-vpn-services/%2/sessions/%3"_s.arg(
                                               tier0Id(), r.param(u"svc"_s), r.param(u"id"_s))))
                       return nsxError(404, 500012, u"Session %1 not found"_s.arg(r.param(u"id"_s)));
                   return SandboxResponse::json(sessionStatus(sn, r.param(u"svc"_s), r.param(u"id"_s)));
               }, scope);
}

void NsxModule::registerRoutes(Router &router)
{
    const QString p = u"/nsx/{serviceName}/policy/api/v1"_s;
    const auto scope = FaultScope::LatencyOnly;
    auto tier0 = [] {
        return QJsonObject{{u"resource_type"_s, u"Tier0"_s}, {u"id"_s, tier0Id()},
                           {u"display_name"_s, tier0Id()}, {u"path"_s, u"/infra/tier-0s/"_s + tier0Id()},
                           {u"ha_mode"_s, u"ACTIVE_STANDBY"_s}, {u"_revision"_s, 0}};
    };
    auto locale = [] {
        return QJsonObject{{u"resource_type"_s, u"LocaleServices"_s}, {u"id"_s, localeServiceId()},
                           {u"path"_s, u"/infra/tier-0s/%1/locale-services/%2"_s.arg(tier0Id(), localeServiceId())},
                           {u"_revision"_s, 0}};
    };
    auto guarded = [this](std::function<SandboxResponse(SandboxRequest &)> f) {
        return [this, f](SandboxRequest &r) {
            if (auto refused = authenticate(r))
                return *refused;
            if (!manager(r.param(u"serviceName"_s)))
                return nsxError(404, 404, u"Unknown NSX manager"_s);
            return f(r);
        };
    };
    router.add("GET", p + u"/infra/tier-0s"_s, RouteAccess::Public, guarded([tier0](SandboxRequest &) {
        return SandboxResponse::json(QJsonObject{{u"results"_s, QJsonArray{tier0()}}, {u"result_count"_s, 1}});
    }), scope);
    router.add("GET", p + u"/infra/tier-0s/{t0}"_s, RouteAccess::Public, guarded([tier0](SandboxRequest &r) {
        return r.param(u"t0"_s) == tier0Id() ? SandboxResponse::json(tier0())
                                             : nsxError(404, 500012, u"Tier-0 %1 not found"_s.arg(r.param(u"t0"_s)));
    }), scope);
    router.add("GET", p + u"/infra/tier-0s/{t0}/locale-services"_s, RouteAccess::Public,
               guarded([locale](SandboxRequest &r) {
                   if (r.param(u"t0"_s) != tier0Id())
                       return nsxError(404, 500012, u"Tier-0 %1 not found"_s.arg(r.param(u"t0"_s)));
                   return SandboxResponse::json(QJsonObject{{u"results"_s, QJsonArray{locale()}}, {u"result_count"_s, 1}});
               }), scope);
    router.add("GET", p + u"/infra/tier-0s/{t0}/locale-services/{ls}"_s, RouteAccess::Public,
               guarded([locale](SandboxRequest &r) {
                   if (r.param(u"t0"_s) != tier0Id() || r.param(u"ls"_s) != localeServiceId())
                       return nsxError(404, 500012, u"Locale service not found"_s);
                   return SandboxResponse::json(locale());
               }), scope);

    const struct
    {
        const char *name;
        Kind kind;
    } profiles[] = {{"ike", Kind::Ike}, {"tunnel", Kind::Tunnel}, {"dpd", Kind::Dpd}};
    for (const auto &pr : profiles) {
        const Kind kind = pr.kind;
        const QString base = p + u"/infra/ipsec-vpn-%1-profiles"_s.arg(QLatin1String(pr.name));
        router.add("GET", base, RouteAccess::Public, [this, kind](SandboxRequest &r) { return get(r, kind, true); }, scope);
        router.add("GET", base + u"/{id}"_s, RouteAccess::Public,
                   [this, kind](SandboxRequest &r) { return get(r, kind, false); }, scope);
        router.add("PATCH", base + u"/{id}"_s, RouteAccess::Public,
                   [this, kind](SandboxRequest &r) { return patch(r, kind); }, scope);
        router.add("DELETE", base + u"/{id}"_s, RouteAccess::Public,
                   [this, kind](SandboxRequest &r) { return remove(r, kind); }, scope);
    }
    registerT0Routes(router, p + u"/infra/tier-0s/{t0}"_s);
    registerT0Routes(router, p + u"/infra/tier-0s/{t0}/locale-services/{ls}"_s);

    // Session authentication (nsx-ipsec.md §4): not under /policy.
    router.add("POST", u"/nsx/{serviceName}/api/session/create"_s, RouteAccess::Public, [this](SandboxRequest &r) {
        const QString sn = r.param(u"serviceName"_s);
        const QUrlQuery form = r.form();
        if (!m_dedicatedCloud->checkUserPassword(sn, form.queryItemValue(u"j_username"_s, QUrl::FullyDecoded),
                                                 form.queryItemValue(u"j_password"_s, QUrl::FullyDecoded)))
            return nsxError(403, 403, u"The credentials were incorrect or the account specified has been locked."_s);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString xsrf = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_cookies.insert(id, SessionCookie{sn, xsrf});
        SandboxResponse ok;
        ok.headers.append({"Set-Cookie", "JSESSIONID=" + id.toLatin1() + "; Path=/nsx/" + sn.toUtf8() + "; HttpOnly"});
        ok.headers.append({"x-xsrf-token", xsrf.toLatin1()});
        return ok;
    }, scope);
    router.add("POST", u"/nsx/{serviceName}/api/session/destroy"_s, RouteAccess::Public, [this](SandboxRequest &r) {
        for (const QByteArray &part : r.header("Cookie").split(';')) {
            const QByteArray c = part.trimmed();
            if (c.startsWith("JSESSIONID="))
                m_cookies.remove(QString::fromLatin1(c.mid(11)));
        }
        return SandboxResponse{};
    }, scope);
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
