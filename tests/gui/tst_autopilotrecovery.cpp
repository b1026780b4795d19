// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The autopilot against the embedded sandbox when a stage page cannot be read: it presses
// "Refresh from OVHcloud", as a person would, instead of waiting for its time limit (found by
// tst_faults seed 11 in CI: the read of stage 4 met three 5xx and a 429 and the run ended).
#include "GuiFixture.h"

#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"
#include "stages/StageModel.h"
#include "autopilot/Autopilot.h"

using namespace snc;

class TestAutopilotRecovery : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(f.start(10.0)); }
    void cleanup() { f.stop(); }
    void aPageWhoseReadFailedIsReadAgain();

private:
    GuiFixture f;
};

void TestAutopilotRecovery::aPageWhoseReadFailedIsReadAgain()
{
    sandbox::SandboxServer *server = f.session->embeddedSandbox();
    QVERIFY(server);
    Autopilot pilot(f.window.get());
    QStringList lines;
    bool outage = false;
    // Stage 2 is read only when its page opens (the read at connection stops at stage 1, the
    // first one not done): every API call fails from the moment the autopilot is about to open it.
    connect(&pilot, &Autopilot::progress, this, [&](const QString &line) {
        lines << line;
        if (line == QLatin1String("stage 2: stage2-open") && !outage) {
            sandbox::FaultSpec allFail;
            allFail.error5xx = 1.0;
            server->setFaults(allFail);
            outage = true;
        }
    });
    // The outage ends the moment stage 2's read has ended in failure (error shown, nothing
    // running): waiting for that state by polling could miss it, since the autopilot reads again
    // within 100 ms and, under the outage, each new read takes seconds of retries.
    StageModel *stage2 = f.controller()->stage(2);
    bool failedReadSeen = false;
    connect(stage2, &StageModel::refreshed, this, [&](bool ok) {
        if (!outage || ok || failedReadSeen)
            return;
        failedReadSeen = f.controller()->currentPage() == 2 && stage2->hasError() && !stage2->isBusy();
        if (failedReadSeen)
            server->setFaults({});
    });
    int exitCode = -1;
    connect(&pilot, &Autopilot::finished, this, [&](int code, const QString &) { exitCode = code; });
    pilot.start();
    QTRY_VERIFY2_WITH_TIMEOUT(outage || exitCode >= 0, qPrintable(lines.join(QLatin1Char('\n'))), 180000);
    QVERIFY2(outage, qPrintable(pilot.failureMessage()));

    // The page showed the failed read (its four attempts spent) with nothing running.
    QTRY_VERIFY_WITH_TIMEOUT(failedReadSeen, 60000);

    // The autopilot reads the page again and goes on with the stage (not to another page).
    QTRY_VERIFY2_WITH_TIMEOUT(lines.contains(QLatin1String("stage 2: stage2-profile")) || exitCode >= 0,
                              qPrintable(lines.join(QLatin1Char('\n'))), 60000);
    QVERIFY2(exitCode < 0, qPrintable(pilot.failureMessage()));
    QCOMPARE(f.controller()->currentPage(), 2);
    const auto readAgain = std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("stage 2: stage2-open (read again after: "));
    });
    QVERIFY2(readAgain >= 1, qPrintable(lines.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAutopilotRecovery)
#include "tst_autopilotrecovery.moc"
