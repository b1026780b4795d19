// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/AllowedNetworksBudget.h"

#include <algorithm>

namespace snc {

namespace {

bool coveredBy(const QList<Ipv4Block> &blocks, const Ipv4Block &b)
{
    return std::any_of(blocks.cbegin(), blocks.cend(), [&b](const Ipv4Block &a) { return a.contains(b); });
}

bool overlapsAny(const QList<Ipv4Block> &blocks, const Ipv4Block &b)
{
    return std::any_of(blocks.cbegin(), blocks.cend(), [&b](const Ipv4Block &a) { return a.overlaps(b); });
}

} // namespace

Ipv4Block AllowedNetworksBudget::smallestCovering(const QList<quint32> &addresses)
{
    if (addresses.isEmpty())
        return {};
    const auto [lo, hi] = std::minmax_element(addresses.cbegin(), addresses.cend());
    // The common prefix of the lowest and the highest address holds every one between them.
    int prefix = 32;
    while (prefix > 0 && !Ipv4Block(*lo, prefix).contains(Ipv4Block(*hi, 32)))
        --prefix;
    return Ipv4Block(*lo, prefix);
}

AllowedNetworksBudget AllowedNetworksBudget::propose(const QList<Ipv4Block> &wanted, const QList<Ipv4Block> &active,
                                                     const QList<quint32> &mustReach, quint64 limit)
{
    AllowedNetworksBudget b;
    b.limit = limit;
    b.used = Ipv4BlockCheck::totalAddresses(active);
    b.wanted = Ipv4BlockCheck::totalAddresses(wanted);
    if (b.wanted <= b.remaining()) {
        b.proposal = wanted;
        return b;
    }
    b.fitsWhole = false;

    // The addresses still to cover, each once, grouped by the subnet asked for that holds it (an
    // address in none of them, such as a gateway's public address, is a group of its own).
    QList<quint32> single;
    QList<QList<quint32>> groups(wanted.size());
    b.reachCovered = !mustReach.isEmpty();
    for (quint32 a : mustReach) {
        const Ipv4Block host(a, 32);
        if (coveredBy(active, host))
            continue;
        b.reachCovered = false;
        const auto in = std::find_if(wanted.cbegin(), wanted.cend(), [&host](const Ipv4Block &w) { return w.contains(host); });
        QList<quint32> &group = in == wanted.cend() ? single : groups[in - wanted.cbegin()];
        if (!group.contains(a))
            group << a;
    }
    QList<Ipv4Block> narrow, hosts;
    for (const QList<quint32> &group : std::as_const(groups)) {
        const Ipv4Block covering = smallestCovering(group);
        if (!covering.isValid())
            continue;
        // A block that would overlap an allowed one is refused by the API: its hosts one by one.
        if (overlapsAny(active, covering)) {
            for (quint32 a : group)
                narrow << Ipv4Block(a, 32);
        } else {
            narrow << covering;
        }
        for (quint32 a : group)
            hosts << Ipv4Block(a, 32);
    }
    for (quint32 a : std::as_const(single)) {
        narrow << Ipv4Block(a, 32);
        hosts << Ipv4Block(a, 32);
    }
    if (Ipv4BlockCheck::totalAddresses(narrow) <= b.remaining())
        b.proposal = narrow;
    else if (Ipv4BlockCheck::totalAddresses(hosts) <= b.remaining())
        b.proposal = hosts;
    return b;
}

} // namespace snc
