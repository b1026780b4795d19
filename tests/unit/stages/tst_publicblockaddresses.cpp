// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3's local endpoint candidates from the published models (issue 16): the block minus the
// addresses listed in use (dedicatedCloud.IpUsageEnum has no "free"), minus the network, broadcast
// and gateway addresses whether listed or not; safe when the gateway is not given.
#include "stages/vpn/PublicBlockAddresses.h"

#include <QTest>

using namespace snc;

namespace {
QString s(const char *t) { return QString::fromLatin1(t); }

QJsonObject block(const char *network, const char *gateway)
{
    QJsonObject o{{s("network"), s(network)}, {s("netmask"), s("255.255.255.240")}};
    if (gateway)
        o.insert(s("gateway"), s(gateway));
    return o;
}

QJsonArray used(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QJsonArray out;
    for (const auto &[ip, usage] : list)
        out.append(QJsonObject{{s("ip"), s(ip)}, {s("usage"), s(usage)}});
    return out;
}
} // namespace

class TestPublicBlockAddresses : public QObject
{
    Q_OBJECT

private slots:
    void freeIsTheBlockMinusWhatIsInUse()
    {
        PublicBlockAddresses a;
        QVERIFY(a.addBlock(block("192.0.2.0/28", "192.0.2.14"),
                           used({{"192.0.2.1", "reserved"}, {"192.0.2.4", "nsxt"}, {"192.0.2.9", "vm"},
                                 {"192.0.2.10", "someUsageAddedLater"}, {"198.51.100.1", "vm"}})));
        QCOMPARE(a.freeAddresses(), (QStringList{s("192.0.2.2"), s("192.0.2.3"), s("192.0.2.5"), s("192.0.2.6"),
                                                 s("192.0.2.7"), s("192.0.2.8"), s("192.0.2.11"), s("192.0.2.12"),
                                                 s("192.0.2.13")}));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("word");
        QTest::newRow("nsxt") << s("192.0.2.4") << s("(nsxt)");
        QTest::newRow("vm") << s("192.0.2.9") << s("(vm)");
        QTest::newRow("network") << s("192.0.2.0") << s("network address");
        QTest::newRow("broadcast") << s("192.0.2.15") << s("broadcast");
        QTest::newRow("gateway, not listed") << s("192.0.2.14") << s("gateway");
        QTest::newRow("outside") << s("203.0.113.7") << s("192.0.2.0/28");
        QTest::newRow("not an address") << s("192.0.2") << s("IPv4");
        QTest::newRow("free") << s("192.0.2.5") << QString();
    }
    void refusals()
    {
        QFETCH(QString, address);
        QFETCH(QString, word);
        PublicBlockAddresses a;
        QVERIFY(a.addBlock(block("192.0.2.0/28", "192.0.2.14"), used({{"192.0.2.4", "nsxt"}, {"192.0.2.9", "vm"}})));
        const QString why = a.refusal(address);
        if (word.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(word), qPrintable(why));
    }

    void withoutAGatewayNeitherEndIsOffered()
    {
        // dedicatedCloud.Ip publishes `gateway`; should it be missing (or outside the block), the
        // usual places of a gateway are kept out rather than risk taking it.
        for (const char *gateway : {static_cast<const char *>(nullptr), "10.0.0.1"}) {
            PublicBlockAddresses a;
            QVERIFY(a.addBlock(block("192.0.2.0/29", gateway), {}));
            QCOMPARE(a.freeAddresses(), (QStringList{s("192.0.2.2"), s("192.0.2.3"), s("192.0.2.4"), s("192.0.2.5")}));
            QVERIFY(a.refusal(s("192.0.2.6")).contains(s("gateway")));
        }
    }

    void severalBlocksAndBadModels()
    {
        PublicBlockAddresses a;
        QVERIFY(!a.addBlock(QJsonObject{{s("network"), s("not a block")}}, {}));
        QVERIFY(a.isEmpty());
        QVERIFY(a.addBlock(block("192.0.2.0/30", "192.0.2.2"), {}));
        QVERIFY(a.addBlock(block("198.51.100.8/29", "198.51.100.9"), used({{"198.51.100.10", "reserved"}})));
        QCOMPARE(a.freeAddresses(), (QStringList{s("192.0.2.1"), s("198.51.100.11"), s("198.51.100.12"),
                                                 s("198.51.100.13"), s("198.51.100.14")}));
        QVERIFY(a.refusal(s("198.51.100.12")).isEmpty());
        QVERIFY(a.refusal(s("203.0.113.1")).contains(s("198.51.100.8/29")));
        // A /32 holds no endpoint beside its own address.
        PublicBlockAddresses tiny;
        QVERIFY(tiny.addBlock(block("192.0.2.7/32", "192.0.2.7"), {}));
        QVERIFY(tiny.freeAddresses().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublicBlockAddresses)
#include "tst_publicblockaddresses.moc"
