// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real `snc-wizard --autopilot` drives its real UI through the connection and
// stages 1–2, against the embedded sandbox (English and French) and an external `snc-sandbox`,
// and must exit 0 (stages verified done through the API) with one PNG per step.
// Run under scripts/with-test-keyring.sh: the wizard uses the keychain.
#include "TestPaths.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAutopilot : public QObject
{
    Q_OBJECT
private slots:
    void embedded_data();
    void embedded();
    void externalSandbox();

private:
    void runWizard(const QStringList &args, const QString &screenshots);
    /// `snc-wizard --status --json` with the same connection options: the parsed object.
    QJsonObject status(const QStringList &connection);
    /// The saved key and certificate match (openssl), the report exists without secrets.
    void checkExports(const QString &folder);
    static QByteArray opensslPublicKey(const QStringList &args);
};

void TestAutopilot::runWizard(const QStringList &args, const QString &screenshots)
{
    QProcess wizard;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    wizard.setProcessEnvironment(env);
    wizard.setProcessChannelMode(QProcess::MergedChannels);
    wizard.start(snc::test::wizardExecutable(), args + QStringList{
            QStringLiteral("--autopilot"), QStringLiteral("--screenshots"), screenshots});
    QVERIFY2(wizard.waitForStarted(), qPrintable(wizard.errorString()));
    const bool finished = wizard.waitForFinished(540000);
    const QByteArray output = wizard.readAll();
    if (!finished)
        wizard.kill();
    QVERIFY2(finished, output.constData());
    QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
    QVERIFY2(wizard.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("verified done through the API"), output.constData());
    if (args.contains(QStringLiteral("--keyboard-only"))) {
        // The whole flow by keyboard alone: said at the start and confirmed at the end.
        QVERIFY2(output.contains("autopilot: keyboard only"), output.constData());
        QVERIFY2(output.contains("verified done through the API (keyboard only)"), output.constData());
    } else {
        QVERIFY2(!output.contains("keyboard only"), output.constData());
    }

    const QStringList shots = QDir(screenshots).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QVERIFY2(shots.size() >= 10, qPrintable(shots.join(QLatin1Char(' '))));
    for (const QString &name : shots) {
        const QImage image(QDir(screenshots).filePath(name));
        QVERIFY2(!image.isNull() && image.width() > 400 && image.height() > 300, qPrintable(name));
    }
    // The QR code and the running countdown were captured as a person sees them.
    QVERIFY(shots.filter(QStringLiteral("stage2-password")).size() == 1);
    QVERIFY(shots.filter(QStringLiteral("stage2-request-token")).size() == 1);
    QVERIFY(!shots.join(QString()).contains(QStringLiteral("failed")));
    checkExports(screenshots);
}

QByteArray TestAutopilot::opensslPublicKey(const QStringList &args)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return {};
    return openssl.readAllStandardOutput();
}

void TestAutopilot::checkExports(const QString &folder)
{
    // What the autopilot saved, as the user asked it to: the KMS access key and certificate must
    // belong together (openssl's own reading of both), the report must exist and hold no secret.
    const QDir dir(folder);
    const QString key = dir.filePath(QStringLiteral("okms-vcenter.key"));
    const QString cert = dir.filePath(QStringLiteral("okms-vcenter.crt"));
    QVERIFY2(QFile::exists(key) && QFile::exists(cert), qPrintable(dir.entryList().join(u' ')));
    const QByteArray fromKey = opensslPublicKey({QStringLiteral("pkey"), QStringLiteral("-in"), key,
                                                 QStringLiteral("-pubout")});
    const QByteArray fromCert = opensslPublicKey({QStringLiteral("x509"), QStringLiteral("-in"), cert,
                                                  QStringLiteral("-noout"), QStringLiteral("-pubkey")});
    QVERIFY(fromKey.contains("BEGIN PUBLIC KEY"));
    QCOMPARE(fromCert, fromKey);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("swanctl.conf"))));
    QFile report(dir.filePath(QStringLiteral("compliance-report.html")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains("pcc-192-0-2-1"));
    QVERIFY(!html.contains("PRIVATE KEY"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("compliance-report.pdf"))).size() > 1000);
}

