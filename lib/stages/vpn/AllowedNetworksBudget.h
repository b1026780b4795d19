// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/Ipv4Block.h"

#include <QList>

namespace snc {

/**
 * @brief What stage 3 may propose to add to the allowed networks without passing OVHcloud's
 * published limit (2048 addresses in all, Ipv4BlockCheck::ovhAddressLimit). Pure.
 *
 * When the customer's subnets fit in what is left (the limit minus what is already allowed),
 * they are the proposal. Otherwise the proposal is the narrowest set that still covers the
 * addresses that must reach vSphere (the VPN gateway and the admin hosts): per subnet, the
 * smallest block holding those of its addresses, or one /32 per address when those blocks do not
 * fit either (or would overlap an allowed block). Addresses already allowed are left out. When
 * not even the /32s fit, the proposal is empty: nothing the API would refuse is ever proposed.
 */
struct AllowedNetworksBudget
{
    quint64 limit = Ipv4BlockCheck::ovhAddressLimit;
    quint64 used = 0;      ///< addresses already allowed
    quint64 wanted = 0;    ///< addresses of the subnets asked for
    bool fitsWhole = true; ///< the subnets asked for fit: proposal == them
    bool reachCovered = false; ///< every address to reach is already allowed (and there is one)
    QList<Ipv4Block> proposal;

    quint64 remaining() const { return used >= limit ? 0 : limit - used; }
    quint64 proposedSize() const { return Ipv4BlockCheck::totalAddresses(proposal); }

    /// `wanted`: the subnets not yet covered; `active`: the blocks allowed (or being added);
    /// `mustReach`: the addresses to cover when the subnets do not fit.
    static AllowedNetworksBudget propose(const QList<Ipv4Block> &wanted, const QList<Ipv4Block> &active,
                                         const QList<quint32> &mustReach,
                                         quint64 limit = Ipv4BlockCheck::ovhAddressLimit);
    /// The smallest CIDR block that holds every one of `addresses` (invalid when empty).
    static Ipv4Block smallestCovering(const QList<quint32> &addresses);
};

} // namespace snc
