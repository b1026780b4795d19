// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, lost answers: stage 1's add whose answer is lost (the connection dropped after the
// sandbox executed it) finds the task it started without guessing the task's name, whatever the
// name (switch addNetworkTaskName, lib/sandbox/UNPUBLISHED.md), so the network is never posted
// twice. Real sandbox, real sockets, the fault injector's drop-after-execute.
#include "SandboxFixture.h"

#include "api/RetryPolicy.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "tasks/TaskPoller.h"

using namespace snc;
using namespace snc::test;

class TestAllowedNetworksLostAdd : public QObject
{
    Q_OBJECT

    int requestsTo(SandboxFixture &f, QLatin1String route)
    {
        const QJsonObject perRoute = f.raw("GET", QStringLiteral("/sandbox/stats")).toObject()
                                             .value(QLatin1String("requestsPerRoute")).toObject();
        return perRoute.value(route).toInt();
    }
    int postsToAllowedNetwork(SandboxFixture &f)
    {
        return requestsTo(f, QLatin1String("POST /1.0/dedicatedCloud/{serviceName}/allowedNetwork"));
    }

    static bool runAction(AllowedNetworksModel &model, const std::function<bool()> &action)
    {
        QSignalSpy finished(&model, &AllowedNetworksModel::actionFinished);
        if (!action() || !finished.wait(20000))
            return false;
        return finished.first().first().toBool();
    }

private slots:
    void lostAddIsFollowedNotPostedTwice_data()
    {
        QTest::addColumn<QString>("taskName");
        QTest::newRow("addAllowedNetwork") << QStringLiteral("addAllowedNetwork");
        QTest::newRow("createAllowedNetwork") << QStringLiteral("createAllowedNetwork");
    }
    void lostAddIsFollowedNotPostedTwice()
    {
        QFETCH(QString, taskName);
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QString why;
        QVERIFY2(f.server->setUnpublished(QStringLiteral("addNetworkTaskName"), taskName, &why), qPrintable(why));
        RetryPolicy noRetry;
        noRetry.maxAttempts = 1;
        f.api->setRetryPolicy(noRetry);
        AllowedNetworksModel model(f.context.get());
        model.taskPoller()->setIntervalMs(50);
        model.taskPoller()->setFirstPollDelayMs(20);
        QSignalSpy refreshed(&model, &StageModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10000));

        // The POST is executed, then its connection dropped: the answer (and the task id) is lost.
        sandbox::FaultSpec lose;
        lose.drop = 1.0;
        lose.dropAfterExecute = 1.0;
        bool dropped = false;
        bool posted = false;
        int listsAfterPost = 0; // before it, the drops make Qt send a dropped GET again
        connect(f.server.get(), &sandbox::SandboxServer::requestHandled, this,
                [&](const QString &route, int status) {
                    if (route.startsWith(QLatin1String("POST")) && route.endsWith(QLatin1String("/allowedNetwork"))) {
                        dropped = status == 0;
                        posted = true;
                        f.server->setFaults({});
                    } else if (posted && route == QLatin1String("GET /1.0/dedicatedCloud/{serviceName}/task")) {
                        ++listsAfterPost;
                    }
                });
        f.server->setFaults(lose);
        const QString block = QStringLiteral("192.168.30.0/24");
        bool ok = runAction(model, [&] { return model.addNetwork(block, {}); });
        QVERIFY(dropped);
        // After the lost answer, one search; a second add searches once more before its POST.
        int searches = 1;
        if (!ok) { // as a user would, after the failure is shown: add again
            ok = runAction(model, [&] { return model.addNetwork(block, {}); });
            ++searches;
        }
        QVERIFY(ok);
        QCOMPARE(postsToAllowedNetwork(f), 1);
        // A search is one list of the service's tasks (not one per unfinished state), then the
        // details of the newest few it has not seen settled.
        QCOMPARE(listsAfterPost, searches);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
        QVERIFY(std::any_of(model.networks().cbegin(), model.networks().cend(),
                            [&block](const AllowedNetwork &n) { return n.network == block; }));
        // The task that ran carries the name the switch chose: the wizard found it all the same.
        const auto tasks = f.server->tasks()->tasks([&taskName](const sandbox::Task &t) { return t.name == taskName; });
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(sandbox::taskStateName(tasks.first()->state), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestAllowedNetworksLostAdd)
#include "tst_allowednetworkslostadd.moc"
