// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/VpnSettings.h"

#include <algorithm>
#include <optional>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

bool isBareAddress(const QString &text)
{
    return !text.contains(u'/') && Ipv4Block::parse(text.trimmed()).isValid();
}

} // namespace

QList<Ipv4Block> VpnSettings::blocks(const QStringList &subnets)
{
    QList<Ipv4Block> out;
    for (const QString &s : subnets) {
        const Ipv4Block b = Ipv4Block::parse(s.trimmed());
        if (b.isValid())
            out << b;
    }
    return out;
}

QStringList VpnSettings::problems(bool allowDocumentation) const
{
    QStringList out;
    const QString peer = peerAddress.trimmed();
    if (peer.isEmpty()) {
        out << tr("Enter the public IPv4 address of your VPN gateway.", "@error");
    } else if (!isBareAddress(peer)) {
        out << tr("The VPN peer \"%1\" is not an IPv4 address.", "@error").arg(peer);
    } else {
        const Ipv4BlockCheck c = Ipv4BlockCheck::check(peer, {}, allowDocumentation);
        const bool publicEnough = c.category == Ipv4BlockCheck::Category::Public
                || (allowDocumentation && c.category == Ipv4BlockCheck::Category::Documentation);
        if (!c.ok() || !publicEnough)
            out << tr("The VPN peer %1 is not a public address: the NSX Manager reaches your gateway "
                      "over the internet.", "@error").arg(peer);
    }
    const QString id = effectivePeerId();
    // NSX's IPSecVpnSession.peer_id holds at most 255 characters.
    constexpr int maxPeerIdLength = 255;
    if (id.size() > maxPeerIdLength)
        out << tr("The peer identity is too long: at most %1 characters.", "@error").arg(maxPeerIdLength);
    else if (id.contains(u' ') || id.contains(u'"'))
        out << tr("The peer identity must not contain spaces or quotes.", "@error");
    // It is written into swanctl.conf and the NSX session: printable ASCII only, and none of the
    // characters with a meaning in swanctl's syntax (comment, block, escape, separator).
    else if (std::any_of(id.cbegin(), id.cend(), [](QChar c) {
                 return c.unicode() <= 0x20 || c.unicode() >= 0x7f
                         || QStringView(u"'#;{}\\`").contains(c);
             }))
        out << tr("The peer identity may use only unaccented letters, digits and . - _ @ : / = + , "
                  "characters.", "@error");

    auto side = [&out](const QStringList &subnets, const QString &name) {
        if (subnets.isEmpty())
            out << tr("Enter at least one subnet for %1.", "@error").arg(name);
        QList<Ipv4Block> seen;
        for (const QString &s : subnets) {
            bool hostBits = false;
            const Ipv4Block b = Ipv4Block::parse(s.trimmed(), &hostBits);
            if (!b.isValid() || b.prefix() == 0) {
                out << tr("\"%1\" is not a subnet (expected a.b.c.d/n).", "@error").arg(s.trimmed());
                continue;
            }
            if (hostBits)
                out << tr("%1 has host bits set: did you mean %2?", "@error").arg(s.trimmed(), b.toString());
            if (const quint32 top = b.first() >> 24;
                top == 0 || top == 127 || top >= 224 || (b.first() >> 16) == 0xA9FE)
                out << tr("%1 is a loopback, link-local, multicast or reserved range: it cannot go "
                          "through a VPN.", "@error").arg(b.toString());
            for (const Ipv4Block &o : std::as_const(seen)) {
                if (o.overlaps(b))
                    out << tr("%1 overlaps %2 on the same side.", "@error").arg(b.toString(), o.toString());
            }
            seen << b;
        }
        if (subnets.size() > 128)
            out << tr("At most 128 subnets per side.", "@error");
    };
    side(customerSubnets, tr("your side", "@info subnets of the customer"));
    side(pccSubnets, tr("the PCC side", "@info subnets of the PCC"));
    for (const Ipv4Block &c : blocks(customerSubnets)) {
        for (const Ipv4Block &p : blocks(pccSubnets)) {
            if (c.overlaps(p))
                out << tr("Your subnet %1 overlaps the PCC subnet %2: the two sides of a VPN must not "
                          "overlap.", "@error").arg(c.toString(), p.toString());
        }
    }
    if (localAddress.trimmed().isEmpty())
        out << tr("Choose the local endpoint address from the PCC's public block.", "@error");
    else if (!isBareAddress(localAddress))
        out << tr("The local endpoint \"%1\" is not an IPv4 address.", "@error").arg(localAddress);
    if (!allowedDhGroups().contains(dhGroup))
        out << tr("Diffie-Hellman group %1 is not allowed; choose 19, 20 or 21.", "@error").arg(dhGroup);
    if (ikeLifetime < minIkeLifetime || ikeLifetime > maxIkeLifetime)
        out << tr("The IKE lifetime must be between %1 and %2 seconds.", "@error").arg(minIkeLifetime).arg(maxIkeLifetime);
    if (espLifetime < minEspLifetime || espLifetime > maxEspLifetime)
        out << tr("The IPsec (ESP) lifetime must be between %1 and %2 seconds.", "@error").arg(minEspLifetime).arg(maxEspLifetime);
    return out;
}

