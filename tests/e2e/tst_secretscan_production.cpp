// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 5: the secret scan on the PRODUCTION paths. The real snc-wizard runs the autopilot
// against an external snc-sandbox taken as a production server (`--production-paths`): stage 2's
// secure interface is OVHcloud's web page, opened in the system browser, and the SMS token's
// operation is validated on that page. The browser is a stand-in (StandInBrowser.h: a private
// Xvfb, Qt's real desktop services, an `xdg-open` that records its command line). This test plays
// the person at that browser: on the secure interface page it does "Password lost" in the
// sandbox's page (codes from the outbox, a password, the authenticator's code), and on the
// operation page it types the SMS token the wizard was given. Then the captured output (every
// debug log on), the browser's recorded command lines and every file the run wrote must hold none
// of the run's secrets, the SMS token first. Run under scripts/with-test-keyring.sh.
#include "TestPaths.h"
#include "e2e/E2eHarness.h"
#include "e2e/SecretScan.h"
#include "e2e/StandInBrowser.h"

#include "otp/OtpAuthUri.h"
#include "otp/Totp.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using e2e::Secret;

namespace {

/// The person at the browser: acts on each page the wizard opens, through the sandbox's pages.
class BrowserUser
{
public:
    BrowserUser(e2e::SandboxProcess &sandbox, const e2e::StandInBrowser &browser) : m_sandbox(sandbox), m_browser(browser) {}

    /// Looks at what the browser was given since the last look and acts on it.
    void look()
    {
        const QStringList args = m_browser.arguments();
        for (; m_seen < args.size(); ++m_seen)
            act(QUrl(args.at(m_seen)));
    }
    QString failure() const { return m_failure; }
    bool resetDone() const { return m_resetDone; }
    QList<qint64> validatedTasks() const { return m_validated; }
    /// The password typed in the secure interface page (never in the wizard).
    QByteArray password() const { return m_password; }

private:
    void act(const QUrl &url)
    {
        // The sandbox stands in for the secure interface of the service the page belongs to.
        static const QRegularExpression service(QStringLiteral("(pcc(?:-[0-9]+){4})"));
        const QRegularExpressionMatch m = service.match(url.host());
        if (!url.path().contains(QLatin1String("/secure/")) || !m.hasMatch())
            return;
        const QString base = QStringLiteral("/secure/%1/").arg(m.captured(1));
        if (url.path().endsWith(QLatin1String("/operation-validation")))
            validate(base, QUrlQuery(url).queryItemValue(QStringLiteral("task")).toLongLong());
        else if (url.path().endsWith(QLatin1String("/secure/")))
            resetPassword(base);
    }

    QJsonObject post(const QString &path, const QJsonObject &body)
    {
        int status = 0;
        const QJsonObject answer = m_sandbox.send("POST", path, body, &status).object();
        if (status != 200 && m_failure.isEmpty())
            m_failure = QStringLiteral("POST %1: HTTP %2 %3").arg(path).arg(status).arg(answer.value(QLatin1String("errorCode")).toString());
        return answer;
    }

    QJsonArray outboxSince(qint64 id) { return m_sandbox.get(QStringLiteral("/sandbox/outbox?since=%1").arg(id)).array(); }

    qint64 lastOutboxId()
    {
        qint64 last = 0;
        for (const QJsonValue &v : outboxSince(0))
            last = qMax(last, qint64(v.toObject().value(QLatin1String("id")).toDouble()));
        return last;
    }

