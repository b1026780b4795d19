// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 6 against the real in-process sandbox: snc blocked by a missing prerequisite (pre-check
// and task error), then activated to pendingOptions == []; the compliance report holds no secret.
#include "Stage6Helpers.h"

#include "sandbox/SandboxStats.h"
#include "sandbox/modules/DedicatedCloudModule.h"
#include "stages/activation/ActivationModel.h"
#include "stages/activation/ComplianceReport.h"
#include "stages/TokenValidationOption.h"
#include "tasks/TaskPoller.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace snc;
using namespace snc::test;

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

class TestActivationModel : public QObject
{
    Q_OBJECT

private slots:
    void blockersAreAdviceAndTheServerSaysWhy()
    {
        // Issue 16: the published dependenciesTree gives `requires` only; the options the matrix
        // does not show delivered are the blockers, each with the stage that enables it.
        SandboxFixture f;
        QVERIFY(f.started);
        ActivationModel model(f.context.get());
        QVERIFY(refreshed(model));
        QCOMPARE(model.status(), StageModel::Status::NotStarted);
        QVERIFY(model.isSncPending());
        QStringList codes;
        QList<int> stages;
        for (const SncBlocker &b : model.blockers()) {
            codes << b.code;
            stages << b.stage;
        }
        QCOMPARE(codes, (QStringList{s("accessNetworkFiltered"), s("tokenValidation"), s("privateGw")}));
        QCOMPARE(stages, (QList<int>{1, 2, 4}));
        // Advice, never a lock: the activation can be asked for all the same ...
        QVERIFY(model.canActivate());
        const QString resume = s("POST /1.0/dedicatedCloud/{serviceName}/securityOptions/resumePendingEnabling");
        QSignalSpy finished(&model, &ActivationModel::actionFinished);
        QVERIFY(model.activate());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(f.server->stats()->requestsFor(resume), 1);
        // ... and what shows is the server's own message, the generic MISSING_REQUIREMENTS_OPTIONS
        // naming the options from `requires` with their stages.
        const QString shown = model.lastErrorMessage();
        QCOMPARE(model.lastError().kind, ApiError::Kind::BadRequest);
        QVERIFY2(shown.contains(s("enable tokenValidation first")), qPrintable(shown));
        QVERIFY2(shown.contains(s("accessNetworkFiltered (stage 1)")) && shown.contains(s("privateGw (stage 4)")),
                 qPrintable(shown));
        QVERIFY(!shown.contains(s("advancedSecurity"))); // delivered: not named
    }

    void sncBlockedByTheVpn()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        earlierStagesDone(f, false);
        ActivationModel model(f.context.get());
        model.taskPoller()->setIntervalMs(200);
        QVERIFY(refreshed(model));
        // Every required option is there: the matrix's reason, in the server's words.
        QCOMPARE(model.blockers().size(), 1);
        QCOMPARE(model.blockers().first().code, s("ACTION_IMPOSSIBLE"));
        QCOMPARE(model.blockers().first().stage, 0);
        QVERIFY(model.blockers().first().message.contains(s("IPsec")));

