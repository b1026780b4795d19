// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3 against the real sandbox: validation (overlaps, public peer), the NSX password, the
// PSK kept in the store, idempotent apply, the session UP, a peer that never comes up, the
// swanctl.conf export, and the customer subnets added to the allowed networks.
#include "Stage34Helpers.h"
#include "sandbox/SandboxStats.h"
#include "secrets/SecretKeys.h"

#include "stages/vpn/NsxClient.h"

#include "stages/WizardSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace snc;
using namespace snc::test;

class TestVpnModel : public Stage3TestCase
{
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("pcc");
        QTest::addColumn<QString>("word");
        QTest::newRow("overlapping sides") << QStringLiteral("203.0.113.50") << QStringLiteral("10.1.0.0/16") << QStringLiteral("10.1.2.0/24") << QStringLiteral("overlaps");
        QTest::newRow("private peer") << QStringLiteral("192.168.1.1") << QStringLiteral("192.168.10.0/24") << QStringLiteral("172.16.0.0/24") << QStringLiteral("public");
        QTest::newRow("peer not an address") << QStringLiteral("vpn.example.com") << QStringLiteral("192.168.10.0/24") << QStringLiteral("172.16.0.0/24") << QStringLiteral("IPv4");
        QTest::newRow("bad subnet") << QStringLiteral("203.0.113.50") << QStringLiteral("192.168.10.0/33") << QStringLiteral("172.16.0.0/24") << QStringLiteral("subnet");
        QTest::newRow("host bits") << QStringLiteral("203.0.113.50") << QStringLiteral("192.168.10.1/24") << QStringLiteral("172.16.0.0/24") << QStringLiteral("192.168.10.0/24");
    }
    void validation()
    {
        QFETCH(QString, peer);
        QFETCH(QString, customer);
        QFETCH(QString, pcc);
        QFETCH(QString, word);
        VpnSettings s = practiceVpn(peer);
        s.customerSubnets = {customer};
        s.pccSubnets = {pcc};
        const QStringList problems = s.problems(true);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(u'|').contains(word), qPrintable(problems.join(u'|')));
        // Weak crypto cannot be chosen.
        s = practiceVpn();
        QVERIFY(s.problems(true).isEmpty());
        s.dhGroup = 14;
        s.espLifetime = 86400;
        QCOMPARE(s.problems(true).size(), 2);
    }

    void swanctlStructure()
    {
        // Structure only here: balanced sections, one child per subnet pair, the mapped
        // proposals, the PSK quoted in secrets. strongSwan's own parser (a private charon and
        // swanctl --load-all) checks the file in tst_swanctlparser.
        VpnSettings s = practiceVpn();
        s.customerSubnets << QStringLiteral("192.168.20.0/24");
        s.dhGroup = 21;
        const QString conf = QString::fromUtf8(s.swanctlConf(SecretBytes::fromString(QStringLiteral("Abc123"))).expose());
        QCOMPARE(conf.count(u'{'), conf.count(u'}'));
        QVERIFY(conf.contains(QStringLiteral("net-1 {")) && conf.contains(QStringLiteral("net-2 {")));
        QVERIFY(!conf.contains(QStringLiteral("net-3 {")));
        QVERIFY(conf.contains(QStringLiteral("version = 2")));
        QVERIFY(conf.contains(QStringLiteral("proposals = aes256gcm16-prfsha256-ecp521")));
        QVERIFY(conf.contains(QStringLiteral("esp_proposals = aes256gcm16-ecp521")));
        QVERIFY(conf.contains(QStringLiteral("remote_ts = 172.16.0.0/24")));
        QVERIFY(conf.contains(QStringLiteral("local_addrs = 203.0.113.50")));
        QVERIFY(conf.contains(QStringLiteral("remote_addrs = 192.0.2.5")));
        QVERIFY(conf.contains(QStringLiteral("secret = \"Abc123\"")));
        QCOMPARE(conf.count(QStringLiteral("life_time = 3600s")), 2);
    }

    void needsThePasswordAndRefusesAWrongOne()
    {
        // Stage 2 (the fixture) kept the admin password it set for NSX: a wizard that has it
        // never asks. Without it (another computer, keychain emptied), the page must ask.
        {
            VpnModel remembered(f->context.get());
            QSignalSpy read(&remembered, &StageModel::refreshed);
            remembered.refresh();
            QVERIFY(read.wait(10000));
            QVERIFY(!remembered.needsPassword());
        }
        SecretWriteJob *forget = f->secrets.remove(SecretKeys::nsxAdminPassword(f->context->secretScope(), SandboxFixture::serviceName()));
        QSignalSpy forgotten(forget, &SecretJob::finished);
        QVERIFY(forgotten.count() == 1 || forgotten.wait(5000));
        VpnModel vpn(f->context.get());
        QSignalSpy refreshed(&vpn, &StageModel::refreshed);
        vpn.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(vpn.needsPassword());
        QCOMPARE(vpn.status(), StageModel::Status::WaitingForUser);
        QVERIFY(vpn.freeAddresses().contains(QStringLiteral("192.0.2.5")));
        QVERIFY(!vpn.freeAddresses().contains(QStringLiteral("192.0.2.1")));
        QVERIFY(!vpn.apply()); // nothing sent without a password
        vpn.setNsxPassword(SecretBytes::fromString(QStringLiteral("not the password")));
        QVERIFY(refreshed.wait(10000));
        QVERIFY(vpn.needsPassword());
        QCOMPARE(vpn.lastError().errorCode, QStringLiteral("NSX_AUTH"));
    }

    void localEndpointFromThePublicBlock()
    {
        // Issue 16: the details list only the addresses in use (nsxt, reserved, vm) and not the
        // gateway (the block's model gives it): free is computed, the first one pre-filled.
        VpnModel vpn(f->context.get());
        QVERIFY(connectVpn(vpn)); // no session yet: the address is checked against the block
        QCOMPARE(vpn.freeAddresses(), (QStringList{QStringLiteral("192.0.2.5"), QStringLiteral("192.0.2.6"),
                                                   QStringLiteral("192.0.2.7"), QStringLiteral("192.0.2.8"),
                                                   QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11"),
                                                   QStringLiteral("192.0.2.12"), QStringLiteral("192.0.2.13")}));
        QCOMPARE(vpn.localAddress(), QStringLiteral("192.0.2.5"));
        VpnSettings s = practiceVpn();
        const QList<QPair<QString, QString>> refused{{QStringLiteral("192.0.2.4"), QStringLiteral("(nsxt)")},
                                                     {QStringLiteral("192.0.2.9"), QStringLiteral("(vm)")},
                                                     {QStringLiteral("192.0.2.14"), QStringLiteral("gateway")},
                                                     {QStringLiteral("203.0.113.9"), QStringLiteral("192.0.2.0/28")}};
        for (const auto &[address, word] : refused) {
            s.localAddress = address;
            vpn.setSettings(s);
            QVERIFY2(vpn.validationProblems().join(u'|').contains(word), qPrintable(address));
            QVERIFY(!vpn.apply()); // nothing sent
        }
        s.localAddress = QStringLiteral("192.0.2.13");
        vpn.setSettings(s);
        QVERIFY(vpn.validationProblems().isEmpty());
    }

    void appliesAndComesUp()
    {
        VpnModel vpn(f->context.get());
        QTemporaryDir settingsDir;
        QSettings ini(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        WizardSettings settings(&ini);
        vpn.setConfirmationSettings(&settings);
        QVERIFY(connectVpn(vpn));
        QCOMPARE(vpn.status(), StageModel::Status::NotStarted);
        vpn.setSettings(practiceVpn());
        QSignalSpy finished(&vpn, &VpnModel::applyFinished);
        // The session's changes reach the service the lock-out guard listens to (issue 15, item 8).
        QSignalSpy serviceChanged(f->context->vpnStatus(), &VpnStatusService::changed);
        QVERIFY(vpn.apply());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
        QCOMPARE(vpn.sessionState(), VpnModel::SessionState::Up);
        // Up, but the key shown once is owed its "I have stored it" (issue 18 item 8).
        QVERIFY(vpn.isPskConfirmationOwed());
        QCOMPARE(vpn.status(), StageModel::Status::WaitingForUser);
        QVERIFY(serviceChanged.count() > 0);
        QVERIFY(f->context->vpnStatus()->isUp());
        QVERIFY(vpn.hasFreshPsk());
        const SecretBytes psk = vpn.freshPsk();
        QCOMPARE(psk.size(), 32);
        // The PSK is in the store, under the service's key.
        SecretReadJob *job = f->secrets.read(SecretKeys::nsxIpsecPsk(f->context->secretScope(), f->serviceName()));
        QSignalSpy read(job, &SecretJob::finished);
        QVERIFY(read.wait(5000));
        QVERIFY(job->result().ok() && job->result().value() == psk);

        // Confirmed: Done, and the key is forgotten.
        QSignalSpy storedChanged(&vpn, &VpnModel::pskStoredChanged);
        vpn.setPskStored(true);
        QCOMPARE(storedChanged.count(), 1);
        QVERIFY(!vpn.isPskConfirmationOwed());
        QVERIFY(!vpn.hasFreshPsk());
        QCOMPARE(vpn.status(), StageModel::Status::Done);

        // Applying again reuses the PSK and changes nothing on NSX (same revision).
        vpn.forgetFreshPsk();
        finished.clear();
        QVERIFY(vpn.apply());
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!vpn.hasFreshPsk());

        // A new model (a resumed wizard) reads everything back from NSX.
        VpnModel resumed(f->context.get());
        resumed.setConfirmationSettings(&settings); // the confirmation survives the restart
        QVERIFY(connectVpn(resumed));
        QCOMPARE(resumed.status(), StageModel::Status::Done);
        QCOMPARE(resumed.settings().peerAddress, QStringLiteral("203.0.113.50"));
        QCOMPARE(resumed.settings().customerSubnets, QStringList{QStringLiteral("192.168.10.0/24")});
        QCOMPARE(resumed.settings().localAddress, QStringLiteral("192.0.2.5"));

        // swanctl.conf: owner-only, with the PSK and one child per pair.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("swanctl.conf"));
        QSignalSpy exported(&resumed, &VpnModel::exportFinished);
        resumed.exportSwanctl(path);
        QVERIFY(exported.count() == 1 || exported.wait(5000));
        QVERIFY(exported.first().first().toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("secret = \"%1\"").arg(psk.exposeString())));
        QVERIFY(text.contains(QStringLiteral("proposals = aes256gcm16-prfsha256-ecp384")));
        QVERIFY(text.contains(QStringLiteral("local_ts = 192.168.10.0/24")));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(!resumed.summaryText().contains(psk.exposeString()));
    }

    void peerThatNeverComesUp()
    {
        VpnModel vpn(f->context.get());
        QVERIFY(connectVpn(vpn));
        vpn.setSettings(practiceVpn(QStringLiteral("198.51.100.7")));
        QSignalSpy finished(&vpn, &VpnModel::applyFinished);
        QVERIFY(vpn.apply());
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(vpn.sessionState(), VpnModel::SessionState::Down);
        QCOMPARE(vpn.status(), StageModel::Status::Failed);
        QVERIFY2(vpn.lastErrorMessage().contains(QStringLiteral("198.51.100.7")), qPrintable(vpn.lastErrorMessage()));
        // Back to a peer that answers, for the other tests.
        vpn.setSettings(practiceVpn());
        finished.clear();
        QVERIFY(vpn.apply());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
    }

    void givesUpAfterMaxStatusPolls()
    {
        // The poll loop (VpnSessionMonitor on snc::Poller) ends after maxStatusPolls() reads: a
        // fresh configuration is still negotiating at the first read.
        VpnModel vpn(f->context.get());
        QVERIFY(connectVpn(vpn));
        vpn.setStatusIntervalMs(1);
        vpn.setMaxStatusPolls(1);
        vpn.setSettings(practiceVpn(QStringLiteral("198.51.100.9")));
        QSignalSpy finished(&vpn, &VpnModel::applyFinished);
        QVERIFY(vpn.apply());
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(vpn.lastErrorMessage().contains(QStringLiteral("1 check")), qPrintable(vpn.lastErrorMessage()));
        QVERIFY(!vpn.isApplying());
        // Back to a peer that answers, for the other tests.
        vpn.setStatusIntervalMs(30);
        vpn.setMaxStatusPolls(90);
        vpn.setSettings(practiceVpn());
        finished.clear();
        QVERIFY(vpn.apply());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
    }

    void addsCustomerSubnetsToAllowedNetworks()
    {
        AllowedNetworksModel networks(f->context.get());
        fastPolling(networks.taskPoller());
        QSignalSpy refreshed(&networks, &StageModel::refreshed);
        networks.refresh();
        QVERIFY(refreshed.wait(10000));
        VpnModel vpn(f->context.get());
        // Stage 1's networks reach the VPN through the context's AllowedNetworksService.
        vpn.setSettings(practiceVpn());
        QCOMPARE(vpn.missingAllowedNetworks(), QStringList{QStringLiteral("192.168.10.0/24")});
        QSignalSpy added(&vpn, &VpnModel::allowedNetworksAdded);
        const QString post = QStringLiteral("POST /1.0/dedicatedCloud/{serviceName}/allowedNetwork");
        const int postsBefore = f->server->stats()->requestsFor(post);
        QVERIFY(!vpn.isBusy());
        QVERIFY(vpn.addMissingAllowedNetworks());
        // Busy until the add has ended (the page's button is off): a second press adds nothing
        // (found by tst_faults seed 11: presses during a lost add's task search were refused,
        // spent the autopilot's retries and left the stage waiting).
        QVERIFY(vpn.isBusy());
        QVERIFY(!vpn.addMissingAllowedNetworks());
        QVERIFY(added.wait(20000));
        QVERIFY(added.first().first().toBool());
        QVERIFY(!vpn.isBusy());
        QVERIFY(vpn.missingAllowedNetworks().isEmpty());
        QCOMPARE(f->server->stats()->requestsFor(post), postsBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestVpnModel)
#include "tst_vpnmodel.moc"