    /// "Password lost" for admin, as the secure interface's form asks.
    void resetPassword(const QString &base)
    {
        const qint64 mark = lastOutboxId();
        const QString session = post(base + QStringLiteral("password-lost"), {{QStringLiteral("login"), QStringLiteral("admin")}})
                                        .value(QLatin1String("session")).toString();
        QString sms, email;
        for (const QJsonValue &v : outboxSince(mark)) {
            const QJsonObject o = v.toObject();
            (o.value(QLatin1String("channel")).toString() == QLatin1String("sms") ? sms : email) = o.value(QLatin1String("code")).toString();
        }
        post(base + QStringLiteral("password-lost/codes"),
             {{QStringLiteral("session"), session}, {QStringLiteral("smsCode"), sms}, {QStringLiteral("emailCode"), email}});
        m_password = "Browser-Only-Pass-2026!";
        const QJsonObject totp = post(base + QStringLiteral("password-lost/password"),
                                      {{QStringLiteral("session"), session}, {QStringLiteral("password"), QString::fromUtf8(m_password)}});
        const auto uri = snc::OtpAuthUri::parse(snc::SecretBytes(totp.value(QLatin1String("otpauthUri")).toString().toUtf8()));
        if (!uri) {
            m_failure = QStringLiteral("the secure interface gave no otpauth URI");
            return;
        }
        const snc::SecretBytes code = snc::Totp::codeAt(uri->secret, QDateTime::currentSecsSinceEpoch());
        post(base + QStringLiteral("password-lost/totp"), {{QStringLiteral("session"), session}, {QStringLiteral("code"), code.exposeString()}});
        m_resetDone = m_failure.isEmpty();
    }

    /// Types the SMS token of `task` in the operation's page.
    void validate(const QString &base, qint64 task)
    {
        QString token;
        for (const QJsonValue &v : outboxSince(0)) {
            const QJsonObject o = v.toObject();
            if (qint64(o.value(QLatin1String("taskId")).toDouble()) == task && o.value(QLatin1String("channel")).toString() == QLatin1String("sms"))
                token = o.value(QLatin1String("code")).toString();
        }
        if (token.isEmpty()) {
            m_failure = QStringLiteral("no SMS token for task %1").arg(task);
            return;
        }
        post(base + QStringLiteral("operation-validation"), {{QStringLiteral("task"), task}, {QStringLiteral("token"), token}});
        m_validated << task;
    }

    e2e::SandboxProcess &m_sandbox;
    const e2e::StandInBrowser &m_browser;
    int m_seen = 0;
    QString m_failure;
    bool m_resetDone = false;
    QList<qint64> m_validated;
    QByteArray m_password;
};

} // namespace

class TestSecretScanProduction : public QObject
{
    Q_OBJECT
private slots:
    void noSecretOnTheProductionPaths();
};

