// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contract test (issue 16, item 1): the sandbox answers as OVHcloud's published API does, and
// the wizard calls only published routes. It checks what a full autopilot run against an
// external `snc-sandbox --record-answers` captured (tst_autopilot's externalSandbox run writes
// ${build}/contract/answers.jsonl; ctest runs it first, fixture snc_contract_capture: one
// autopilot run serves both tests) and the sandbox's own route table (`snc-sandbox
// --list-routes`) against routes.tsv and the published models of the npm package
// @datatr-ux/ovhcloud-types, with check-contract.mjs (why our own reader: DtsModels.mjs).
//
// The package is installed at test time into the build folder (never the repository), like
// tst_nodeclient's client; without registry access the test FAILS with the reason.
#include "ContractSweep.h"
#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kTypesVersion = u"1.0.84"_s;
const QString kPrefix = snc::test::binaryDir() + u"/contract-types"_s;
const QString kTypesDir = kPrefix + u"/node_modules/@datatr-ux/ovhcloud-types"_s;
const QString kContractDir = snc::test::sourceDir() + u"/tests/contract"_s;

QString lastLines(const QByteArray &text, int n = 15)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - n)).join(u'\n');
}

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && !path.contains(u"NOTFOUND"_s) && info.isFile() && info.isExecutable();
}

