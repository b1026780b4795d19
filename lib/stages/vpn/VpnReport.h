// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"

#include <QCoreApplication>
#include <QList>

namespace snc {

class VpnSessionMonitor;
struct VpnSettings;

/**
 * @brief What stage 3 puts in the compliance report (VpnModel::reportFacts()): the peer and its
 * identity, the local endpoint, both sides' subnets, the NSX profiles with their proposals in
 * strongSwan notation, the session and its state as last read, and when. Never the PSK.
 *
 * Kept apart from the model: it is wording for auditors, built from the model's settings and
 * the session monitor's last read only.
 */
class VpnReport
{
    Q_DECLARE_TR_FUNCTIONS(VpnReport)
public:
    static QList<StageModel::ReportFact> facts(const VpnSettings &settings, const VpnSessionMonitor &session);
};

} // namespace snc
