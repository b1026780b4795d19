// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17 item 3 through a real SandboxServer: once tokenValidation is active, a sensitive
// operation (switch sensitiveOperations, UNPUBLISHED.md) waits in `todo` with an SMS in the
// outbox, runs once its token is validated on the secure interface, and is canceled after 15
// minutes of sandbox time; an operation outside the set, or before tokenValidation, never waits.
#include "ModulesFixture.h"

#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"
#include "sandbox/UnpublishedChoices.h"

using namespace snc;
using namespace snc::test;

class TestSandboxOperationTokens : public QObject
{
    Q_OBJECT

    static QString stateOf(ModulesFixture &f, qint64 id)
    {
        return f.api("GET", f.path(s("/task/%1").arg(id))).object().value(s("state")).toString();
    }

    static qint64 addNetwork(ModulesFixture &f, const char *network)
    {
        return f.api("POST", f.path(s("/allowedNetwork")), QJsonObject{{s("network"), s(network)}})
                .object().value(s("taskId")).toInteger();
    }

private slots:
    void switchValues()
    {
        using sandbox::UnpublishedChoices;
        QVERIFY(UnpublishedChoices::problem(s("sensitiveOperations"), s("standard")).isEmpty());
        QVERIFY(UnpublishedChoices::problem(s("sensitiveOperations"), s("allowedNetworkAdd,kmsRegistration")).isEmpty());
        QVERIFY(!UnpublishedChoices::problem(s("sensitiveOperations"), s("allowedNetworkAdd,bogus")).isEmpty());
        QVERIFY(!UnpublishedChoices::problem(s("sensitiveOperations"), s("")).isEmpty());
        QVERIFY(UnpublishedChoices::isSensitive(s("standard"), s("privateGatewayEnable")));
        QVERIFY(!UnpublishedChoices::isSensitive(s("standard"), s("serviceUpdate")));
        QVERIFY(UnpublishedChoices::isSensitive(s("all"), s("serviceUpdate")));
        QVERIFY(!UnpublishedChoices::isSensitive(s("none"), s("allowedNetworkAdd")));
    }

    void sensitiveOperationWaitsForItsToken()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.server->setUnpublished(s("sensitiveOperations"), s("standard")));
        // Before tokenValidation is active nothing waits (enrolAdmin adds a network and changes
        // the admin's properties, both in the set).
        QVERIFY(f.activateTokenValidation());

        const qint64 id = addNetwork(f, "198.51.100.0/28");
        QVERIFY(id > 0);
        const QJsonObject sms = f.lastMessage(s("sms"));
        QCOMPARE(sms.value(s("taskId")).toInteger(), id);
        const QString token = sms.value(s("code")).toString();
        QCOMPARE(token.size(), 6);
        QVERIFY(sms.value(s("body")).toString().contains(s("Operation Id: %1.").arg(id)));
        QVERIFY(sms.value(s("body")).toString().contains(s("operation-validation?task=%1").arg(id)));

        // Not started, however long it waits (short of 15 minutes): `todo`.
        f.clock.advanceMs(10 * 60 * 1000);
        QCOMPARE(stateOf(f, id), s("todo"));
        const Reply load = f.secure("GET", s("operation-validation?task=%1").arg(id));
        QCOMPARE(load.status, 200);
        QCOMPARE(load.object().value(s("name")).toString(), s("addAllowedNetwork"));

        const QString wrong = token == s("000000") ? s("111111") : s("000000");
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), id}, {s("token"), wrong}}).errorCode(),
                 s("WRONG_TOKEN"));
        QCOMPARE(stateOf(f, id), s("todo"));
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), id}, {s("token"), token}}).status, 200);
        QCOMPARE(stateOf(f, id), s("doing"));
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), id}, {s("token"), token}}).errorCode(),
                 s("OPERATION_FINISHED"));
        // Validated: it runs as any task, past its 15 minutes.
        f.clock.advanceMs(6 * 60 * 1000);
        QCOMPARE(stateOf(f, id), s("done"));
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void unvalidatedOperationIsCanceledAfterFifteenMinutes()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.server->setUnpublished(s("sensitiveOperations"), s("standard")));
        QVERIFY(f.activateTokenValidation());
        const qint64 id = addNetwork(f, "198.51.100.0/28");
        const QString token = f.lastMessage(s("sms")).value(s("code")).toString();
        f.clock.advanceMs(15 * 60 * 1000 - 2000);
        QCOMPARE(stateOf(f, id), s("todo"));
        f.clock.advanceMs(3000);
        const QJsonObject canceled = f.api("GET", f.path(s("/task/%1").arg(id))).object();
        QCOMPARE(canceled.value(s("state")).toString(), s("canceled"));
        QVERIFY(canceled.value(s("description")).toString().contains(s("expired")));
        const Reply late = f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), id}, {s("token"), token}});
        QCOMPARE(late.status, 460);
        QCOMPARE(late.errorCode(), s("TOKEN_EXPIRED"));
        // Nothing was done: the network is not allowed, and adding it again is no duplicate.
        const qint64 again = addNetwork(f, "198.51.100.0/28");
        QVERIFY(again > 0 && again != id);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void onlyTheOperationsOfTheSetWait()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.server->setUnpublished(s("sensitiveOperations"), s("userProperties")));
        QVERIFY(f.activateTokenValidation());
        const qint64 id = addNetwork(f, "198.51.100.0/28");
        QCOMPARE(f.settle(id).value(s("state")).toString(), s("done"));
        // The default is none: the same service with the switch off never waits.
        QVERIFY(f.server->setUnpublished(s("sensitiveOperations"), s("none")));
        QCOMPARE(f.settle(addNetwork(f, "198.51.100.16/28")).value(s("state")).toString(), s("done"));
    }

    void expiryWithoutRequests()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.server->setUnpublished(s("sensitiveOperations"), s("all")));
        QVERIFY(f.activateTokenValidation());
        const qint64 id = addNetwork(f, "198.51.100.0/28");
        f.clock.advanceMs(16 * 60 * 1000);
        QTRY_COMPARE(f.server->tasks()->task(id)->state, sandbox::TaskState::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOperationTokens)
#include "tst_sandbox_operationtokens.moc"
