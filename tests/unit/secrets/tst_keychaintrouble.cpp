// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 item 8, keychain trouble, against the real Secret Service: the login collection
// locked (gnome-keyring, no prompter to unlock it), access denied (the bus refuses the keyring's
// CreateItem: scripts/with-test-keyring.sh SNC_TEST_KEYRING_DENY), and no Secret Service at all (a D-Bus
// address nobody listens on). Each case runs in a child process of this executable, in its own
// private D-Bus session and scratch HOME/XDG folders (scripts/with-test-keyring.sh), because
// libsecret keeps one bus connection per process. Each must give the keychain error whose
// message offers to continue without remembering secrets, leave the session-only store working,
// and write the secret nowhere on disk.
#include "TestPaths.h"
#include "core/ApiError.h"
#include "core/SecretBytes.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretKeys.h"
#include "unit/secrets/SecretJobWaiter.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace snc;

namespace {

// Never printed by the test (only the child's verdict is): see FAIL_REGULAR_EXPRESSION.
const QByteArray kSecret = "SNC-TEST-SECRET-VALUE-keychain-trouble-7f3a";

/// Files under the scratch HOME and XDG folders whose content contains `needle`.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList roots;
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        if (qEnvironmentVariableIsSet(var))
            roots << qEnvironmentVariable(var);
    QStringList hits;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
    }
    hits.removeDuplicates();
    return hits;
}

/// The child: one keychain write in the current environment; prints a JSON verdict.
int runChild(const QString &mode)
{
    if (mode == QLatin1String("locked")) {
        // Lock the default ("login") collection through the Secret Service API itself.
        const int rc = QProcess::execute(
                QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                 QStringLiteral("--dest=org.freedesktop.secrets"),
                 QStringLiteral("/org/freedesktop/secrets"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        if (rc != 0)
            return 3;
    }
    // The first secret the wizard writes: the application secret.
    const QString key = SecretKeys::ovhApplicationSecret(QStringLiteral("ovh-eu"), QStringLiteral("AK"));
    KeychainSecretStore store(QStringLiteral("snc-wizard-test-trouble"));
    store.setTimeout(20000); // an unlock prompt nobody can answer ends as a keychain error
    QJsonObject verdict;
    const auto outcome = test::await(store.write(key, SecretBytes(kSecret)), 30000);
    verdict[QStringLiteral("finished")] = outcome->done;
    if (outcome->error) {
        verdict[QStringLiteral("kind")] = ApiError::kindName(outcome->error->kind);
        verdict[QStringLiteral("message")] = outcome->error->userMessage();
        verdict[QStringLiteral("log")] = outcome->error->logLine();
    } else {
        verdict[QStringLiteral("kind")] = QStringLiteral("none");
    }
    // The session-only choice: the in-memory store takes the secret for this session.
    MemorySecretStore memory;
    bool sessionOnlyWorks = test::await(memory.write(key, SecretBytes(kSecret)))->ok();
    if (sessionOnlyWorks) {
        const auto read = test::await(memory.read(key));
        sessionOnlyWorks = read->ok() && read->value.expose() == kSecret;
    }
    verdict[QStringLiteral("sessionOnly")] = sessionOnlyWorks && !memory.isPersistent();
    verdict[QStringLiteral("filesWithSecret")] = filesContaining(kSecret).size();
    verdict[QStringLiteral("home")] = qEnvironmentVariable("HOME");
    std::fputs(QJsonDocument(verdict).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TstKeychainTrouble : public QObject
{
    Q_OBJECT
private:
    QJsonObject runCase(const QString &mode)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SNC_KEYCHAIN_TROUBLE_CHILD"), mode);
        QString program = QCoreApplication::applicationFilePath();
        QStringList args;
        if (mode == QLatin1String("locked") || mode == QLatin1String("denied")) {
            // A private bus with a real, unlocked gnome-keyring and scratch HOME/XDG folders.
            args = {program};
            program = snc::test::testKeyringScript();
            env.remove(QStringLiteral("SNC_IN_TEST_KEYRING"));
            if (mode == QLatin1String("denied"))
                // The bus refuses the Secret Service's "create an item" to this client.
                env.insert(QStringLiteral("SNC_TEST_KEYRING_DENY"),
                           QStringLiteral("org.freedesktop.Secret.Collection.CreateItem"));
            else
                env.remove(QStringLiteral("SNC_TEST_KEYRING_DENY"));
        } else {
            // No Secret Service: a session bus address nobody listens on; scratch folders.
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/snc-no-bus"));
            const QString home = m_scratch.path();
            env.insert(QStringLiteral("HOME"), home);
            for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                    "XDG_STATE_HOME"})
                env.insert(QString::fromLatin1(var), home + u'/' + QString::fromLatin1(var));
        }
        child.setProcessEnvironment(env);
        child.start(program, args);
        if (!child.waitForFinished(120000)) // test code: blocking on a child is fine here
            return {};
        const QByteArray out = child.readAllStandardOutput();
        const int brace = out.lastIndexOf('{');
        return brace >= 0 ? QJsonDocument::fromJson(out.mid(brace)).object() : QJsonObject();
    }

    void checkVerdict(const QJsonObject &v)
    {
        QVERIFY2(!v.isEmpty(), "the child gave no verdict");
        QVERIFY(v.value(QStringLiteral("finished")).toBool());
        QCOMPARE(v.value(QStringLiteral("kind")).toString(), QStringLiteral("keychain"));
        const QString message = v.value(QStringLiteral("message")).toString();
        // Clear, and it offers the session-only way forward.
        QVERIFY2(message.contains(QStringLiteral("keychain is unavailable or refused access")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("continue without remembering secrets")),
                 qPrintable(message));
        QVERIFY(v.value(QStringLiteral("sessionOnly")).toBool());
        QCOMPARE(v.value(QStringLiteral("filesWithSecret")).toInt(-1), 0);
        // The technical line names the QtKeychain error, not the value.
        QVERIFY(!v.value(QStringLiteral("log")).toString().isEmpty());
    }

    QTemporaryDir m_scratch;

private slots:
    void lockedCollection()
    {
        const QJsonObject v = runCase(QStringLiteral("locked"));
        checkVerdict(v);
    }

    void accessDenied()
    {
        // The keyring is up and unlocked, but D-Bus policy denies writing to it (as a sandbox
        // without the secrets permission would).
        const QJsonObject v = runCase(QStringLiteral("denied"));
        checkVerdict(v);
        const QString log = v.value(QStringLiteral("log")).toString();
        QVERIFY2(log.contains(QStringLiteral("AccessDenied")) || log.contains(QStringLiteral("access-denied"))
                         || log.contains(QStringLiteral("Rejected")),
                 qPrintable(log));
    }

    void serviceAbsent()
    {
        QVERIFY(m_scratch.isValid());
        const QJsonObject v = runCase(QStringLiteral("absent"));
        checkVerdict(v);
        // Nothing at all was written to the scratch HOME (no plaintext fallback file).
        QStringList written;
        QDirIterator it(m_scratch.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            written << it.next();
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    const QString child = qEnvironmentVariable("SNC_KEYCHAIN_TROUBLE_CHILD");
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runChild(child);
    }
    QCoreApplication app(argc, argv);
    TstKeychainTrouble test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaintrouble.moc"
