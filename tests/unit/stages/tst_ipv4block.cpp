// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Ipv4Block parsing and Ipv4BlockCheck (OVH's allowed-network rules), data-driven.
#include "stages/Ipv4Block.h"

#include <QTest>

using namespace snc;
using Error = Ipv4BlockCheck::Error;
using Category = Ipv4BlockCheck::Category;

Q_DECLARE_METATYPE(Ipv4BlockCheck::Error)
Q_DECLARE_METATYPE(Ipv4BlockCheck::Category)

class TestIpv4Block : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised"); // empty = invalid
        QTest::addColumn<bool>("cleared");
        QTest::newRow("single") << "203.0.113.7" << "203.0.113.7/32" << false;
        QTest::newRow("spaces") << "  10.0.0.1 \n" << "10.0.0.1/32" << false;
        QTest::newRow("cidr") << "198.51.100.0/24" << "198.51.100.0/24" << false;
        QTest::newRow("host bits") << "10.1.2.3/24" << "10.1.2.0/24" << true;
        QTest::newRow("host bits /31") << "192.168.1.7/31" << "192.168.1.6/31" << true;
        QTest::newRow("zero") << "0.0.0.0/0" << "0.0.0.0/0" << false;
        QTest::newRow("prefix 33") << "10.0.0.0/33" << "" << false;
        QTest::newRow("octet 256") << "10.0.0.256" << "" << false;
        QTest::newRow("leading zero") << "10.0.0.01" << "" << false;
        QTest::newRow("prefix leading zero") << "10.0.0.0/08" << "" << false;
        QTest::newRow("three octets") << "10.0.0" << "" << false;
        QTest::newRow("five octets") << "10.0.0.0.1" << "" << false;
        QTest::newRow("empty prefix") << "10.0.0.0/" << "" << false;
        QTest::newRow("ipv6") << "2001:db8::1" << "" << false;
        QTest::newRow("sign") << "+10.0.0.1" << "" << false;
        QTest::newRow("inner space") << "10.0. 0.1" << "" << false;
        QTest::newRow("letters") << "pcc-192-0-2-1" << "" << false;
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        QFETCH(bool, cleared);
        bool wasCleared = !cleared;
        const Ipv4Block b = Ipv4Block::parse(input, &wasCleared);
        QCOMPARE(b.isValid(), !normalised.isEmpty());
        if (b.isValid()) {
            QCOMPARE(b.toString(), normalised);
            QCOMPARE(wasCleared, cleared);
        }
    }

    void geometry()
    {
        const Ipv4Block a = Ipv4Block::parse(QStringLiteral("10.0.0.0/8"));
        const Ipv4Block b = Ipv4Block::parse(QStringLiteral("10.20.0.0/16"));
        const Ipv4Block c = Ipv4Block::parse(QStringLiteral("11.0.0.0/8"));
        QCOMPARE(a.size(), quint64(16777216));
        QCOMPARE(Ipv4Block::addressToString(a.last()), QStringLiteral("10.255.255.255"));
        QVERIFY(a.contains(b));
        QVERIFY(!b.contains(a));
        QVERIFY(a.overlaps(b) && b.overlaps(a));
        QVERIFY(!a.overlaps(c));
        QCOMPARE(Ipv4Block::parse(QStringLiteral("0.0.0.0/0")).size(), quint64(1) << 32);
    }

    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<Error>("error");
        QTest::addColumn<Category>("category");
        QTest::addColumn<int>("notices");
        QTest::addColumn<int>("warnings");
        QTest::newRow("public /32") << "51.38.1.2" << false << Error::None << Category::Public << 1 << 0;
        QTest::newRow("public /24") << "51.38.1.0/24" << false << Error::None << Category::Public << 0 << 0;
        QTest::newRow("host bits") << "51.38.1.9/24" << false << Error::None << Category::Public << 1 << 0;
        QTest::newRow("rfc1918 10") << "10.1.0.0/22" << false << Error::None << Category::Private << 0 << 0;
        QTest::newRow("rfc1918 172") << "172.31.255.1" << false << Error::None << Category::Private << 1 << 0;
        QTest::newRow("172.32 is public") << "172.32.0.1" << false << Error::None << Category::Public << 1 << 0;
        QTest::newRow("rfc1918 192.168") << "192.168.10.0/24" << false << Error::None << Category::Private << 0 << 0;
        QTest::newRow("empty") << "   " << false << Error::Empty << Category::Unknown << 0 << 0;
        QTest::newRow("syntax") << "10.0.0.300" << false << Error::Syntax << Category::Unknown << 0 << 0;
        QTest::newRow("everything") << "0.0.0.0/0" << false << Error::ZeroPrefix << Category::Public << 0 << 0;
        QTest::newRow("any /0") << "8.8.8.8/0" << false << Error::ZeroPrefix << Category::Public << 0 << 0;
        QTest::newRow("this network") << "0.1.2.3" << false << Error::ThisNetwork << Category::Public << 0 << 0;
        QTest::newRow("loopback") << "127.0.0.1" << false << Error::Loopback << Category::Public << 0 << 0;
        QTest::newRow("link-local") << "169.254.10.1" << false << Error::LinkLocal << Category::Public << 0 << 0;
        QTest::newRow("multicast") << "224.0.0.251" << false << Error::Multicast << Category::Public << 0 << 0;
        QTest::newRow("multicast block") << "239.0.0.0/8" << false << Error::Multicast << Category::Public << 0 << 0;
        QTest::newRow("cgnat") << "100.64.0.1" << false << Error::SharedAddressSpace << Category::Public << 0 << 0;
        QTest::newRow("cgnat end") << "100.127.255.254" << false << Error::SharedAddressSpace << Category::Public << 0 << 0;
        QTest::newRow("wide block over cgnat") << "100.0.0.0/8" << false << Error::SharedAddressSpace << Category::Public << 0 << 0;
        QTest::newRow("next to cgnat") << "100.128.0.1" << false << Error::None << Category::Public << 1 << 0;
        QTest::newRow("reserved") << "240.0.0.1" << false << Error::Reserved << Category::Public << 0 << 0;
        QTest::newRow("broadcast") << "255.255.255.255" << false << Error::Reserved << Category::Public << 0 << 0;
        QTest::newRow("doc 192.0.2") << "192.0.2.10" << false << Error::Documentation << Category::Documentation << 0 << 0;
        QTest::newRow("doc 198.51.100") << "198.51.100.0/24" << false << Error::Documentation << Category::Documentation << 0 << 0;
        QTest::newRow("doc 203.0.113") << "203.0.113.7" << false << Error::Documentation << Category::Documentation << 0 << 0;
        QTest::newRow("doc in sandbox") << "203.0.113.7" << true << Error::None << Category::Documentation << 1 << 0;
        QTest::newRow("wide /15 warns, over limit") << "52.64.0.0/15" << false << Error::LimitExceeded << Category::Public << 0 << 1;
        QTest::newRow("limit exactly /21") << "51.38.0.0/21" << false << Error::None << Category::Public << 0 << 0;
        QTest::newRow("limit /20") << "51.38.0.0/20" << false << Error::LimitExceeded << Category::Public << 0 << 0;
    }
    void check()
    {
        QFETCH(QString, input);
        QFETCH(bool, sandbox);
        QFETCH(Error, error);
        QFETCH(Category, category);
        QFETCH(int, notices);
        QFETCH(int, warnings);
        const Ipv4BlockCheck c = Ipv4BlockCheck::check(input, {}, sandbox);
        QCOMPARE(c.error, error);
        QCOMPARE(c.ok(), error == Error::None);
        QCOMPARE(c.errorText.isEmpty(), error == Error::None);
        if (error != Error::Empty && error != Error::Syntax)
            QCOMPARE(c.category, category);
        if (c.ok()) {
            QCOMPARE(int(c.notices.size()), notices);
            QVERIFY(!c.categoryText().isEmpty());
        }
        QCOMPARE(int(c.warnings.size()), warnings);
    }

    void againstExisting_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Error>("error");
        QTest::addColumn<quint64>("totalAfter");
        QTest::newRow("duplicate") << "51.38.1.0/24" << Error::Duplicate << quint64(0);
        QTest::newRow("duplicate /32 typed bare") << "10.0.0.5" << Error::Duplicate << quint64(0);
        QTest::newRow("covered") << "51.38.1.17" << Error::Covered << quint64(0);
        QTest::newRow("contains existing") << "51.38.0.0/23" << Error::Overlaps << quint64(0);
        QTest::newRow("disjoint") << "51.38.2.0/24" << Error::None << quint64(256 + 256 + 1);
        // 256 + 1 already used: 2048 - 257 = 1791 left, so a /22 (1024) fits and a /21 does not.
        QTest::newRow("fits") << "80.0.0.0/22" << Error::None << quint64(1024 + 257);
        QTest::newRow("over limit") << "80.0.0.0/21" << Error::LimitExceeded << quint64(2048 + 257);
    }
    void againstExisting()
    {
        QFETCH(QString, input);
        QFETCH(Error, error);
        QFETCH(quint64, totalAfter);
        const QList<Ipv4Block> existing = {Ipv4Block::parse(QStringLiteral("51.38.1.0/24")),
                                           Ipv4Block::parse(QStringLiteral("10.0.0.5"))};
        const Ipv4BlockCheck c = Ipv4BlockCheck::check(input, existing);
        QCOMPARE(c.error, error);
        if (error == Error::None || error == Error::LimitExceeded)
            QCOMPARE(c.totalAfter, totalAfter);
        if (error == Error::Covered || error == Error::Overlaps)
            QVERIFY2(c.errorText.contains(QStringLiteral("51.38.1.0/24")), qPrintable(c.errorText));
    }
};

QTEST_GUILESS_MAIN(TestIpv4Block)
#include "tst_ipv4block.moc"
