// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tokenValidation option through a real SandboxServer: the SMS token, operation validation
// (right, wrong, expired after 15 minutes of sandbox time), never two pending tasks, then snc.
#include "ModulesFixture.h"

#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"

using namespace snc;
using namespace snc::test;

class TestSandboxTokenValidation : public QObject
{
    Q_OBJECT

    static QJsonObject option(const char *name) { return QJsonObject{{s("option"), s(name)}}; }

    static QString resume(ModulesFixture &f) { return f.path(s("/securityOptions/resumePendingEnabling")); }

private slots:
    void validateWithTheSmsToken()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());

        const Reply req = f.api("POST", resume(f), option("tokenValidation"));
        QCOMPARE(req.status, 200);
        const QJsonObject task = req.object();
        const qint64 taskId = task.value(s("taskId")).toInteger();
        QCOMPARE(task.value(s("name")).toString(), s("testTokenValidation"));
        QCOMPARE(task.value(s("state")).toString(), s("toCreate"));

        // The SMS carries the operation id, a 6-digit token and the validation link.
        const QJsonObject sms = f.lastMessage(s("sms"));
        QCOMPARE(sms.value(s("taskId")).toInteger(), taskId);
        const QString token = sms.value(s("code")).toString();
        QCOMPARE(token.size(), 6);
        const QString body = sms.value(s("body")).toString();
        QVERIFY(body.contains(s("Operation Id: %1.").arg(taskId)));
        QVERIFY(body.contains(s("Confirmation token: %1.").arg(token)));
        QVERIFY(body.contains(s("/secure/pcc-192-0-2-1/operation-validation?task=%1&token=%2").arg(taskId).arg(token)));
        QVERIFY(body.contains(s("15 minutes")));

        // One pending token task (asking again while it waits: tst_sandbox_unpublished).
        QCOMPARE(f.api("GET", f.path(s("/task?name=testTokenValidation&state=toCreate|waitingTodo|todo|doing"))).array(),
                 QJsonArray{taskId});

        // Waiting for the token: the task does not finish on its own.
        f.clock.advanceMs(60'000);
        QCOMPARE(f.api("GET", f.path(s("/task/%1").arg(taskId))).object().value(s("state")).toString(), s("doing"));
        const Reply load = f.secure("GET", s("operation-validation?task=%1").arg(taskId));
        QCOMPARE(load.status, 200);
        QCOMPARE(load.object().value(s("name")).toString(), s("testTokenValidation"));

        const QString wrong = token == s("000000") ? s("111111") : s("000000");
        Reply r = f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), taskId}, {s("token"), wrong}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), s("WRONG_TOKEN"));
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), 42}, {s("token"), token}}).errorCode(),
                 s("UNKNOWN_OPERATION"));

        r = f.secure("POST", s("operation-validation"),
                     QJsonObject{{s("task"), QString::number(taskId)}, {s("token"), token.left(3) + s(" ") + token.mid(3)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(f.api("GET", f.path(s("/task/%1").arg(taskId))).object().value(s("state")).toString(), s("done"));
        QVERIFY(!f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array().contains(s("tokenValidation")));
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), taskId}, {s("token"), token}}).errorCode(),
                 s("OPERATION_FINISHED"));
        QVERIFY(f.lastMessage(s("sms")).value(s("body")).toString().contains(s("validated")));
        // Not pending any more: cannot be resumed again.
        QCOMPARE(f.api("POST", resume(f), option("tokenValidation")).status, 400);

        // snc can now be resumed: a task runs; stages 3-5 are not done here, so it ends in error
        // and snc stays pending (tst_sandbox_snc covers the way to pendingOptions == []).
        const Reply snc = f.api("POST", resume(f), option("snc"));
        QCOMPARE(snc.status, 200);
        QCOMPARE(snc.object().value(s("name")).toString(), s("enableSecurityOption"));
        QCOMPARE(f.api("POST", resume(f), option("snc")).status, 409);
        QCOMPARE(f.settle(snc.object().value(s("taskId")).toInteger()).value(s("state")).toString(), s("error"));
        QCOMPARE(f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array(), QJsonArray{s("snc")});
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void tokenExpiresAfterFifteenMinutes()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());
        const qint64 taskId = f.api("POST", resume(f), option("tokenValidation")).object().value(s("taskId")).toInteger();
        const QString token = f.lastMessage(s("sms")).value(s("code")).toString();

        f.clock.advanceMs(15 * 60 * 1000 - 2000); // still valid just before the deadline
        QCOMPARE(f.api("GET", f.path(s("/task/%1").arg(taskId))).object().value(s("state")).toString(), s("doing"));
        f.clock.advanceMs(3000);
        const QJsonObject canceled = f.api("GET", f.path(s("/task/%1").arg(taskId))).object();
        QCOMPARE(canceled.value(s("state")).toString(), s("canceled"));
        QVERIFY(canceled.value(s("description")).toString().contains(s("expired")));

        const Reply r = f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), taskId}, {s("token"), token}});
        QCOMPARE(r.status, 460);
        QCOMPARE(r.errorCode(), s("TOKEN_EXPIRED"));
        QVERIFY(r.message().contains(s("expired")));
        QVERIFY(f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array().contains(s("tokenValidation")));

        // A new token can be requested now, and works.
        const Reply again = f.api("POST", resume(f), option("tokenValidation"));
        QCOMPARE(again.status, 200);
        const qint64 second = again.object().value(s("taskId")).toInteger();
        QVERIFY(second != taskId);
        const QString token2 = f.lastMessage(s("sms")).value(s("code")).toString();
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), second}, {s("token"), token2}}).status,
                 200);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void expiryIsDecidedOnSandboxTimeEvenWithoutRequests()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());
        const qint64 taskId = f.api("POST", resume(f), option("tokenValidation")).object().value(s("taskId")).toInteger();
        f.clock.advanceMs(16 * 60 * 1000);
        // The engine's own timer cancels it (no request needed): the SMS token is then refused.
        QTRY_COMPARE(f.server->tasks()->task(taskId)->state, sandbox::TaskState::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTokenValidation)
#include "tst_sandbox_tokenvalidation.moc"
