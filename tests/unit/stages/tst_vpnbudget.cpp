// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3's allowed networks against the real sandbox and OVHcloud's 2048-address limit (issue
// 16): subnets that do not fit are never sent; what fits (the narrowest set covering the VPN
// gateway and the admin hosts) is, once; nothing at all when not even that fits.
#include "Stage34Helpers.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/DedicatedCloudModule.h"

#include <QTest>

using namespace snc;
using namespace snc::test;

namespace {
QString s(const char *t) { return QString::fromLatin1(t); }

/// Allowed networks already there, as the sandbox records them once added.
void alreadyAllowed(SandboxFixture &f, const QStringList &blocks)
{
    auto *service = f.modules.dedicatedCloud->service(f.serviceName());
    qint64 id = 7000;
    for (const QString &block : blocks) {
        sandbox::DedicatedCloudModule::Network n;
        n.id = ++id;
        n.network = block;
        n.state = s("allowed");
        n.created = true;
        service->networks.emplace(n.id, n);
    }
}

bool refreshed(StageModel &model)
{
    QSignalSpy spy(&model, &StageModel::refreshed);
    model.refresh();
    return spy.wait(10000) && spy.first().first().toBool();
}

const QString kPost = s("POST /1.0/dedicatedCloud/{serviceName}/allowedNetwork");
} // namespace

class TestVpnBudget : public QObject
{
    Q_OBJECT

private slots:
    void whatFitsIsSentOnce()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        alreadyAllowed(f, {s("203.0.113.0/24"), s("10.0.0.0/22"), s("10.1.0.0/23")}); // 1792 of 2048
        AllowedNetworksModel networks(f.context.get());
        fastPolling(networks.taskPoller());
        QVERIFY(refreshed(networks));
        VpnModel vpn(f.context.get());
        VpnSettings settings = practiceVpn(); // gateway 203.0.113.50: already allowed
        settings.customerSubnets = {s("192.168.8.0/22")};
        vpn.setSettings(settings);
        vpn.setAdminHosts({s("192.168.10.20"), s("192.168.10.21")});
        const AllowedNetworksBudget budget = vpn.allowedNetworksBudget();
        QVERIFY(!budget.fitsWhole);
        QCOMPARE(budget.remaining(), quint64(256));
        QCOMPARE(budget.proposal, QList<Ipv4Block>{Ipv4Block::parse(s("192.168.10.20/31"))});

        const int before = f.server->stats()->requestsFor(kPost);
        QSignalSpy added(&vpn, &VpnModel::allowedNetworksAdded);
        QVERIFY(vpn.addMissingAllowedNetworks());
        QVERIFY(added.wait(20000));
        QVERIFY2(added.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
        QCOMPARE(f.server->stats()->requestsFor(kPost), before + 1); // the /31 only, never the /22
        QVERIFY(networks.activeBlocks().contains(Ipv4Block::parse(s("192.168.10.20/31"))));
        // Asked again: the hosts are allowed, the /22 still does not fit; nothing is sent.
        QVERIFY(vpn.allowedNetworksBudget().reachCovered);
        QVERIFY(!vpn.addMissingAllowedNetworks());
        QVERIFY2(vpn.lastErrorMessage().contains(s("already allowed")), qPrintable(vpn.lastErrorMessage()));
        QCOMPARE(f.server->stats()->requestsFor(kPost), before + 1);
    }

    void nothingIsSentWhenNothingFits()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        alreadyAllowed(f, {s("10.0.0.0/21")}); // the whole 2048
        AllowedNetworksModel networks(f.context.get());
        QVERIFY(refreshed(networks));
        VpnModel vpn(f.context.get());
        vpn.setSettings(practiceVpn());
        QCOMPARE(vpn.missingAllowedNetworks(), QStringList{s("192.168.10.0/24")});
        vpn.setAdminHosts({s("192.168.10.20")});
        const int before = f.server->stats()->requestsFor(kPost);
        QVERIFY(!vpn.addMissingAllowedNetworks());
        QCOMPARE(vpn.lastError().kind, ApiError::Kind::Validation);
        QVERIFY2(vpn.lastErrorMessage().contains(s("2048")), qPrintable(vpn.lastErrorMessage()));
        // An admin host that is not an address is refused before anything else.
        vpn.setAdminHosts({s("admin-pc.example.com")});
        QVERIFY(!vpn.addMissingAllowedNetworks());
        QVERIFY(vpn.lastErrorMessage().contains(s("admin-pc.example.com")));
        QCOMPARE(f.server->stats()->requestsFor(kPost), before);
    }
};

QTEST_GUILESS_MAIN(TestVpnBudget)
#include "tst_vpnbudget.moc"
