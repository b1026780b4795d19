// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17 item 3: a later stage's operation waiting for its SMS token, through the one gate
// every stage model has (StageModel::tokenGate()), against the real sandbox in-process (real
// sockets): validated in time it runs; left 15 minutes it is canceled, the gate says so, and
// redoing re-reads first and creates exactly one new task; without tokenValidation, or for an
// operation the service does not count as sensitive, the gate never shows.
#include "Stage2Helpers.h"

#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"
#include "stages/OperationTokenGate.h"
#include "tasks/Countdown.h"

using namespace snc;
using namespace snc::test;
using Gate = OperationTokenGate::State;

class TestOperationTokenGate : public QObject
{
    Q_OBJECT

    /// Stage 1 and 2 as the wizard does them: tokenValidation is active afterwards.
    static bool activateTokenValidation(SandboxFixture &f)
    {
        const std::unique_ptr<AdminSecurityModel> enrolled = enrolledAdminModel(f);
        if (!enrolled)
            return false;
        AdminSecurityModel &model = *enrolled;
        if (!model.token()->requestToken())
            return false;
        QSignalSpy validated(model.token(), &TokenValidationModel::validated);
        for (int i = 0; i < 100 && (model.token()->taskId() <= 0 || f.lastCode(QStringLiteral("sms"), model.token()->taskId()).isEmpty()); ++i)
            QTest::qWait(100);
        return model.token()->validate(f.lastCode(QStringLiteral("sms"), model.token()->taskId())) && validated.wait(10000);
    }

    static bool waitForGate(OperationTokenGate *gate, Gate state, int ms = 15000)
    {
        QSignalSpy changed(gate, &OperationTokenGate::changed);
        while (gate->state() != state) {
            if (!changed.wait(ms))
                return false;
        }
        return true;
    }

    static bool refreshed(StageModel &model)
    {
        QSignalSpy spy(&model, &StageModel::refreshed);
        model.refresh();
        return spy.wait(10000) && spy.first().first().toBool();
    }

    /// The allowed-networks model of a case, read after the sandbox is set: tokenValidation
    /// activated (unless `activate` is false), then the `sensitiveOperations` switch. Created
    /// only then, as the stage-1 model of a wizard past stage 2; null on failure.
    static std::unique_ptr<AllowedNetworksModel> networksAfter(SandboxFixture &f, const QString &sensitiveOperations,
                                                               bool activate = true)
    {
        if (!f.started) {
            qWarning("sandbox did not start: %s", qPrintable(f.startError));
            return nullptr;
        }
        if ((activate && !activateTokenValidation(f))
            || !f.server->setUnpublished(QStringLiteral("sensitiveOperations"), sensitiveOperations))
            return nullptr;
        auto networks = std::make_unique<AllowedNetworksModel>(f.context.get());
        fastPolling(networks->taskPoller());
        if (!refreshed(*networks))
            return nullptr;
        return networks;
    }

