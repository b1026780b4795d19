// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dedicatedCloud module through a real SandboxServer: delivered state, stage 1 (allowed
// networks, access policy) and the user/password-policy/security-option reads of stage 2.
#include "ModulesFixture.h"

#include "sandbox/SandboxStats.h"

using namespace snc;
using namespace snc::test;

class TestSandboxDedicatedCloud : public QObject
{
    Q_OBJECT
private slots:
    void deliveredState()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const Reply list = f.api("GET", s("/dedicatedCloud"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.array().contains(f.sn())); // and a second PCC (tst_sandbox_hostnames)

        const QJsonObject pcc = f.api("GET", f.path()).object();
        QCOMPARE(pcc.value(s("serviceName")).toString(), f.sn());
        QCOMPARE(pcc.value(s("state")).toString(), s("delivered"));
        QCOMPARE(pcc.value(s("userAccessPolicy")).toString(), s("open"));
        QVERIFY(!pcc.value(s("location")).toString().isEmpty());
        QVERIFY(!pcc.value(s("version")).toObject().value(s("major")).toString().isEmpty());
        QVERIFY(pcc.value(s("webInterfaceUrl")).toString().startsWith(s("https://")));

        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork"))).array(), QJsonArray());
        QCOMPARE(f.api("GET", f.path(s("/user"))).array(), QJsonArray{11223});
        QCOMPARE(f.api("GET", f.path(s("/user?name=admin"))).array(), QJsonArray{11223});
        QCOMPARE(f.api("GET", f.path(s("/user?name=bob"))).array(), QJsonArray());
        const QJsonObject admin = f.api("GET", f.path(s("/user/11223"))).object();
        QCOMPARE(admin.value(s("login")).toString(), s("admin"));
        QCOMPARE(admin.value(s("activationState")).toString(), s("disabled"));
        QVERIFY(admin.value(s("phoneNumber")).isNull());
        QCOMPARE(admin.value(s("isTokenValidator")).toBool(), false);

        const QJsonArray pending = f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array();
        QVERIFY(pending.contains(s("tokenValidation")));
        QVERIFY(pending.contains(s("snc")));

        const QJsonObject policy = f.api("GET", f.path(s("/passwordPolicy"))).object();
        QVERIFY(policy.value(s("minLength")).toInt() >= 8);
        QVERIFY(policy.value(s("deniedChars")).isArray());

        QCOMPARE(f.api("GET", s("/dedicatedCloud/pcc-0-0-0-0")).status, 404);
    }

    void geolocationGivesSimulatedAddress()
    {
        ModulesFixture f;
        QVERIFY(f.start(s("203.0.113.42")));
        const Reply r = f.api("POST", s("/me/geolocation"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(s("ip")).toString(), s("203.0.113.42"));
        QVERIFY(!r.object().value(s("countryCode")).toString().isEmpty());
    }

    void allowedNetworkLifecycle()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const Reply add = f.api("POST", f.path(s("/allowedNetwork")),
                                QJsonObject{{s("network"), s("203.0.113.7")}, {s("description"), s("office")}});
        QCOMPARE(add.status, 200);
        const QJsonObject task = add.object();
        QCOMPARE(task.value(s("name")).toString(), s("addAllowedNetwork"));
        QCOMPARE(task.value(s("state")).toString(), s("toCreate")); // a real task starts there (issue 16)
        const qint64 taskId = task.value(s("taskId")).toInteger();
        const qint64 id = task.value(s("networkAccessId")).toInteger();
        QVERIFY(id > 0);
        // Not listed until the task is done; the task can be followed under the network too.
        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork"))).array(), QJsonArray());
        QCOMPARE(f.settle(taskId, f.path(s("/allowedNetwork/%1/task/%2").arg(id).arg(taskId)))
                         .value(s("state")).toString(),
                 s("done"));
        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork"))).array(), QJsonArray{id});
        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork/%1/task").arg(id))).array(), QJsonArray{taskId});
        QJsonObject network = f.api("GET", f.path(s("/allowedNetwork/%1").arg(id))).object();
        QCOMPARE(network.value(s("network")).toString(), s("203.0.113.7/32"));
        QCOMPARE(network.value(s("description")).toString(), s("office"));
        QCOMPARE(network.value(s("state")).toString(), s("allowed"));

        const Reply put = f.api("PUT", f.path(s("/allowedNetwork/%1").arg(id)),
                                QJsonObject{{s("description"), s("home")}});
        QCOMPARE(put.status, 200);
        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork/%1").arg(id))).object().value(s("state")).toString(),
                 s("toUpdate"));
        QCOMPARE(f.settle(put.object().value(s("taskId")).toInteger()).value(s("state")).toString(), s("done"));
        network = f.api("GET", f.path(s("/allowedNetwork/%1").arg(id))).object();
        QCOMPARE(network.value(s("description")).toString(), s("home"));
        QCOMPARE(network.value(s("state")).toString(), s("allowed"));

