// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 15 item 6: the real snc-wizard and snc-sandbox processes are neither core-dumpable nor
// readable by the user's other processes (core/ProcessProtection), unless SNC_ALLOW_CORE_DUMPS=1.
//
// Observed from outside, on the running process:
//  - /proc/<pid>/limits: "Max core file size" is 0 (the test starts it with a non-zero limit);
//  - the owner of /proc/<pid>/status: the kernel gives a non-dumpable process's /proc files to
//    root, a dumpable one's to its user (the same check refuses ptrace and /proc/<pid>/mem to
//    the user's other processes). Root owns both kinds of a root process's files, so when the
//    test runs as root (CI) it starts the programs as the unprivileged user "nobody".
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// "Max core file size" soft limit of `pid`, as /proc shows it ("0", "unlimited", …).
QByteArray coreLimit(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.mid(26).simplified().split(' ').value(0);
    }
    return {};
}

/// The owner of /proc/<pid>/status: root for a non-dumpable process, its user otherwise.
uid_t procOwner(qint64 pid)
{
    struct stat st = {};
    if (::stat(QStringLiteral("/proc/%1/status").arg(pid).toLatin1().constData(), &st) != 0)
        return uid_t(-1);
    return st.st_uid;
}

constexpr uid_t kNobody = 65534;

} // namespace

class TestProcessDumps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void protectedAtStart_data();
    void protectedAtStart();

private:
    QTemporaryDir m_dir;
};

void TestProcessDumps::initTestCase()
{
#if defined(__SANITIZE_ADDRESS__)
#define SNC_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SNC_TEST_ASAN 1
#endif
#endif
#ifdef SNC_TEST_ASAN
    QSKIP("AddressSanitizer build: the protection is off there (LeakSanitizer needs ptrace)");
#endif
    QVERIFY(m_dir.isValid());
    // The programs may run as "nobody" (below): their HOME must be theirs to write.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
    // A non-zero limit to inherit, so that "0" can only come from the program itself.
    rlimit limit = {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
    limit.rlim_cur = limit.rlim_max;
    QCOMPARE(::setrlimit(RLIMIT_CORE, &limit), 0);
    if (limit.rlim_cur == 0)
        QSKIP("the hard core-size limit is 0 here: the limit cannot be observed");
}

void TestProcessDumps::protectedAtStart_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("allowDumps");
    const QStringList wizard{QStringLiteral("--sandbox"), QStringLiteral("--session-only")};
    const QStringList sandbox{QStringLiteral("--port"), QStringLiteral("0")};
    QTest::newRow("snc-wizard") << snc::test::wizardExecutable() << wizard << false;
    QTest::newRow("snc-sandbox") << snc::test::sandboxExecutable() << sandbox << false;
    QTest::newRow("snc-wizard, SNC_ALLOW_CORE_DUMPS=1") << snc::test::wizardExecutable() << wizard << true;
    QTest::newRow("snc-sandbox, SNC_ALLOW_CORE_DUMPS=1") << snc::test::sandboxExecutable() << sandbox << true;
}

void TestProcessDumps::protectedAtStart()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(bool, allowDumps);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("SNC_ALLOW_CORE_DUMPS"));
    if (allowDumps)
        env.insert(QStringLiteral("SNC_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    const bool asRoot = ::geteuid() == 0;
    const uid_t runUid = asRoot ? kNobody : ::geteuid();
    if (asRoot) {
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([] {
            // After fork, before exec: only async-signal-safe calls. Groups first, uid last.
            if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                ::_exit(126);
        });
    }
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, args);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    const qint64 pid = process.processId();
    const auto stop = qScopeGuard([&process] {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished(5000);
    });
    // Both programs are up and running once they wrote something (the sandbox its JSON line) or
    // after their first second: the protection is the first statement of main().
    process.waitForReadyRead(allowDumps ? 3000 : 1000);
    QCOMPARE(process.state(), QProcess::Running);

    if (allowDumps) {
        QVERIFY(coreLimit(pid) != "0");
        QCOMPARE(procOwner(pid), runUid);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(pid), QByteArray("0"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(procOwner(pid), uid_t(0), 10000);
}

QTEST_GUILESS_MAIN(TestProcessDumps)
#include "tst_processdumps.moc"
