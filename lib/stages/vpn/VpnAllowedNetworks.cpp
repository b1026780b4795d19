// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/VpnAllowedNetworks.h"

#include "stages/AllowedNetworksService.h"
#include "stages/vpn/VpnSettings.h"

namespace snc {

QStringList VpnAllowedNetworks::missing(const AllowedNetworksService *allowed, const VpnSettings &settings)
{
    if (!allowed || !allowed->hasSource())
        return {};
    return allowed->missingBlocks(VpnSettings::blocks(settings.customerSubnets));
}

AllowedNetworksBudget VpnAllowedNetworks::budget(const AllowedNetworksService *allowed, const VpnSettings &settings,
                                                 const QStringList &adminHosts)
{
    QList<Ipv4Block> wanted;
    for (const QString &b : missing(allowed, settings))
        wanted << Ipv4Block::parse(b);
    QList<quint32> reach;
    for (const QString &host : QStringList{settings.peerAddress} + adminHosts) {
        const Ipv4Block b = Ipv4Block::parse(host.trimmed());
        if (b.isValid() && !host.contains(u'/'))
            reach << b.network();
    }
    return AllowedNetworksBudget::propose(wanted, allowed ? allowed->activeBlocks() : QList<Ipv4Block>(), reach);
}

QString VpnAllowedNetworks::refusal(const QStringList &adminHosts, const AllowedNetworksBudget &budget)
{
    for (const QString &host : adminHosts) {
        if (host.trimmed().contains(u'/') || !Ipv4Block::parse(host.trimmed()).isValid())
            return tr("The admin host \"%1\" is not an IPv4 address.", "@error").arg(host.trimmed());
    }
    if (!budget.proposal.isEmpty() || budget.fitsWhole)
        return {};
    // Never a request the API would refuse: said before sending anything.
    return budget.reachCovered
            ? tr("Your VPN gateway and admin hosts are already allowed; your whole subnets do not fit in "
                 "OVHcloud's limit of %1 allowed addresses.", "@error").arg(budget.limit)
            : tr("Your subnets need %1 addresses and only %2 of OVHcloud's %3 allowed addresses are left; "
                 "even your VPN gateway and admin hosts alone do not fit. Delete allowed networks you no "
                 "longer need in stage 1, then try again.", "@error")
                      .arg(budget.wanted).arg(budget.remaining()).arg(budget.limit);
}

} // namespace snc