QJsonObject VpnSettings::ikeProfileBody() const
{
    return QJsonObject{{u"resource_type"_s, u"IPSecVpnIkeProfile"_s},
                       {u"display_name"_s, u"SecNumCloud wizard IKE (ANSSI)"_s},
                       {u"ike_version"_s, u"IKE_V2"_s},
                       {u"encryption_algorithms"_s, QJsonArray{u"AES_GCM_256"_s}},
                       {u"digest_algorithms"_s, QJsonArray{}},
                       {u"dh_groups"_s, QJsonArray{u"GROUP%1"_s.arg(dhGroup)}},
                       {u"sa_life_time"_s, ikeLifetime}};
}

QJsonObject VpnSettings::tunnelProfileBody() const
{
    return QJsonObject{{u"resource_type"_s, u"IPSecVpnTunnelProfile"_s},
                       {u"display_name"_s, u"SecNumCloud wizard ESP (ANSSI)"_s},
                       {u"encryption_algorithms"_s, QJsonArray{u"AES_GCM_256"_s}},
                       {u"digest_algorithms"_s, QJsonArray{}},
                       {u"enable_perfect_forward_secrecy"_s, true},
                       {u"dh_groups"_s, QJsonArray{u"GROUP%1"_s.arg(dhGroup)}},
                       {u"sa_life_time"_s, espLifetime},
                       {u"df_policy"_s, u"COPY"_s}};
}

QJsonObject VpnSettings::dpdProfileBody() const
{
    return QJsonObject{{u"resource_type"_s, u"IPSecVpnDpdProfile"_s},
                       {u"display_name"_s, u"SecNumCloud wizard DPD"_s},
                       {u"dpd_probe_mode"_s, u"PERIODIC"_s},
                       {u"dpd_probe_interval"_s, dpdIntervalSecs},
                       {u"retry_count"_s, 10},
                       {u"enabled"_s, true}};
}

QJsonObject VpnSettings::serviceBody()
{
    return QJsonObject{{u"resource_type"_s, u"IPSecVpnService"_s},
                       {u"display_name"_s, u"SecNumCloud wizard IPsec"_s},
                       {u"enabled"_s, true},
                       {u"ha_sync"_s, true},
                       {u"ike_log_level"_s, u"INFO"_s},
                       {u"bypass_rules"_s, QJsonArray{}}};
}

QJsonObject VpnSettings::localEndpointBody() const
{
    return QJsonObject{{u"resource_type"_s, u"IPSecVpnLocalEndpoint"_s},
                       {u"display_name"_s, u"SecNumCloud wizard endpoint"_s},
                       {u"local_address"_s, localAddress.trimmed()},
                       {u"local_id"_s, localAddress.trimmed()}};
}

