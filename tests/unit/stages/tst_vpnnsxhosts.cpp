// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3 finds NSX Manager where the API says (GET /dedicatedCloud/{sn}/nsxt), on the demo
// account's second PCC, whose FQDN ends in .ovh.de: the model reaches the sandbox only under the
// published host names (/site/<host>/…), never under /nsx/{serviceName}; with NSX-T not enabled
// it says so and how to enable it, and sends nothing to NSX (issue 17, items 1 and 5).
#include "Stage34Helpers.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/DedicatedCloudModule.h"
#include "sandbox/modules/NsxModule.h"
#include "stages/gateway/PrivateGatewayModel.h"

#include <QTest>

using namespace snc;
using namespace snc::test;

class TestVpnNsxHosts : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> f;
    const QString m_second = sandbox::DedicatedCloudModule::secondServiceName();

    int nsxRequests(const QString &prefix) const
    {
        int n = 0;
        const QJsonObject perRoute = f->server->stats()->toJson().value(QStringLiteral("requestsPerRoute")).toObject();
        for (auto it = perRoute.begin(); it != perRoute.end(); ++it) {
            if (it.key().section(u' ', 1).startsWith(prefix))
                n += it.value().toInt();
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        f = std::make_unique<SandboxFixture>();
        QVERIFY2(f->started, qPrintable(f->startError));
        // The second service, with the names its GET /dedicatedCloud/{sn} gives (ConnectionModel's way).
        f->context->setServiceName(m_second, ServiceHosts::fromService(
                f->modules.dedicatedCloud->service(m_second)->properties));
        QCOMPARE(f->context->serviceHosts().pccFqdn(), QStringLiteral("pcc-198-51-100-7.ovh.de"));
        QVERIFY(enrolAdminWithKnownPassword(*f));
    }
    void cleanupTestCase() { f.reset(); }

    void nsxManagerFromTheApi()
    {
        VpnModel vpn(f->context.get());
        QVERIFY(connectVpn(vpn));
        QCOMPARE(vpn.status(), StageModel::Status::NotStarted);
        // The Tier-0 shown as ovh-T0-gw was found by that name: the session lives under its id.
        QVERIFY2(vpn.sessionPath().startsWith(QStringLiteral("/infra/tier-0s/%1/").arg(sandbox::NsxModule::tier0Id())),
                 qPrintable(vpn.sessionPath()));
        // NSX Manager's host is the one /nsxt gave, and it reaches the hosts-file names.
        QCOMPARE(f->context->serviceHosts().nsxtUrl.host(), QStringLiteral("nsxt.pcc-198-51-100-7.ovh.de"));
        QVERIFY(nsxRequests(QStringLiteral("/site/{nsxHost}/")) > 0);
        QCOMPARE(nsxRequests(QStringLiteral("/nsx/")), 0);
        // The secure interface of stage 2 was reached under the PCC's own name too.
        QVERIFY(nsxRequests(QStringLiteral("/site/{pccHost}/secure")) > 0);
        QCOMPARE(nsxRequests(QStringLiteral("/secure/")), 0);

        PrivateGatewayModel gateway(f->context.get());
        const QStringList names = gateway.hostNames();
        QCOMPARE(names, (QStringList{QStringLiteral("pcc-198-51-100-7.ovh.de"), QStringLiteral("nsxt.pcc-198-51-100-7.ovh.de")}));
        for (const QString &name : names)
            QVERIFY2(!name.contains(QStringLiteral("ovh.com")), qPrintable(name));
    }

    void nsxtNotEnabled()
    {
        auto *service = f->modules.dedicatedCloud->service(m_second);
        const QJsonObject enabled = service->nsxt;
        service->nsxt = QJsonObject{{QStringLiteral("state"), QStringLiteral("disabled")}};
        const int before = nsxRequests(QStringLiteral("/site/{nsxHost}/"));

        VpnModel vpn(f->context.get());
        QSignalSpy refreshed(&vpn, &StageModel::refreshed);
        vpn.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.last().first().toBool(), false);
        QCOMPARE(vpn.lastError().errorCode, QStringLiteral("NSXT_NOT_ENABLED"));
        QVERIFY2(vpn.lastErrorMessage().contains(QStringLiteral("Enable NSX-T")), qPrintable(vpn.lastErrorMessage()));
        QVERIFY(vpn.lastErrorMessage().contains(QStringLiteral("disabled")));
        QCOMPARE(vpn.status(), StageModel::Status::Failed);
        QVERIFY(vpn.statusText().contains(QStringLiteral("NSX-T")));
        vpn.setSettings(practiceVpn());
        QVERIFY(!vpn.apply());
        QCOMPARE(vpn.lastError().errorCode, QStringLiteral("NSXT_NOT_ENABLED"));
        QCOMPARE(nsxRequests(QStringLiteral("/site/{nsxHost}/")), before); // nothing sent to NSX

        // NSX-T not enabled: the hosts file has no NSX Manager to name, only the PCC.
        QCOMPARE(f->context->serviceHosts().vsphereHostNames(), QStringList{QStringLiteral("pcc-198-51-100-7.ovh.de")});
        service->nsxt = enabled;
    }

    /// Stage 4 does not wait for stage 3: its refresh reads /nsxt itself, and until then the
    /// hosts check is not known (never `nsxt.<FQDN>` made up). Issue 17, item 1.
    void gatewayReadsNsxtItself()
    {
        // The names as a fresh connection gives them: the PCC's, /nsxt not read.
        f->context->setServiceName(QString());
        f->context->setServiceName(m_second, ServiceHosts::fromService(
                f->modules.dedicatedCloud->service(m_second)->properties));
        QVERIFY(!f->context->serviceHosts().nsxtRead);
        PrivateGatewayModel gateway(f->context.get());
        QVERIFY(gateway.hostNames().isEmpty());
        QCOMPARE(gateway.hostsLine(), QStringLiteral("<ip>")); // no name to map yet

        QSignalSpy refreshed(&gateway, &StageModel::refreshed);
        gateway.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(refreshed.last().first().toBool());
        QCOMPARE(gateway.hostNames(), (QStringList{QStringLiteral("pcc-198-51-100-7.ovh.de"),
                                                   QStringLiteral("nsxt.pcc-198-51-100-7.ovh.de")}));

        // A re-read of the service (the connection's) keeps what /nsxt said of the same PCC.
        f->context->setServiceHosts(ServiceHosts::fromService(f->modules.dedicatedCloud->service(m_second)->properties));
        QCOMPARE(gateway.hostNames().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestVpnNsxHosts)
#include "tst_vpnnsxhosts.moc"
