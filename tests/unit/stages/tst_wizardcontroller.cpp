// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WizardController + ConnectionModel against the real sandbox: connect (consumer-key flow
// validated through the sandbox), choose the service, navigation, progress in QSettings without
// any secret, and resume after a restart at the first stage not done. Also the navigation policy
// that lives in the controller, not the window (issue 14): a refused credential goes to page 0,
// a chosen service reads up to the first stage not done, an entered page reads its stage, and
// every URL comes out of the one relay once.
#include "Stage2Helpers.h"

#include "stages/WizardController.h"
#include "secrets/SecretKeys.h"
#include "stages/vpn/VpnModel.h"
#include "stages/connection/ConnectionModel.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace snc;
using namespace snc::test;

namespace {

PracticeSandbox practice(SandboxFixture &f)
{
    PracticeSandbox s;
    s.apiBase = f.server->url();
    s.applicationKey = f.server->applicationKey();
    s.applicationSecret = SecretBytes::fromString(f.server->applicationSecret());
    s.controlSecret = SecretBytes::fromString(f.server->controlSecret());
    return s;
}

} // namespace

class TestWizardController : public QObject
{
    Q_OBJECT

    /// A controller on a client that reaches no server: for the policy that needs none.
    struct Offline
    {
        QTemporaryDir dir;
        QSettings settings{dir.filePath(QStringLiteral("wizard.ini")), QSettings::IniFormat};
        SystemClock clock;
        QNetworkAccessManager nam;
        ApiClient api{&nam, &clock};
        MemorySecretStore secrets;
        WizardController wc{&api, &secrets, &clock, &settings};
    };

    static bool resumeAndWait(WizardController &wc)
    {
        QSignalSpy finished(&wc, &WizardController::refreshAllFinished);
        wc.resume();
        return finished.wait(20000);
    }

private slots:
    void unchangedSettingsAreNotWritten()
    {
        // Each write makes QSettings save the file (lock file, two disk syncs) in the GUI thread:
        // a start that changes nothing must not write. A new inode shows a saved file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wizard.ini"));
        const auto inode = [&path] {
            struct stat st = {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
        };
        QSettings settings(path, QSettings::IniFormat);
        WizardSettings ws(&settings);
        ws.setEndpointId(QStringLiteral("sandbox"));
        ws.setCurrentStage(3);
        ws.setPendingTask(QStringLiteral("pcc-1"), QStringLiteral("stage1"), 42);
        settings.sync();
        const ino_t saved = inode();
        QVERIFY(saved != 0);
        ws.setEndpointId(QStringLiteral("sandbox"));
        ws.setCurrentStage(3);
        ws.setPendingTask(QStringLiteral("pcc-1"), QStringLiteral("stage1"), 42);
        ws.clearPendingTask(QStringLiteral("pcc-1"), QStringLiteral("stage4"));
        settings.sync();
        QCOMPARE(inode(), saved);
        ws.setCurrentStage(4);
        settings.sync();
        QVERIFY(inode() != saved);
        QCOMPARE(ws.currentStage(), 4);
        QCOMPARE(ws.pendingTask(QStringLiteral("pcc-1"), QStringLiteral("stage1")), 42);
    }

    void nothingStored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wizard.ini")), QSettings::IniFormat);
        SystemClock clock;
        QNetworkAccessManager nam;
        ApiClient api(&nam, &clock);
        MemorySecretStore secrets;
        WizardController wc(&api, &secrets, &clock, &settings);
        QCOMPARE(wc.stages().size(), 6);
        QCOMPARE(wc.stage(0), static_cast<StageModel *>(wc.connection()));
        QCOMPARE(wc.stage(3)->status(), StageModel::Status::Unknown);
        QVERIFY(!wc.stage(3)->title().isEmpty());
        QVERIFY(resumeAndWait(wc));
        QCOMPARE(wc.currentPage(), 0);
        QCOMPARE(wc.connection()->endpointId(), QStringLiteral("ovh-eu"));
        QCOMPARE(wc.connection()->state(), ConnectionModel::State::NeedsKeys);
        QVERIFY(!wc.canGoNext());
        QVERIFY(!wc.canGoBack());
        // Keys are cleaned and checked as they are typed; nothing is sent.
        wc.connection()->setApplicationKey(QStringLiteral(" abc "));
        QVERIFY(!wc.connection()->applicationKeyError().isEmpty());
        wc.connection()->setApplicationKey(QStringLiteral("AbCdEf0123456789\n"));
        wc.connection()->setApplicationSecret(QStringLiteral("0123456789abcdef0123456789ABCDEF"));
        QVERIFY(wc.connection()->canAuthorize());
        QCOMPARE(wc.connection()->state(), ConnectionModel::State::ReadyToAuthorize);
    }

