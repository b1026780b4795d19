// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/PublicBlockAddresses.h"

using namespace Qt::StringLiterals;

namespace snc {

namespace {

std::optional<quint32> bareAddress(const QString &text)
{
    if (text.contains(u'/'))
        return std::nullopt;
    const Ipv4Block b = Ipv4Block::parse(text.trimmed());
    if (!b.isValid())
        return std::nullopt;
    return b.network();
}

} // namespace

bool PublicBlockAddresses::addBlock(const QJsonObject &ip, const QJsonArray &details)
{
    const Ipv4Block network = Ipv4Block::parse(ip.value("network"_L1).toString().trimmed());
    if (!network.isValid())
        return false;
    Block block;
    block.network = network;
    const std::optional<quint32> gateway = bareAddress(ip.value("gateway"_L1).toString());
    if (gateway && network.contains(Ipv4Block(*gateway, 32)))
        block.gateway = gateway;
    for (const QJsonValue &v : details) {
        const QJsonObject o = v.toObject();
        // Listed means in use, whatever the usage says (an enum value added later included).
        if (const auto a = bareAddress(o.value("ip"_L1).toString()); a && network.contains(Ipv4Block(*a, 32)))
            block.used.insert(*a, o.value("usage"_L1).toString());
    }
    m_blocks << block;
    return true;
}

QString PublicBlockAddresses::usageOf(const Block &block, quint32 address) const
{
    const QString text = Ipv4Block::addressToString(address);
    const Ipv4Block &n = block.network;
    // A /31 or /32 has no network or broadcast address (RFC 3021), and no room for an endpoint
    // beside a gateway either: nothing in it is offered.
    if (n.prefix() >= 31)
        return tr("%1 is in %2, too small a block to hold a local endpoint.", "@error").arg(text, n.toString());
    if (address == n.first())
        return tr("%1 is the network address of %2.", "@error").arg(text, n.toString());
    if (address == n.last())
        return tr("%1 is the broadcast address of %2.", "@error").arg(text, n.toString());
    if (block.gateway && address == *block.gateway)
        return tr("%1 is the gateway of %2.", "@error").arg(text, n.toString());
    if (!block.gateway && (address == n.first() + 1 || address == n.last() - 1))
        return tr("%1 may be the gateway of %2 (OVHcloud did not say which address is): choose another "
                  "address.", "@error").arg(text, n.toString());
    if (const auto it = block.used.constFind(address); it != block.used.cend())
        //: %1 address, %2 usage as OVHcloud names it (nsxt, reserved, vm)
        return tr("%1 is already in use (%2): choose a free address of the PCC's public block.", "@error")
                .arg(text, it.value());
    return {};
}

QStringList PublicBlockAddresses::freeAddresses() const
{
    QStringList out;
    for (const Block &b : m_blocks) {
        // The public blocks of a PCC are small (a /28 or so); a huge one is not walked whole.
        const quint32 last = b.network.size() > 4096 ? b.network.first() + 4095 : b.network.last();
        for (quint32 a = b.network.first();; ++a) {
            if (usageOf(b, a).isEmpty())
                out << Ipv4Block::addressToString(a);
            if (a == last)
                break;
        }
    }
    return out;
}

QString PublicBlockAddresses::refusal(const QString &address) const
{
    const std::optional<quint32> a = bareAddress(address);
    if (!a)
        return tr("The local endpoint \"%1\" is not an IPv4 address.", "@error").arg(address.trimmed());
    QStringList networks;
    for (const Block &b : m_blocks) {
        if (b.network.contains(Ipv4Block(*a, 32)))
            return usageOf(b, *a);
        networks << b.network.toString();
    }
    return tr("%1 is not in the PCC's public block (%2): choose one of its free addresses.", "@error")
            .arg(address.trimmed(), networks.join(u", "_s));
}

} // namespace snc
