// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stages 3 and 4 against the real sandbox: the lock-out guard reads the hosts file off the GUI
// thread (a FIFO with no writer would block a GUI-thread read for ever), and the compliance
// report carries the VPN's and the private gateway's facts, never the pre-shared key.
#include "Stage34Helpers.h"

#include "sandbox/modules/NsxModule.h"
#include "stages/activation/ComplianceReport.h"
#include "stages/gateway/PrivateGatewayModel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace snc;
using namespace snc::test;

class TestStage34Report : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> f;
    QTemporaryDir dir;

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        f = std::make_unique<SandboxFixture>();
        QVERIFY2(f->started, qPrintable(f->startError));
    }
    void cleanupTestCase() { f.reset(); }

    void hostsFileReadOffGuiThread()
    {
        // A FIFO: opening it for reading waits until a writer comes. Read on the GUI thread, the
        // check would never return; read on a worker, the event loop keeps running meanwhile.
        const QString fifo = dir.filePath(QStringLiteral("hosts-fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        PrivateGatewayModel m(f->context.get());
        QSignalSpy read(&m, &StageModel::refreshed);
        m.refresh(); // the names to map, NSX Manager's from GET …/nsxt
        QVERIFY(read.wait(10000));
        m.setHostsFilePath(fifo);
        QCOMPARE(m.hostsFilePath(), fifo);
        m.setInputs(QStringLiteral("172.16.0.1"), QStringLiteral("255.255.255.0"), QStringLiteral("pg-vrack-admin"));
        QSignalSpy checks(&m, &PrivateGatewayModel::checksChanged);
        m.runChecks();
        QVERIFY(m.isChecking());
        QCoreApplication::processEvents(); // the other two checks end on the event loop
        QVERIFY(m.isChecking());
        QCOMPARE(resultOf(m, GuardCheck::Id::HostsFile), GuardCheck::Result::Unknown);
        QCOMPARE(resultOf(m, GuardCheck::Id::AllowedNetwork), GuardCheck::Result::Fail);

        QFile writer(fifo);
        QVERIFY(writer.open(QIODevice::WriteOnly)); // returns once the worker has opened it
        writer.write("127.0.0.1 localhost\n" + m.hostsLine().toUtf8() + "\n");
        writer.close();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isChecking(), 10000);
        QCOMPARE(resultOf(m, GuardCheck::Id::HostsFile), GuardCheck::Result::Pass);
        const auto all = m.checks();
        for (const GuardCheck &c : all) {
            if (c.id == GuardCheck::Id::HostsFile)
                QVERIFY2(c.detail.contains(fifo), qPrintable(c.detail));
        }

        // The same semantics as before for a file that is there but lacks a name.
        const QString partial = dir.filePath(QStringLiteral("hosts-partial"));
        QFile file(partial);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("172.16.0.1 " + f->serviceName().toUtf8() + ".ovh.com\n");
        file.close();
        m.setHostsFilePath(partial);
        m.runChecks();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isChecking(), 10000);
        QCOMPARE(resultOf(m, GuardCheck::Id::HostsFile), GuardCheck::Result::Fail);
    }

    void reportFactsWithoutSecret()
    {
        QVERIFY(enrolAdminWithKnownPassword(*f));
        VpnModel vpn(f->context.get());
        QVERIFY(connectVpn(vpn));
        VpnSettings s = practiceVpn();
        s.peerId = QStringLiteral("vpn.example.com");
        s.customerSubnets << QStringLiteral("192.168.20.0/24");
        vpn.setSettings(s);
        QSignalSpy applied(&vpn, &VpnModel::applyFinished);
        QVERIFY(vpn.apply());
        QVERIFY(applied.wait(30000) && applied.first().first().toBool());
        QCOMPARE(vpn.sessionState(), VpnModel::SessionState::Up);
        QVERIFY(vpn.hasFreshPsk());
        const QString psk = vpn.freshPsk().exposeString();
        QVERIFY(psk.size() >= 22);
        QVERIFY(vpn.sessionReadAt().isValid());

        PrivateGatewayModel gw(f->context.get());
        fastPolling(gw.taskPoller());
        QSignalSpy refreshed(&gw, &StageModel::refreshed);
        gw.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(gw.reportFacts().size() >= 2); // datacenter and state, even when disabled
        gw.setInputs(QStringLiteral("172.16.0.1"), QStringLiteral("255.255.255.0"), QStringLiteral("pg-vrack-admin"));
        QVERIFY(act(gw, [&gw] { return gw.enable(gw.confirmationPhrase()); }));
        QCOMPARE(gw.state(), QStringLiteral("enabled"));
        QVERIFY(gw.lastTaskId() > 0);

        const ComplianceReport report = ComplianceReport::fromStages(
                {&vpn, &gw}, nullptr, f->serviceName(), QStringLiteral("sandbox"),
                QDateTime::currentDateTimeUtc());
        const QString html = report.toHtml();
        const auto has = [&html](const QString &text) {
            return html.contains(text.toHtmlEscaped());
        };
        // Stage 3: peer and identity, local endpoint, both sides, profiles and proposals, status.
        QVERIFY(has(QStringLiteral("203.0.113.50 (identity vpn.example.com)")));
        QVERIFY(has(QStringLiteral("192.0.2.5")));
        QVERIFY(has(QStringLiteral("172.16.0.0/24")));
        QVERIFY(has(QStringLiteral("192.168.10.0/24, 192.168.20.0/24")));
        QVERIFY(has(QStringLiteral("/infra/ipsec-vpn-ike-profiles/snc-wizard-ike: IKEv2, aes256gcm16-prfsha256-ecp384")));
        QVERIFY(has(QStringLiteral("/infra/ipsec-vpn-tunnel-profiles/snc-wizard-esp: ESP, aes256gcm16-ecp384, PFS")));
        QVERIFY(has(QStringLiteral("/infra/tier-0s/%1/ipsec-vpn-services/snc-wizard-ipsec/sessions/snc-wizard-session")
                            .arg(sandbox::NsxModule::tier0Id())));
        QVERIFY2(has(vpn.sessionText() + QStringLiteral(" (read ")), qPrintable(html));
        // Stage 4: datacenter, IP, netmask, portgroup, state, task.
        QVERIFY(has(QStringLiteral("Datacenter")));
        QVERIFY(has(QStringLiteral("172.16.0.1")));
        QVERIFY(has(QStringLiteral("255.255.255.0")));
        QVERIFY(has(QStringLiteral("pg-vrack-admin")));
        QVERIFY(has(QStringLiteral("enabled")));
        QVERIFY(has(QString::number(gw.lastTaskId())));
        // Never the pre-shared key, nor the NSX password.
        QVERIFY(!html.contains(psk));
        QVERIFY(!html.contains(knownAdminPassword().exposeString()));

        QVERIFY(act(gw, [&gw] { return gw.disable(gw.confirmationPhrase()); }));
    }
};

QTEST_GUILESS_MAIN(TestStage34Report)
#include "tst_stage34report.moc"