    void credentialRejectedGoesToPageZero()
    {
        Offline o;
        o.wc.setCurrentPage(3);
        QCOMPARE(o.wc.currentPage(), 3);
        QSignalSpy page(&o.wc, &WizardController::currentPageChanged);
        // Any call refused for its consumer key (expired, revoked) says so through the client.
        emit o.api.credentialRejected(ApiError::make(ApiError::Kind::CredentialInvalid, QStringLiteral("revoked")));
        QCOMPARE(o.wc.connection()->state(), ConnectionModel::State::NeedsReauthorization);
        QCOMPARE(o.wc.currentPage(), 0);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().first().toInt(), 0);
    }

    void completionFollowsADoneStageSixOnly()
    {
        // Issue 18 item 7: the completion screen is page 7, reached only once stage 6 is done;
        // Finish counts only there.
        Offline o;
        o.wc.setCurrentPage(6);
        QCOMPARE(o.wc.currentPage(), 6);
        QVERIFY(!o.wc.canGoNext()); // stage 6 not done (never read)
        o.wc.setCurrentPage(WizardController::completionPage);
        QCOMPARE(o.wc.currentPage(), 6);
        QVERIFY(!o.wc.goTo(WizardController::completionPage));
        QSignalSpy finished(&o.wc, &WizardController::finishRequested);
        o.wc.finish();
        QVERIFY(!o.wc.isFinished());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(WizardController::completionPage, WizardController::stageCount + 1);
    }

    void oneRelayForUrls()
    {
        Offline o;
        QSignalSpy relayed(&o.wc, &WizardController::openUrlRequested);
        const QUrl guide(QStringLiteral("https://example.com/guide"));
        emit o.wc.allowedNetworks()->openUrlRequested(guide);
        QCOMPARE(relayed.size(), 1);
        QCOMPARE(relayed.last().first().toUrl(), guide);
        // Stage 2's secure interface is forwarded by its model: still once.
        SecureInterface *secure = o.wc.adminSecurity()->secureInterface();
        QVERIFY(secure);
        const QUrl reset(QStringLiteral("https://pcc-1.example.com/secure/"));
        emit secure->openUrlRequested(reset);
        QCOMPARE(relayed.size(), 2);
        QCOMPARE(relayed.last().first().toUrl(), reset);
        // Asked again at once (a second click): relayed again, nothing drops it by time.
        emit secure->openUrlRequested(reset);
        QCOMPARE(relayed.size(), 3);
        emit o.wc.connection()->openUrlRequested(guide);
        QCOMPARE(relayed.size(), 4);
        o.wc.openUrl(guide); // a gesture (Help → guide)
        QCOMPARE(relayed.size(), 5);
        o.wc.openUrl(QUrl());
        QCOMPARE(relayed.size(), 5);
    }

    void connectThenResume()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QTemporaryDir dir;
        const QString iniPath = dir.filePath(QStringLiteral("wizard.ini"));
        QSettings settings(iniPath, QSettings::IniFormat);
        QString consumerKey;
        {
            ApiClient api(&f.nam, &f.clock);
            api.setRateLimitPerMinute(60000, 1000);
            WizardController wc(&api, &f.secrets, &f.clock, &settings);
            ConnectionModel *c = wc.connection();
            c->setPracticeSandbox(practice(f));
            QVERIFY(c->endpointIds().contains(ConnectionModel::sandboxEndpointId()));
            QVERIFY(resumeAndWait(wc));
            // The practice sandbox is the default while nothing is stored.
            QCOMPARE(c->endpointId(), ConnectionModel::sandboxEndpointId());
            QVERIFY(wc.context()->isPracticeSandbox());
            QCOMPARE(c->state(), ConnectionModel::State::ReadyToAuthorize);
            QCOMPARE(wc.currentPage(), 0);
            QVERIFY(!c->accessRulesText().isEmpty());

            QSignalSpy open(c, &StageModel::openUrlRequested);
            QSignalSpy connected(c, &ConnectionModel::connected);
            c->authorize();
            QVERIFY(open.wait(10000));
            QCOMPARE(c->state(), ConnectionModel::State::WaitingForValidation);
            c->authorize(); // idempotent: re-opens the page, requests nothing new
            QCOMPARE(open.size(), 2);
            c->autoValidateInSandbox();
            QVERIFY(connected.wait(20000));
            QCOMPARE(c->nicHandle(), QStringLiteral("xx1111-ovh"));
            QCOMPARE(c->services().size(), 2); // the demo account's two PCCs (.ovh.com, .ovh.de)
            const DedicatedCloudService s = c->services().first();
            QCOMPARE(s.serviceName, SandboxFixture::serviceName());
            QVERIFY(s.detailsLoaded);
            // Their host names as the API gave them, the second one's TLD another.
            QCOMPARE(s.hosts.pccFqdn(), QStringLiteral("pcc-192-0-2-1.ovh.com"));
            QCOMPARE(c->services().at(1).hosts.pccFqdn(), QStringLiteral("pcc-198-51-100-7.ovh.de"));
            QVERIFY(!s.location.isEmpty());
            QVERIFY(!wc.canGoNext()); // no service chosen yet
            // A service chosen: the stages are read up to the first one not done, no further.
            QSignalSpy chain(&wc, &WizardController::refreshAllFinished);
            c->selectService(s.serviceName);
            // The stages get the chosen service's own URLs with it (the secure interface among them).
            QCOMPARE(wc.context()->secureInterfaceBase().path(), QStringLiteral("/site/pcc-192-0-2-1.ovh.com/secure/"));
            QCOMPARE(c->status(), StageModel::Status::Done);
            QVERIFY(wc.canGoNext());
            QVERIFY(wc.isRefreshing());
            QVERIFY(wc.allowedNetworks()->isBusy());
            QVERIFY(!wc.vpn()->isBusy());
            QVERIFY(chain.wait(20000));
            QCOMPARE(wc.allowedNetworks()->status(), StageModel::Status::NotStarted);
            for (int n = 2; n <= WizardController::stageCount; ++n)
                QCOMPARE(wc.stage(n)->status(), StageModel::Status::Unknown);
            // A page entered reads its stage when it never was.
            QSignalSpy vpnRead(wc.vpn(), &StageModel::refreshed);
            wc.setCurrentPage(3);
            QVERIFY(wc.vpn()->isBusy());
            QVERIFY(vpnRead.wait(20000));
            wc.setCurrentPage(0);
            QVERIFY(!wc.allowedNetworks()->isBusy()); // read already: not again
            // A refresh answers its own caller: a refreshed() from elsewhere (an action's
            // read-back) is not its answer.
            {
                QObject caller;
                int answers = 0;
                wc.allowedNetworks()->refreshThen(&caller, [&answers](bool) { ++answers; });
                emit wc.allowedNetworks()->refreshed(true);
                QCOMPARE(answers, 0);
                QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 20000);
            }

            SecretReadJob *read = f.secrets.read(SecretKeys::ovhConsumerKey(
                    ConnectionModel::sandboxEndpointId(), f.server->applicationKey()));
            QSignalSpy readDone(read, &SecretJob::finished);
            QVERIFY(readDone.wait(5000));
            consumerKey = read->takeSecret().exposeString();
            QVERIFY(!consumerKey.isEmpty());

            wc.goNext();
            QCOMPARE(wc.currentPage(), 1);
            QVERIFY(wc.canGoBack());
            QSignalSpy refreshed(&wc, &WizardController::refreshAllFinished);
            wc.refreshAll();
            QVERIFY(refreshed.wait(20000));
            QCOMPARE(wc.allowedNetworks()->status(), StageModel::Status::NotStarted);
            QVERIFY(!wc.canGoNext());
            QCOMPARE(wc.firstIncompletePage(), 1);

            // Stage 1 done through its model.
            AllowedNetworksModel *networks = wc.allowedNetworks();
            fastPolling(networks->taskPoller());
            QSignalSpy action(networks, &AllowedNetworksModel::actionFinished);
            QVERIFY(networks->addNetwork(QStringLiteral("203.0.113.7"), {}));
            QVERIFY(action.wait(20000));
            QVERIFY(networks->setPolicyFiltered());
            QVERIFY(action.wait(20000));
            QCOMPARE(networks->status(), StageModel::Status::Done);
            QVERIFY(wc.canGoNext());
            settings.sync();
        }

        // Progress only, never a secret, in the settings file.
        QFile ini(iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains(SandboxFixture::serviceName().toUtf8()));
        QVERIFY(!text.contains(f.server->applicationSecret().toUtf8()));
        QVERIFY(!text.contains(consumerKey.toUtf8()));

        // Restart: a new controller, same settings and keychain → connected, at stage 2.
        ApiClient api(&f.nam, &f.clock);
        api.setRateLimitPerMinute(60000, 1000);
        WizardController wc(&api, &f.secrets, &f.clock, &settings);
        wc.connection()->setPracticeSandbox(practice(f));
        QVERIFY(resumeAndWait(wc));
        QCOMPARE(wc.connection()->state(), ConnectionModel::State::Connected);
        QCOMPARE(wc.context()->serviceName(), SandboxFixture::serviceName());
        QCOMPARE(wc.allowedNetworks()->status(), StageModel::Status::Done);
        QCOMPARE(wc.adminSecurity()->status(), StageModel::Status::NotStarted);
        QCOMPARE(wc.currentPage(), 2);
        QCOMPARE(wc.settings()->currentStage(), 2);
        QCOMPARE(wc.vpn()->status(), StageModel::Status::Unknown); // after the first not done

        // Everything asked while the reads stop at the first stage not done (the status audit
        // chooses its service, then refreshes all): the round reads every stage, and ends once.
        QSignalSpy ended(&wc, &WizardController::refreshAllFinished);
        wc.refreshUntilIncomplete();
        wc.refreshAll();
        QVERIFY(ended.wait(20000));
        QTest::qWait(50);
        QCOMPARE(ended.size(), 1);
        for (int n = 1; n <= WizardController::stageCount; ++n)
            QVERIFY2(wc.stage(n)->status() != StageModel::Status::Unknown, qPrintable(QString::number(n)));
    }
};

QTEST_GUILESS_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
