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

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace snc;
using namespace Qt::StringLiterals;

class TestProductionSecureInterface : public QObject
{
    Q_OBJECT
    TestClock clock;
    QNetworkAccessManager nam;
    MemorySecretStore secrets;

private slots:
    static ServiceHosts germanPcc()
    {
        // A PCC whose FQDN ends in .ovh.de, as GET /dedicatedCloud/{sn} gives it.
        return ServiceHosts::fromService(QJsonObject{
                {QStringLiteral("webInterfaceUrl"), QStringLiteral("https://pcc-198-51-100-7.ovh.de/ui")},
                {QStringLiteral("certifiedInterfaceUrl"), QStringLiteral("https://pcc-198-51-100-7.ovh.de/secure/")}});
    }

    void contextUrls()
    {
        ApiClient api(&nam, &clock);
        StageContext ctx(&api, &secrets, &clock);
        QVERIFY(ctx.secureInterfaceBase().isEmpty());
        ctx.setEndpoint(Endpoint::forId(QStringLiteral("ovh-eu")), false);
        ctx.setServiceName(QStringLiteral("pcc-198-51-100-7"));
        // No URL read from the API yet: no secure interface, never one built from the name.
        QVERIFY(ctx.secureInterfaceBase().isEmpty());
        ctx.setServiceHosts(germanPcc());
        QCOMPARE(ctx.servicePath(), QStringLiteral("/dedicatedCloud/pcc-198-51-100-7"));
        QCOMPARE(ctx.secureInterfaceBase().toString(), QStringLiteral("https://pcc-198-51-100-7.ovh.de/secure/"));
        const QUrl v = ctx.operationValidationUrl(1743283, QStringLiteral("540427"));
        QCOMPARE(v.toString(), QStringLiteral("https://pcc-198-51-100-7.ovh.de/secure/operation-validation?task=1743283&token=540427"));
        // The practice sandbox serves the published host's path under /site/<host>/.
        ctx.setEndpoint(Endpoint::custom(QUrl(QStringLiteral("https://127.0.0.1:40123"))), true);
        QCOMPARE(ctx.secureInterfaceBase().toString(),
                 QStringLiteral("https://127.0.0.1:40123/site/pcc-198-51-100-7.ovh.de/secure/"));
        QCOMPARE(ctx.reachable(QUrl(QStringLiteral("https://nsxt.pcc-198-51-100-7.ovh.de/policy/api/v1"))).toString(),
                 QStringLiteral("https://127.0.0.1:40123/site/nsxt.pcc-198-51-100-7.ovh.de/policy/api/v1"));
        // Another service forgets the names of the previous one.
        ctx.setServiceName(QStringLiteral("pcc-192-0-2-1"));
        QVERIFY(ctx.secureInterfaceBase().isEmpty());
        QCOMPARE(ctx.serverNowMs(), clock.nowMs()); // no delta measured yet
    }

