// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AllowedNetworksModel (stage 1) against the real sandbox: list, add (incl. refusals before
// anything is sent), the 2048-address limit, delete, access policy, status from the API.
#include "SandboxFixture.h"

#include "api/RetryPolicy.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "tasks/TaskPoller.h"

#include <QTimer>

#include <memory>

using namespace snc;
using namespace snc::test;

class TestAllowedNetworksModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> f;
    std::unique_ptr<AllowedNetworksModel> model;

    bool runAction(const std::function<bool()> &action)
    {
        QSignalSpy finished(model.get(), &AllowedNetworksModel::actionFinished);
        if (!action())
            return false;
        if (!finished.wait(20000))
            return false;
        return finished.first().first().toBool();
    }
    int postsToAllowedNetwork()
    {
        // Counts what reached the sandbox, to prove that local refusals send nothing.
        const QJsonObject perRoute = f->raw("GET", QStringLiteral("/sandbox/stats")).toObject()
                                             .value(QLatin1String("requestsPerRoute")).toObject();
        int posts = 0;
        for (auto it = perRoute.begin(); it != perRoute.end(); ++it) {
            if (it.key().startsWith(QLatin1String("POST")) && it.key().endsWith(QLatin1String("/allowedNetwork")))
                posts += it.value().toInt();
        }
        return posts;
    }

