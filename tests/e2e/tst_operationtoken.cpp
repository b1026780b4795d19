// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17 item 3, end to end: the real snc-wizard driven by its autopilot against a real
// snc-sandbox whose sensitive operations wait for an SMS token (sensitiveOperations=standard).
// - expiry: the autopilot leaves the private gateway's enabling waiting (--let-token-expire), the
//   sandbox cancels it after 15 minutes of its time, the page offers to redo it, the autopilot
//   redoes it and validates the new one: six stages done, the canceled operation never repeated
//   behind the user's back (no duplicate, no task left unfinished);
// - crash-resume: the wizard is killed while an operation waits for its token; started again, it
//   finds that operation in the live API, shows its token again and validates it (no second one).
// Every operation that asked for a token got it validated (a confirmation SMS), but the drill's.
#include "TestPaths.h"
#include "core/PracticeSms.h"
#include "e2e/E2eHarness.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestOperationToken : public QObject
{
    Q_OBJECT
private slots:
    void expiredOperationIsRedoneOnce();
    void killedWhileAnOperationWaitsForItsToken();

private:
    /// Starts the sandbox with every standard operation sensitive, its time `scale` times real time.
    static bool startSandbox(e2e::SandboxProcess &sandbox, const QString &dir, int scale);
    /// The SMS bodies asking for a validation, and those confirming one, by operation id.
    static void tokenMessages(e2e::SandboxProcess &sandbox, QStringList *asked, QStringList *confirmed);
    static void checkNoDuplicate(e2e::SandboxProcess &sandbox);
};

bool TestOperationToken::startSandbox(e2e::SandboxProcess &sandbox, const QString &dir, int scale)
{
    QString error;
    const bool ok = sandbox.start(snc::test::sandboxExecutable(),
                                  {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--time-scale"),
                                   QString::number(scale), QStringLiteral("--unpublished"),
                                   QStringLiteral("sensitiveOperations=standard"), QStringLiteral("--state"),
                                   QDir(dir).filePath(QStringLiteral("state.json"))},
                                  dir, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestOperationToken::tokenMessages(e2e::SandboxProcess &sandbox, QStringList *asked, QStringList *confirmed)
{
    const QRegularExpression &askedId = snc::practiceSms::operationIdPattern();
    const QRegularExpression &confirmedId = snc::practiceSms::operationValidatedPattern();
    for (const QJsonValue &v : sandbox.get(QStringLiteral("/sandbox/outbox")).array()) {
        const QString body = v.toObject().value(QLatin1String("body")).toString();
        if (body.contains(QLatin1String("testTokenValidation")))
            continue; // stage 2's own test operation
        if (const auto m = askedId.match(body); m.hasMatch() && !asked->contains(m.captured(1)))
            *asked << m.captured(1);
        if (const auto m = confirmedId.match(body); m.hasMatch())
            *confirmed << m.captured(1);
    }
}

void TestOperationToken::checkNoDuplicate(e2e::SandboxProcess &sandbox)
{
    const QJsonObject stats = sandbox.get(QStringLiteral("/sandbox/stats")).object();
    const QByteArray text = QJsonDocument(stats).toJson(QJsonDocument::Compact);
    QCOMPARE(stats.value(QLatin1String("duplicateCreations")).toInt(), 0);
    const QJsonObject tasks = stats.value(QLatin1String("tasks")).toObject();
    QVERIFY2(tasks.value(QLatin1String("duplicateTasks")).toArray().isEmpty(), text.constData());
    QVERIFY2(tasks.value(QLatin1String("unfinished")).toInt() == 0, text.constData());
}

void TestOperationToken::expiredOperationIsRedoneOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    e2e::SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, dir.path(), 20)); // the 15 minutes pass in 45 s
    const QProcessEnvironment env = e2e::scratchEnvironment(dir.filePath(QStringLiteral("scratch")));
    const QStringList args = sandbox.connection()
            + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--autopilot"),
                          QStringLiteral("--let-token-expire"), QStringLiteral("enablePrivateGateway")};
    const e2e::WizardRun run = e2e::runWizard(snc::test::wizardExecutable(), args, env, 900000);
    e2e::saveOutput(QStringLiteral("tst_operationtoken-expiry"), run.output);
    QVERIFY2(run.finished && run.exitCode == 0, e2e::tail(run.output, 30).constData());
    QVERIFY2(run.output.contains("verified done through the API"), e2e::tail(run.output).constData());
    QVERIFY2(run.output.contains("stage 4: operation-token-redo"), e2e::tail(run.output, 30).constData());

    QStringList asked;
    QStringList confirmed;
    tokenMessages(sandbox, &asked, &confirmed);
    // Stages 3–6 asked for tokens (gateway twice: the expired one and its redo, KMS, snc…);
    // all were validated but the one left to expire.
    QVERIFY2(asked.size() >= 4, qPrintable(asked.join(u',')));
    QStringList unconfirmed;
    for (const QString &id : std::as_const(asked)) {
        if (!confirmed.contains(id))
            unconfirmed << id;
    }
    QCOMPARE(unconfirmed.size(), 1);
    checkNoDuplicate(sandbox);
}

void TestOperationToken::killedWhileAnOperationWaitsForItsToken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    e2e::SandboxProcess sandbox;
    // 15 minutes in 3: the restarted wizard reaches the waiting operation well before it expires.
    QVERIFY(startSandbox(sandbox, dir.path(), 5));
    const QProcessEnvironment env = e2e::scratchEnvironment(dir.filePath(QStringLiteral("scratch")));
    const QStringList args = sandbox.connection()
            + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--autopilot")};
    // The first operation of stage 3 or later that waits for its token: killed before typing it.
    static const QRegularExpression waiting(QStringLiteral("^stage [3-6]: operation-token-wait$"));
    const e2e::WizardRun killed = e2e::runWizard(snc::test::wizardExecutable(), args, env, 600000,
                                                 [](const QByteArray &line) {
                                                     return waiting.match(QString::fromUtf8(line.trimmed())).hasMatch();
                                                 });
    e2e::saveOutput(QStringLiteral("tst_operationtoken-killed"), killed.output);
    QVERIFY2(killed.killed, e2e::tail(killed.output, 30).constData());
    QStringList askedBefore;
    QStringList confirmedBefore;
    tokenMessages(sandbox, &askedBefore, &confirmedBefore);
    QVERIFY2(askedBefore.size() > confirmedBefore.size(), qPrintable(askedBefore.join(u',')));
    const QString pending = askedBefore.last();

    const e2e::WizardRun resumed = e2e::runWizard(snc::test::wizardExecutable(), args, env, 900000);
    e2e::saveOutput(QStringLiteral("tst_operationtoken-resumed"), resumed.output);
    QVERIFY2(resumed.finished && resumed.exitCode == 0, e2e::tail(resumed.output, 30).constData());
    QStringList asked;
    QStringList confirmed;
    tokenMessages(sandbox, &asked, &confirmed);
    // The operation that waited when the wizard was killed was validated, not made again.
    QVERIFY2(confirmed.contains(pending), qPrintable(pending + u' ' + confirmed.join(u',')));
    for (const QString &id : std::as_const(asked))
        QVERIFY2(confirmed.contains(id), qPrintable(id));
    checkNoDuplicate(sandbox);
}

QTEST_MAIN(TestOperationToken)
#include "tst_operationtoken.moc"
