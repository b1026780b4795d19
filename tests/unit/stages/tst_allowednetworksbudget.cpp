// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3's proposal for the allowed networks within OVHcloud's 2048 addresses (issue 16): the
// subnets when they fit, else the narrowest set covering the VPN gateway and the admin hosts,
// else nothing — never a request the API would refuse.
#include "stages/vpn/AllowedNetworksBudget.h"

#include <QTest>

using namespace snc;

namespace {
Ipv4Block b(const char *t) { return Ipv4Block::parse(QString::fromLatin1(t)); }
quint32 a(const char *t) { return b(t).network(); }
QStringList texts(const QList<Ipv4Block> &blocks)
{
    QStringList out;
    for (const Ipv4Block &x : blocks)
        out << x.toString();
    return out;
}
} // namespace

class TestAllowedNetworksBudget : public QObject
{
    Q_OBJECT

private slots:
    void subnetsThatFitAreProposedWhole()
    {
        const auto budget = AllowedNetworksBudget::propose({b("192.168.10.0/24")}, {b("203.0.113.0/24")}, {a("203.0.113.50")});
        QVERIFY(budget.fitsWhole);
        QCOMPARE(budget.remaining(), quint64(2048 - 256));
        QCOMPARE(texts(budget.proposal), QStringList{QStringLiteral("192.168.10.0/24")});
    }

    void theNarrowestBlockPerSubnetWhenTheyDoNotFit()
    {
        // 1792 allowed, 256 left; the /22 asked for does not fit. The gateway is already allowed
        // (inside 203.0.113.0/24); the two admin hosts fit in one /31 of the subnet.
        const QList<Ipv4Block> active{b("203.0.113.0/24"), b("10.0.0.0/22"), b("10.1.0.0/23")};
        const auto budget = AllowedNetworksBudget::propose({b("192.168.8.0/22")}, active,
                                                           {a("203.0.113.50"), a("192.168.10.20"), a("192.168.10.21")});
        QVERIFY(!budget.fitsWhole);
        QCOMPARE(budget.wanted, quint64(1024));
        QCOMPARE(budget.remaining(), quint64(256));
        QCOMPARE(texts(budget.proposal), QStringList{QStringLiteral("192.168.10.20/31")});
        QVERIFY(!budget.reachCovered);
    }

    void hostsOneByOneWhenTheirBlockIsTooWide()
    {
        // 2040 allowed, 8 left: 192.168.8.1 and 192.168.11.254 need the whole /22 as one block,
        // so they are proposed as two /32s; the gateway outside every subnet is a /32 of its own.
        const QList<Ipv4Block> active{b("10.0.0.0/22"), b("10.1.0.0/23"), b("10.2.0.0/24"), b("10.3.0.0/25"),
                                      b("10.3.1.0/26"), b("10.3.2.0/27"), b("10.3.3.0/28"), b("10.3.4.0/29")};
        QCOMPARE(Ipv4BlockCheck::totalAddresses(active), quint64(2040));
        const auto budget = AllowedNetworksBudget::propose({b("192.168.8.0/22")}, active,
                                                           {a("198.51.100.7"), a("192.168.8.1"), a("192.168.11.254"), a("192.168.8.1")});
        QCOMPARE(budget.remaining(), quint64(8));
        QCOMPARE(texts(budget.proposal), (QStringList{QStringLiteral("192.168.8.1/32"), QStringLiteral("192.168.11.254/32"),
                                                      QStringLiteral("198.51.100.7/32")}));
    }

    void nothingWhenNotEvenTheHostsFit()
    {
        const auto budget = AllowedNetworksBudget::propose({b("192.168.8.0/22")}, {b("10.0.0.0/21")}, {a("192.168.8.1")});
        QCOMPARE(budget.remaining(), quint64(0));
        QVERIFY(!budget.fitsWhole);
        QVERIFY(budget.proposal.isEmpty());
        QVERIFY(!budget.reachCovered);
        // Once the hosts are allowed, there is nothing left to propose, and the budget says so.
        const auto done = AllowedNetworksBudget::propose({b("192.168.8.0/22")}, {b("10.0.0.0/22"), b("10.1.0.0/23"),
                                                                                 b("192.168.8.1/32")}, {a("192.168.8.1")});
        QVERIFY(!done.fitsWhole);
        QVERIFY(done.proposal.isEmpty());
        QVERIFY(done.reachCovered);
    }

    void aNarrowBlockOverlappingAnAllowedOneIsSplit()
    {
        // 192.168.8.2/32 is allowed: the /30 covering .1 and .3 would overlap it (refused by the
        // API), so .1 and .3 go one by one.
        const auto budget = AllowedNetworksBudget::propose({b("192.168.8.0/22")}, {b("10.0.0.0/22"), b("10.1.0.0/23"), b("192.168.8.2/32")},
                                                           {a("192.168.8.1"), a("192.168.8.3")});
        QCOMPARE(texts(budget.proposal), (QStringList{QStringLiteral("192.168.8.1/32"), QStringLiteral("192.168.8.3/32")}));
    }

    void smallestCovering()
    {
        QCOMPARE(AllowedNetworksBudget::smallestCovering({a("10.0.0.5")}).toString(), QStringLiteral("10.0.0.5/32"));
        QCOMPARE(AllowedNetworksBudget::smallestCovering({a("10.0.0.7"), a("10.0.0.8")}).toString(), QStringLiteral("10.0.0.0/28"));
        QVERIFY(!AllowedNetworksBudget::smallestCovering({}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAllowedNetworksBudget)
#include "tst_allowednetworksbudget.moc"
