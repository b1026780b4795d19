// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parts the connection and stages 2 and 6 are composed of, on their own: keys and their
// checks, what the connection remembers where, the token state read, the import report.
#include "api/OvhConfigImport.h"
#include "secrets/MemorySecretStore.h"
#include "stages/StageContext.h"
#include "stages/WizardSettings.h"
#include "stages/activation/ActivationReader.h"
#include "stages/connection/ConnectionKeys.h"
#include "stages/connection/ConnectionStore.h"
#include "stages/security/TokenStateReader.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace snc;

namespace {
QJsonObject task(qint64 id, const char *state)
{
    return QJsonObject{{u"taskId"_s, id}, {u"state"_s, QString::fromLatin1(state)}};
}
} // namespace

class TestConnectionParts : public QObject
{
    Q_OBJECT
private slots:
    void keyShapeAndPastedText()
    {
        QCOMPARE(ConnectionKeys::cleanPasted(u" ab cd\r\nef \t"_s), u"abcdef"_s);
        QVERIFY(ConnectionKeys::isValidKeyShape(u"abcDEF12"_s));
        QVERIFY(!ConnectionKeys::isValidKeyShape(u"abc1234"_s));           // 7 characters
        QVERIFY(!ConnectionKeys::isValidKeyShape(u"abcd-1234"_s));         // not alphanumeric
        QVERIFY(!ConnectionKeys::isValidKeyShape(QString(65, u'a')));
        // The secret is checked on its bytes (issue 15 item 11: no QString copy on every sync).
        QVERIFY(ConnectionKeys::isValidKeyShape(SecretBytes::fromString(u"abcDEF12"_s)));
        QVERIFY(!ConnectionKeys::isValidKeyShape(SecretBytes::fromString(u"abc1234"_s)));
        QVERIFY(!ConnectionKeys::isValidKeyShape(SecretBytes::fromString(u"abcd-1234"_s)));
        QVERIFY(!ConnectionKeys::isValidKeyShape(SecretBytes::fromString(u"abcdéfgh"_s)));
        QVERIFY(!ConnectionKeys::isValidKeyShape(SecretBytes(QByteArray(65, 'a'))));
        QVERIFY(ConnectionKeys::isValidKeyShape(SecretBytes(QByteArray(64, 'a'))));
        ConnectionKeys keys;
        keys.endpointId = u"ovh-eu"_s;
        keys.applicationKey = u"abc"_s;
        QVERIFY(!keys.applicationKeyError().isEmpty());
        QVERIFY(!keys.canAuthorize());
        keys.applicationKey = u"appKey1234"_s;
        keys.applicationSecret = SecretBytes::fromString(u"secret1234"_s);
        QVERIFY(keys.applicationKeyError().isEmpty());
        QVERIFY(keys.applicationSecretError().isEmpty());
        QVERIFY(keys.canAuthorize());
    }

    void switchingRegionForgetsTheKeysTheSandboxBringsItsOwn()
    {
        ConnectionKeys keys;
        QVERIFY(!keys.endpointIds().contains(ConnectionKeys::sandboxEndpointId()));
        QVERIFY(!keys.isSelectable(ConnectionKeys::sandboxEndpointId()));
        QVERIFY(!keys.isSelectable(u"ovh-mars"_s));
        keys.sandbox.apiBase = QUrl(u"https://127.0.0.1:4443"_s);
        keys.sandbox.applicationKey = u"sandboxKey1"_s;
        keys.sandbox.applicationSecret = SecretBytes::fromString(u"sandboxSecret1"_s);
        QVERIFY(keys.endpointIds().contains(ConnectionKeys::sandboxEndpointId()));
        keys.switchTo(u"ovh-ca"_s);
        keys.applicationKey = u"appKey1234"_s;
        keys.importedConsumerKey = SecretBytes::fromString(u"ck"_s);
        keys.switchTo(ConnectionKeys::sandboxEndpointId());
        QVERIFY(keys.isSandbox());
        QCOMPARE(keys.applicationKey, u"sandboxKey1"_s);
        QCOMPARE(keys.applicationSecret.exposeString(), u"sandboxSecret1"_s);
        QVERIFY(keys.importedConsumerKey.isEmpty());
        QVERIFY(keys.createApplicationUrl().isEmpty());
        keys.switchTo(u"ovh-eu"_s);
        QVERIFY(keys.applicationKey.isEmpty());
        QVERIFY(keys.applicationSecret.isEmpty());
        QVERIFY(keys.createApplicationUrl().isValid());
    }

