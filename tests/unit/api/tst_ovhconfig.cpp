// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import of OVH_* variables and ovh.conf files: precedence, origins, unreadable and permissive files.
#include "api/OvhConfigImport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace snc;

class TestOvhConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content,
                  QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        f.close();
        f.setPermissions(perms);
        return path;
    }

    OvhImportedConfig readWith(const QProcessEnvironment &env, const QStringList &paths)
    {
        OvhConfigImport import;
        import.setEnvironment(env);
        import.setConfigPaths(paths);
        return import.read();
    }

private slots:
    void environmentOnly()
    {
        QProcessEnvironment env;
        env.insert(u"OVH_ENDPOINT"_s, u"ovh-ca"_s);
        env.insert(u"OVH_APPLICATION_KEY"_s, u"ak-env"_s);
        env.insert(u"OVH_APPLICATION_SECRET"_s, u" as-env\n"_s);
        env.insert(u"OVH_CONSUMER_KEY"_s, u"ck-env"_s);
        const OvhImportedConfig c = readWith(env, {m_dir.filePath(u"missing.conf"_s)});
        QCOMPARE(c.endpoint, u"ovh-ca"_s);
        QCOMPARE(c.endpointOrigin, u"OVH_ENDPOINT"_s);
        QCOMPARE(c.applicationKey, u"ak-env"_s);
        QCOMPARE(c.applicationSecret.expose(), "as-env"_ba); // trimmed
        QCOMPARE(c.applicationSecretOrigin, u"OVH_APPLICATION_SECRET"_s);
        QCOMPARE(c.consumerKeyOrigin, u"OVH_CONSUMER_KEY"_s);
        QVERIFY(!c.secretsInFiles());
        QCOMPARE(c.files.size(), 1);
        QVERIFY(!c.files.first().exists);
        QVERIFY(c.warnings.isEmpty());
    }

    void filesAndPrecedence()
    {
        const QString user = write(u"home/.ovh.conf"_s,
                                   "[default]\n; comment\nendpoint=ovh-eu\n\n[ovh-eu]\n"
                                   "application_key = ak-user\napplication_secret=as=with=equals\n");
        const QString system = write(u"etc/ovh.conf"_s,
                                     "[default]\nendpoint=ovh-ca\n[ovh-eu]\napplication_key=ak-sys\n"
                                     "consumer_key: ck-sys\n[ovh-ca]\nconsumer_key=wrong-section\n");
        QProcessEnvironment env;
        env.insert(u"OVH_APPLICATION_KEY"_s, u"ak-env"_s);
        const OvhImportedConfig c = readWith(env, {user, system});
        QCOMPARE(c.endpoint, u"ovh-eu"_s);          // user file beats /etc
        QCOMPARE(c.endpointOrigin, user);
        QCOMPARE(c.applicationKey, u"ak-env"_s);     // environment beats files
        QCOMPARE(c.applicationSecret.expose(), "as=with=equals"_ba);
        QCOMPARE(c.applicationSecretOrigin, user);
        QCOMPARE(c.consumerKey.expose(), "ck-sys"_ba); // falls through to /etc, same section
        QCOMPARE(c.consumerKeyOrigin, system);
        QVERIFY(c.secretsInFiles());
        QVERIFY(c.warnings.isEmpty());
    }

    void defaultEndpointIsEu()
    {
        const QString f = write(u"noendpoint.conf"_s, "[ovh-eu]\napplication_key=k\n");
        const OvhImportedConfig c = readWith(QProcessEnvironment(), {f});
        QCOMPARE(c.endpoint, u"ovh-eu"_s);
        QVERIFY(c.endpointOrigin.isEmpty());
        QCOMPARE(c.applicationKey, u"k"_s);
    }

    void emptyWhenNothing()
    {
        const OvhImportedConfig c = readWith(QProcessEnvironment(), {m_dir.filePath(u"none"_s)});
        QVERIFY(c.isEmpty());
        QVERIFY(c.endpoint.isEmpty());
    }

    void unreadableSkipped()
    {
        QString locked = write(u"locked.conf"_s, "[ovh-eu]\napplication_key=locked\n",
                               QFileDevice::WriteOwner);
        if (::geteuid() == 0) {
            // Root reads any file mode; a write-only sysctl is refused even to root.
            locked = u"/proc/sys/vm/drop_caches"_s;
            QFile probe(locked);
            if (probe.open(QIODevice::ReadOnly))
                QSKIP("running as root with no unreadable file available");
        }
        const QString ok = write(u"ok.conf"_s, "[ovh-eu]\napplication_key=fine\n");
        const OvhImportedConfig c = readWith(QProcessEnvironment(), {locked, ok});
        QCOMPARE(c.applicationKey, u"fine"_s);
        QCOMPARE(c.files.size(), 2);
        QVERIFY(c.files[0].exists);
        QVERIFY(!c.files[0].readable);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY(c.warnings.first().contains(locked));
    }

    void permissiveFileWarned()
    {
        const QString open = write(u"open.conf"_s, "[ovh-eu]\napplication_secret=s3cr3t-value\n",
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const OvhImportedConfig c = readWith(QProcessEnvironment(), {open});
        QVERIFY(c.files.first().tooPermissive);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY(c.warnings.first().contains(open));
        QVERIFY(!c.warnings.first().contains(u"s3cr3t"_s));

        const QString tight = write(u"tight.conf"_s, "[ovh-eu]\napplication_secret=x\n");
        const OvhImportedConfig t = readWith(QProcessEnvironment(), {tight});
        QVERIFY(!t.files.first().tooPermissive);
        QVERIFY(t.warnings.isEmpty());
    }

    void neverCurrentFolder()
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, u"/home/someone"_s);
        const QStringList paths = OvhConfigImport::defaultConfigPaths(env);
        QCOMPARE(paths, (QStringList{u"/home/someone/.ovh.conf"_s, u"/etc/ovh.conf"_s}));

        // A ./ovh.conf in the working folder is ignored by default.
        write(u"cwd/ovh.conf"_s, "[ovh-eu]\napplication_key=from-cwd\n");
        const QString before = QDir::currentPath();
        QDir::setCurrent(m_dir.filePath(u"cwd"_s));
        OvhConfigImport import;
        QProcessEnvironment home;
        home.insert(u"HOME"_s, m_dir.filePath(u"emptyhome"_s));
        import.setEnvironment(home);
        import.setConfigPaths(OvhConfigImport::defaultConfigPaths(home));
        const OvhImportedConfig c = import.read();
        QDir::setCurrent(before);
        QVERIFY(c.applicationKey != u"from-cwd"_s);
        for (const OvhConfigFile &f : c.files)
            QVERIFY(QFileInfo(f.path).isAbsolute());
    }

    void oauthConfigIsReported()
    {
        QProcessEnvironment env;
        env.insert(u"OVH_CLIENT_ID"_s, u"svc-account"_s);
        const OvhImportedConfig c = readWith(env, {});
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY(c.warnings.first().contains(u"OVH_CLIENT_ID"_s));
    }
};

QTEST_GUILESS_MAIN(TestOvhConfig)
#include "tst_ovhconfig.moc"