    static int addTasks(SandboxFixture &f)
    {
        return int(f.server->tasks()->tasks([](const sandbox::Task &t) { return t.kind == QLatin1String("dedicatedCloud.addAllowedNetwork"); }).size());
    }

private slots:
    void validatedInTimeTheOperationRuns()
    {
        SandboxFixture f;
        const std::unique_ptr<AllowedNetworksModel> owned = networksAfter(f, QStringLiteral("standard"));
        QVERIFY(owned);
        AllowedNetworksModel &networks = *owned;
        OperationTokenGate *gate = networks.tokenGate();
        QSignalSpy finished(&networks, &AllowedNetworksModel::actionFinished);
        QVERIFY(networks.addNetwork(QStringLiteral("198.51.100.7"), QStringLiteral("office")));
        QVERIFY(waitForGate(gate, Gate::AwaitingToken));
        QVERIFY(gate->isEmbedded());
        QCOMPARE(gate->taskName(), QStringLiteral("addAllowedNetwork"));
        QVERIFY(gate->text().contains(QString::number(gate->taskId())));
        // Anchored to the task's creation in server time: close to the full 15 minutes.
        QVERIFY(gate->countdown()->remainingMs() > 14 * 60 * 1000);
        QVERIFY(gate->countdown()->remainingMs() <= OperationTokenGate::tokenLifetimeMs);
        const QString token = f.lastCode(QStringLiteral("sms"), gate->taskId());
        QCOMPARE(token.size(), 6);
        // A wrong token: an error, still waiting.
        gate->validate(SecretBytes::fromString(token == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000")));
        QVERIFY(waitForGate(gate, Gate::AwaitingToken));
        QTRY_VERIFY_WITH_TIMEOUT(!gate->errorMessage().isEmpty(), 5000);
        gate->validate(SecretBytes::fromString(token));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(gate->state(), Gate::Idle);
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void expiredThenRedoneExactlyOnce()
    {
        SandboxFixture f;
        const std::unique_ptr<AllowedNetworksModel> owned = networksAfter(f, QStringLiteral("standard"));
        QVERIFY(owned);
        AllowedNetworksModel &networks = *owned;
        OperationTokenGate *gate = networks.tokenGate();
        const int before = addTasks(f);
        QSignalSpy finished(&networks, &AllowedNetworksModel::actionFinished);
        QVERIFY(networks.addNetwork(QStringLiteral("198.51.100.7"), QStringLiteral("office")));
        QVERIFY(waitForGate(gate, Gate::AwaitingToken));
        const qint64 first = gate->taskId();
        f.clock.advanceMs(OperationTokenGate::tokenLifetimeMs + 5000); // nobody types the token
        QVERIFY(waitForGate(gate, Gate::Expired, 20000));
        QVERIFY(gate->text().contains(QString::number(first)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.first().first().toBool());

        // Redo: the stage re-reads (the network is still missing), then adds it once.
        QSignalSpy read(&networks, &StageModel::refreshed);
        gate->redo();
        QCOMPARE(gate->state(), Gate::Idle);
        QVERIFY(read.wait(10000));
        QVERIFY(networks.addNetwork(QStringLiteral("198.51.100.7"), QStringLiteral("office")));
        QVERIFY(waitForGate(gate, Gate::AwaitingToken));
        QVERIFY(gate->taskId() != first);
        gate->validate(SecretBytes::fromString(f.lastCode(QStringLiteral("sms"), gate->taskId())));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(addTasks(f), before + 2); // the canceled one and its redo, nothing more
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }

    void withoutTokenValidationTheGateStaysIdle()
    {
        SandboxFixture f;
        const std::unique_ptr<AllowedNetworksModel> owned = networksAfter(f, QStringLiteral("all"), false);
        QVERIFY(owned);
        AllowedNetworksModel &networks = *owned;
        QSignalSpy changed(networks.tokenGate(), &OperationTokenGate::changed);
        QSignalSpy finished(&networks, &AllowedNetworksModel::actionFinished);
        QVERIFY(networks.addNetwork(QStringLiteral("203.0.113.7"), QStringLiteral("practice")));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool()); // it queued (todo) then ran: no token
        QCOMPARE(networks.tokenGate()->state(), Gate::Idle);
        QCOMPARE(changed.size(), 0);
    }

    void notSensitiveOperationNeverWaits()
    {
        SandboxFixture f;
        const std::unique_ptr<AllowedNetworksModel> owned = networksAfter(f, QStringLiteral("kmsRegistration"));
        QVERIFY(owned);
        AllowedNetworksModel &networks = *owned;
        QSignalSpy finished(&networks, &AllowedNetworksModel::actionFinished);
        QVERIFY(networks.addNetwork(QStringLiteral("198.51.100.7"), QStringLiteral("office")));
        // The gate may show while the task queues (the wizard cannot know), and goes away once
        // the task starts: the action ends well, nothing is left waiting.
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(networks.tokenGate()->state(), Gate::Idle);
    }
};

QTEST_GUILESS_MAIN(TestOperationTokenGate)
#include "tst_operationtokengate.moc"