    void theStoreRemembersKeysAndSecretsWhereTheyBelong()
    {
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(u"wizard.ini"_s), QSettings::IniFormat);
        WizardSettings settings(&qsettings);
        MemorySecretStore secrets;
        StageContext context(nullptr, &secrets, nullptr);
        ConnectionStore store(&context, &settings);
        QCOMPARE(store.rememberedEndpointId(false), u"ovh-eu"_s);
        QCOMPARE(store.rememberedEndpointId(true), ConnectionKeys::sandboxEndpointId());

        ConnectionKeys keys;
        keys.endpointId = u"ovh-ca"_s;
        keys.applicationKey = u"appKey1234"_s;
        keys.applicationSecret = SecretBytes::fromString(u"secret1234"_s);
        bool stored = false;
        store.storeKeys(keys, this, [&stored] { stored = true; });
        QTRY_VERIFY(stored);
        store.storeConsumerKey(keys, SecretBytes::fromString(u"consumer1234"_s));
        QCOMPARE(store.rememberedEndpointId(false), u"ovh-ca"_s);
        QCOMPARE(store.rememberedApplicationKey(), u"appKey1234"_s);

        QString secret, consumerKey;
        bool read = false;
        const auto readBack = [&] {
            read = false;
            store.readStored(keys, this, [&](SecretBytes s, SecretBytes ck) {
                secret = s.exposeString();
                consumerKey = ck.exposeString();
                read = true;
            });
        };
        readBack();
        QTRY_VERIFY(read);
        QCOMPARE(secret, u"secret1234"_s);
        QCOMPARE(consumerKey, u"consumer1234"_s);

        // Forgetting the authorization keeps the application secret.
        store.forgetConsumerKey(keys);
        readBack();
        QTRY_VERIFY(read);
        QCOMPARE(secret, u"secret1234"_s);
        QVERIFY(consumerKey.isEmpty());
        QVERIFY(store.warning().isEmpty());
    }

    void theNewestRunningTokenTaskWinsAnEndedOneIsFoundById()
    {
        TokenServerState state;
        state.tasks = {task(7, "done"), task(9, "todo"), task(12, "doing"), task(15, "canceled")};
        QCOMPARE(state.running().value(u"taskId"_s).toInteger(), 12);
        QCOMPARE(state.ended(15).value(u"state"_s).toString(), u"canceled"_s);
        QVERIFY(state.ended(12).isEmpty()); // still running
        QVERIFY(state.ended(0).isEmpty());
        state.tasks = {task(7, "done")};
        QVERIFY(state.running().isEmpty());
    }

    void theImportReportSaysWhereEachValueCameFrom()
    {
        OvhImportedConfig nothing;
        nothing.warnings << u"a warning"_s;
        const QStringList empty = OvhConfigImport::describe(nothing);
        QCOMPARE(empty.size(), 2);
        QCOMPARE(empty.last(), u"a warning"_s);

        OvhImportedConfig found;
        found.applicationKey = u"appKey1234"_s;
        found.applicationKeyOrigin = u"OVH_APPLICATION_KEY"_s;
        found.consumerKey = SecretBytes::fromString(u"ck"_s);
        found.consumerKeyOrigin = u"/home/me/.ovh.conf"_s;
        const QStringList report = OvhConfigImport::describe(found);
        // Region (default), application key, consumer key, "a secret came from a file".
        QCOMPARE(report.size(), 4);
        QVERIFY(report.at(1).contains(u"OVH_APPLICATION_KEY"_s));
        QVERIFY(report.at(2).contains(u"/home/me/.ovh.conf"_s));
        QVERIFY(found.secretsInFiles());
    }

    void tasksBelongToTheirStage()
    {
        QCOMPARE(ActivationReader::stageOfTask(u"addAllowedNetwork"_s), 1);
        QCOMPARE(ActivationReader::stageOfTask(u"testTokenValidation"_s), 2);
        QCOMPARE(ActivationReader::stageOfTask(u"enableSecurityOption"_s), 6);
        QCOMPARE(ActivationReader::stageOfTask(u"somethingElse"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionParts)
#include "tst_connectionparts.moc"
