// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3 checks the login's NSX right through OVHcloud's API before it asks NSX anything, and
// grants it as the control panel does (issue 17, item 2): the whole user sent to
// changeProperties, the user task followed to its end, the user read again. Against the
// sandbox, with the delivered admin without the right (unpublished switch adminNsxRight); then
// the network role NSX needs on the datacenter (switch adminNetworkRole), granted with the
// published PUT …/user/{userId}/right/{rightId} and its task followed the same way.
#include "Stage34Helpers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "stages/vpn/NsxClient.h"
#include "stages/TaskProgress.h"
#include "stages/vpn/NsxUserRight.h"

#include <QTest>

using namespace snc;
using namespace snc::test;

class TestVpnNsxRight : public Stage3TestCase
{
    Q_OBJECT

    int requests(const QString &route) const
    {
        const QJsonObject perRoute = f->server->stats()->toJson().value(QStringLiteral("requestsPerRoute")).toObject();
        int n = 0;
        for (auto it = perRoute.begin(); it != perRoute.end(); ++it) {
            if (it.key().contains(route))
                n += it.value().toInt();
        }
        return n;
    }

    /// Reads `vpn` as the page does once the password is typed (setNsxPassword refreshes), its
    /// tasks and the session's status polled fast; false if no read came.
    static bool readWithPassword(VpnModel &vpn)
    {
        fastPolling(vpn.taskPoller());
        vpn.setStatusIntervalMs(30);
        QSignalSpy refreshed(&vpn, &StageModel::refreshed);
        vpn.setNsxPassword(knownAdminPassword()); // refreshes
        return refreshed.wait(10000);
    }

private slots:
    void grantBodyIsTheWholeUser()
    {
        const QJsonObject user{{QStringLiteral("userId"), 11223}, {QStringLiteral("login"), QStringLiteral("admin")},
                               {QStringLiteral("email"), QStringLiteral("camille@example.com")},
                               {QStringLiteral("firstName"), QJsonValue::Null},
                               {QStringLiteral("phoneNumber"), QStringLiteral("+33.612345678")},
                               {QStringLiteral("isTokenValidator"), true}, {QStringLiteral("canManageRights"), true},
                               {QStringLiteral("canManageNetwork"), false}, {QStringLiteral("nsxRight"), false},
                               {QStringLiteral("encryptionRight"), true}, {QStringLiteral("state"), QStringLiteral("delivered")}};
        const QJsonObject body = NsxUserRight::grantBody(user);
        QCOMPARE(body.value(QStringLiteral("nsxRight")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("tokenValidator")), QJsonValue(true)); // kept, under the parameter's name
        QCOMPARE(body.value(QStringLiteral("email")).toString(), QStringLiteral("camille@example.com"));
        QCOMPARE(body.value(QStringLiteral("canManageNetwork")), QJsonValue(false)); // sent as it is, never reset
        QCOMPARE(body.value(QStringLiteral("encryptionRight")), QJsonValue(true));
        QVERIFY(!body.contains(QStringLiteral("firstName"))); // null: not sent
        for (const QString &k : {QStringLiteral("userId"), QStringLiteral("login"), QStringLiteral("state"),
                                 QStringLiteral("isTokenValidator")})
            QVERIFY2(!body.contains(k), qPrintable(k)); // not parameters of changeProperties
    }

