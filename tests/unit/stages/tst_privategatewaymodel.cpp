// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 4 against the real sandbox: input validation, the lock-out guard's checks failing then
// passing (allowed network, VPN up, hosts file), the typed confirmation, enable with the state
// read back, enable again (nothing sent), reconfigure and disable through the same guard (issue 15,
// item 1).
#include "Stage34Helpers.h"

#include "stages/gateway/PrivateGatewayModel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snc;
using namespace snc::test;

class TestPrivateGatewayModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> f;
    QTemporaryDir dir;

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        const QString notReady = startAtStage3(f);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }
    void cleanupTestCase() { f.reset(); }

    void inputs_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("mask");
        QTest::addColumn<QString>("word");
        QTest::newRow("network address") << QStringLiteral("172.16.0.0") << QStringLiteral("255.255.255.0") << QStringLiteral("network address");
        QTest::newRow("broadcast") << QStringLiteral("172.16.0.255") << QStringLiteral("255.255.255.0") << QStringLiteral("broadcast");
        QTest::newRow("prefix, not dotted") << QStringLiteral("172.16.0.1") << QStringLiteral("24") << QStringLiteral("dotted");
        QTest::newRow("holes in mask") << QStringLiteral("172.16.0.1") << QStringLiteral("255.0.255.0") << QStringLiteral("dotted");
        QTest::newRow("not an address") << QStringLiteral("gateway") << QStringLiteral("255.255.255.0") << QStringLiteral("IPv4");
    }
    void inputs()
    {
        QFETCH(QString, ip);
        QFETCH(QString, mask);
        QFETCH(QString, word);
        PrivateGatewayModel m(f->context.get());
        m.setDatacenterId(1);
        m.setInputs(ip, mask, QStringLiteral("pg-vrack-admin"));
        QVERIFY2(m.inputProblems().join(u'|').contains(word), qPrintable(m.inputProblems().join(u'|')));
        m.setInputs(QStringLiteral("172.16.0.1"), QStringLiteral("255.255.255.0"), QStringLiteral("pg-vrack-admin"));
        QVERIFY(m.inputProblems().isEmpty());
        QCOMPARE(m.gatewayNetwork(), QStringLiteral("172.16.0.0/24"));
    }

    void hostsFileParsing()
    {
        const QStringList names{QStringLiteral("pcc-1.ovh.com"), QStringLiteral("nsx.pcc-1.ovh.com")};
        QCOMPARE(PrivateGatewayModel::missingHostNames(QStringLiteral("172.16.0.1 PCC-1.ovh.com nsx.pcc-1.ovh.com # vsphere\n"),
                                                       QStringLiteral("172.16.0.1"), names), QStringList());
        QCOMPARE(PrivateGatewayModel::missingHostNames(QStringLiteral("# 172.16.0.1 pcc-1.ovh.com\n172.16.0.2 nsx.pcc-1.ovh.com\n"),
                                                       QStringLiteral("172.16.0.1"), names), names);
    }

    void guardThenEnableAndDisable()
    {
        AllowedNetworksModel networks(f->context.get());
        fastPolling(networks.taskPoller());
        VpnModel vpn(f->context.get());
        PrivateGatewayModel m(f->context.get());
        fastPolling(m.taskPoller());
        // Stages 1 and 3 reach the guard through the context's services (registered when made).
        const QString hosts = dir.filePath(QStringLiteral("hosts"));
        m.setHostsFilePath(hosts);
        QSignalSpy refreshed(&m, &StageModel::refreshed);
        m.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(m.status(), StageModel::Status::NotStarted);
        QCOMPARE(m.datacenters().size(), 1);
        QCOMPARE(m.datacenterId(), qint64(1));
        m.setInputs(QStringLiteral("172.16.0.1"), QStringLiteral("255.255.255.0"), QStringLiteral("pg-vrack-admin"));

        // Before they run, the checks already say what each will check (a row is never a bare
        // "not checked yet").
        QCOMPARE(m.checks().size(), 4);
        for (const GuardCheck &c : m.checks()) {
            QVERIFY2(!c.title.isEmpty(), qPrintable(QString::number(int(c.id))));
            QCOMPARE(c.title, LockoutGuard::titleOf(c.id));
        }
        QCOMPARE(resultOf(m, GuardCheck::Id::VpnUp), GuardCheck::Result::Unknown);

        // Everything fails: network not allowed, no VPN (no password known), no hosts file.
        QVERIFY(runChecks(m));
        QCOMPARE(resultOf(m, GuardCheck::Id::AllowedNetwork), GuardCheck::Result::Fail);
        QCOMPARE(resultOf(m, GuardCheck::Id::VpnUp), GuardCheck::Result::Fail);
        QCOMPARE(resultOf(m, GuardCheck::Id::HostsFile), GuardCheck::Result::Fail);
        QCOMPARE(resultOf(m, GuardCheck::Id::Warning), GuardCheck::Result::Info);
        QVERIFY(!m.allChecksPass());
        QVERIFY(!m.enable());                              // refused: nothing sent
        QVERIFY(!m.enable(QStringLiteral("yes")));          // the phrase must be typed exactly
        QVERIFY(m.lastErrorMessage().contains(m.confirmationPhrase()));
        QCOMPARE(m.state(), QStringLiteral("disabled"));

        // Fix them one by one: allowed network, VPN up, hosts file.
        QSignalSpy checks(&m, &PrivateGatewayModel::checksChanged);
        QVERIFY(m.addGatewayNetworkToAllowed());
        QTRY_COMPARE_WITH_TIMEOUT(resultOf(m, GuardCheck::Id::AllowedNetwork), GuardCheck::Result::Pass, 20000);
        QVERIFY(connectVpn(vpn));
        vpn.setSettings(practiceVpn());
        QSignalSpy applied(&vpn, &VpnModel::applyFinished);
        QVERIFY(vpn.apply());
        QVERIFY(applied.wait(20000) && applied.first().first().toBool());
        QFile file(hosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("127.0.0.1 localhost\n" + m.hostsLine().toUtf8() + "\n");
        file.close();
        QVERIFY(runChecks(m));
        QVERIFY(m.allChecksPass());

        QVERIFY(act(m, [&m] { return m.enable(); }));
        QCOMPARE(m.state(), QStringLiteral("enabled"));
        QCOMPARE(m.serverIp(), QStringLiteral("172.16.0.1"));
        // Enabled, but done only once the customer says the hosts-file line is added (issue 18).
        QCOMPARE(m.status(), StageModel::Status::WaitingForUser);
        QVERIFY(m.awaitsManualStep());
        m.setManualStepConfirmed(true);
        QCOMPARE(m.status(), StageModel::Status::Done);
        // Enabling again with the same values sends nothing.
        QVERIFY(act(m, [&m] { return m.enable(); }));

        // Issue 15, item 1: moving an enabled gateway goes through the same guard. The checks were
        // for 172.16.0.1; the hosts file sends the names there, not to 172.16.0.2.
        m.setInputs(QStringLiteral("172.16.0.2"), QStringLiteral("255.255.255.0"), QStringLiteral("VM Network"));
        QVERIFY(!m.allChecksPass());
        QVERIFY(!m.reconfigure());                     // refused: nothing sent
        QVERIFY(m.lastErrorMessage().contains(m.confirmationPhrase()));
        QVERIFY(!m.reconfigure(QStringLiteral("yes")));
        QVERIFY(!m.enable());                          // enable() of an enabled gateway reconfigures: same rule
        QVERIFY(!m.changeAllowed());
        QVERIFY(runChecks(m));
        QCOMPARE(resultOf(m, GuardCheck::Id::HostsFile), GuardCheck::Result::Fail);
        QVERIFY(!m.reconfigure());
        QCOMPARE(m.serverIp(), QStringLiteral("172.16.0.1"));
        // Green for the new address: allowed.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("127.0.0.1 localhost\n" + m.hostsLine().toUtf8() + "\n");
        file.close();
        QVERIFY(runChecks(m));
        QVERIFY(m.allChecksPass());
        QVERIFY(m.changeAllowed());
        QVERIFY(act(m, [&m] { return m.reconfigure(); }));
        QCOMPARE(m.serverIp(), QStringLiteral("172.16.0.2"));
        QCOMPARE(m.serverPortgroup(), QStringLiteral("VM Network"));

        // Disabling cuts the path the hosts file sends the user on: the phrase, or nothing.
        QVERIFY(!m.disableAllowed());
        QVERIFY(!m.disable());
        QVERIFY(m.lastErrorMessage().contains(m.confirmationPhrase()));
        QCOMPARE(m.state(), QStringLiteral("enabled"));
        QVERIFY(act(m, [&m] { return m.disable(m.confirmationPhrase()); }));
        QCOMPARE(m.state(), QStringLiteral("disabled"));
        QCOMPARE(m.status(), StageModel::Status::NotStarted);
    }

    void reconfigureWithThePhrase()
    {
        PrivateGatewayModel m(f->context.get());
        fastPolling(m.taskPoller());
        m.setHostsFilePath(dir.filePath(QStringLiteral("no-hosts")));
        QSignalSpy refreshed(&m, &StageModel::refreshed);
        m.refresh();
        QVERIFY(refreshed.wait(10000));
        m.setInputs(QStringLiteral("172.16.0.1"), QStringLiteral("255.255.255.0"), QStringLiteral("pg-vrack-admin"));
        QVERIFY(act(m, [&m] { return m.enable(m.confirmationPhrase()); }));
        // Checks never run: a move needs the phrase, typed exactly.
        m.setInputs(QStringLiteral("172.16.0.3"), QStringLiteral("255.255.255.0"), QStringLiteral("pg-vrack-admin"));
        QVERIFY(!m.reconfigure());
        QCOMPARE(m.serverIp(), QStringLiteral("172.16.0.1"));
        QVERIFY(act(m, [&m] { return m.reconfigure(m.confirmationPhrase()); }));
        QCOMPARE(m.serverIp(), QStringLiteral("172.16.0.3"));
        // The hosts file (absent) sends nothing to the gateway: once a check of its own address
        // says so, disabling cuts no path of the user's and needs no phrase.
        QVERIFY(!m.disableAllowed());
        QVERIFY(runChecks(m));
        QCOMPARE(resultOf(m, GuardCheck::Id::HostsFile), GuardCheck::Result::Fail);
        QVERIFY(m.disableAllowed());
        QVERIFY(act(m, [&m] { return m.disable(); }));
        QCOMPARE(m.state(), QStringLiteral("disabled"));
    }
};

QTEST_GUILESS_MAIN(TestPrivateGatewayModel)
#include "tst_privategatewaymodel.moc"
