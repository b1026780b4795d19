// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 12: a secret file is never open to group or others, not even for an instant:
// under a umask of 0, over an existing world-readable file, and without O_TMPFILE (SecretFile
// never uses it: its temporary file has a name, checked here the moment it exists).
#include "core/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace snc;

namespace {

QList<unsigned> g_createdModes;

unsigned modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 07777;
}

void recordCreated(const QString &temporaryPath)
{
    g_createdModes.append(modeOf(temporaryPath));
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A file that was there before SecretFile, written the ordinary way (so with the umask's mode).
bool writePlainFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestSecretFile : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_oldUmask = ::umask(0); // the worst case: nothing masked by default
        g_createdModes.clear();
        SecretFile::setCreatedHookForTests(&recordCreated);
    }
    void cleanup()
    {
        ::umask(m_oldUmask);
        SecretFile::setCreatedHookForTests(nullptr);
    }

    void newFileOwnerOnlyFromTheStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"okms.key"_s);
        QString error;
        QCOMPARE(SecretFile::write(path, "-----BEGIN PRIVATE KEY-----", SecretFile::Overwrite::Replace, &error),
                 SecretFile::Outcome::Written);
        QCOMPARE(g_createdModes, QList<unsigned>{0600u});
        QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(contentOf(path), "-----BEGIN PRIVATE KEY-----"_ba);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"okms.key"_s});
    }

    // QSaveFile would copy the replaced file's 0644 to its temporary file.
    void replacesWorldReadableFileWithoutOpeningIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"swanctl.conf"_s);
        QVERIFY(writePlainFile(path, "old"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QCOMPARE(SecretFile::write(path, "secret = psk", SecretFile::Overwrite::Replace), SecretFile::Outcome::Written);
        QCOMPARE(g_createdModes, QList<unsigned>{0600u});
        QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(contentOf(path), "secret = psk"_ba);
    }

    void refusesToOverwriteWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"okms.key"_s);
        QCOMPARE(SecretFile::write(path, "first", SecretFile::Overwrite::Refuse), SecretFile::Outcome::Written);
        QString error;
        QCOMPARE(SecretFile::write(path, "second", SecretFile::Overwrite::Refuse, &error), SecretFile::Outcome::Exists);
        QVERIFY(!error.isEmpty());
        QCOMPARE(contentOf(path), "first"_ba);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"okms.key"_s});
    }

    // A link planted at the typed path is replaced, never followed to its target.
    void symlinkNotFollowed()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(u"victim"_s);
        QVERIFY(writePlainFile(victim, "keep"));
        const QString path = dir.filePath(u"okms.key"_s);
        QVERIFY(QFile::link(victim, path));
        QCOMPARE(SecretFile::write(path, "key", SecretFile::Overwrite::Replace), SecretFile::Outcome::Written);
        QCOMPARE(contentOf(victim), "keep"_ba);
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(SecretFile::write(dir.filePath(u"victim"_s), "x", SecretFile::Overwrite::Refuse), SecretFile::Outcome::Exists);
    }

    // A public certificate gets its wider bits only once complete; never while being written.
    void publicFileWidenedAtTheEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"okms.crt"_s);
        QCOMPARE(SecretFile::write(path, "cert", SecretFile::Overwrite::Replace, nullptr, 0644), SecretFile::Outcome::Written);
        QCOMPARE(g_createdModes, QList<unsigned>{0600u});
        QCOMPARE(modeOf(path), 0644u);
    }

    void failsLoudlyWhereItCannotCreate()
    {
        QString error;
        QCOMPARE(SecretFile::write(u"/nonexistent-dir/okms.key"_s, "k", SecretFile::Overwrite::Replace, &error),
                 SecretFile::Outcome::Failed);
        QVERIFY(error.contains(u"/nonexistent-dir"_s));
    }

private:
    mode_t m_oldUmask = 022;
};

QTEST_GUILESS_MAIN(TestSecretFile)
#include "tst_secretfile.moc"