        // The pre-check passes, then the VPN goes away while the task runs: it ends in error and
        // the model says why, in the server's words.
        f.modules.dedicatedCloud->sncHooks().vpnConfigured = [](const QString &) { return true; };
        QVERIFY(refreshed(model));
        QVERIFY(model.canActivate());
        QSignalSpy finished(&model, &ActivationModel::actionFinished);
        QVERIFY(model.activate());
        QTRY_VERIFY_WITH_TIMEOUT(model.isTaskRunning(), 10000);
        f.modules.dedicatedCloud->sncHooks().vpnConfigured = [](const QString &) { return false; };
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(model.lastErrorMessage().contains(s("VPN_NOT_CONFIGURED")), qPrintable(model.lastErrorMessage()));
        QVERIFY(model.isSncPending());
        QVERIFY(model.status() != StageModel::Status::Done);
        QVERIFY(model.blockers().first().message.contains(s("IPsec")));
    }

    void theMatrixReadTellsTheTokenValidationOption()
    {
        // Stage 6 reads the compatibility matrix while snc is pending: the StageContext's
        // TokenValidationOption learns from that read, so no token gate reads it again.
        SandboxFixture f;
        QVERIFY(f.started);
        earlierStagesDone(f, true);
        QVERIFY(!f.context->tokenValidation()->isKnownEnabled());
        ActivationModel model(f.context.get());
        QVERIFY(refreshed(model));
        QVERIFY(model.isSncPending());
        QVERIFY(f.context->tokenValidation()->isKnownEnabled());
        const QString matrix = s("GET /1.0/dedicatedCloud/{serviceName}/securityOptions/compatibilityMatrix");
        QCOMPARE(f.server->stats()->requestsFor(matrix), 1);
        bool enabled = false;
        f.context->tokenValidation()->whenKnown(this, [&enabled](TokenValidationOption::Answer answer) {
            enabled = answer == TokenValidationOption::Answer::Enabled;
        });
        QVERIFY(enabled); // at once, without a read
        QCOMPARE(f.server->stats()->requestsFor(matrix), 1);
    }

    void aTaskErrorWithTheGenericCodeNamesTheOptions()
    {
        // The task's own description is shown; MISSING_REQUIREMENTS_OPTIONS in it is the generic
        // code, so the options are named from `requires` (never "stage 2" alone).
        SandboxFixture f;
        QVERIFY(f.started);
        earlierStagesDone(f, true);
        ActivationModel model(f.context.get());
        model.taskPoller()->setIntervalMs(200);
        QVERIFY(refreshed(model));
        QVERIFY(model.blockers().isEmpty());
        QSignalSpy finished(&model, &ActivationModel::actionFinished);
        QVERIFY(model.activate());
        QTRY_VERIFY_WITH_TIMEOUT(model.isTaskRunning(), 10000);
        f.modules.dedicatedCloud->service(f.serviceName())->optionStates.insert(s("tokenValidation"), s("disabled"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        const QString shown = model.lastErrorMessage();
        QVERIFY2(shown.contains(s("The tokenValidation option is not enabled")), qPrintable(shown)); // the task's words
        QVERIFY2(shown.contains(s("accessNetworkFiltered (stage 1)")) && shown.contains(s("privateGw (stage 4)")),
                 qPrintable(shown));
    }

    void activatesAndReportsWithoutSecrets()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        earlierStagesDone(f, true);
        ActivationModel model(f.context.get());
        model.taskPoller()->setIntervalMs(200);
        QVERIFY(refreshed(model));
        QVERIFY(model.blockers().isEmpty());
        QCOMPARE(model.status(), StageModel::Status::WaitingForUser);
        QSignalSpy progress(model.taskProgress(), &TaskProgress::changed);
        QSignalSpy finished(&model, &ActivationModel::actionFinished);
        QVERIFY(model.activate());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(model.lastErrorMessage()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(model.pendingOptions(), QStringList());
        QCOMPARE(model.status(), StageModel::Status::Done);
        // A second activation sends nothing.
        finished.clear();
        QVERIFY(model.activate());
        QTRY_VERIFY(!finished.isEmpty());

        const ComplianceReport report = ComplianceReport::fromStages({&model}, &model, f.serviceName(),
                                                                     f.server->url().toString(), QDateTime::currentDateTimeUtc());
        const QString html = report.toHtml();
        QVERIFY(html.contains(f.serviceName()));
        QVERIFY(html.contains(s("203.0.113.0/24")));
        QVERIFY(html.contains(s("enableSecurityOption")));
        QVERIFY(html.contains(s("[]")));
        for (const QString &secret : {f.server->applicationSecret(), f.server->consumerKey()})
            QVERIFY(!html.contains(secret));
        QVERIFY(!html.contains(s("PRIVATE KEY")));
        QTemporaryDir dir;
        QVERIFY(report.writeHtml(dir.filePath(s("report.html"))));
        QString why;
        QVERIFY2(report.writePdf(dir.filePath(s("report.pdf")), &why), qPrintable(why));
        QFile pdf(dir.filePath(s("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QVERIFY(!pdf.readAll().contains(f.server->consumerKey().toLatin1()));
    }

    void reportDetailsComeFromTheirStages()
    {
        SandboxFixture f;
        QVERIFY(f.started);
        earlierStagesDone(f, true);
        ActivationModel model(f.context.get());
        auto stagesHaveRead = std::make_shared<bool>(true);
        model.setReportDetailsSource([stagesHaveRead]() -> std::optional<ActivationModel::ReportDetails> {
            if (!*stagesHaveRead)
                return std::nullopt;
            ActivationModel::ReportDetails d;
            d.allowedNetworks = {s("198.51.100.0/24")};
            d.userAccessPolicy = s("filtered");
            d.gateways << ActivationModel::ReportDetails::Gateway{1, s("10.0.0.2"), s("255.255.255.0"), s("vxw-gw"), s("enabled")};
            return d;
        });
        const QString networksRoute = s("GET /1.0/dedicatedCloud/{serviceName}/allowedNetwork");
        const QString gatewaysRoute = s("GET /1.0/dedicatedCloud/{serviceName}/datacenter");
        QVERIFY(refreshed(model));
        QCOMPARE(model.allowedNetworks(), QStringList{s("198.51.100.0/24")});
        QCOMPARE(model.userAccessPolicy(), s("filtered"));
        QCOMPARE(model.privateGateways().size(), 1);
        QVERIFY(model.privateGateways().first().contains(s("10.0.0.2")));
        QCOMPARE(f.server->stats()->requestsFor(networksRoute), 0);
        QCOMPARE(f.server->stats()->requestsFor(gatewaysRoute), 0);
        // Not read by their stages (or being read again): this stage reads them from the API.
        *stagesHaveRead = false;
        QVERIFY(refreshed(model));
        QCOMPARE(model.allowedNetworks(), QStringList{s("203.0.113.0/24")});
        QCOMPARE(f.server->stats()->requestsFor(networksRoute), 1);
        QCOMPARE(f.server->stats()->requestsFor(gatewaysRoute), 1);
    }
};

// QPdfWriter and QTextDocument need a QGuiApplication (fonts); the platform is offscreen.
QTEST_MAIN(TestActivationModel)
#include "tst_activationmodel.moc"
