// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo account's two PCCs and their own host names (issue 17, item 1): FQDNs with different
// TLDs in webInterfaceUrl/certifiedInterfaceUrl, GET …/nsxt (the published dedicatedCloud.Nsxt),
// and the secure interface and NSX Manager served under those names' paths (/site/<host>/…).
#include "ModulesFixture.h"

#include "sandbox/modules/DedicatedCloudModule.h"

using namespace snc;
using namespace snc::test;

class TestSandboxHostNames : public QObject
{
    Q_OBJECT

    static QString second() { return sandbox::DedicatedCloudModule::secondServiceName(); }

    static Reply get(ModulesFixture &f, const QString &path)
    {
        QNetworkRequest req(QUrl(f.server->url().toString() + path));
        return f.send(req, "GET", {});
    }

private slots:
    void twoServicesTwoTlds()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.api("GET", QStringLiteral("/dedicatedCloud")).array(), (QJsonArray{f.sn(), second()}));
        const QJsonObject first = f.api("GET", f.path()).object();
        QCOMPARE(first.value(QStringLiteral("certifiedInterfaceUrl")).toString(), QStringLiteral("https://pcc-192-0-2-1.ovh.com/secure/"));
        const QJsonObject pcc = f.api("GET", QStringLiteral("/dedicatedCloud/") + second()).object();
        QCOMPARE(pcc.value(QStringLiteral("certifiedInterfaceUrl")).toString(), QStringLiteral("https://pcc-198-51-100-7.ovh.de/secure/"));
        QCOMPARE(pcc.value(QStringLiteral("webInterfaceUrl")).toString(), QStringLiteral("https://pcc-198-51-100-7.ovh.de/ui"));

        const Reply nsxt = f.api("GET", QStringLiteral("/dedicatedCloud/%1/nsxt").arg(second()));
        QCOMPARE(nsxt.status, 200);
        QCOMPARE(nsxt.object().value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
        QCOMPARE(nsxt.object().value(QStringLiteral("url")).toString(), QStringLiteral("https://nsxt.pcc-198-51-100-7.ovh.de"));
        QVERIFY(!nsxt.object().value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(f.api("GET", QStringLiteral("/dedicatedCloud/pcc-0-0-0-0/nsxt")).status, 404);
    }

    void servedUnderThePublishedNames()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        // The secure interface answers under the PCC's FQDN, for that service only.
        const Reply secure = get(f, QStringLiteral("/site/pcc-198-51-100-7.ovh.de/secure/"));
        QCOMPARE(secure.status, 403); // the caller's address is not allowed yet: the page is there
        QCOMPARE(secure.errorCode(), QStringLiteral("ADDRESS_NOT_ALLOWED"));
        QCOMPARE(get(f, QStringLiteral("/site/pcc-198-51-100-7.ovh.com/secure/")).status, 404); // no such PCC
        // NSX Manager answers under nsxt.<FQDN> (its own authentication: 401 without one).
        QCOMPARE(get(f, QStringLiteral("/site/nsxt.pcc-198-51-100-7.ovh.de/policy/api/v1/infra/tier-0s")).status, 401);
        QCOMPARE(get(f, QStringLiteral("/site/nsx.pcc-198-51-100-7.ovh.de/policy/api/v1/infra/tier-0s")).status, 404);
        QCOMPARE(get(f, QStringLiteral("/site/pcc-198-51-100-7.ovh.de/policy/api/v1/infra/tier-0s")).status, 404);

        // NSX-T not enabled: no URL, and no manager under the old name.
        auto *service = f.modules.dedicatedCloud->service(second());
        service->nsxt = QJsonObject{{QStringLiteral("state"), QStringLiteral("disabled")}};
        const Reply off = f.api("GET", QStringLiteral("/dedicatedCloud/%1/nsxt").arg(second()));
        QCOMPARE(off.object().value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
        QVERIFY(!off.object().contains(QStringLiteral("url")));
        QCOMPARE(get(f, QStringLiteral("/site/nsxt.pcc-198-51-100-7.ovh.de/policy/api/v1/infra/tier-0s")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHostNames)
#include "tst_sandbox_hostnames.moc"