    void missingRightThenGranted()
    {
        QVERIFY(f->server->setUnpublished(QStringLiteral("adminNsxRight"), QStringLiteral("not-granted")));
        VpnModel vpn(f->context.get());
        QVERIFY(readWithPassword(vpn));
        const int nsxBefore = requests(QStringLiteral("/site/{nsxHost}/"));

        // Read from the API: the page says which right, for whom; NSX was not asked.
        QVERIFY(vpn.nsxRightMissing());
        QVERIFY2(vpn.nsxRightText().contains(QStringLiteral("admin")), qPrintable(vpn.nsxRightText()));
        QVERIFY(vpn.nsxRightText().contains(QStringLiteral("NSX right")));
        QCOMPARE(vpn.status(), StageModel::Status::WaitingForUser);
        QCOMPARE(vpn.statusText(), QStringLiteral("The NSX right is missing"));
        vpn.setSettings(practiceVpn());
        QVERIFY(!vpn.apply()); // refused before anything is sent
        QVERIFY(vpn.lastErrorMessage().contains(QStringLiteral("NSX right")));
        QCOMPARE(requests(QStringLiteral("/site/{nsxHost}/")), nsxBefore);

        // NSX itself refuses the user (a right, not the credentials), as the sandbox's NSX does.
        std::optional<Result<QJsonValue>> direct;
        vpn.nsx()->get(QStringLiteral("/infra/tier-0s"), this, [&](const Result<QJsonValue> &r) { direct = r; });
        QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), 10000);
        QCOMPARE(direct->error().errorCode, QStringLiteral("NSX_RIGHTS"));
        QCOMPARE(direct->error().httpStatus, 403);

        // The grant: changeProperties, the user task followed through the stage's progress.
        const int posts = requests(QStringLiteral("/user/{userId}/changeProperties"));
        QSignalSpy granted(&vpn, &VpnModel::nsxRightGrantFinished);
        QSignalSpy running(vpn.taskProgress(), &TaskProgress::runningChanged);
        QVERIFY(vpn.grantNsxRight());
        QVERIFY(!vpn.grantNsxRight()); // one at a time
        QVERIFY(granted.wait(20000));
        QVERIFY2(granted.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
        QCOMPARE(requests(QStringLiteral("/user/{userId}/changeProperties")), posts + 1);
        QVERIFY(requests(QStringLiteral("/user/{userId}/task/{taskId}")) > 0);
        QVERIFY(!running.isEmpty()); // shown as the stage's task
        QVERIFY(!vpn.nsxRightMissing());

        // Then refreshed: NSX is read with the right, and apply goes through.
        QTRY_VERIFY_WITH_TIMEOUT(!vpn.isBusy() && vpn.status() == StageModel::Status::NotStarted, 20000);
        QSignalSpy applied(&vpn, &VpnModel::applyFinished);
        QVERIFY2(vpn.apply(), qPrintable(vpn.lastErrorMessage()));
        QVERIFY(applied.wait(30000));
        QVERIFY2(applied.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
        QVERIFY(f->server->setUnpublished(QStringLiteral("adminNsxRight"), QStringLiteral("granted")));
    }

    void rightGrantBody()
    {
        QVERIFY(!NsxUserRight::networkRoleSuffices(QStringLiteral("noAccess")));
        QVERIFY(!NsxUserRight::networkRoleSuffices(QStringLiteral("readonly")));
        QVERIFY(NsxUserRight::networkRoleSuffices(QStringLiteral("manager")));
        QVERIFY(NsxUserRight::networkRoleSuffices(QStringLiteral("admin")));
        QVERIFY(!NsxUserRight::networkRoleSuffices(QString()));
        const QJsonObject right{{QStringLiteral("rightId"), 5501}, {QStringLiteral("datacenterId"), 1},
                                {QStringLiteral("right"), QStringLiteral("readonly")},
                                {QStringLiteral("canAddRessource"), false},
                                {QStringLiteral("vmNetworkRole"), QStringLiteral("noAccess")},
                                {QStringLiteral("networkRole"), QStringLiteral("readonly")}};
        const QJsonObject body = NsxUserRight::rightGrantBody(right);
        QCOMPARE(body.value(QStringLiteral("networkRole")).toString(), QStringLiteral("manager"));
        QCOMPARE(body.value(QStringLiteral("right")).toString(), QStringLiteral("readonly")); // unchanged
        QCOMPARE(body.value(QStringLiteral("canAddRessource")), QJsonValue(false));
        QCOMPARE(body.value(QStringLiteral("vmNetworkRole")).toString(), QStringLiteral("noAccess"));
        QCOMPARE(body.size(), 4);
    }

    void missingNetworkRoleThenGranted()
    {
        QVERIFY(f->server->setUnpublished(QStringLiteral("adminNetworkRole"), QStringLiteral("readonly")));
        VpnModel vpn(f->context.get());
        QVERIFY(readWithPassword(vpn));
        QVERIFY(requests(QStringLiteral("GET /1.0/dedicatedCloud/{serviceName}/user/{userId}/right/{rightId}")) > 0);

        // The NSX right is there; the network role on datacenter 1 is not: the page says which.
        QVERIFY(vpn.nsxRightMissing());
        const QString text = vpn.nsxRightText();
        QVERIFY2(text.contains(QStringLiteral("network role")) && text.contains(QStringLiteral("manager"))
                         && text.contains(QStringLiteral("datacenter(s) 1")) && !text.contains(QStringLiteral("neither")),
                 qPrintable(text));
        QCOMPARE(vpn.statusText(), QStringLiteral("The network role NSX needs is missing"));
        vpn.setSettings(practiceVpn());
        QVERIFY(!vpn.apply()); // refused before anything is sent

        // NSX refuses the user for the right, and its message names both rights.
        std::optional<Result<QJsonValue>> direct;
        vpn.nsx()->get(QStringLiteral("/infra/tier-0s"), this, [&](const Result<QJsonValue> &r) { direct = r; });
        QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), 10000);
        QCOMPARE(direct->error().errorCode, QStringLiteral("NSX_RIGHTS"));
        QVERIFY(direct->error().serverMessage.contains(QStringLiteral("network")));

        // The same offer: one PUT on the right, its task followed; changeProperties not sent.
        const QString put = QStringLiteral("PUT /1.0/dedicatedCloud/{serviceName}/user/{userId}/right/{rightId}");
        const int puts = requests(put);
        const int posts = requests(QStringLiteral("/user/{userId}/changeProperties"));
        const int taskReads = requests(QStringLiteral("/user/{userId}/task/{taskId}"));
        QSignalSpy granted(&vpn, &VpnModel::nsxRightGrantFinished);
        QVERIFY(vpn.grantNsxRight());
        QVERIFY(granted.wait(20000));
        QVERIFY2(granted.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
        QCOMPARE(requests(put), puts + 1);
        QCOMPARE(requests(QStringLiteral("/user/{userId}/changeProperties")), posts);
        QVERIFY(requests(QStringLiteral("/user/{userId}/task/{taskId}")) > taskReads);
        QVERIFY(!vpn.nsxRightMissing()); // read again

        // Then NSX lets the user in (the VPN the previous case applied is read), and apply goes through.
        QTRY_VERIFY_WITH_TIMEOUT(!vpn.isBusy() && vpn.status() != StageModel::Status::WaitingForUser
                                         && vpn.status() != StageModel::Status::Failed, 20000);
        QSignalSpy applied(&vpn, &VpnModel::applyFinished);
        QVERIFY2(vpn.apply(), qPrintable(vpn.lastErrorMessage()));
        QVERIFY(applied.wait(30000));
        QVERIFY2(applied.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
        QVERIFY(f->server->setUnpublished(QStringLiteral("adminNetworkRole"), QStringLiteral("admin")));
    }

    void anotherUserIsReadAgain()
    {
        // A login no user of the service has (an identity provider's account): NSX decides.
        VpnModel vpn(f->context.get());
        QVERIFY(connectVpn(vpn));
        QVERIFY(!vpn.nsxRightMissing());
        QVERIFY(vpn.setNsxLogin(QStringLiteral("camille@%1").arg(f->context->serviceHosts().pccFqdn())));
        QSignalSpy refreshed(&vpn, &StageModel::refreshed);
        vpn.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!vpn.nsxRightMissing());
        QCOMPARE(vpn.lastError().errorCode, QStringLiteral("NSX_AUTH")); // NSX does not know camille
    }
};

QTEST_GUILESS_MAIN(TestVpnNsxRight)
#include "tst_vpnnsxright.moc"
