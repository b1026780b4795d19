// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6, item 3: after a full autopilot run with HOME, the XDG folders and TMPDIR in a scratch
// folder, every file written there (settings, logs, caches, the support summary, the compliance report, screenshots)
// and the captured output must contain none of the run's secrets, in raw form or base64, hex or
// percent-encoded. The secrets come from the sandbox itself (its JSON line and its saved state:
// application secret, consumer keys, credential tokens, TOTP secret, SMS/e-mail codes and tokens,
// the IPsec PSK) and from the one file the user asked to save with a secret in it (the KMS
// private key in the screenshots folder), whose PEM body must appear nowhere else; likewise the
// PSK is allowed only in the swanctl.conf the user saves in stage 3.
// Run under scripts/with-test-keyring.sh: the wizard uses the keychain.
#include "TestPaths.h"
#include "e2e/E2eHarness.h"
#include "e2e/SecretScan.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestSecretScan : public QObject
{
    Q_OBJECT
private slots:
    void noSecretAtRestOrInLogs();
};

using e2e::Secret;
using e2e::collect;
using e2e::pemBodyLines;

void TestSecretScan::noSecretAtRestOrInLogs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("state.json"));
    e2e::SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start(snc::test::sandboxExecutable(),
                           {QStringLiteral("--time-scale"), QStringLiteral("10"), QStringLiteral("--state"), stateFile},
                           dir.path(), &error),
             qPrintable(error));
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    const QString saved = QDir(scratch).filePath(QStringLiteral("home/saved")); // what the user saves
    const QString summaryFile = QDir(scratch).filePath(QStringLiteral("tmp/support-summary.txt"));
    const e2e::WizardRun run = e2e::runWizard(
            snc::test::wizardExecutable(),
            sandbox.connection() + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--autopilot"),
                                               QStringLiteral("--screenshots"), saved,
                                               QStringLiteral("--support-summary"), summaryFile},
            e2e::scratchEnvironment(scratch), 420000);
    QVERIFY2(run.finished && run.exitCode == 0, e2e::tail(run.output).constData());
    const QJsonObject outbox = QJsonObject{{QStringLiteral("messages"), sandbox.get(QStringLiteral("/sandbox/outbox")).array()}};
    sandbox.stop(); // saves the state

    // The secrets of the run, from the sandbox.
    QFile file(stateFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(stateFile));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    QList<Secret> secrets;
    collect(sandbox.info(), QStringLiteral("line"), secrets, [](const QString &p) {
        return p.endsWith(QLatin1String("/applicationSecret")) || p.endsWith(QLatin1String("/consumerKey"));
    });
    collect(state, QStringLiteral("state"), secrets, [](const QString &p) {
        return p.endsWith(QLatin1String("/secret")) || p.endsWith(QLatin1String("/consumerKey"))
                || p.endsWith(QLatin1String("/credentialToken")) || p.endsWith(QLatin1String("/psk"))
                || p.endsWith(QLatin1String("/totpSecret")) || p.endsWith(QLatin1String("/token"))
                || p.endsWith(QLatin1String("/code"));
    });
    collect(outbox, QStringLiteral("outbox"), secrets, [](const QString &p) { return p.endsWith(QLatin1String("/code")); });
    for (const QString &needed : {QStringLiteral("/applicationSecret"), QStringLiteral("/consumerKey"),
                                  QStringLiteral("/psk"), QStringLiteral("/totpSecret"), QStringLiteral("/code"),
                                  QStringLiteral("/credentialToken")}) {
        QVERIFY2(std::any_of(secrets.cbegin(), secrets.cend(), [&](const Secret &s) { return s.what.endsWith(needed); }),
                 qPrintable(QStringLiteral("the sandbox gave no secret for ") + needed));
    }
    // The TOTP secret is kept as hex by the sandbox: its raw bytes are what a leak would carry.
    for (int i = 0, n = int(secrets.size()); i < n; ++i) {
        if (secrets.at(i).what.endsWith(QLatin1String("/totpSecret")))
            secrets.append({secrets.at(i).what + QLatin1String(" (bytes)"), QByteArray::fromHex(secrets.at(i).value)});
    }
    // The KMS private key the user asked to save: allowed in its own file, nowhere else.
    QString keyFile;
    QDirIterator keys(saved, {QStringLiteral("*.key"), QStringLiteral("*key*.pem")}, QDir::Files);
    while (keys.hasNext() && keyFile.isEmpty())
        keyFile = keys.next();
    QFile key(keyFile);
    QVERIFY2(!keyFile.isEmpty() && key.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no private key saved in ") + saved));
    const QByteArray keyPem = key.readAll();
    QVERIFY(keyPem.contains("PRIVATE KEY"));
    for (const QByteArray &line : pemBodyLines(keyPem))
        secrets.append({QStringLiteral("private key"), line});
    QVERIFY(secrets.size() >= 8);

    // Every file written under the scratch folder, and the captured output.
    QList<e2e::Haystack> haystacks{{QStringLiteral("<stdout+stderr>"), run.output}};
    haystacks << e2e::filesUnder(scratch, keyFile);
    QVERIFY(haystacks.size() > 5);
    QVERIFY2(std::any_of(haystacks.cbegin(), haystacks.cend(), [](const auto &h) { return h.first.contains(QLatin1String("compliance-report")); }),
             "the compliance report was not written");
    QVERIFY2(QFileInfo(summaryFile).size() > 100, "the support summary was not written");
    // The strongSwan file the user saved in stage 3 carries the PSK by design.
    const QStringList hits = e2e::findSecrets(secrets, haystacks, [](const Secret &secret, const QString &name) {
        return name.endsWith(QLatin1String("saved/swanctl.conf")) && secret.what.endsWith(QLatin1String("/psk"));
    });
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    qInfo("secret scan: %d files + output checked for %d secrets (4-6 encodings each): 0 hits",
          int(haystacks.size() - 1), int(secrets.size()));
}

QTEST_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
