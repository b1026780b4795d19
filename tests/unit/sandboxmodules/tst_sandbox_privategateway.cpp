// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 4 in the sandbox: the public IP block, datacenters, and the private gateway's enable,
// reconfigure and disable tasks with the state read back.
#include "ModulesFixture.h"

#include <QStringList>
#include <QTest>

using namespace snc::test;

class TestSandboxPrivateGateway : public QObject
{
    Q_OBJECT

    ModulesFixture f;

    QJsonObject gateway() { return f.api("GET", f.path(s("/datacenter/1/privateGateway"))).object(); }

private slots:
    void initTestCase() { QVERIFY(f.start()); }

    void ipBlockAndDatacenters()
    {
        Reply r = f.api("GET", f.path(s("/ip")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().at(0).toString(), s("192.0.2.0/28"));
        // The published dedicatedCloud.Ip: the gateway and netmask come with the block.
        const QJsonObject block = f.api("GET", f.path(s("/ip/192.0.2.0%2F28"))).object();
        QCOMPARE(block.value(s("gateway")).toString(), s("192.0.2.14"));
        QCOMPARE(block.value(s("netmask")).toString(), s("255.255.255.240"));
        // The details list the addresses in use only, with the published usage enum.
        r = f.api("GET", f.path(s("/ip/192.0.2.0%2F28/details")));
        QStringList listed;
        for (const QJsonValue &v : r.array()) {
            const QJsonObject o = v.toObject();
            QVERIFY2(QStringList({s("nsxt"), s("reserved"), s("vm")}).contains(o.value(s("usage")).toString()),
                     qPrintable(o.value(s("usage")).toString()));
            for (const QString &key : o.keys())
                QVERIFY2(QStringList({s("ip"), s("reverse"), s("usage"), s("usageDetails")}).contains(key), qPrintable(key));
            listed << o.value(s("ip")).toString();
        }
        QCOMPARE(listed, (QStringList{s("192.0.2.1"), s("192.0.2.2"), s("192.0.2.3"), s("192.0.2.4"), s("192.0.2.9")}));
        QCOMPARE(f.api("GET", f.path(s("/ip/10.0.0.0%2F8"))).status, 404);
        QCOMPARE(f.api("GET", f.path(s("/datacenter"))).array(), QJsonArray{1});
        QCOMPARE(f.api("GET", f.path(s("/datacenter/1"))).object().value(s("datacenterId")).toInt(), 1);
        QCOMPARE(f.api("GET", f.path(s("/datacenter/2"))).status, 404);
        QCOMPARE(gateway().value(s("state")).toString(), s("disabled"));
    }

    void enableValidates_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("netmask");
        QTest::addColumn<QString>("portgroup");
        QTest::addColumn<QString>("word");
        QTest::newRow("network address") << s("172.16.0.0") << s("255.255.255.0") << s("pg-vrack-admin") << s("network");
        QTest::newRow("broadcast") << s("172.16.0.255") << s("255.255.255.0") << s("pg-vrack-admin") << s("broadcast");
        QTest::newRow("mask not contiguous") << s("172.16.0.1") << s("255.0.255.0") << s("pg-vrack-admin") << s("netmask");
        QTest::newRow("prefix mask") << s("172.16.0.1") << s("24") << s("pg-vrack-admin") << s("netmask");
        QTest::newRow("unknown portgroup") << s("172.16.0.1") << s("255.255.255.0") << s("pg-nope") << s("pg-nope");
    }
    void enableValidates()
    {
        QFETCH(QString, ip);
        QFETCH(QString, netmask);
        QFETCH(QString, portgroup);
        QFETCH(QString, word);
        const Reply r = f.api("POST", f.path(s("/datacenter/1/privateGateway/enable")),
                              QJsonObject{{s("ip"), ip}, {s("netmask"), netmask}, {s("portgroup"), portgroup}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(word), qPrintable(r.message()));
        QCOMPARE(gateway().value(s("state")).toString(), s("disabled"));
    }

    void enableReconfigureDisable()
    {
        Reply r = f.api("POST", f.path(s("/datacenter/1/privateGateway/enable")),
                        QJsonObject{{s("ip"), s("172.16.0.1")}, {s("netmask"), s("255.255.255.0")},
                                    {s("portgroup"), s("pg-vrack-admin")}});
        QCOMPARE(r.status, 200);
        qint64 task = r.object().value(s("taskId")).toInteger();
        QCOMPARE(r.object().value(s("name")).toString(), s("enablePrivateGateway"));
        QCOMPARE(r.object().value(s("datacenterId")).toInt(), 1);
        QCOMPARE(gateway().value(s("state")).toString(), s("enabling"));
        // A second enable while it runs is refused, not duplicated.
        QCOMPARE(f.api("POST", f.path(s("/datacenter/1/privateGateway/enable")),
                       QJsonObject{{s("ip"), s("172.16.0.1")}, {s("netmask"), s("255.255.255.0")},
                                   {s("portgroup"), s("pg-vrack-admin")}}).status, 409);
        QCOMPARE(f.settle(task, f.path(s("/datacenter/1/task/%1").arg(task))).value(s("state")).toString(), s("done"));
        QJsonObject g = gateway();
        QCOMPARE(g.value(s("state")).toString(), s("enabled"));
        QCOMPARE(g.value(s("customerIp")).toString(), s("172.16.0.1"));
        QCOMPARE(g.value(s("customerNetmask")).toString(), s("255.255.255.0"));
        QCOMPARE(g.value(s("customerPortGroup")).toString(), s("pg-vrack-admin"));

        r = f.api("POST", f.path(s("/datacenter/1/privateGateway/reconfigure")),
                  QJsonObject{{s("ip"), s("172.16.0.2")}, {s("portgroup"), s("VM Network")}});
        QCOMPARE(r.status, 200);
        task = r.object().value(s("taskId")).toInteger();
        QCOMPARE(f.settle(task).value(s("state")).toString(), s("done"));
        g = gateway();
        QCOMPARE(g.value(s("customerIp")).toString(), s("172.16.0.2"));
        QCOMPARE(g.value(s("customerPortGroup")).toString(), s("VM Network"));
        QCOMPARE(g.value(s("state")).toString(), s("enabled"));

        r = f.api("POST", f.path(s("/datacenter/1/privateGateway/disable")));
        QCOMPARE(r.status, 200);
        task = r.object().value(s("taskId")).toInteger();
        QCOMPARE(f.api("GET", f.path(s("/datacenter/1/task"))).array().size(), 3);
        QCOMPARE(f.settle(task).value(s("state")).toString(), s("done"));
        QCOMPARE(gateway().value(s("state")).toString(), s("disabled"));
        QCOMPARE(f.api("POST", f.path(s("/datacenter/1/privateGateway/disable"))).status, 409);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPrivateGateway)
#include "tst_sandbox_privategateway.moc"
