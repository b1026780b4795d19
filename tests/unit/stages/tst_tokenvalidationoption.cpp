// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StageContext::tokenValidation(): whether the tokenValidation option is enabled, read from
// compatibilityMatrix once for every stage's token gate (not once per gate), an enabled answer
// kept for the service, a disabled one not, and everything forgotten with the service.
// Against the real sandbox in-process.
#include "Stage2Helpers.h"

#include "sandbox/SandboxStats.h"
#include "stages/OperationTokenGate.h"
#include "stages/TokenValidationOption.h"

using namespace snc;
using namespace snc::test;
using Answer = TokenValidationOption::Answer;

class TestTokenValidationOption : public QObject
{
    Q_OBJECT

    static int matrixReads(SandboxFixture &f)
    {
        return f.server->stats()->requestsFor(
                QStringLiteral("GET /1.0/dedicatedCloud/{serviceName}/securityOptions/compatibilityMatrix"));
    }

    static bool awaitsToken(AllowedNetworksModel &networks, const QString &network)
    {
        QSignalSpy refreshed(&networks, &StageModel::refreshed);
        networks.refresh();
        if (!refreshed.wait(10000) || !networks.addNetwork(network, QStringLiteral("office")))
            return false;
        OperationTokenGate *gate = networks.tokenGate();
        QSignalSpy changed(gate, &OperationTokenGate::changed);
        while (gate->state() != OperationTokenGate::State::AwaitingToken) {
            if (!changed.wait(15000))
                return false;
        }
        return true;
    }

private slots:
    void oneReadForEveryGate()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        TokenValidationOption *option = f.context->tokenValidation();
        QObject gateA, gateB; // two stages' gates asking at the same time
        QList<Answer> answers;
        option->whenKnown(&gateA, [&answers](Answer a) { answers << a; });
        option->whenKnown(&gateB, [&answers](Answer a) { answers << a; });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 10000);
        QCOMPARE(answers, (QList<Answer>{Answer::Disabled, Answer::Disabled}));
        QCOMPARE(matrixReads(f), 1);

        // Disabled is not kept (stage 2 may enable it): the next ask reads again, and now it is
        // enabled; that answer is kept: later asks are answered at once, without a read.
        f.modules.dedicatedCloud->service(SandboxFixture::serviceName())
                ->optionStates.insert(QStringLiteral("tokenValidation"), QStringLiteral("delivered"));
        answers.clear();
        option->whenKnown(&gateA, [&answers](Answer a) { answers << a; });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10000);
        QCOMPARE(answers.first(), Answer::Enabled);
        QCOMPARE(matrixReads(f), 2);
        option->whenKnown(&gateB, [&answers](Answer a) { answers << a; });
        QCOMPARE(answers.size(), 2); // synchronously
        QCOMPARE(answers.last(), Answer::Enabled);
        QCOMPARE(matrixReads(f), 2);
        QVERIFY(option->isKnownEnabled());

        // Another service is another option state.
        f.context->setServiceName(QStringLiteral("pcc-other"));
        QVERIFY(!option->isKnownEnabled());
    }

    // Two stages' gates, each with an operation waiting for its token: one read between them
    // (the option enabled outside this session: nobody told the wizard).
    void twoGatesOneRead()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        f.modules.dedicatedCloud->service(SandboxFixture::serviceName())
                ->optionStates.insert(QStringLiteral("tokenValidation"), QStringLiteral("delivered"));
        QVERIFY(f.server->setUnpublished(QStringLiteral("sensitiveOperations"), QStringLiteral("standard")));
        AllowedNetworksModel first(f.context.get());
        AllowedNetworksModel second(f.context.get());
        fastPolling(first.taskPoller());
        fastPolling(second.taskPoller());
        QVERIFY(awaitsToken(first, QStringLiteral("198.51.100.7")));
        QCOMPARE(matrixReads(f), 1);
        // The second stage follows the add still waiting (one at a time): its own gate shows it
        // too, without reading the option again.
        QVERIFY(awaitsToken(second, QStringLiteral("198.51.100.8")));
        QCOMPARE(matrixReads(f), 1);
    }

    void aScopeGoneIsNotCalledAndServiceChangeDropsTheRead()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        TokenValidationOption *option = f.context->tokenValidation();
        int called = 0;
        {
            QObject gone;
            option->whenKnown(&gone, [&called](Answer) { ++called; });
        }
        QObject kept;
        option->whenKnown(&kept, [&called](Answer) { called += 10; });
        QTRY_COMPARE_WITH_TIMEOUT(called, 10, 10000);

        // Asked about one service, the answer never reaches anyone once the service changed.
        called = 0;
        option->whenKnown(&kept, [&called](Answer) { ++called; });
        f.context->setServiceName(QStringLiteral("pcc-other"));
        QTest::qWait(300);
        QCOMPARE(called, 0);

        // markEnabled() (stage 2 saw the option delivered): no read at all.
        const int reads = matrixReads(f);
        option->markEnabled();
        option->whenKnown(&kept, [&called](Answer a) { called = a == Answer::Enabled ? 1 : -1; });
        QCOMPARE(called, 1);
        QCOMPARE(matrixReads(f), reads);
    }
};

QTEST_GUILESS_MAIN(TestTokenValidationOption)
#include "tst_tokenvalidationoption.moc"
