// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/TaskProgress.h"

#include "stages/ApiValueText.h"
#include "tasks/TaskPoller.h"

#include <QSet>
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

    // Issue 16: the task's own words, how long it has existed, and for a slow one the way out.
    void saysWhatOvhcloudSaysHowLongAndThatOneMayLeave()
    {
        TaskProgress progress;
        progress.setRunning(true);
        progress.setProgress(40, QStringLiteral("fixing"));
        progress.setDetails(QStringLiteral("Operation being fixed"), 185'000, false);
        // (Plurals read "minute(s)" here: no English catalogue is loaded in this test.)
        QVERIFY2(progress.text().startsWith(QStringLiteral("40 % (being fixed by OVHcloud)\n"
                                                           "OVHcloud: “Operation being fixed”, started 3 minute")),
                 qPrintable(progress.text()));
        QVERIFY(!progress.text().contains(QStringLiteral("come back")));
        progress.setDetails(QString(), 45'000, true);
        QVERIFY2(progress.text().contains(QStringLiteral("Started 45 second")), qPrintable(progress.text()));
        QVERIFY(progress.text().contains(QStringLiteral("You can leave this page")));
        progress.setRunning(false);
        progress.setRunning(true); // a new run forgets the last one's details
        QCOMPARE(progress.description(), QString());
        QCOMPARE(progress.waitedMs(), -1);
        QVERIFY(!progress.isSlow());
        QVERIFY(TaskProgress::durationText(2 * 3600'000 + 5).startsWith(QStringLiteral("2 hour")));
    }

    void everyPublishedTaskStateHasItsOwnWords()
    {
        // One table (ApiValueText::taskState) for the bar, the pages and the operation token.
        QStringList published = TaskPoller::unfinishedStates();
        published << QStringLiteral("done") << QStringLiteral("error") << QStringLiteral("canceled");
        QSet<QString> words;
        for (const QString &state : std::as_const(published)) {
            const QString text = ApiValueText::taskState(state);
            QVERIFY2(text != ApiValueText::unknown(state), qPrintable(state));
            words << text;
        }
        QCOMPARE(ApiValueText::taskState(QStringLiteral("no-such-state")),
                 ApiValueText::unknown(QStringLiteral("no-such-state")));
        QCOMPARE(words.size(), 8); // todo/toCreate/waitingTodo and doing/waitingForChilds share words
    }
};

QTEST_GUILESS_MAIN(TestTaskProgress)
#include "tst_taskprogress.moc"