SecretBytes VpnSettings::sessionBody(const QString &localEndpointPath, const QString &ikePath,
                                     const QString &tunnelPath, const QString &dpdPath,
                                     const SecretBytes &psk) const
{
    QJsonArray sources, destinations;
    for (const Ipv4Block &b : blocks(pccSubnets))
        sources.append(QJsonObject{{u"subnet"_s, b.toString()}});
    for (const Ipv4Block &b : blocks(customerSubnets))
        destinations.append(QJsonObject{{u"subnet"_s, b.toString()}});
    QJsonObject rule{{u"resource_type"_s, u"IPSecVpnRule"_s}, {u"id"_s, u"snc-wizard-rule"_s},
                     {u"action"_s, u"PROTECT"_s}, {u"enabled"_s, true}, {u"logged"_s, false}};
    rule.insert(u"sources"_s, sources);
    rule.insert(u"destinations"_s, destinations);
    QJsonObject o{{u"resource_type"_s, u"PolicyBasedIPSecVpnSession"_s},
                  {u"display_name"_s, u"SecNumCloud wizard session"_s},
                  {u"enabled"_s, true},
                  {u"authentication_mode"_s, u"PSK"_s},
                  {u"connection_initiation_mode"_s, u"INITIATOR"_s},
                  {u"compliance_suite"_s, u"NONE"_s},
                  {u"peer_address"_s, peerAddress.trimmed()},
                  {u"peer_id"_s, effectivePeerId()},
                  {u"local_endpoint_path"_s, localEndpointPath},
                  {u"ike_profile_path"_s, ikePath},
                  {u"tunnel_profile_path"_s, tunnelPath},
                  {u"dpd_profile_path"_s, dpdPath}};
    o.insert(u"rules"_s, QJsonArray{rule});
    // The PSK never goes through a QJsonObject or a QString: the rest is serialized, then the key
    // is spliced in as a JSON string of its own bytes (it must need no escaping) in a buffer
    // reserved once, handed over as SecretBytes.
    for (const char b : psk.expose()) {
        const auto u = static_cast<unsigned char>(b);
        if (u < 0x20 || u >= 0x7f || b == '"' || b == '\\')
            return {};
    }
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (psk.isEmpty() || !json.endsWith('}'))
        return {};
    json.chop(1);
    const QByteArray before = QByteArrayLiteral(",\"psk\":\"");
    const QByteArray after = QByteArrayLiteral("\"}");
    QByteArray out;
    out.reserve(json.size() + before.size() + psk.size() + after.size());
    out.append(json);
    out.append(before);
    out.append(psk.expose());
    out.append(after);
    return SecretBytes(std::move(out));
}

void VpnSettings::readSession(const QJsonObject &session)
{
    peerAddress = session.value("peer_address"_L1).toString();
    peerId = session.value("peer_id"_L1).toString();
    QStringList sources, destinations;
    for (const QJsonValue &r : session.value("rules"_L1).toArray()) {
        for (const QJsonValue &s : r.toObject().value("sources"_L1).toArray())
            sources << s.toObject().value("subnet"_L1).toString();
        for (const QJsonValue &d : r.toObject().value("destinations"_L1).toArray())
            destinations << d.toObject().value("subnet"_L1).toString();
    }
    sources.removeDuplicates();
    destinations.removeDuplicates();
    pccSubnets = sources;
    customerSubnets = destinations;
}

QString VpnSettings::strongSwanGroup(int group)
{
    switch (group) {
    case 19: return u"ecp256"_s;
    case 21: return u"ecp521"_s;
    default: return u"ecp384"_s;
    }
}

std::optional<QString> VpnSettings::swanctlQuoted(const QString &value)
{
    // strongSwan's settings parser reads a double-quoted string up to the next unescaped quote
    // and interprets backslash escapes: a value with a quote, a backslash, a line break or any
    // other control character could end the string early and add its own settings (a children
    // block with an updown script, run as root). Such a value is refused, never escaped. Braces
    // and '#' are refused too, so that no reader of the file can take them for syntax.
    if (value.isEmpty())
        return std::nullopt;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.isSurrogate() || u == 0x2028 || u == 0x2029
            || QStringView(u"\"\\{}#").contains(c))
            return std::nullopt;
    }
    return u'"' + value + u'"';
}

