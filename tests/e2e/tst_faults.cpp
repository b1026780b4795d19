// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6, item 1: `snc-wizard --autopilot` through all six stages against an external
// `snc-sandbox` injecting faults (latency up to 800 ms, 10 % 5xx, 5 % dropped connections — half
// of the dropped POST/PUT/DELETE executed first —, 2 % 429 with Retry-After, server clock 10
// minutes off), over several seeds. Each run must complete, and the sandbox must report no
// duplicate creation (allowed network, credential, KMS, token task) and no task created twice.
// Run under scripts/with-test-keyring.sh: the wizard uses the keychain.
// The seeds run concurrently (the runs mostly wait on latency, the client's rate limiter and
// tasks): one sandbox, one wizard, one scratch HOME and one private keyring each (all seeds share
// the sandbox's service name, hence its keychain keys).
#include "TestPaths.h"
#include "e2e/E2eHarness.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void seeds();
};

namespace {

struct SeedRun
{
    int seed = 0;
    QTemporaryDir dir;
    e2e::SandboxProcess sandbox;
    QProcess wizard;
    QString logFile;
};

} // namespace

void TestFaults::seeds()
{
    // The gate's fixed seeds (issue 13): they must pass every time. A seed decides each fault from
    // the call's route and its index on that route (FaultInjector), so it hits the same calls
    // whatever the timing. scripts/explore-faults.sh tries many others; every seed that finds a
    // defect joins this list in the commit that fixes it, with the defect named here.
    static const QStringList gateSeeds{
            QStringLiteral("11"), QStringLiteral("22"), QStringLiteral("33"),
    };
    // SNC_FAULT_SEEDS="11,22" (or "11 22") picks other seeds (a failing one is replayed exactly).
    QStringList seeds = qEnvironmentVariable("SNC_FAULT_SEEDS")
                                .split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    if (seeds.isEmpty())
        seeds = gateSeeds;
    std::vector<std::unique_ptr<SeedRun>> runs;
    for (const QString &s : seeds) {
        auto run = std::make_unique<SeedRun>();
        run->seed = s.toInt();
        QVERIFY(run->dir.isValid());
        QString error;
        // Time scale 10: task durations and the token's 15 minutes run 10x faster (the wizard
        // reads every expiry from the server), which keeps CI short without changing the flow.
        QStringList sandboxArgs{QStringLiteral("--seed"), QString::number(run->seed), QStringLiteral("--time-scale"),
                                QStringLiteral("10"), QStringLiteral("--faults"),
                                QStringLiteral("latency=0-800ms,error5xx=0.10,drop=0.05,ratelimit=0.02,skew=600s")};
        // Issue 16: every other seed runs on the other plausible answers where OVHcloud publishes
        // nothing (lib/sandbox/UNPUBLISHED.md): the add-network task named otherwise (a lost add
        // must still never be posted twice) and the token request returning another task.
        if (run->seed % 2 == 0)
            sandboxArgs << QStringLiteral("--unpublished") << QStringLiteral("addNetworkTaskName=createAllowedNetwork")
                        << QStringLiteral("--unpublished") << QStringLiteral("tokenTaskReturned=other-task");
        QVERIFY2(run->sandbox.start(snc::test::sandboxExecutable(), sandboxArgs, run->dir.path(), &error),
                 qPrintable(error));
        runs.push_back(std::move(run));
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &run : runs) {
        // A private keyring per run: with-test-keyring.sh starts one when not already inside
        // one; `env` then restores the scratch HOME/XDG folders it replaced.
        QProcessEnvironment env = e2e::scratchEnvironment(run->dir.filePath(QStringLiteral("scratch")));
        QStringList args{QStringLiteral("env")};
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"})
            args << QLatin1String(name) + QLatin1Char('=') + env.value(QLatin1String(name));
        args << snc::test::wizardExecutable();
        args << run->sandbox.connection() + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--autopilot")};
        env.remove(QStringLiteral("SNC_IN_TEST_KEYRING"));
        run->logFile = QStringLiteral("tst_faults-seed-%1.log").arg(run->seed);
        run->wizard.setProcessEnvironment(env);
        run->wizard.setProcessChannelMode(QProcess::MergedChannels);
        run->wizard.setStandardOutputFile(run->logFile, QIODevice::Truncate);
        run->wizard.start(snc::test::testKeyringScript(), args);
        QVERIFY2(run->wizard.waitForStarted(), qPrintable(run->wizard.errorString()));
    }
    QStringList failures;
    int complete = 0;
    for (auto &run : runs) {
        const int left = int(qMax<qint64>(1000, 480000 - timer.elapsed()));
        // waitForFinished() is false for a process that already ended (while another was awaited).
        const bool ended = run->wizard.state() == QProcess::NotRunning || run->wizard.waitForFinished(left);
        if (!ended) {
            run->wizard.kill();
            run->wizard.waitForFinished(10000);
        }
        QFile logFile(run->logFile);
        const QByteArray output = logFile.open(QIODevice::ReadOnly) ? logFile.readAll() : QByteArray();
        QStringList problems;
        const auto check = [&](bool ok, const QString &what) {
            if (!ok)
                problems << what;
        };
        check(ended && run->wizard.exitStatus() == QProcess::NormalExit && run->wizard.exitCode() == 0,
              QStringLiteral("did not complete (ended %1, exit status %2, code %3):\n")
                      .arg(ended)
                      .arg(int(run->wizard.exitStatus()))
                      .arg(run->wizard.exitCode())
                      + QString::fromUtf8(e2e::tail(output)));
        check(output.contains("verified done through the API"), QStringLiteral("not verified done"));
        // Faults really happened: some calls were answered with errors and retried.
        check(output.contains("retry") || output.contains("again after"), QStringLiteral("no retry seen"));

        const QJsonObject stats = run->sandbox.get(QStringLiteral("/sandbox/stats")).object();
        const QString statsText = QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact));
        check(stats.contains(QLatin1String("duplicateCreations"))
                      && stats.value(QLatin1String("duplicateCreations")).toInt() == 0,
              QStringLiteral("duplicates: ") + statsText);
        const QJsonObject tasks = stats.value(QLatin1String("tasks")).toObject();
        check(tasks.value(QLatin1String("total")).toInt() > 0
                      && tasks.value(QLatin1String("duplicateTasks")).toArray().isEmpty(),
              QStringLiteral("tasks: ") + statsText);
        // What was created, once each: the stats count these kinds.
        const QJsonObject created = stats.value(QLatin1String("resourcesCreated")).toObject();
        for (const char *kind : {"allowedNetwork", "credential", "okmsCredential", "vmEncryptionKms", "tokenValidationTask"})
            check(created.value(QLatin1String(kind)).toInt() >= 1, QLatin1String(kind) + QLatin1String(" not created: ") + statsText);
        if (problems.isEmpty()) {
            ++complete;
            qInfo("seed %d: %d requests, created %s", run->seed, stats.value(QLatin1String("totalRequests")).toInt(),
                  QJsonDocument(created).toJson(QJsonDocument::Compact).constData());
        } else {
            failures << QStringLiteral("seed %1 (%2): %3").arg(run->seed).arg(run->logFile, problems.join(QLatin1String("; ")));
        }
    }
    if (failures.isEmpty())
        qInfo("fault runs: %d seeds, all complete, 0 duplicates", complete);
    else
        qInfo("fault runs: %d of %d seeds complete without duplicate", complete, int(runs.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
