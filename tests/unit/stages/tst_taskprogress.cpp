// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/TaskProgress.h"

#include <QSignalSpy>
#include <QTest>

using namespace snc;

class TestTaskProgress : public QObject
{
    Q_OBJECT
private slots:
    void saysWhatRunsHowFarAndInWhichState()
    {
        TaskProgress progress;
        QSignalSpy running(&progress, &TaskProgress::runningChanged);
        QCOMPARE(progress.text(), QString());
        progress.setAction(QStringLiteral("Adding 203.0.113.7/32"));
        progress.setRunning(true);
        progress.setProgress(40, QStringLiteral("doing"));
        QCOMPARE(running.count(), 1);
        QCOMPARE(progress.percent(), 40);
        QCOMPARE(progress.text(), QStringLiteral("Adding 203.0.113.7/32… 40 % (in progress)"));
        progress.setProgress(140, QStringLiteral("doing"));
        QCOMPARE(progress.percent(), 100); // a server's odd value never breaks a progress bar
    }

    void aNewRunStartsFromZeroAndAResetForgetsEverything()
    {
        TaskProgress progress;
        progress.setRunning(true);
        progress.setProgress(100, QStringLiteral("done"));
        progress.setRunning(false);
        QCOMPARE(progress.text(), QString()); // nothing shown once the task is over
        progress.setRunning(true);
        QCOMPARE(progress.percent(), 0);
        QCOMPARE(progress.state(), QString());
        progress.setAction(QStringLiteral("x"));
        QSignalSpy running(&progress, &TaskProgress::runningChanged);
        progress.reset();
        QCOMPARE(running.count(), 1);
        QVERIFY(!progress.isRunning());
        QCOMPARE(progress.action(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTaskProgress)
#include "tst_taskprogress.moc"
