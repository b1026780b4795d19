// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5's credential flow: its wait for READY has a deadline of its own, measured on the
// injected clock (a TestClock here: two minutes pass without waiting them).
#include "core/Clock.h"
#include "stages/StageContext.h"
#include "stages/encryption/KeyCustody.h"
#include "stages/encryption/OkmsCredentialFlow.h"
#include "core/Poller.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace snc;
using State = OkmsCredentialFlow::State;

namespace {

QJsonObject creating()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("cred-1")},
                       {QStringLiteral("name"), QStringLiteral("vcenter-pcc-1")},
                       {QStringLiteral("status"), QStringLiteral("CREATING")},
                       {QStringLiteral("fromCSR"), true}};
}

/// A flow with no API: every check it makes before its deadline stops the wait quietly, so what
/// these tests see is the deadline alone.
struct Rig
{
    TestClock clock;
    StageContext context{nullptr, nullptr, &clock};
    KeyCustody custody{&context, [] { return nullptr; }};
    OkmsCredentialFlow flow{&context, &custody, [] { return nullptr; }};
};

} // namespace

class TestOkmsCredentialFlow : public QObject
{
    Q_OBJECT
private slots:
    void waitsOnTheInjectedClock()
    {
        Rig rig;
        rig.flow.adopt(QStringLiteral("okms-1"), QStringLiteral("vcenter-pcc-1"), creating());
        QCOMPARE(rig.flow.state(), State::WaitingForReady);
        QCOMPARE(rig.flow.credentialStatus(), QStringLiteral("CREATING"));
        QCOMPARE(rig.flow.poller()->timeoutMs(), OkmsCredentialFlow::timeoutMs());
        QCOMPARE(rig.flow.poller()->remainingMs(), OkmsCredentialFlow::timeoutMs());
        rig.clock.advanceMs(30'000);
        QCOMPARE(rig.flow.poller()->remainingMs(), OkmsCredentialFlow::timeoutMs() - 30'000);
    }

    void doesNotGiveUpBeforeItsDeadline()
    {
        Rig rig;
        QSignalSpy failed(&rig.flow, &OkmsCredentialFlow::failed);
        rig.flow.adopt(QStringLiteral("okms-1"), QStringLiteral("vcenter-pcc-1"), creating());
        rig.clock.advanceMs(OkmsCredentialFlow::timeoutMs() - 1000);
        // The next check comes (and, with no API, ends the wait quietly): not an expiry.
        QTRY_VERIFY_WITH_TIMEOUT(!rig.flow.poller()->isRunning(), OkmsCredentialFlow::pollIntervalMs() * 3);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(rig.flow.state(), State::WaitingForReady);
    }

    void failsPlainlyOnceItsDeadlineHasPassed()
    {
        Rig rig;
        QSignalSpy failed(&rig.flow, &OkmsCredentialFlow::failed);
        QSignalSpy errors(&rig.flow, &OkmsCredentialFlow::errorOccurred);
        rig.flow.adopt(QStringLiteral("okms-1"), QStringLiteral("vcenter-pcc-1"), creating());
        rig.clock.advanceMs(OkmsCredentialFlow::timeoutMs() + 1);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, OkmsCredentialFlow::pollIntervalMs() * 3);
        QCOMPARE(rig.flow.state(), State::Failed);
        QCOMPARE(errors.count(), 1);
        const auto error = errors.first().first().value<ApiError>();
        QVERIFY2(error.userMessage().contains(QStringLiteral("still being created")), qPrintable(error.userMessage()));
        QVERIFY(!rig.flow.poller()->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestOkmsCredentialFlow)
#include "tst_okmscredentialflow.moc"
