// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stateless checks of NSX policy objects (nsx-ipsec.md §3), used by NsxModule::validate().
#include "NsxValidation.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace snc::sandbox::nsx {

namespace {

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

QString first(std::initializer_list<QString> problems)
{
    for (const QString &p : problems) {
        if (!p.isEmpty())
            return p;
    }
    return QString();
}

QString expectType(const QJsonObject &o, const char *type)
{
    const QString t = o.value(u"resource_type"_s).toString();
    return t == QLatin1String(type) ? QString()
                                    : u"resource_type must be %1 (got \"%2\")"_s.arg(QLatin1String(type), t);
}

} // namespace

bool parseCidr(const QString &text, quint32 *base, int *prefix)
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

QString canonicalPath(QString path)
{
    static const QRegularExpression locale(u"/locale-services/[^/]+"_s);
    return path.remove(locale);
}

QString checkIkeProfile(const QJsonObject &o)
{
    QString p = first({expectType(o, "IPSecVpnIkeProfile"),
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

QString checkTunnelProfile(const QJsonObject &o)
{
    QStringList encs = kIkeEnc;
    encs << u"NO_ENCRYPTION_AUTH_AES_GMAC_128"_s << u"NO_ENCRYPTION_AUTH_AES_GMAC_192"_s
         << u"NO_ENCRYPTION_AUTH_AES_GMAC_256"_s << u"NO_ENCRYPTION"_s;
    QString p = first({expectType(o, "IPSecVpnTunnelProfile"), checkEnumList(o, "encryption_algorithms", encs),
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

QString checkDpdProfile(const QJsonObject &o)
{
    const QString mode = o.value(u"dpd_probe_mode"_s).toString(u"PERIODIC"_s);
    return first({expectType(o, "IPSecVpnDpdProfile"), checkEnum(o, "dpd_probe_mode", {u"PERIODIC"_s, u"ON_DEMAND"_s}),
                  mode == "PERIODIC"_L1 ? checkRange(o, "dpd_probe_interval", 3, 360)
                                        : checkRange(o, "dpd_probe_interval", 1, 10),
                  checkRange(o, "retry_count", 1, 100)});
}

QString checkVpnService(const QJsonObject &o)
{
    return first({expectType(o, "IPSecVpnService"),
                  checkEnum(o, "ike_log_level", {u"DEBUG"_s, u"INFO"_s, u"WARN"_s, u"ERROR"_s, u"EMERGENCY"_s})});
}

QString checkLocalEndpoint(const QJsonObject &o)
{
    if (QString p = expectType(o, "IPSecVpnLocalEndpoint"); !p.isEmpty())
        return p;
    if (!isAddress(o.value(u"local_address"_s).toString()))
        return u"Field local_address must be an IPv4 address"_s;
    return {};
}

QString checkSessionFields(const QJsonObject &o)
{
    const QString type = o.value(u"resource_type"_s).toString();
    if (type == "RouteBasedIPSecVpnSession"_L1)
        return u"Route-based sessions are not simulated; use PolicyBasedIPSecVpnSession"_s;
    QString p = first({expectType(o, "PolicyBasedIPSecVpnSession"),
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
    return {};
}

QString checkSessionRules(const QJsonArray &rules)
{
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

} // namespace snc::sandbox::nsx
