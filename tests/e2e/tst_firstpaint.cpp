// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 18, item 1: the first window ("Before you start") is painted before anything of the
// network, TLS, the practice sandbox or the keychain is started (BENCHMARKS.md, start-up).
//
// Observed on the real snc-wizard: with SNC_EXIT_AFTER_FIRST_PAINT=1 it prints, right after its
// first paint, how many sockets it has open (core/StartupProbe.h), then exits. With the offscreen
// platform there is no display connection, so every socket is ours: the embedded sandbox's
// listening socket, an API connection, the keychain's D-Bus connection. What is counted, not how
// long it took: this cannot be flaky. The --autopilot row, which starts its session (and the
// sandbox) before any window on purpose, shows that a started session is seen.
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestFirstPaint : public QObject
{
    Q_OBJECT
private slots:
    void nothingStartedBeforeTheFirstPaint_data();
    void nothingStartedBeforeTheFirstPaint();
    void missingSessionModuleIsSaid();
};

void TestFirstPaint::nothingStartedBeforeTheFirstPaint_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("rememberedConnection");
    QTest::addColumn<bool>("sessionExpected");
    const QString en = QStringLiteral("en");
    QTest::newRow("practice (--sandbox)") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--lang"), en}
                                          << false << false;
    QTest::newRow("first start, nothing remembered") << QStringList{QStringLiteral("--lang"), en} << false << false;
    // "Continue where you left off" is offered from the settings file alone, not the keychain.
    QTest::newRow("remembered OVHcloud connection") << QStringList{QStringLiteral("--lang"), en} << true << false;
    QTest::newRow("external sandbox (--endpoint)")
            << QStringList{QStringLiteral("--endpoint"), QStringLiteral("https://127.0.0.1:9/"), QStringLiteral("--lang"), en}
            << false << false;
    // The control: the autopilot starts its session, and the embedded sandbox, before any window.
    QTest::newRow("control: --autopilot starts the session first")
            << QStringList{QStringLiteral("--autopilot"), QStringLiteral("--lang"), en} << false << true;
}

void TestFirstPaint::nothingStartedBeforeTheFirstPaint()
{
    QFETCH(QStringList, args);
    QFETCH(bool, rememberedConnection);
    QFETCH(bool, sessionExpected);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    if (rememberedConnection) {
        QVERIFY(QDir().mkpath(config + QStringLiteral("/snc-wizard")));
        QFile ini(config + QStringLiteral("/snc-wizard/snc-wizard.conf"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[connection]\nendpoint=ovh-eu\napplicationKey=firstpaintAppKey\n");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SNC_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.remove(QStringLiteral("SNC_STALL_MONITOR"));
    QProcess wizard;
    wizard.setProcessEnvironment(env);
    wizard.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    wizard.start(snc::test::wizardExecutable(), args);
    QVERIFY2(wizard.waitForFinished(60000), "snc-wizard did not exit after its first paint");
    QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
    QCOMPARE(wizard.exitCode(), 0);

    const QString out = QString::fromUtf8(wizard.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("first-paint .* sockets=(-?\\d+)")).match(out);
    QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no first-paint line in: ") + out));
    const int sockets = m.captured(1).toInt();
    QVERIFY2(sockets >= 0, "/proc/self/fd could not be read");
    if (sessionExpected)
        QVERIFY2(sockets > 0, "a session started before the first paint was not seen");
    else
        QVERIFY2(sockets == 0, qPrintable(QStringLiteral("%1 socket(s) open at the first paint: something of the "
                                                         "network, the sandbox or the keychain started before it")
                                                  .arg(sockets)));
}

// The executable loads everything but its welcome page from snc-wizard-session.so, beside itself or
// in the install layout (app/wizard/CMakeLists.txt). A copy of it alone in an empty folder finds
// neither: --status, which needs the session at once, must say so and exit with 3, not crash.
void TestFirstPaint::missingSessionModuleIsSaid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString lonely = dir.filePath(QStringLiteral("bin/snc-wizard"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
    QVERIFY(QFile::copy(snc::test::wizardExecutable(), lonely));
    QVERIFY(QFile::setPermissions(lonely, QFile::ReadOwner | QFile::ExeOwner));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    QProcess wizard;
    wizard.setProcessEnvironment(env);
    wizard.start(lonely, {QStringLiteral("--status"), QStringLiteral("--sandbox"), QStringLiteral("--session-only"),
                          QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(wizard.waitForFinished(60000));
    QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(wizard.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("session module")) && err.contains(QStringLiteral("snc-wizard-session.so")),
             qPrintable(err));
    QCOMPARE(wizard.exitCode(), 3);
}

QTEST_GUILESS_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
