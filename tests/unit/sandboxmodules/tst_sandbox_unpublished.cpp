// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the robots (the only published list of task names) and the switches of the
// dedicatedCloud module's unpublished behaviours (lib/sandbox/UNPUBLISHED.md), through a real
// SandboxServer on loopback.
#include "ModulesFixture.h"

#include "sandbox/TaskEngine.h"

using namespace snc;
using namespace snc::test;

class TestSandboxUnpublished : public QObject
{
    Q_OBJECT

private slots:
    // GET …/robot and …/robot/{name}, in the published Robot model's shape; the add-network
    // robot carries the name the switch chose, and so does the task it runs.
    void robotsFollowTheAddNetworkName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("addAllowedNetwork") << s("addAllowedNetwork");
        QTest::newRow("createAllowedNetwork") << s("createAllowedNetwork");
    }
    void robotsFollowTheAddNetworkName()
    {
        QFETCH(QString, name);
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.server->setUnpublished(s("addNetworkTaskName"), name));
        const QJsonArray robots = f.api("GET", f.path(s("/robot"))).array();
        QVERIFY(robots.contains(name));
        QVERIFY(robots.contains(s("testTokenValidation")));
        QVERIFY(robots.contains(s("enableSecurityOption")));
        const QString other = name == s("addAllowedNetwork") ? s("createAllowedNetwork") : s("addAllowedNetwork");
        QVERIFY(!robots.contains(other));

        const Reply robot = f.api("GET", f.path(s("/robot/%1").arg(name)));
        QCOMPARE(robot.status, 200);
        const QStringList keys = {s("criticity"), s("description"), s("enabled"), s("name"), s("type")};
        QCOMPARE(robot.object().keys(), keys);
        QCOMPARE(robot.object().value(s("name")).toString(), name);
        QVERIFY(robot.object().value(s("enabled")).isBool());
        QVERIFY(robot.object().value(s("criticity")).isString());
        QCOMPARE(f.api("GET", f.path(s("/robot/%1").arg(other))).status, 404);
        QCOMPARE(f.api("GET", s("/1.0/dedicatedCloud/pcc-0-0-0-0/robot")).status, 404);

        const Reply add = f.api("POST", f.path(s("/allowedNetwork")), QJsonObject{{s("network"), s("192.0.2.0/28")}});
        QCOMPARE(add.status, 200);
        QCOMPARE(add.object().value(s("name")).toString(), name);
        const qint64 networkAccessId = add.object().value(s("networkAccessId")).toInteger();
        QVERIFY(networkAccessId > 0); // the resource the task concerns (published Task model)
        // The task still creates the network, whatever its name.
        f.clock.advanceMs(10'000);
        QCOMPARE(f.api("GET", f.path(s("/allowedNetwork/%1").arg(networkAccessId))).status, 200);
    }

    // tokenTaskReturned=other-task: another task is returned; the SMS names testTokenValidation.
    void tokenRequestReturnsAnotherTask()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());
        QVERIFY(f.server->setUnpublished(s("tokenTaskReturned"), s("other-task")));
        const Reply req = f.api("POST", f.path(s("/securityOptions/resumePendingEnabling")),
                                QJsonObject{{s("option"), s("tokenValidation")}});
        QCOMPARE(req.status, 200);
        const qint64 returned = req.object().value(s("taskId")).toInteger();
        QCOMPARE(req.object().value(s("name")).toString(), s("enableSecurityOption"));
        const QJsonArray tokenTasks = f.api("GET", f.path(s("/task?name=testTokenValidation"))).array();
        QCOMPARE(tokenTasks.size(), 1);
        const qint64 tokenTask = tokenTasks.first().toInteger();
        QVERIFY(tokenTask != returned);
        QCOMPARE(f.lastMessage(s("sms")).value(s("taskId")).toInteger(), tokenTask);
        QVERIFY(f.lastMessage(s("sms")).value(s("body")).toString().contains(s("Operation Id: %1.").arg(tokenTask)));
        // The returned task ends by itself and delivers nothing: the option waits for the token.
        f.clock.advanceMs(10'000);
        QCOMPARE(f.api("GET", f.path(s("/task/%1").arg(returned))).object().value(s("state")).toString(), s("done"));
        QVERIFY(f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array().contains(s("tokenValidation")));
    }

    // tokenRequestWhilePending: a second token request while the first waits (issue 18 item 9).
    void tokenRequestWhilePending_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("oldStillWorks");
        QTest::newRow("replace (default)") << s("replace") << 200 << false;
        QTest::newRow("keep-both") << s("keep-both") << 200 << true;
        QTest::newRow("refuse") << s("refuse") << 409 << true;
    }
    void tokenRequestWhilePending()
    {
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(bool, oldStillWorks);
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());
        if (value != s("replace")) // the default is left untouched: it must be replace
            QVERIFY(f.server->setUnpublished(s("tokenRequestWhilePending"), value));
        const QString resume = f.path(s("/securityOptions/resumePendingEnabling"));
        const QJsonObject body{{s("option"), s("tokenValidation")}};
        const qint64 first = f.api("POST", resume, body).object().value(s("taskId")).toInteger();
        const QString firstToken = f.lastMessage(s("sms")).value(s("code")).toString();
        f.clock.advanceMs(60'000);

        const Reply again = f.api("POST", resume, body);
        QCOMPARE(again.status, status);
        const QString firstState = f.api("GET", f.path(s("/task/%1").arg(first))).object().value(s("state")).toString();
        QCOMPARE(firstState == s("canceled"), !oldStillWorks);
        if (status != 200) {
            QVERIFY(again.message().contains(QString::number(first)));
            return;
        }
        const qint64 second = again.object().value(s("taskId")).toInteger();
        QVERIFY(second > first);
        const QString secondToken = f.lastMessage(s("sms")).value(s("code")).toString();
        QCOMPARE(f.lastMessage(s("sms")).value(s("taskId")).toInteger(), second);
        if (!oldStillWorks) {
            QVERIFY(f.api("GET", f.path(s("/task/%1").arg(first))).object().value(s("description")).toString().contains(s("Replaced")));
            QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), first}, {s("token"), firstToken}})
                             .errorCode(),
                     s("OPERATION_FINISHED"));
        }
        // The newest token works either way, and delivers the option.
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), second}, {s("token"), secondToken}})
                         .status,
                 200);
        QVERIFY(!f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array().contains(s("tokenValidation")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxUnpublished)
#include "tst_sandbox_unpublished.moc"
