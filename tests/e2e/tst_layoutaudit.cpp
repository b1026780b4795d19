// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, item 4: nothing clipped, ever. The real `snc-wizard --autopilot --layout-audit` runs
// through every stage in English and in French, with --window-size 1180×760 and 1366×768, and in
// French at the window's own default size (no --window-size: what a person and the screenshots
// get), with the practice panel open. At every step it looks for a page scrolling sideways, a
// label or button narrower than its text or cut by its parent (a practice card wider than the
// panel), an elided table cell, or the window pushed past its size (lib/autopilot/LayoutAudit).
// The five runs are five processes at once: one run alone takes about two minutes, and they
// share nothing (own HOME, secrets in memory only).
#include "E2eHarness.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

class TestLayoutAudit : public QObject
{
    Q_OBJECT
private slots:
    void nothingClippedAtEveryStep();
    void auditCatchesAClippedLabel();
};

void TestLayoutAudit::nothingClippedAtEveryStep()
{
    struct Run
    {
        QString name;
        QStringList args;
        std::unique_ptr<QProcess> process;
        QByteArray output;
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<Run> runs; // not QList: a Run owns its process
    // "default": no --window-size, the window as a person and the screenshots get it (its own
    // size, the practice panel at its own width). In French only: its texts are the longest.
    for (const char *lang : {"en", "fr"}) {
        for (const char *size : {"1180x760", "1366x768", "default"}) {
            const bool byDefault = qstrcmp(size, "default") == 0;
            if (byDefault && qstrcmp(lang, "fr") != 0)
                continue;
            Run run;
            run.name = QStringLiteral("%1-%2").arg(QLatin1String(lang), QLatin1String(size));
            run.args = {QStringLiteral("--sandbox"), QStringLiteral("--session-only"), QStringLiteral("--lang"),
                        QLatin1String(lang), QStringLiteral("--autopilot"), QStringLiteral("--layout-audit")};
            if (!byDefault)
                run.args << QStringLiteral("--window-size") << QLatin1String(size);
            run.process = std::make_unique<QProcess>();
            run.process->setProcessEnvironment(e2e::scratchEnvironment(dir.filePath(run.name)));
            run.process->setProcessChannelMode(QProcess::MergedChannels);
            runs.push_back(std::move(run));
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (Run &run : runs) {
        run.process->start(snc::test::wizardExecutable(), run.args);
        QVERIFY2(run.process->waitForStarted(), qPrintable(run.process->errorString()));
    }
    QStringList failures;
    for (Run &run : runs) {
        const bool finished = run.process->waitForFinished(int(qMax<qint64>(1000, 900000 - timer.elapsed())));
        if (!finished)
            run.process->kill();
        run.process->waitForFinished(5000);
        run.output = run.process->readAll();
        e2e::saveOutput(QStringLiteral("tst_layoutaudit-") + run.name, run.output);
        qInfo("%s: exit %d after %lld s", qPrintable(run.name), run.process->exitCode(), timer.elapsed() / 1000);
        const QList<QByteArray> lines = run.output.split('\n');
        QByteArrayList problems;
        for (const QByteArray &line : lines) {
            if (line.startsWith("layout audit: "))
                problems << line.mid(14);
        }
        if (!finished || run.process->exitCode() != 0 || !problems.isEmpty())
            failures << QStringLiteral("[%1] %2").arg(run.name, QString::fromUtf8(
                    problems.isEmpty() ? e2e::tail(run.output) : problems.join("\n  ")));
        else
            QVERIFY2(run.output.contains("verified done through the API"), e2e::tail(run.output).constData());
    }
    for (const QString &f : std::as_const(failures))
        qWarning("%s", qPrintable(f));
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 run(s) failed (above; whole output in tst_layoutaudit-*.log)")
                                                    .arg(failures.size())));
}

void TestLayoutAudit::auditCatchesAClippedLabel()
{
    // The audit itself can fail: a window far too small for the connection page must be caught
    // (sideways scrolling or a cut text), or the test above would pass whatever the layouts.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const e2e::WizardRun run = e2e::runWizard(
            snc::test::wizardExecutable(),
            {QStringLiteral("--sandbox"), QStringLiteral("--session-only"), QStringLiteral("--window-size"),
             QStringLiteral("420x320"), QStringLiteral("--autopilot"), QStringLiteral("--layout-audit"),
             QStringLiteral("--last-stage"), QStringLiteral("1")},
            e2e::scratchEnvironment(dir.path()), 300000);
    QVERIFY2(run.finished, e2e::tail(run.output).constData());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains("autopilot failed the layout audit"), e2e::tail(run.output).constData());
    QVERIFY2(run.output.contains("window is ") || run.output.contains(" cut") || run.output.contains("sideways"),
             e2e::tail(run.output).constData());
}

QTEST_GUILESS_MAIN(TestLayoutAudit)
#include "tst_layoutaudit.moc"
