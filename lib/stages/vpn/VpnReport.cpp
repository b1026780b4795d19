// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/VpnReport.h"

#include "stages/DisplayFormat.h"
#include "stages/vpn/NsxApplyChain.h"
#include "stages/vpn/VpnSessionMonitor.h"
#include "stages/vpn/VpnSettings.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace snc {

QList<StageModel::ReportFact> VpnReport::facts(const VpnSettings &settings, const VpnSessionMonitor &session)
{
    QList<StageModel::ReportFact> facts;
    const VpnSessionMonitor::State state = session.state();
    if (state == VpnSessionMonitor::State::Unknown || state == VpnSessionMonitor::State::NotConfigured) {
        if (session.readAt().isValid())
            facts << StageModel::ReportFact{tr("VPN session status", "@label report"), session.text(settings.peerAddress)};
        return facts;
    }
    const auto blocksText = [](const QStringList &subnets) {
        QStringList out;
        for (const Ipv4Block &b : VpnSettings::blocks(subnets))
            out << b.toString();
        return out.join(u", "_s);
    };
    const QString group = VpnSettings::strongSwanGroup(settings.dhGroup);
    //: %1 IPv4 address, %2 IKE identity
    facts << StageModel::ReportFact{tr("VPN peer", "@label report"),
                        tr("%1 (identity %2)", "@info report").arg(settings.peerAddress, settings.effectivePeerId())};
    facts << StageModel::ReportFact{tr("NSX local endpoint", "@label report"), settings.localAddress};
    facts << StageModel::ReportFact{tr("Subnets on the PCC side", "@label report"), blocksText(settings.pccSubnets)};
    facts << StageModel::ReportFact{tr("Subnets on the customer side", "@label report"), blocksText(settings.customerSubnets)};
    //: %1 NSX object path, %2 proposal in strongSwan notation, %3 lifetime in seconds
    facts << StageModel::ReportFact{tr("IKE profile", "@label report"),
                        tr("%1: IKEv2, %2, lifetime %3 s", "@info report")
                                .arg(NsxApplyChain::ikeProfilePath(), u"aes256gcm16-prfsha256-%1"_s.arg(group))
                                .arg(settings.ikeLifetime)};
    //: %1 NSX object path, %2 proposal in strongSwan notation, %3 lifetime in seconds
    facts << StageModel::ReportFact{tr("IPsec tunnel profile", "@label report"),
                        tr("%1: ESP, %2, PFS, lifetime %3 s", "@info report")
                                .arg(NsxApplyChain::tunnelProfilePath(), u"aes256gcm16-%1"_s.arg(group))
                                .arg(settings.espLifetime)};
    facts << StageModel::ReportFact{tr("VPN session", "@label report"), session.sessionPath()};
    //: %1 session state in words, %2 date and time (UTC)
    facts << StageModel::ReportFact{tr("VPN session status", "@label report"),
                        tr("%1 (read %2)", "@info report")
                                .arg(session.text(settings.peerAddress),
                                     session.readAt().isValid()
                                             ? DisplayFormat::dateTime(session.readAt().toUTC()) + u" UTC"_s
                                             : tr("never", "@info report"))};
    return facts;
}

} // namespace snc
