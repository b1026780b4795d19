// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A user's rights per datacenter (`/dedicatedCloud/{sn}/user/{userId}/right…`, the published
// `dedicatedCloud.Right`), the PUT's task, and NSX's refusal of a user whose network role is
// below `manager` (unpublished switch adminNetworkRole).
#include "ModulesFixture.h"

#include <QTest>

using namespace snc::test;

class TestSandboxUserRights : public QObject
{
    Q_OBJECT

    ModulesFixture f;

    int nsxStatus()
    {
        QNetworkRequest req(QUrl(f.server->url().toString() + s("/nsx/") + f.sn() + s("/policy/api/v1/infra/tier-0s")));
        req.setRawHeader("Authorization",
                         "Basic " + (s("admin@pcc-192-0-2-1.ovh.com:") + ModulesFixture::goodPassword()).toUtf8().toBase64());
        const Reply r = f.send(req, "GET", {});
        if (r.status == 403) // a right, never the credentials' wording
            return r.object().value(s("error_message")).toString().contains(s("credentials")) ? -403 : 403;
        return r.status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());
    }

    void readAsPublished()
    {
        const Reply ids = f.api("GET", f.path(s("/user/11223/right")));
        QCOMPARE(ids.status, 200);
        const QJsonArray list = QJsonDocument::fromJson(ids.body).array();
        QCOMPARE(list.size(), 1);
        const qint64 rightId = list.at(0).toInteger();
        const Reply r = f.api("GET", f.path(s("/user/11223/right/%1").arg(rightId)));
        QCOMPARE(r.status, 200);
        const QJsonObject right = r.object();
        // Every field of dedicatedCloud.Right, with values of its enums.
        QCOMPARE(right.value(s("rightId")).toInteger(), rightId);
        QCOMPARE(right.value(s("datacenterId")).toInteger(), 1);
        QVERIFY(right.value(s("canAddRessource")).isBool());
        QVERIFY(QStringList({s("admin"), s("disabled"), s("readonly"), s("readwrite")}).contains(right.value(s("right")).toString()));
        QVERIFY(QStringList({s("admin"), s("noAccess"), s("readonly")}).contains(right.value(s("vmNetworkRole")).toString()));
        QCOMPARE(right.value(s("networkRole")).toString(), s("admin")); // delivered: adminNetworkRole's default
        QCOMPARE(right.size(), 6);
        QCOMPARE(f.api("GET", f.path(s("/user/11223/right/999"))).status, 404);
        QCOMPARE(f.api("GET", f.path(s("/user/999/right"))).status, 404);
        QCOMPARE(nsxStatus(), 200);
    }

    void missingRoleRefusedByNsxThenGranted()
    {
        QString why;
        QVERIFY2(f.server->setUnpublished(s("adminNetworkRole"), s("readonly"), &why), qPrintable(why));
        const qint64 rightId = QJsonDocument::fromJson(f.api("GET", f.path(s("/user/11223/right"))).body).array().at(0).toInteger();
        const QString rp = f.path(s("/user/11223/right/%1").arg(rightId));
        QCOMPARE(f.api("GET", rp).object().value(s("networkRole")).toString(), s("readonly"));
        QCOMPARE(nsxStatus(), 403);

        // The PUT checks the published enums and the read-only ids.
        QCOMPARE(f.api("PUT", rp, QJsonObject{{s("networkRole"), s("provider")}}).status, 400);
        QCOMPARE(f.api("PUT", rp, QJsonObject{{s("vmNetworkRole"), s("manager")}}).status, 400);
        QCOMPARE(f.api("PUT", rp, QJsonObject{{s("datacenterId"), 2}, {s("networkRole"), s("manager")}}).status, 400);
        QCOMPARE(f.api("PUT", rp, QJsonObject{{s("nsxRight"), true}}).status, 400);
        QCOMPARE(f.api("PUT", rp, QJsonObject{{s("networkRole"), s("readonly")}}).status, 400); // nothing to change
        QCOMPARE(f.api("PUT", f.path(s("/user/11223/right/999")), QJsonObject{{s("networkRole"), s("manager")}}).status, 404);

        const Reply ok = f.api("PUT", rp, QJsonObject{{s("right"), s("readwrite")}, {s("canAddRessource"), true},
                                                      {s("vmNetworkRole"), s("admin")}, {s("networkRole"), s("manager")},
                                                      {s("datacenterId"), 1}, {s("rightId"), rightId}});
        QCOMPARE(ok.status, 200);
        const qint64 taskId = ok.object().value(s("taskId")).toInteger();
        QVERIFY(taskId > 0);
        // Applied when the task, followed under the user, is done; not before.
        QCOMPARE(f.api("GET", rp).object().value(s("networkRole")).toString(), s("readonly"));
        QCOMPARE(nsxStatus(), 403);
        const QJsonObject task = f.settle(taskId, f.path(s("/user/11223/task/%1").arg(taskId)));
        QCOMPARE(task.value(s("state")).toString(), s("done"));
        QCOMPARE(task.value(s("name")).toString(), s("changeUserRight"));
        QCOMPARE(f.api("GET", rp).object().value(s("networkRole")).toString(), s("manager"));
        QCOMPARE(nsxStatus(), 200); // manager is enough
        // Set by the API, the switch no longer decides it.
        QVERIFY(f.server->setUnpublished(s("adminNetworkRole"), s("noAccess")));
        QCOMPARE(nsxStatus(), 200);
        QVERIFY(f.server->setUnpublished(s("adminNetworkRole"), s("admin")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxUserRights)
#include "tst_sandbox_userrights.moc"