    void hostNamesFromTheApi_data()
    {
        QTest::addColumn<QString>("web");
        QTest::addColumn<QString>("certified");
        QTest::addColumn<QString>("nsxtState");
        QTest::addColumn<QString>("nsxt");
        QTest::addColumn<QString>("secure");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow(".de, NSX read") << u"https://pcc-198-51-100-7.ovh.de/ui"_s << u"https://pcc-198-51-100-7.ovh.de/secure/"_s
                                      << u"enabled"_s << u"https://nsxt.pcc-198-51-100-7.ovh.de"_s << u"https://pcc-198-51-100-7.ovh.de/secure/"_s
                                      << QStringList{u"pcc-198-51-100-7.ovh.de"_s, u"nsxt.pcc-198-51-100-7.ovh.de"_s};
        // /nsxt not read: not known, never nsxt.<FQDN> made up.
        QTest::newRow(".ca, NSX not read") << u"https://pcc-1-2-3-4.ovh.ca/ui"_s << u"https://PCC-1-2-3-4.ovh.ca/secure"_s << QString()
                                          << QString() << u"https://pcc-1-2-3-4.ovh.ca/secure/"_s << QStringList{};
        QTest::newRow("NSX-T disabled, stale url") << u"https://pcc-1-2-3-4.ovh.ca/ui"_s << u"https://pcc-1-2-3-4.ovh.ca/secure/"_s
                                                  << u"disabled"_s << u"https://nsxt.pcc-1-2-3-4.ovh.ca"_s
                                                  << u"https://pcc-1-2-3-4.ovh.ca/secure/"_s << QStringList{u"pcc-1-2-3-4.ovh.ca"_s};
        // No certifiedInterfaceUrl: no secure interface guessed on webInterfaceUrl's host.
        QTest::newRow("web only") << u"https://pcc-1-2-3-4.ovh.eu/ui"_s << QString() << u"enabled"_s
                                  << u"https://nsxt.pcc-1-2-3-4.ovh.eu"_s << QString()
                                  << QStringList{u"pcc-1-2-3-4.ovh.eu"_s, u"nsxt.pcc-1-2-3-4.ovh.eu"_s};
        QTest::newRow("plain http: no name") << u"http://pcc-1-2-3-4.ovh.eu/ui"_s << QString() << u"enabled"_s
                                             << u"https://nsxt.pcc-1-2-3-4.ovh.eu"_s << QString() << QStringList{};
        QTest::newRow("nothing") << QString() << QString() << QString() << QString() << QString() << QStringList{};
    }

    void hostNamesFromTheApi()
    {
        QFETCH(QString, web);
        QFETCH(QString, certified);
        QFETCH(QString, nsxtState);
        QFETCH(QString, nsxt);
        QFETCH(QString, secure);
        QFETCH(QStringList, hosts);
        ServiceHosts h = ServiceHosts::fromService(QJsonObject{{u"webInterfaceUrl"_s, web}, {u"certifiedInterfaceUrl"_s, certified}});
        if (!nsxtState.isEmpty())
            h.setNsxt(QJsonObject{{u"state"_s, nsxtState}, {u"url"_s, nsxt}});
        QCOMPARE(h.secureInterface().toString(), secure);
        QCOMPARE(h.vsphereHostNames(), hosts);
        QCOMPARE(h.isKnown(), !web.isEmpty() && web.startsWith(u"https"_s));
        for (const QString &name : h.vsphereHostNames())
            QVERIFY2(!name.startsWith(u"vrops."_s), qPrintable(name));
    }

    void pagesOpenedNotSpoken()
    {
        ApiClient api(&nam, &clock);
        StageContext ctx(&api, &secrets, &clock);
        ctx.setEndpoint(Endpoint::forId(QStringLiteral("ovh-eu")), false);
        ctx.setServiceName(QStringLiteral("pcc-198-51-100-7"), germanPcc());
        ProductionSecureInterface secure(&ctx);
        QVERIFY(!secure.isEmbedded());
        QSignalSpy open(&secure, &SecureInterface::openUrlRequested);
        QSignalSpy failed(&secure, &SecureInterface::failed);
        QSignalSpy sent(&secure, &SecureInterface::operationValidationSent);

        secure.startPasswordReset(QStringLiteral("admin"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toUrl().toString(), QStringLiteral("https://pcc-198-51-100-7.ovh.de/secure/"));
        QCOMPARE(secure.step(), SecureInterface::Step::External);

        secure.submitCodes(SecretBytes("1"), SecretBytes("2"));
        secure.definePassword(SecretBytes("x"));
        secure.confirmTotp(SecretBytes("123456"));
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Validation);

        secure.validateOperation(42, SecretBytes("540427"));
        QCOMPARE(open.size(), 2);
        const QUrl url = open.last().first().toUrl();
        QCOMPARE(url.host(), QStringLiteral("pcc-198-51-100-7.ovh.de"));
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