QString installedVersion()
{
    QFile f(kTypesDir + u"/package.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(u"version"_s).toString();
}

struct CheckRun
{
    int exitCode = -1;
    QString output;
};

/// Runs check-contract.mjs; every line of its output is also shown in the test log.
CheckRun runChecker(const QString &answers, const QString &sandboxRoutes, const QString &pending)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(snc::test::nodeExecutable(),
               {kContractDir + u"/check-contract.mjs"_s, u"--routes"_s, kContractDir + u"/routes.tsv"_s,
                u"--sandbox-routes"_s, sandboxRoutes, u"--answers"_s, answers, u"--types"_s,
                kTypesDir + u"/dist"_s, u"--always"_s, kContractDir + u"/always-present.txt"_s,
                u"--pending"_s, pending});
    CheckRun run;
    if (!node.waitForStarted(30000) || !node.waitForFinished(120000)) {
        node.kill();
        run.output = u"node did not run check-contract.mjs: "_s + node.errorString();
        return run;
    }
    run.exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
    run.output = QString::fromUtf8(node.readAll());
    for (const QString &line : run.output.split(u'\n', Qt::SkipEmptyParts))
        qInfo().noquote() << line;
    return run;
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(isExecutable(snc::test::nodeExecutable()) && isExecutable(snc::test::npmExecutable()),
                 "node and npm are required for this test and were not found at configure time "
                 "(Debian: apt-get install nodejs npm, then reconfigure)");
        if (installedVersion() == kTypesVersion)
            return;
        // npm honours npm_config_cache (scripts/with-test-keyring.sh keeps the real one),
        // npm_config_registry and the proxy settings of the environment.
        QDir().mkpath(kPrefix);
        QProcess npm;
        npm.setProcessChannelMode(QProcess::MergedChannels);
        npm.start(snc::test::npmExecutable(),
                  {u"install"_s, u"--prefix"_s, kPrefix, u"--no-audit"_s, u"--no-fund"_s, u"--no-save"_s,
                   u"@datatr-ux/ovhcloud-types@"_s + kTypesVersion});
        const bool finished = npm.waitForStarted(30000) && npm.waitForFinished(240000);
        const QByteArray log = npm.readAll();
        QVERIFY2(finished && npm.exitStatus() == QProcess::NormalExit && npm.exitCode() == 0
                         && installedVersion() == kTypesVersion,
                 qPrintable(u"npm could not install @datatr-ux/ovhcloud-types@%1 into %2 — is the npm "
                            "registry reachable from this machine (proxy, npm_config_registry)? npm "
                            "said:\n%3"_s.arg(kTypesVersion, kPrefix, lastLines(log))));
    }

    // The checker itself can fail: a capture with one violation of each kind (tests/contract/
    // selftest) gives each finding, and a pending entry that no longer occurs fails too.
    void checkerFindsEveryKindOfViolation()
    {
        const QString dir = kContractDir + u"/selftest/"_s;
        const CheckRun run = runChecker(dir + u"answers.jsonl"_s, dir + u"sandbox-routes.txt"_s,
                                        dir + u"pending.txt"_s);
        QCOMPARE(run.exitCode, 1);
        const QStringList expected{
                u"FINDING GET /me: answer.shoeSize: not a field of nichandle.Nichandle"_s,
                u"FINDING GET /auth/time: answer: a string where long is published"_s,
                u"FINDING GET /dedicatedCloud/{serviceName}/task/{taskId}: answer.progress: missing (required by dedicatedCloud.Task)"_s,
                u"FINDING GET /dedicatedCloud/{serviceName}/task/{taskId}: answer.description: missing (required by dedicatedCloud.Task, always-present.txt)"_s,
                u"FINDING GET /dedicatedCloud/{serviceName}/task/{taskId}: answer.state: \"waiting\" is not in dedicatedCloud.TaskStateEnum"_s,
                u"FINDING GET /dedicatedCloud/{serviceName}/task: answer[]: a string where long is published"_s,
                u"FINDING GET /dedicatedCloud/{serviceName}/task: query parameter \"color\" is not published"_s,
                u"FINDING sandbox route not in the published table: GET /dedicatedCloud/{serviceName}/invented"_s,
                u"FINDING wizard call not in the published table: GET /dedicatedCloud/{serviceName}/invented"_s,
                u"PENDING [i16-stages] GET /dedicatedCloud/{serviceName}/ip/{network}/details: answer[].usage: \"free\" is not in dedicatedCloud.IpUsageEnum"_s,
                u"FIXED, remove from pending.txt: [i16-tasks]"_s,
        };
        for (const QString &line : expected)
            QVERIFY2(run.output.contains(line), qPrintable(u"missing: "_s + line));
        // A refused answer (404) is not checked against the model; a void answer with no body passes.
        QVERIFY(!run.output.contains(u"user/{userId}"_s));
        QVERIFY(!run.output.contains(u"logout"_s));
    }

    void sandboxAndWizardFollowThePublishedApi()
    {
        const QString answers = snc::test::binaryDir() + u"/contract/answers.jsonl"_s;
        QVERIFY2(QFileInfo(answers).size() > 0,
                 qPrintable(u"no capture at %1: it is written by tst_autopilot's externalSandbox run "
                            "(ctest runs it first: fixture snc_contract_capture); run "
                            "scripts/test.sh -R 'tst_autopilot|tst_contract'"_s.arg(answers)));
        qInfo().noquote() << "capture:" << answers << "written"
                          << QFileInfo(answers).lastModified().toString(Qt::ISODate);

        QProcess sandbox;
        sandbox.start(snc::test::sandboxExecutable(), {u"--list-routes"_s});
        QVERIFY2(sandbox.waitForFinished(60000) && sandbox.exitCode() == 0,
                 qPrintable(u"snc-sandbox --list-routes failed: "_s + lastLines(sandbox.readAllStandardError())));
        const QString routesFile = snc::test::binaryDir() + u"/contract/sandbox-routes.txt"_s;
        QFile routes(routesFile);
        QVERIFY(routes.open(QIODevice::WriteOnly | QIODevice::Truncate));
        routes.write(sandbox.readAllStandardOutput());
        routes.close();

        // The delivered objects the run does not read, from a fresh sandbox, checked with the run.
        const QString sweep = snc::test::binaryDir() + u"/contract/sweep.jsonl"_s;
        {
            snc::test::ContractSweep sweeper;
            QString error;
            QVERIFY2(sweeper.start(snc::test::sandboxExecutable(), sweep, &error), qPrintable(error));
            sweeper.readEverything();
        }
        const QString all = snc::test::binaryDir() + u"/contract/all-answers.jsonl"_s;
        QFile out(all), captured(answers), swept(sweep);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate) && captured.open(QIODevice::ReadOnly)
                && swept.open(QIODevice::ReadOnly));
        out.write(captured.readAll() + swept.readAll());
        out.close();

        const CheckRun run = runChecker(all, routesFile, kContractDir + u"/pending-fixes.txt"_s);
        QVERIFY2(run.exitCode == 0,
                 qPrintable(u"the sandbox or the wizard leaves OVHcloud's published API (FINDING: fix it, "
                            "or add it to tests/contract/pending-fixes.txt with the scope that fixes it; "
                            "FIXED: remove the entry):\n"_s + run.output));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