private slots:
    void init()
    {
        f = std::make_unique<SandboxFixture>();
        QVERIFY2(f->started, qPrintable(f->startError));
        model = std::make_unique<AllowedNetworksModel>(f->context.get());
        model->taskPoller()->setIntervalMs(50);
        model->taskPoller()->setFirstPollDelayMs(20);
    }
    void cleanup()
    {
        model.reset();
        f.reset();
    }

    void deliveredState()
    {
        QCOMPARE(model->status(), StageModel::Status::Unknown);
        QSignalSpy refreshed(model.get(), &StageModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().toBool(), true);
        QVERIFY(model->networks().isEmpty());
        QCOMPARE(model->userAccessPolicy(), QStringLiteral("open"));
        QCOMPARE(model->status(), StageModel::Status::NotStarted);
        QVERIFY(!model->isComplete());
    }

    // Issue 14: "Refresh from OVHcloud" pressed while an add reads back its result. The read-back
    // belongs to the add: the refresh neither cancels it nor answers it, and the add succeeds.
    // (Before the operation core, the refresh bumped the generation the read-back checked, and
    // the page said "The change did not complete" although the network was added.)
    void refreshDuringTheReadBackOfAnAddDoesNotFailIt()
    {
        QSignalSpy refreshed(model.get(), &StageModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));
        refreshed.clear();

        QSignalSpy finished(model.get(), &AllowedNetworksModel::actionFinished);
        bool refreshedDuringReadBack = false;
        // The task's end: the model reads back right after it; the refresh comes from the event
        // loop, while that read is on the wire.
        connect(model->taskPoller(), &TaskPoller::finished, this, [&] {
            QTimer::singleShot(0, this, [&] {
                refreshedDuringReadBack = model->isBusy() && finished.isEmpty();
                model->refresh();
            });
        }, Qt::SingleShotConnection);
        QVERIFY(model->addNetwork(QStringLiteral("198.51.100.0/24"), {}));
        QVERIFY(finished.wait(20000));
        QVERIFY(refreshedDuringReadBack);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(model->lastErrorMessage()));
        QVERIFY(!model->hasError());
        QCOMPARE(model->networks().size(), 1);
        QCOMPARE(model->networks().first().network, QStringLiteral("198.51.100.0/24"));
        // The refresh got its own answer, once.
        if (refreshed.isEmpty())
            QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.first().first().toBool(), true);
        QVERIFY(!model->isBusy());
    }

    void fullStage()
    {
        QSignalSpy refreshed(model.get(), &StageModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));

        // The user's current public address, as OVHcloud sees it.
        QSignalSpy address(model.get(), &AllowedNetworksModel::currentPublicAddressChanged);
        model->fetchCurrentPublicAddress();
        QVERIFY(address.wait(10000));
        QCOMPARE(model->currentPublicAddress(), QStringLiteral("203.0.113.7"));

        // Documentation range accepted because this is the practice sandbox.
        const Ipv4BlockCheck c = model->checkNetwork(model->currentPublicAddress());
        QVERIFY2(c.ok(), qPrintable(c.errorText));
        QCOMPARE(c.notices.size(), 1); // "/32 was added"
        QSignalSpy progress(model->taskProgress(), &TaskProgress::changed);
        QVERIFY(runAction([&] { return model->addNetwork(model->currentPublicAddress(), QStringLiteral(" my  office ")); }));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(model->networks().size(), 1);
        QCOMPARE(model->networks().first().network, QStringLiteral("203.0.113.7/32"));
        QCOMPARE(model->networks().first().description, QStringLiteral("my office"));
        QCOMPARE(model->networks().first().state, QStringLiteral("allowed"));
        QCOMPARE(model->status(), StageModel::Status::InProgress); // policy still open

        // Private range with host bits: normalised, then sent.
        QVERIFY(runAction([&] { return model->addNetwork(QStringLiteral("10.20.30.40/22"), {}); }));
        QCOMPARE(model->networks().size(), 2);
        QCOMPARE(model->totalAddresses(), qint64(1025));

        // Refused locally, nothing sent: overlap, duplicate, invalid, loopback, over the limit.
        const int before = postsToAllowedNetwork();
        QCOMPARE(before, 2); // the two additions above: the count is real
        QSignalSpy errors(model.get(), &StageModel::errorOccurred);
        QVERIFY(!model->addNetwork(QStringLiteral("203.0.113.0/24"), {}));
        QCOMPARE(model->lastError().kind, ApiError::Kind::Validation);
        QVERIFY(model->lastErrorMessage().contains(QStringLiteral("203.0.113.7/32")));
        QVERIFY(!model->addNetwork(QStringLiteral("10.20.28.0/22"), {}));
        QVERIFY(!model->addNetwork(QStringLiteral("10.20.30.300"), {}));
        QVERIFY(!model->addNetwork(QStringLiteral("127.0.0.1"), {}));
        QVERIFY(!model->addNetwork(QStringLiteral("0.0.0.0/0"), {}));
        // 1025 used: a /22 (1024) would make 2049 > 2048.
        QCOMPARE(model->checkNetwork(QStringLiteral("51.38.0.0/22")).error, Ipv4BlockCheck::Error::LimitExceeded);
        QVERIFY(!model->addNetwork(QStringLiteral("51.38.0.0/22"), {}));
        QCOMPARE(errors.size(), 6);
        QCOMPARE(postsToAllowedNetwork(), before);
        // …but a /23 (512) still fits.
        QVERIFY(runAction([&] { return model->addNetwork(QStringLiteral("51.38.0.0/23"), QStringLiteral("DC")); }));
        QCOMPARE(model->totalAddresses(), qint64(1537));

        // Filtered access: the stage is done.
        QVERIFY(runAction([&] { return model->setPolicyFiltered(); }));
        QVERIFY(model->isPolicyFiltered());
        QCOMPARE(model->status(), StageModel::Status::Done);
        QVERIFY(model->isComplete());
        // Idempotent: already filtered → nothing sent, still ok.
        QVERIFY(runAction([&] { return model->setPolicyFiltered(); }));

        // Delete the /23; the list is refreshed from the API.
        qint64 id = 0;
        for (const AllowedNetwork &n : model->networks()) {
            if (n.network == QStringLiteral("51.38.0.0/23"))
                id = n.networkAccessId;
        }
        QVERIFY(id > 0);
        QVERIFY(runAction([&] { return model->deleteNetwork(id); }));
        QCOMPARE(model->networks().size(), 2);
        QCOMPARE(model->totalAddresses(), qint64(1025));

        // A fresh model (another session, a support agent) derives the same status from the API.
        AllowedNetworksModel other(f->context.get());
        QSignalSpy otherRefreshed(&other, &StageModel::refreshed);
        other.refresh();
        QVERIFY(otherRefreshed.wait(10000));
        QCOMPARE(other.status(), StageModel::Status::Done);
        QCOMPARE(other.networks().size(), 2);
    }

    void anAddWhoseReadBackFailedIsNotSentTwice()
    {
        // The add's task runs, then the read of the new entry fails (an outage): the action
        // fails and the list misses the entry. Adding it again must read the list first and find
        // it there, not send a second POST (tst_faults seed 11 made a duplicate this way).
        RetryPolicy noRetry;
        noRetry.maxAttempts = 1;
        f->api->setRetryPolicy(noRetry);
        QSignalSpy refreshed(model.get(), &StageModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));
        const QString block = QStringLiteral("192.168.10.0/24");
        // When the list is answered after the task, the outage begins: the entry's read fails.
        bool postSeen = false;
        QMetaObject::Connection outage = connect(
                f->server.get(), &sandbox::SandboxServer::requestHandled, this,
                [this, &postSeen](const QString &route, int) {
                    if (route.startsWith(QLatin1String("POST")) && route.endsWith(QLatin1String("/allowedNetwork")))
                        postSeen = true;
                    else if (postSeen && route == QLatin1String("GET /1.0/dedicatedCloud/{serviceName}/allowedNetwork")) {
                        sandbox::FaultSpec down;
                        down.error5xx = 1.0;
                        f->server->setFaults(down);
                    }
                });
        QVERIFY(!runAction([&] { return model->addNetwork(block, {}); }));
        disconnect(outage);
        QVERIFY(postSeen);
        QCOMPARE(postsToAllowedNetwork(), 1);
        f->server->setFaults({});
        QVERIFY(std::none_of(model->networks().cbegin(), model->networks().cend(),
                             [&block](const AllowedNetwork &n) { return n.network == block; }));
        QVERIFY(runAction([&] { return model->addNetwork(block, {}); }));
        QCOMPARE(postsToAllowedNetwork(), 1);
        QVERIFY(std::any_of(model->networks().cbegin(), model->networks().cend(),
                            [&block](const AllowedNetwork &n) { return n.network == block; }));
        QCOMPARE(f->server->stats()->duplicateCreations(), 0);
        // The list is current again: a new network is sent as usual.
        QVERIFY(runAction([&] { return model->addNetwork(QStringLiteral("192.168.20.0/24"), {}); }));
        QCOMPARE(postsToAllowedNetwork(), 2);
    }

    void aLostAddIsFoundWhileItsTaskIsStillBeingCreated()
    {
        // Issue 16: a real task starts in toCreate, then waitingTodo, before todo. An add whose
        // answer is lost finds its task in any unfinished state, not only todo and doing, or it
        // would not see it and the user's retry would queue a second add.
        QSignalSpy refreshed(model.get(), &StageModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));
        f->ticker.stop(); // sandbox time stands still: the new task stays in toCreate
        sandbox::FaultSpec lost;
        lost.drop = 1.0;
        lost.dropAfterExecute = 1.0; // the POST runs, its answer is lost
        f->server->setFaults(lost);
        // The search before the POST reads tasks too: only those after the lost answer count.
        auto posted = std::make_shared<bool>(false);
        QMetaObject::Connection watch = connect(
                f->server.get(), &sandbox::SandboxServer::requestHandled, this, [this, posted](const QString &route, int status) {
                    if (route.startsWith(QLatin1String("POST")) && route.endsWith(QLatin1String("/allowedNetwork")) && status == 0) {
                        f->server->setFaults({});
                        *posted = true;
                    } else if (*posted && route.endsWith(QLatin1String("/task/{taskId}")) && !f->ticker.isActive()) {
                        f->ticker.start(10); // the task is found and followed: let it run
                    }
                });
        QVERIFY2(runAction([&] { return model->addNetwork(QStringLiteral("192.168.30.0/24"), {}); }),
                 qPrintable(model->lastErrorMessage()));
        disconnect(watch);
        QCOMPARE(postsToAllowedNetwork(), 1);
        QCOMPARE(f->server->stats()->duplicateCreations(), 0);
    }

    void documentationRangeRefusedOutsideSandbox()
    {
        f->context->setEndpoint(f->context->endpoint(), false);
        QCOMPARE(model->checkNetwork(QStringLiteral("203.0.113.7")).error, Ipv4BlockCheck::Error::Documentation);
        QVERIFY(!model->addNetwork(QStringLiteral("203.0.113.7"), {}));
    }

    void noServiceChosen()
    {
        f->context->setServiceName(QString());
        QSignalSpy refreshed(model.get(), &StageModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.first().first().toBool(), false);
        QCOMPARE(model->status(), StageModel::Status::Unknown);
        QVERIFY(!model->addNetwork(QStringLiteral("10.0.0.1"), {}));
    }
};

QTEST_GUILESS_MAIN(TestAllowedNetworksModel)
#include "tst_allowednetworksmodel.moc"
