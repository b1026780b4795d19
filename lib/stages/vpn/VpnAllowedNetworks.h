// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/vpn/AllowedNetworksBudget.h"

#include <QCoreApplication>
#include <QStringList>

namespace snc {

class AllowedNetworksService;
struct VpnSettings;

/**
 * @brief What stage 3 needs allowed in stage 1's list (issue 14): the customer's subnets not
 * covered yet, what fits of them in OVHcloud's limit (AllowedNetworksBudget), and why nothing
 * may be sent. Reads the context's AllowedNetworksService, never the stage-1 model. Pure.
 */
class VpnAllowedNetworks
{
    Q_DECLARE_TR_FUNCTIONS(VpnAllowedNetworks)
public:
    /// The customer subnets no active allowed network covers; empty without a source.
    static QStringList missing(const AllowedNetworksService *allowed, const VpnSettings &settings);
    /// What may be added for missing() within the limit: the subnets when they fit, else the
    /// narrowest set covering the VPN gateway (peerAddress) and `adminHosts`, else nothing.
    static AllowedNetworksBudget budget(const AllowedNetworksService *allowed, const VpnSettings &settings,
                                        const QStringList &adminHosts);
    /// Translated reason not to send anything (an admin host that is not an IPv4 address,
    /// nothing that fits), empty when `budget` may be added.
    static QString refusal(const QStringList &adminHosts, const AllowedNetworksBudget &budget);
};

} // namespace snc
