// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6, item 2: `snc-wizard --autopilot` is killed with SIGKILL at many points of the flow
// (while a credential waits for validation, while tasks run, while codes are pending…),
// restarted with the same HOME/XDG folders, keychain (same D-Bus session: run under
// scripts/with-test-keyring.sh) and the same external sandbox, and must resume from the live
// state and complete: exit 0, no duplicate creation, no task created twice, none left unfinished.
// A kill point is "the autopilot printed the progress line for step X" (+ a delay, so that the
// step's action is on the wire or its task running).
#include "TestPaths.h"
#include "e2e/E2eHarness.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestCrashResume : public QObject
{
    Q_OBJECT
private slots:
    void killAndResume();
};

void TestCrashResume::killAndResume()
{
    struct KillPoint
    {
        const char *line;
        int delayMs;
    };
    // Stage 3 after a restart logs in to NSX with the admin password stage 2 kept in the keychain.
    const QList<KillPoint> points{
            {"stage 0: connect-authorize", 300},     // the credential request is on the wire
            {"stage 0: connect-validate", 0},        // a credential waits for validation
            {"stage 0: connect-service", 0},         // connected, choosing the service
            {"stage 1: stage1-add", 1200},           // the allowed network's task runs
            {"stage 1: stage1-policy", 300},         // the access policy change is applied
            {"stage 2: stage2-profile", 300},        // the admin profile is being changed
            {"stage 2: stage2-request-codes", 500},  // SMS and e-mail codes being sent
            {"stage 2: stage2-read-codes", 0},       // codes sent, not entered yet
            {"stage 2: stage2-enter-codes", 300},    // codes being checked
            {"stage 2: stage2-validate-token", 0},   // the token SMS is sent: its countdown is on
            {"stage 3: stage3-apply", 1500},         // the VPN session is coming up
            {"stage 4: stage4-enable", 1500},        // the gateway enable task runs
            // Issue 17 item 3: the enabling waits for its SMS token (shown, not typed yet); the
            // restarted wizard finds the task, shows its token again and validates it.
            {"stage 4: operation-token-wait", 0},
            // Stage 5: a restarted wizard adopts the OKMS credential of the killed one (CREATING or
            // READY) from the recovery copy of its key kept in the keychain before the CSR was sent,
            // or, once the key is saved, from the saved key; it never creates a second one.
            {"stage 5: stage5-credential", 150},     // the key is generated, its CSR on the wire
            {"stage 5: stage5-save-key", 0},         // the credential is requested, its key not saved
            {"stage 5: stage5-credential-ready", 0}, // the key is saved, the credential may be CREATING
            {"stage 5: stage5-read-kms-certificate", 0}, // READY and saved, the KMS not registered
            // Issue 17: closed while the registration waits for vCenter; the restarted wizard finds
            // its task in the live API and follows it again, posting nothing twice.
            {"stage 5: stage5-configure-vcenter", 0},   // the registration task waits for vCenter
            {"stage 6: stage6-activate", 1500},      // the SecNumCloud activation task runs
    };
    // Exploration (scripts/explore-faults.sh): SNC_CRASH_SEED=N replaces each delay with one drawn
    // from the seed in [0, 2000] ms, to kill at other moments, and seeds the sandbox's task durations
    // with it; a failing seed replays its delays.
    // The gate uses the fixed delays above.
    bool seedOk = false;
    const quint64 crashSeed = qEnvironmentVariable("SNC_CRASH_SEED").toULongLong(&seedOk);
    QList<KillPoint> killPoints = points;
    if (seedOk) {
        QRandomGenerator rng(crashSeed);
        for (KillPoint &p : killPoints)
            p.delayMs = int(rng.bounded(2001));
        qInfo("SNC_CRASH_SEED=%llu: delays drawn from the seed", static_cast<unsigned long long>(crashSeed));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    e2e::SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start(snc::test::sandboxExecutable(),
                           {QStringLiteral("--seed"), QString::number(seedOk ? crashSeed : 5), QStringLiteral("--time-scale"),
                            QStringLiteral("10"), QStringLiteral("--state"), dir.filePath(QStringLiteral("state.json"))},
                           dir.path(), &error),
             qPrintable(error));
    const QProcessEnvironment env = e2e::scratchEnvironment(dir.filePath(QStringLiteral("scratch")));
    const QStringList args = sandbox.connection()
            + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--autopilot")};

    int killed = 0;
    for (const KillPoint &point : killPoints) {
        QElapsedTimer sinceLine;
        bool seen = false;
        // Lines arrive in bursts: the delay is checked on each line and on each 100 ms tick.
        const e2e::WizardRun run = e2e::runWizard(
                snc::test::wizardExecutable(), args, env, 300000,
                [&](const QByteArray &line) {
                    if (!seen && line.trimmed() == point.line) {
                        seen = true;
                        sinceLine.start();
                    }
                    return seen && sinceLine.elapsed() >= point.delayMs;
                });
        e2e::saveOutput(QStringLiteral("tst_crashresume-%1").arg(killed + 1), run.output);
        QVERIFY2(run.killed, qPrintable(QStringLiteral("never reached \"%1\":\n%2")
                                                .arg(QLatin1String(point.line), QString::fromUtf8(e2e::tail(run.output)))));
        ++killed;
        const QJsonObject stats = sandbox.get(QStringLiteral("/sandbox/stats")).object();
        QVERIFY2(stats.value(QLatin1String("duplicateCreations")).toInt() == 0,
                 QJsonDocument(stats).toJson(QJsonDocument::Compact).constData());
        qInfo("killed at \"%s\" (+%d ms)", point.line, point.delayMs);
    }

    const e2e::WizardRun last = e2e::runWizard(snc::test::wizardExecutable(), args, env, 420000);
    e2e::saveOutput(QStringLiteral("tst_crashresume-final"), last.output);
    QVERIFY2(last.finished && last.exitCode == 0, e2e::tail(last.output).constData());
    QVERIFY2(last.output.contains("verified done through the API"), e2e::tail(last.output).constData());

    const QJsonObject stats = sandbox.get(QStringLiteral("/sandbox/stats")).object();
    const QByteArray text = QJsonDocument(stats).toJson(QJsonDocument::Compact);
    QVERIFY2(stats.contains(QLatin1String("duplicateCreations")), text.constData());
    QCOMPARE(stats.value(QLatin1String("duplicateCreations")).toInt(), 0);
    const QJsonObject tasks = stats.value(QLatin1String("tasks")).toObject();
    QVERIFY2(tasks.value(QLatin1String("total")).toInt() > 0, text.constData());
    QVERIFY2(tasks.value(QLatin1String("duplicateTasks")).toArray().isEmpty(), text.constData());
    // No task lost: every task the sandbox created reached a final state (done, error, canceled).
    QVERIFY2(tasks.value(QLatin1String("unfinished")).toInt() == 0, text.constData());
    qInfo("crash/resume: %d kill points, all resumed, 0 duplicates", killed);
}

QTEST_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
