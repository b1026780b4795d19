// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The production secure interface (a web page: URLs opened, completion detected through the API)
// and StageContext's URLs, without a network. Also StageCatalog and WizardSettings.
#include "api/ApiClient.h"
#include "core/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "stages/StageCatalog.h"
#include "stages/StageContext.h"
#include "stages/WizardSettings.h"
#include "stages/security/ProductionSecureInterface.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace snc;

class TestProductionSecureInterface : public QObject
{
    Q_OBJECT
    TestClock clock;
    QNetworkAccessManager nam;
    MemorySecretStore secrets;

private slots:
    void contextUrls()
    {
        ApiClient api(&nam, &clock);
        StageContext ctx(&api, &secrets, &clock);
        QVERIFY(ctx.secureInterfaceBase().isEmpty());
        ctx.setEndpoint(Endpoint::forId(QStringLiteral("ovh-eu")), false);
        ctx.setServiceName(QStringLiteral("pcc-192-0-2-1"));
        QCOMPARE(ctx.servicePath(), QStringLiteral("/dedicatedCloud/pcc-192-0-2-1"));
        QCOMPARE(ctx.secureInterfaceBase().toString(), QStringLiteral("https://pcc-192-0-2-1.ovh.com/secure/"));
        const QUrl v = ctx.operationValidationUrl(1743283, QStringLiteral("540427"));
        QCOMPARE(v.toString(), QStringLiteral("https://pcc-192-0-2-1.ovh.com/secure/operation-validation?task=1743283&token=540427"));
        ctx.setEndpoint(Endpoint::custom(QUrl(QStringLiteral("https://127.0.0.1:40123"))), true);
        QCOMPARE(ctx.secureInterfaceBase().toString(), QStringLiteral("https://127.0.0.1:40123/secure/pcc-192-0-2-1/"));
        QCOMPARE(ctx.serverNowMs(), clock.nowMs()); // no delta measured yet
    }

    void pagesOpenedNotSpoken()
    {
        ApiClient api(&nam, &clock);
        StageContext ctx(&api, &secrets, &clock);
        ctx.setEndpoint(Endpoint::forId(QStringLiteral("ovh-eu")), false);
        ctx.setServiceName(QStringLiteral("pcc-192-0-2-1"));
        ProductionSecureInterface secure(&ctx);
        QVERIFY(!secure.isEmbedded());
        QSignalSpy open(&secure, &SecureInterface::openUrlRequested);
        QSignalSpy failed(&secure, &SecureInterface::failed);
        QSignalSpy sent(&secure, &SecureInterface::operationValidationSent);

        secure.startPasswordReset(QStringLiteral("admin"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toUrl().toString(), QStringLiteral("https://pcc-192-0-2-1.ovh.com/secure/"));
        QCOMPARE(secure.step(), SecureInterface::Step::External);

        secure.submitCodes(SecretBytes("1"), SecretBytes("2"));
        secure.definePassword(SecretBytes("x"));
        secure.confirmTotp(SecretBytes("123456"));
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Validation);

        secure.validateOperation(42, SecretBytes("540427"));
        QCOMPARE(open.size(), 2);
        const QUrl url = open.last().first().toUrl();
        QCOMPARE(url.path(), QStringLiteral("/secure/operation-validation"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("task")), QStringLiteral("42"));
        // The SMS token is typed in OVHcloud's page, never carried by the URL (issue 15 item 5).
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("token")));
        QVERIFY(!url.toString().contains(QStringLiteral("540427")));
        QCOMPARE(sent.size(), 1);

        secure.markEnabled();
        QCOMPARE(secure.step(), SecureInterface::Step::Enabled);
        secure.cancel();
        QCOMPARE(secure.step(), SecureInterface::Step::Enabled);
    }

    void catalog()
    {
        for (int n = 1; n <= StageCatalog::count; ++n) {
            QVERIFY(!StageCatalog::title(n).isEmpty());
            QVERIFY(StageCatalog::guideUrl(n).isValid());
            QCOMPARE(StageCatalog::guideUrl(n).scheme(), QStringLiteral("https"));
        }
        QVERIFY(StageCatalog::title(0).isEmpty());
        QVERIFY(StageCatalog::title(7).isEmpty());
    }

    void settings()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat);
        WizardSettings w(&s);
        QCOMPARE(w.pendingTask(QStringLiteral("pcc-1"), QStringLiteral("tokenValidation")), qint64(0));
        w.setPendingTask(QStringLiteral("pcc-1"), QStringLiteral("tokenValidation"), 42);
        w.setPendingTask(QStringLiteral("pcc/2"), QStringLiteral("tokenValidation"), 43);
        QCOMPARE(w.pendingTask(QStringLiteral("pcc-1"), QStringLiteral("tokenValidation")), qint64(42));
        QCOMPARE(w.pendingTask(QStringLiteral("pcc/2"), QStringLiteral("tokenValidation")), qint64(43));
        // The stored names (a saved task is found again by them): escaped parts joined by '|'.
        w.setPendingTask(QStringLiteral("pcc/2%"), QStringLiteral("a/b"), 44);
        QCOMPARE(s.value(QStringLiteral("pendingTasks/pcc-1|tokenValidation")).toLongLong(), qint64(42));
        QCOMPARE(s.value(QStringLiteral("pendingTasks/pcc%2F2|tokenValidation")).toLongLong(), qint64(43));
        QCOMPARE(s.value(QStringLiteral("pendingTasks/pcc%2F2%25|a%2Fb")).toLongLong(), qint64(44));
        QCOMPARE(w.pendingTasks(QStringLiteral("pcc/2%")), (QMap<QString, qint64>{{QStringLiteral("a%2Fb"), 44}}));
        w.clearPendingTask(QStringLiteral("pcc-1"), QStringLiteral("tokenValidation"));
        QCOMPARE(w.pendingTask(QStringLiteral("pcc-1"), QStringLiteral("tokenValidation")), qint64(0));
        w.setCurrentStage(3);
        w.setServiceName(QStringLiteral("pcc-1"));
        QCOMPARE(w.currentStage(), 3);
        QCOMPARE(w.serviceName(), QStringLiteral("pcc-1"));
    }
};

QTEST_GUILESS_MAIN(TestProductionSecureInterface)
#include "tst_productionsecureinterface.moc"
