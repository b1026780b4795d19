// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AllowedNetworksService: what stages 3 and 4 use instead of the stage-1 model. With a fake
// source (what is sent, when it is waited for) and with the real stage-1 model on the sandbox
// (concurrent ensures of one block: one POST).
#include "SandboxFixture.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStats.h"
#include "stages/AllowedNetworksService.h"
#include "stages/StageContext.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "tasks/TaskPoller.h"

#include <QTimer>

using namespace snc;
using namespace snc::test;

namespace {

/// Stage 1 as the service sees it: adds are held until finishAdd().
class FakeSource : public QObject, public AllowedNetworksService::Source
{
public:
    QList<Ipv4Block> blocks;
    QStringList added; ///< every addBlock() call, in order
    AllowedNetworksService::Done pending;

    QList<Ipv4Block> activeBlocks() const override { return blocks; }
    QList<Ipv4Block> allowedBlocks() const override { return blocks; }
    void readBlocks(QObject *context, AllowedNetworksService::Done done) override
    {
        QTimer::singleShot(0, context, [done] { done(Unit{}); });
    }
    void addBlock(const QString &block, const QString &, QObject *, AllowedNetworksService::Done done) override
    {
        added << block;
        pending = std::move(done);
    }
    void finishAdd()
    {
        blocks << Ipv4Block::parse(added.last());
        auto done = std::move(pending);
        pending = nullptr;
        done(Unit{});
    }
};

struct Outcome
{
    bool called = false;
    bool ok = false;
    AllowedNetworksService::Done done()
    {
        return [this](const Result<Unit> &r) {
            called = true;
            ok = r.ok();
        };
    }
};

} // namespace

class TestAllowedNetworksService : public QObject
{
    Q_OBJECT

private slots:
    void alreadyAllowedSendsNothing()
    {
        AllowedNetworksService service;
        FakeSource source;
        source.blocks << Ipv4Block::parse(QStringLiteral("192.168.0.0/16"));
        service.setSource(&source, &source);
        QCOMPARE(service.missingBlocks({Ipv4Block::parse(QStringLiteral("192.168.10.0/24"))}), QStringList());
        Outcome out;
        service.ensureAllowed({QStringLiteral("192.168.10.0/24")}, {}, this, out.done());
        QVERIFY(!out.called); // always answered from the event loop
        QTRY_VERIFY(out.called);
        QVERIFY(out.ok);
        QVERIFY(source.added.isEmpty());
    }

    void missingBlocksAreAddedOneAtATimeAndWaitedFor()
    {
        AllowedNetworksService service;
        FakeSource source;
        service.setSource(&source, &source);
        const QStringList wanted{QStringLiteral("10.0.1.0/24"), QStringLiteral("10.0.2.0/24")};
        QCOMPARE(service.missingBlocks(VpnLikeBlocks(wanted)), wanted);
        Outcome out;
        service.ensureAllowed(wanted, QStringLiteral("test"), this, out.done());
        QTRY_COMPARE(source.added, QStringList{wanted.first()});
        QVERIFY(service.isAdding());
        QTest::qWait(20);
        QVERIFY(!out.called); // waits for the add to end
        QCOMPARE(source.added.size(), 1); // stage 1 runs one change at a time
        source.finishAdd();
        QCOMPARE(source.added, wanted);
        QVERIFY(!out.called);
        source.finishAdd();
        QVERIFY(out.called && out.ok);
        QVERIFY(!service.isAdding());
        QVERIFY(service.missingBlocks(VpnLikeBlocks(wanted)).isEmpty());
    }

    void concurrentEnsuresOfOneBlockAddItOnce()
    {
        AllowedNetworksService service;
        FakeSource source;
        service.setSource(&source, &source);
        Outcome first, second;
        service.ensureAllowed({QStringLiteral("172.16.0.0/24")}, {}, this, first.done());
        service.ensureAllowed({QStringLiteral("172.16.0.1/24")}, {}, this, second.done()); // same block
        QTRY_COMPARE(source.added.size(), 1);
        QTest::qWait(20);
        QCOMPARE(source.added.size(), 1);
        source.finishAdd();
        QVERIFY(first.called && first.ok);
        QVERIFY(second.called && second.ok);
        QCOMPARE(source.added, QStringList{QStringLiteral("172.16.0.0/24")});
    }

    void withoutStageOneItFails()
    {
        AllowedNetworksService service;
        Outcome out;
        service.ensureAllowed({QStringLiteral("10.0.0.0/8")}, {}, this, out.done());
        QTRY_VERIFY(out.called);
        QVERIFY(!out.ok);
        {
            auto source = std::make_unique<FakeSource>();
            service.setSource(source.get(), source.get());
            QVERIFY(service.hasSource());
        }
        QVERIFY(!service.hasSource()); // the source went: never used again
    }

    void concurrentEnsuresOnTheSandboxPostOnce()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        AllowedNetworksModel networks(f.context.get());
        networks.taskPoller()->setIntervalMs(50);
        networks.taskPoller()->setFirstPollDelayMs(20);
        QSignalSpy refreshed(&networks, &StageModel::refreshed);
        networks.refresh();
        QVERIFY(refreshed.wait(10000));
        AllowedNetworksService *service = f.context->allowedNetworks();
        QVERIFY(service->hasSource());
        const QString post = QStringLiteral("POST /1.0/dedicatedCloud/{serviceName}/allowedNetwork");
        const int before = f.server->stats()->requestsFor(post);
        Outcome first, second;
        service->ensureAllowed({QStringLiteral("192.168.10.0/24")}, QStringLiteral("VPN"), this, first.done());
        service->ensureAllowed({QStringLiteral("192.168.10.0/24")}, QStringLiteral("VPN"), this, second.done());
        QTRY_VERIFY_WITH_TIMEOUT(first.called && second.called, 20000);
        QVERIFY(first.ok && second.ok);
        QCOMPARE(f.server->stats()->requestsFor(post), before + 1);
        QVERIFY(networks.activeBlocks().contains(Ipv4Block::parse(QStringLiteral("192.168.10.0/24"))));

        // Now allowed: a third ensure sends nothing.
        Outcome third;
        service->ensureAllowed({QStringLiteral("192.168.10.0/24")}, {}, this, third.done());
        QTRY_VERIFY(third.called);
        QVERIFY(third.ok);
        QCOMPARE(f.server->stats()->requestsFor(post), before + 1);
    }

private:
    static QList<Ipv4Block> VpnLikeBlocks(const QStringList &subnets)
    {
        QList<Ipv4Block> out;
        for (const QString &s : subnets)
            out << Ipv4Block::parse(s);
        return out;
    }
};

QTEST_GUILESS_MAIN(TestAllowedNetworksService)
#include "tst_allowednetworksservice.moc"
