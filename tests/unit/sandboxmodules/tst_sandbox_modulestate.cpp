// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The modules' state survives a restart with a state file (networks, users, enrolment, options,
// pending token task, outbox), and the outbox's own query rules.
#include "ModulesFixture.h"

#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;

class TestSandboxModuleState : public QObject
{
    Q_OBJECT
private slots:
    void survivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(s("state.json"));
        qint64 taskId = 0;
        QString token;
        qint64 clockMs = 0;
        {
            ModulesFixture f;
            f.stateFile = file;
            QVERIFY(f.start());
            QVERIFY(f.enrolAdmin());
            const Reply r = f.api("POST", f.path(s("/securityOptions/resumePendingEnabling")),
                                  QJsonObject{{s("option"), s("tokenValidation")}});
            QCOMPARE(r.status, 200);
            taskId = r.object().value(s("taskId")).toInteger();
            token = f.lastMessage(s("sms")).value(s("code")).toString();
            clockMs = f.clock.nowMs();
            f.server->stop();
        }
        ModulesFixture g;
        g.stateFile = file;
        g.clock.setNowMs(clockMs + 60'000);
        QVERIFY(g.start());
        QCOMPARE(g.api("GET", g.path(s("/allowedNetwork"))).array().size(), 1);
        const QJsonObject admin = g.api("GET", g.path(s("/user/11223"))).object();
        QCOMPARE(admin.value(s("activationState")).toString(), s("enabled"));
        QCOMPARE(admin.value(s("phoneNumber")).toString(), s("+33.612345678"));
        QCOMPARE(g.lastMessage(s("sms")).value(s("code")).toString(), token);
        QCOMPARE(g.api("GET", g.path(s("/task/%1").arg(taskId))).object().value(s("state")).toString(), s("doing"));
        // The pending token is still the one to use. (What a second request does while it waits
        // is the unpublished tokenRequestWhilePending, tested in tst_sandbox_unpublished.)
        QCOMPARE(g.secure("POST", s("operation-validation"), QJsonObject{{s("task"), taskId}, {s("token"), token}}).status,
                 200);
        QVERIFY(!g.api("GET", g.path(s("/securityOptions/pendingOptions"))).array().contains(s("tokenValidation")));
    }

    void outboxQueries()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.outbox().size(), 0);
        QNetworkRequest bad(QUrl(f.server->url().toString() + s("/sandbox/outbox?since=abc")));
        bad.setRawHeader(sandbox::SandboxServer::controlHeader(), f.server->controlSecret().toUtf8());
        QCOMPARE(f.send(bad, "GET", {}).status, 400);
        QNetworkRequest all(QUrl(f.server->url().toString() + s("/sandbox/outbox")));
        // Without the session's control secret the outbox (its codes) is not given (issue 15, item 9).
        QCOMPARE(f.send(all, "GET", {}).status, 401);
        all.setRawHeader(sandbox::SandboxServer::controlHeader(), "not-the-secret-0123456789abcdef");
        QCOMPARE(f.send(all, "GET", {}).status, 401);
        all.setRawHeader(sandbox::SandboxServer::controlHeader(), f.server->controlSecret().toUtf8());
        const Reply r = f.send(all, "GET", {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isArray());
    }
};

QTEST_GUILESS_MAIN(TestSandboxModuleState)
#include "tst_sandbox_modulestate.moc"