SecretBytes VpnSettings::swanctlConf(const SecretBytes &psk) const
{
    // Every value written is re-validated here, whatever its source (typed, or read back from
    // NSX): the addresses must be bare IPv4 addresses, the identities and the key quotable.
    const QString peer = peerAddress.trimmed();
    const QString local = localAddress.trimmed();
    if (!isBareAddress(peer) || !isBareAddress(local))
        return {};
    const std::optional<QString> peerIdQuoted = swanctlQuoted(effectivePeerId());
    const std::optional<QString> localIdQuoted = swanctlQuoted(local);
    if (!peerIdQuoted || !localIdQuoted || psk.isEmpty())
        return {};
    for (const char b : psk.expose()) {
        const auto u = static_cast<unsigned char>(b);
        if (u < 0x20 || u == 0x7f || b == '"' || b == '\\')
            return {};
    }
    const QList<Ipv4Block> customer = blocks(customerSubnets);
    const QList<Ipv4Block> pcc = blocks(pccSubnets);
    if (customer.isEmpty() || pcc.isEmpty())
        return {};
    const QString group = strongSwanGroup(dhGroup);
    QString text;
    text += u"# strongSwan swanctl.conf for your side of the IPsec VPN to the OVHcloud PCC (NSX).\n"_s
            u"# Generated by the SecNumCloud onboarding wizard. IKEv2, AES-GCM-256, PFS (ANSSI).\n"_s
            u"# Keep this file readable by root only: it holds the pre-shared key.\n"_s;
    text += u"connections {\n    ovh-nsx {\n        version = 2\n"_s;
    text += u"        local_addrs = %1\n        remote_addrs = %2\n"_s.arg(peer, local);
    text += u"        proposals = aes256gcm16-prfsha256-%1\n"_s.arg(group);
    // strongSwan rekeys before NSX's lifetime expires.
    text += u"        rekey_time = %1s\n"_s.arg(ikeLifetime);
    text += u"        dpd_delay = %1s\n"_s.arg(dpdIntervalSecs);
    text += u"        local {\n            auth = psk\n            id = %1\n        }\n"_s.arg(*peerIdQuoted);
    text += u"        remote {\n            auth = psk\n            id = %1\n        }\n"_s.arg(*localIdQuoted);
    text += u"        children {\n"_s;
    int n = 0;
    for (const Ipv4Block &c : customer) {
        for (const Ipv4Block &p : pcc) {
            ++n;
            text += u"            net-%1 {\n"_s.arg(n);
            text += u"                local_ts = %1\n                remote_ts = %2\n"_s.arg(c.toString(), p.toString());
            text += u"                esp_proposals = aes256gcm16-%1\n"_s.arg(group);
            text += u"                life_time = %1s\n"_s.arg(espLifetime);
            text += u"                start_action = trap|start\n                dpd_action = restart\n"_s
                    u"                close_action = start\n            }\n"_s;
        }
    }
    text += u"        }\n    }\n}\n"_s;
    text += u"secrets {\n    ike-ovh-nsx {\n        id-1 = %1\n        id-2 = %2\n        secret = \""_s.arg(*localIdQuoted,
                                                                                                    *peerIdQuoted);
    // The key never goes through a QString: the bytes are built once, in a buffer large enough
    // for all of them (no reallocation leaves a copy behind), and handed over as SecretBytes.
    const QByteArray head = text.toUtf8();
    const QByteArray tail = QByteArrayLiteral("\"\n    }\n}\n");
    QByteArray out;
    out.reserve(head.size() + psk.size() + tail.size());
    out.append(head);
    out.append(psk.expose());
    out.append(tail);
    return SecretBytes(std::move(out));
}

namespace {
QString blocksText(const QStringList &subnets)
{
    QStringList out;
    for (const Ipv4Block &b : VpnSettings::blocks(subnets))
        out << b.toString();
    return out.join(u", "_s);
}
} // namespace

QString VpnSettings::summary(const QString &serviceName) const
{
    QStringList lines;
    lines << tr("IPsec VPN between your network and the OVHcloud PCC %1", "@info summary").arg(serviceName);
    lines << QString();
    lines << tr("PCC side (NSX local endpoint): %1", "@info summary").arg(localAddress.trimmed());
    lines << tr("Your side (VPN peer): %1, identity %2", "@info summary").arg(peerAddress.trimmed(), effectivePeerId());
    lines << tr("Subnets on the PCC side: %1", "@info summary").arg(blocksText(pccSubnets));
    lines << tr("Subnets on your side: %1", "@info summary").arg(blocksText(customerSubnets));
    lines << tr("One IPsec SA per pair of subnets: %n tunnel(s).", "@info summary",
                int(blocks(pccSubnets).size() * blocks(customerSubnets).size()));
    lines << QString();
    lines << tr("IKE (phase 1): IKEv2, AES-GCM-256, PRF HMAC-SHA2-256, Diffie-Hellman group %1, lifetime %2 s", "@info summary")
                     .arg(dhGroup).arg(ikeLifetime);
    lines << tr("IPsec (phase 2): ESP, AES-GCM-256, perfect forward secrecy with group %1, lifetime %2 s", "@info summary")
                     .arg(dhGroup).arg(espLifetime);
    lines << tr("Dead peer detection: every %1 s", "@info summary").arg(dpdIntervalSecs);
    lines << tr("Authentication: pre-shared key (given separately, never in this summary)", "@info summary");
    lines << tr("The NSX side initiates; your side must also accept and start the connection.", "@info summary");
    return lines.join(u'\n') + u'\n';
}

} // namespace snc