        const Reply del = f.api("DELETE", f.path(s("/allowedNetwork/%1").arg(id)));
        QCOMPARE(del.status, 200);
        QCOMPARE(f.api("DELETE", f.path(s("/allowedNetwork/%1").arg(id))).status, 409);
        QCOMPARE(f.settle(del.object().value(s("taskId")).toInteger()).value(s("state")).toString(), s("done"));
        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork"))).array(), QJsonArray());
        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork/%1").arg(id))).status, 404);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
        // Deleted, so adding it again is not a duplicate.
        QVERIFY(f.allow(s("203.0.113.7/32")));
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void allowedNetworkRefusals_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<int>("status");
        QTest::newRow("host bits") << s("203.0.113.7/24") << 400;
        QTest::newRow("garbage") << s("not-an-ip") << 400;
        QTest::newRow("octet") << s("203.0.113.256/32") << 400;
        QTest::newRow("prefix") << s("203.0.113.0/33") << 400;
        QTest::newRow("ipv6") << s("2001:db8::/64") << 400;
        QTest::newRow("too many addresses") << s("10.0.0.0/20") << 400;
        QTest::newRow("exactly 2048") << s("10.0.0.0/21") << 200;
    }

    void allowedNetworkRefusals()
    {
        QFETCH(QString, network);
        QFETCH(int, status);
        ModulesFixture f;
        QVERIFY(f.start());
        const Reply r = f.api("POST", f.path(s("/allowedNetwork")), QJsonObject{{s("network"), network}});
        QCOMPARE(r.status, status);
        if (status != 200)
            QVERIFY(!r.message().isEmpty());
    }

    void duplicateNetworkIsRefusedAndCounted()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.allow(s("198.51.100.0/24")));
        // Same block again (even spelled differently): 409, and visible in the statistics.
        const Reply again = f.api("POST", f.path(s("/allowedNetwork")),
                                  QJsonObject{{s("network"), s("198.51.100.0/24")}});
        QCOMPARE(again.status, 409);
        QCOMPARE(f.server->stats()->duplicateCreations(), 1);
        // The 2048-address limit counts what is already allowed (256 + 2048 > 2048).
        QCOMPARE(f.api("POST", f.path(s("/allowedNetwork")), QJsonObject{{s("network"), s("10.0.0.0/21")}}).status,
                 400);
    }

    void accessPolicyFiltered()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.api("PUT", f.path(), QJsonObject{{s("userAccessPolicy"), s("closed")}}).status, 400);
        QCOMPARE(f.api("PUT", f.path(), QJsonObject{{s("state"), s("available")}}).status, 400);
        const Reply put = f.api("PUT", f.path(), QJsonObject{{s("userAccessPolicy"), s("filtered")}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(s("name")).toString(), s("updateService"));
        QCOMPARE(f.settle(put.object().value(s("taskId")).toInteger()).value(s("state")).toString(), s("done"));
        QCOMPARE(f.api("GET", f.path()).object().value(s("userAccessPolicy")).toString(), s("filtered"));
    }

    void changeProperties()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const QString cp = f.path(s("/user/11223/changeProperties"));
        QCOMPARE(f.api("POST", cp, QJsonObject{{s("phoneNumber"), s("+33 6 12 34 56 78")}}).status, 400);
        QCOMPARE(f.api("POST", cp, QJsonObject{{s("phoneNumber"), s("0612345678")}}).status, 400);
        QCOMPARE(f.api("POST", cp, QJsonObject{{s("email"), s("camille@")}}).status, 400);
        QCOMPARE(f.api("POST", cp, QJsonObject{{s("isTokenValidator"), true}}).status, 400); // read name
        QCOMPARE(f.api("POST", cp, QJsonObject{{s("tokenValidator"), s("yes")}}).status, 400);
        QCOMPARE(f.api("POST", f.path(s("/user/999/changeProperties")), QJsonObject{{s("tokenValidator"), true}}).status,
                 404);

        const Reply ok = f.api("POST", cp,
                               QJsonObject{{s("phoneNumber"), s("+33.612345678")},
                                           {s("email"), s("camille@example.com")},
                                           {s("tokenValidator"), true}});
        QCOMPARE(ok.status, 200);
        const qint64 taskId = ok.object().value(s("taskId")).toInteger();
        QCOMPARE(ok.object().value(s("userId")).toInteger(), 11223);
        // Applied when the task is done, not before.
        QVERIFY(f.api("GET", f.path(s("/user/11223"))).object().value(s("phoneNumber")).isNull());
        QCOMPARE(f.settle(taskId, f.path(s("/user/11223/task/%1").arg(taskId))).value(s("state")).toString(),
                 s("done"));
        QCOMPARE(f.api("GET", f.path(s("/user/11223/task"))).array(), QJsonArray{taskId});
        const QJsonObject admin = f.api("GET", f.path(s("/user/11223"))).object();
        QCOMPARE(admin.value(s("phoneNumber")).toString(), s("+33.612345678"));
        QCOMPARE(admin.value(s("email")).toString(), s("camille@example.com"));
        QCOMPARE(admin.value(s("isTokenValidator")).toBool(), true);
    }

    void taskQueries()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const qint64 a = f.api("POST", f.path(s("/allowedNetwork")), QJsonObject{{s("network"), s("192.0.2.0/28")}})
                                 .object().value(s("taskId")).toInteger();
        QVERIFY(a > 0);
        QCOMPARE(f.api("GET", f.path(s("/task?name=addAllowedNetwork&state=toCreate"))).array(), QJsonArray{a});
        QCOMPARE(f.api("GET", f.path(s("/task?name=addAllowedNetwork&state=todo"))).array(), QJsonArray());
        QCOMPARE(f.api("GET", f.path(s("/task?state=done"))).array(), QJsonArray());
        f.settle(a);
        QCOMPARE(f.api("GET", f.path(s("/task?state=toCreate,waitingTodo,todo,doing"))).array(), QJsonArray());
        QCOMPARE(f.api("GET", f.path(s("/task?state=done"))).array(), QJsonArray{a});
        QCOMPARE(f.api("GET", f.path(s("/task/1"))).status, 404);
    }

    void securityOptionReads()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        const QJsonArray matrix = f.api("GET", f.path(s("/securityOptions/compatibilityMatrix?showIncompatible=true"))).array();
        bool sawSnc = false;
        for (const QJsonValue &v : matrix) {
            const QJsonObject o = v.toObject();
            if (o.value(s("name")).toString() == s("snc")) {
                sawSnc = true;
                QCOMPARE(o.value(s("compatible")).toBool(), false);
                QCOMPARE(o.value(s("reason")).toObject().value(s("code")).toString(), s("MISSING_REQUIREMENTS_OPTIONS"));
            }
        }
        QVERIFY(sawSnc);
        QCOMPARE(f.api("GET", f.path(s("/securityOptions/dependenciesTree"))).status, 400);
        const QJsonObject tree = f.api("GET", f.path(s("/securityOptions/dependenciesTree?option=snc"))).object();
        QVERIFY(tree.value(s("requires")).toArray().contains(s("tokenValidation")));
        // The published DependenciesTree: requires, depends, conflicts, nothing else.
        QCOMPARE(tree.keys(), (QStringList{s("conflicts"), s("depends"), s("requires")}));
        // snc cannot be resumed before tokenValidation; unknown options are refused.
        QCOMPARE(f.api("POST", f.path(s("/securityOptions/resumePendingEnabling")), QJsonObject{{s("option"), s("snc")}}).status,
                 400);
        QCOMPARE(f.api("POST", f.path(s("/securityOptions/resumePendingEnabling")), QJsonObject{{s("option"), s("nope")}}).status,
                 400);
        // tokenValidation needs a complete, enabled admin first; the answer says what is missing.
        const Reply early = f.api("POST", f.path(s("/securityOptions/resumePendingEnabling")),
                                  QJsonObject{{s("option"), s("tokenValidation")}});
        QCOMPARE(early.status, 400);
        QVERIFY(early.message().contains(s("phone number")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDedicatedCloud)
#include "tst_sandbox_dedicatedcloud.moc"