QJsonObject TestAutopilot::status(const QStringList &connection)
{
    QProcess wizard;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // --status needs no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    wizard.setProcessEnvironment(env);
    wizard.start(snc::test::wizardExecutable(),
                 connection + QStringList{QStringLiteral("--status"), QStringLiteral("--json")});
    if (!wizard.waitForFinished(120000))
        wizard.kill();
    const QByteArray out = wizard.readAllStandardOutput();
    const QByteArray err = wizard.readAllStandardError();
    if (wizard.exitCode() != 0)
        qWarning("--status failed: %s %s", out.constData(), err.constData());
    return QJsonDocument::fromJson(out.trimmed()).object();
}

void TestAutopilot::embedded_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("keyboardOnly");
    // Three runs in all (with externalSandbox): English with the mouse, French by keyboard alone.
    QTest::newRow("en-mouse") << QStringLiteral("en") << false;
    QTest::newRow("fr-keyboard-only") << QStringLiteral("fr") << true;
}

void TestAutopilot::embedded()
{
    QFETCH(QString, lang);
    QFETCH(bool, keyboardOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList args{QStringLiteral("--sandbox"), QStringLiteral("--lang"), lang};
    if (keyboardOnly)
        args << QStringLiteral("--keyboard-only");
    runWizard(args, dir.filePath(QStringLiteral("shots")));
}

void TestAutopilot::externalSandbox()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Every answer of this run is captured for the contract test (tests/contract/tst_contract),
    // which checks them against OVHcloud's published models: one run serves both tests.
    const QString capture = snc::test::binaryDir() + QStringLiteral("/contract/answers.jsonl");
    QDir().mkpath(QFileInfo(capture).absolutePath());
    QFile::remove(capture); // never a previous run's answers
    QProcess sandbox;
    sandbox.start(snc::test::sandboxExecutable(),
                  {QStringLiteral("--tls"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--record-answers"), capture});
    QVERIFY2(sandbox.waitForStarted(), qPrintable(sandbox.errorString()));
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += sandbox.readAllStandardOutput()).contains('\n'), 60000);
    line = line.left(line.indexOf('\n'));
    const QJsonObject info = QJsonDocument::fromJson(line).object();
    QVERIFY2(info.contains(QLatin1String("url")), line.constData());
    const QString credentials = dir.filePath(QStringLiteral("sandbox.json"));
    QFile file(credentials);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line + '\n');
    file.close();

    const QStringList connection{QStringLiteral("--endpoint"), info.value(QLatin1String("url")).toString(),
                                 QStringLiteral("--ca"), info.value(QLatin1String("ca")).toString(),
                                 QStringLiteral("--credentials"), credentials};
    const auto stateOf = [](const QJsonObject &report, int number) {
        for (const QJsonValue &v : report.value(QLatin1String("stages")).toArray()) {
            if (v.toObject().value(QLatin1String("number")).toInt() == number)
                return v.toObject().value(QLatin1String("state")).toString();
        }
        return QString();
    };

    // The support view of the delivered service: six stages, nothing done.
    const QJsonObject before = status(connection);
    QCOMPARE(before.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(before.value(QLatin1String("service")).toString(), QStringLiteral("pcc-192-0-2-1"));
    QCOMPARE(before.value(QLatin1String("stages")).toArray().size(), 6);
    QCOMPARE(stateOf(before, 1), QStringLiteral("notStarted"));
    QVERIFY(stateOf(before, 2) != QLatin1String("done"));

    runWizard(connection + QStringList{QStringLiteral("--lang"), QStringLiteral("en")},
              dir.filePath(QStringLiteral("shots")));

    // The same view after the autopilot: what it did is read back from the API.
    const QJsonObject after = status(connection);
    QCOMPARE(after.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(stateOf(after, 1), QStringLiteral("done"));
    QCOMPARE(stateOf(after, 2), QStringLiteral("done"));
    // Stage 3's state lives in NSX Manager, which the read-only audit (secrets in memory only)
    // cannot log in to; stages 4-6 are read from the OVHcloud API.
    for (int stage = 4; stage <= 6; ++stage)
        QVERIFY2(stateOf(after, stage) == QLatin1String("done"), qPrintable(QString::number(stage)));
    sandbox.terminate();
    if (!sandbox.waitForFinished(10000))
        sandbox.kill();
}

QTEST_MAIN(TestAutopilot)
#include "tst_autopilot.moc"