void TestSecretScanProduction::noSecretOnTheProductionPaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("state.json"));
    e2e::SandboxProcess sandbox;
    QString error;
    // A public address for this computer: on the production paths the wizard accepts no
    // documentation range (the sandbox's default) in the allowed networks.
    QVERIFY2(sandbox.start(snc::test::sandboxExecutable(),
                           {QStringLiteral("--time-scale"), QStringLiteral("10"), QStringLiteral("--state"), stateFile,
                            QStringLiteral("--client-address"), QStringLiteral("51.68.10.20")},
                           dir.path(), &error),
             qPrintable(error));
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    e2e::StandInBrowser browser;
    QVERIFY2(browser.start(dir.filePath(QStringLiteral("browser")), &error), qPrintable(error));
    QProcessEnvironment env = browser.apply(e2e::scratchEnvironment(scratch));
    // Every log line the code can write is searched, debug included.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("snc.*.debug=true"));
    const QString summaryFile = QDir(scratch).filePath(QStringLiteral("tmp/support-summary.txt"));
    BrowserUser user(sandbox, browser);
    const e2e::WizardRun run = e2e::runWizard(
            snc::test::wizardExecutable(),
            sandbox.connection() + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--autopilot"),
                                               QStringLiteral("--production-paths"), QStringLiteral("--last-stage"),
                                               QStringLiteral("2"), QStringLiteral("--support-summary"), summaryFile},
            env, 420000, [&user](const QByteArray &) {
                user.look(); // each line and each tick: the person at the browser
                return false;
            });
    e2e::saveOutput(QStringLiteral("tst_secretscan_production"), run.output);
    QVERIFY2(user.failure().isEmpty(), qPrintable(user.failure()));
    QVERIFY2(run.finished && run.exitCode == 0, e2e::tail(run.output).constData());

    // The production paths were taken: the secure interface and the operation's page went to
    // the browser, and were acted on there.
    const QStringList opened = browser.arguments();
    QVERIFY2(user.resetDone(), qPrintable(opened.join(QLatin1Char('\n'))));
    QCOMPARE(user.validatedTasks().size(), 1);
    QVERIFY2(std::any_of(opened.cbegin(), opened.cend(), [&](const QString &a) {
                 return a.contains(QStringLiteral("/operation-validation?task=%1").arg(user.validatedTasks().first()));
             }),
             qPrintable(opened.join(QLatin1Char('\n'))));
    const QJsonArray outbox = sandbox.get(QStringLiteral("/sandbox/outbox")).array();
    sandbox.stop(); // saves the state

    // The secrets of the run, from the sandbox, and the password typed in the browser's page.
    QFile file(stateFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(stateFile));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    QList<Secret> secrets{{QStringLiteral("browser password"), user.password()}};
    e2e::collect(sandbox.info(), QStringLiteral("line"), secrets, [](const QString &p) {
        return p.endsWith(QLatin1String("/applicationSecret")) || p.endsWith(QLatin1String("/consumerKey"))
                || p.endsWith(QLatin1String("/controlSecret"));
    });
    e2e::collect(state, QStringLiteral("state"), secrets, [](const QString &p) {
        return p.endsWith(QLatin1String("/secret")) || p.endsWith(QLatin1String("/consumerKey"))
                || p.endsWith(QLatin1String("/credentialToken")) || p.endsWith(QLatin1String("/totpSecret"))
                || p.endsWith(QLatin1String("/token")) || p.endsWith(QLatin1String("/code"));
    });
    for (const QJsonValue &v : outbox) {
        const QJsonObject m = v.toObject();
        const QString code = m.value(QLatin1String("code")).toString();
        if (code.isEmpty())
            continue;
        const bool token = qint64(m.value(QLatin1String("taskId")).toDouble()) == user.validatedTasks().first();
        secrets.append({token ? QStringLiteral("the SMS token") : QStringLiteral("outbox code"), code.toUtf8()});
    }
    QVERIFY2(std::any_of(secrets.cbegin(), secrets.cend(), [](const Secret &s) { return s.what == QLatin1String("the SMS token"); }),
             "the sandbox sent no SMS token for the validated task");
    for (const QString &needed : {QStringLiteral("/applicationSecret"), QStringLiteral("/consumerKey"), QStringLiteral("/totpSecret")}) {
        QVERIFY2(std::any_of(secrets.cbegin(), secrets.cend(), [&](const Secret &s) { return s.what.endsWith(needed); }),
                 qPrintable(QStringLiteral("the sandbox gave no secret for ") + needed));
    }

    // The output, the browser's command lines, every file of the run.
    QList<e2e::Haystack> haystacks{{QStringLiteral("<stdout+stderr>"), run.output},
                                   {QStringLiteral("<browser command lines>"), opened.join(QLatin1Char('\n')).toUtf8()}};
    haystacks << e2e::filesUnder(scratch);
    QVERIFY2(QFileInfo(summaryFile).size() > 100, "the support summary was not written");
    // One secret goes to the browser by OVHcloud's design: the consumer key's validation page is
    // the `validationUrl` the API answers, with its `credentialToken` (the user logs in there to
    // approve the key). Nothing else may.
    const QStringList hits = e2e::findSecrets(secrets, haystacks, [](const Secret &secret, const QString &name) {
        return name == QLatin1String("<browser command lines>") && secret.what.endsWith(QLatin1String("/credentialToken"));
    });
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    qInfo("production secret scan: %d pages opened, %d files + output + browser command lines checked for %d "
          "secrets: 0 hits", int(opened.size()), int(haystacks.size() - 2), int(secrets.size()));
}

QTEST_MAIN(TestSecretScanProduction)
#include "tst_secretscan_production.moc"
