// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// snc-wizard-session: everything of snc-wizard that the welcome page does not need (the session,
// the main window, --status, the autopilot), loaded by app/wizard/main.cpp (see SessionModule.h).
#include "SessionModule.h"

#include "autopilot/Autopilot.h"
#include "autopilot/SandboxCheck.h"
#include "core/SecretBytes.h"
#include "core/StallMonitor.h"
#include "core/StartupProbe.h"
#include "crypto/KeyPair.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "stages/StatusAudit.h"
#include "stages/SupportSummary.h"
#include "stages/WizardController.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/WelcomeWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

using namespace snc;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

/// `--status`: prints each stage's state as derived from the API, then exits (0 if read).
int runStatus(AppSession &session, const QString &service, const QString &credentialsFile, bool json)
{
    SecretBytes consumerKey;
    if (!credentialsFile.isEmpty()) {
        QFile file(credentialsFile);
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray line = file.readAll();
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            consumerKey = SecretBytes::fromString(o.value(QStringLiteral("consumerKey")).toString());
            wipe(line);
        }
    } else if (session.embeddedSandbox()) {
        consumerKey = SecretBytes::fromString(session.embeddedSandbox()->consumerKey());
    }
    StatusAudit audit(session.controller());
    int exitCode = 1;
    QObject::connect(&audit, &StatusAudit::finished, qApp, [&](bool ok) {
        if (json)
            printLine(stdout, QString::fromUtf8(QJsonDocument(audit.toJson()).toJson(QJsonDocument::Compact)));
        else
            printLine(ok ? stdout : stderr, audit.toText());
        exitCode = ok ? 0 : 1;
        QCoreApplication::exit(exitCode);
    });
    audit.run(service, std::move(consumerKey));
    QCoreApplication::exec();
    return exitCode;
}

/// `--autopilot` types risk phrases and ticks confirmations by itself (issue 15, item 13): it
/// runs only against the embedded sandbox, or an external endpoint whose `/sandbox/stats`
/// answers as snc-sandbox does. Checked before any window exists, so a refusal acts on nothing.
/// Blocking here is fine: nothing else runs yet.
bool isPracticeEndpoint(const AppSession &session, QString *why)
{
    if (session.embeddedSandbox())
        return true;
    if (!session.hasPracticeSandbox()) {
        *why = QStringLiteral("no sandbox endpoint is configured");
        return false;
    }
    SandboxCheck check;
    QEventLoop loop;
    bool isSandbox = false;
    QObject::connect(&check, &SandboxCheck::finished, &loop, [&](bool ok, const QString &reason) {
        isSandbox = ok;
        *why = reason;
        loop.quit();
    });
    check.start(session.sandboxBase(), session.sandboxCaCertificates());
    loop.exec();
    return isSandbox;
}

/// The module's state, from startNow() or attach() to finish(). Members are destroyed bottom up:
/// the window before the autopilot that drives it, both before the session they show.
struct Run
{
    explicit Run(SessionHost *h) : host(h) {}

    QString option(const QString &name) const { return host->parser->value(name); }
    bool isSet(const QString &name) const { return host->parser->isSet(name); }

    void prepareOptions();
    void chooseSettingsFile(bool practice);
    bool startSession();
    void attach();
    void setUpAutopilot();

    SessionHost *host;
    AppSession::Options options;
    std::optional<QTemporaryDir> autopilotDir;
    AppSession session;
    std::unique_ptr<Autopilot> pilot;
    std::unique_ptr<MainWindow> window;
    bool resumed = false;
    int exitCode = 0;
};

void Run::prepareOptions()
{
    const bool status = host->status;
    options.preferSandbox = isSet(QStringLiteral("sandbox")) || host->autopilot || host->external;
    options.embeddedSandbox = !host->external;
    options.externalEndpoint = QUrl(option(QStringLiteral("endpoint")));
    options.externalCaFile = option(QStringLiteral("ca"));
    options.externalCredentialsFile = option(QStringLiteral("credentials"));
    options.productionPaths = isSet(QStringLiteral("production-paths"));
    // The status audit reads only: its secrets stay in memory, nothing is written to the keychain.
    options.sessionOnlySecrets = isSet(QStringLiteral("session-only")) || (status && host->external);
    if (status && !host->external && !isSet(QStringLiteral("sandbox")))
        options.preferSandbox = false;
    // Practice messages in the interface's language, now and after a switch (issue 18, item 5).
    QObject::connect(host->translations, &Translations::languageChanged, &session, &AppSession::setUiLanguage);
}

// Practice progress never mixes with the real one; the autopilot starts from nothing.
// Made on first use: an interactive start creates no folder on disk before its first paint.
void Run::chooseSettingsFile(bool practice)
{
    if (host->autopilot || (host->status && options.preferSandbox)) {
        if (!autopilotDir)
            autopilotDir.emplace();
        options.settingsFile = autopilotDir->filePath(QStringLiteral("autopilot.ini"));
    } else if (practice) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QDir().mkpath(dir);
        options.settingsFile = QDir(dir).filePath(QStringLiteral("practice.ini"));
    } else {
        options.settingsFile.clear();
    }
}

bool Run::startSession()
{
    if (session.controller())
        return true;
    options.uiLanguage = host->translations->language(); // the welcome window may have changed it
    QString error;
    if (!session.start(options, &error)) {
        printLine(stderr, error);
        if (host->gui && !host->autopilot)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SecNumCloud Onboarding Wizard"), error);
        return false;
    }
    // Benchmark hooks (bench/, BENCHMARKS.md): key type for the autopilot's stage 5 key.
    if (const auto algorithm = crypto::algorithmFromId(qEnvironmentVariable("SNC_KEY_ALGORITHM"));
        algorithm && session.controller()->vmEncryption()) {
        session.controller()->vmEncryption()->setKeyAlgorithm(*algorithm);
        printLine(stderr, QStringLiteral("benchmark: stage 5 key type %1").arg(crypto::algorithmId(*algorithm)));
    }
    return true;
}

void Run::setUpAutopilot()
{
    QCoreApplication *app = QCoreApplication::instance();
    pilot = std::make_unique<Autopilot>(nullptr);
    pilot->setWelcomeWindow(host->welcome);
    pilot->setLastStage(host->lastStage);
    pilot->setLetTokenExpire(option(QStringLiteral("let-token-expire")));
    pilot->setScreenshotDirectory(option(QStringLiteral("screenshots")));
    pilot->setServiceName(option(QStringLiteral("service")));
    pilot->setKeyboardOnly(isSet(QStringLiteral("keyboard-only")));
    pilot->setLayoutAudit(isSet(QStringLiteral("layout-audit")), host->windowSize);
    if (pilot->isKeyboardOnly())
        printLine(stdout, QStringLiteral("autopilot: keyboard only (Tab, Space, arrows, typing; no mouse event)"));
    QObject::connect(pilot.get(), &Autopilot::progress, app, [](const QString &line) { printLine(stdout, line); });
    QObject::connect(pilot.get(), &Autopilot::finished, app, [this, app](int code, const QString &message) {
        printLine(code == 0 ? stdout : stderr, message);
        exitCode = code;
        // Benchmark hook: stay open, idle, for N s after the end (requests from an idle page).
        const int idleMs = qEnvironmentVariableIntValue("SNC_AUTOPILOT_IDLE_SECS") * 1000;
        const auto exitLater = [this, app, code, idleMs] {
            QTimer::singleShot(idleMs, app, [this, code] {
                if (window)
                    window->close();
                QCoreApplication::exit(code);
            });
        };
        const QString summaryFile = option(QStringLiteral("support-summary"));
        if (summaryFile.isEmpty() || !session.controller()) {
            exitLater();
            return;
        }
        // The same text "Copy support summary" puts on the clipboard (tests search it for secrets).
        auto *summary = new SupportSummary(session.controller(), app);
        QObject::connect(summary, &SupportSummary::ready, app, [summaryFile, exitLater](const QString &text) {
            QFile out(summaryFile);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0)
                printLine(stderr, QStringLiteral("--support-summary: %1").arg(out.errorString()));
            exitLater();
        });
        summary->collect();
    });
    if (host->stalls)
        QObject::connect(pilot.get(), &Autopilot::progress, host->stalls, &StallMonitor::setContext);
    QTimer::singleShot(0, pilot.get(), &Autopilot::start);
}

// The welcome page answered: the session starts (the chosen mode decides whether the embedded
// sandbox runs), the main window takes the welcome page's place, and resuming (keychain and
// API reads) waits for the main window's first paint.
void Run::attach()
{
    QCoreApplication *app = QCoreApplication::instance();
    WelcomeWindow *welcome = host->welcome;
    if (host->autopilot)
        setUpAutopilot();
    const auto resume = [this] {
        if (!std::exchange(resumed, true))
            session.controller()->resume();
    };
    QObject::connect(welcome, &WelcomeWindow::proceeded, app, [this, welcome, app, resume](WelcomeWindow::Choice choice, bool) {
        if (window)
            return;
        const bool practice = choice == WelcomeWindow::Choice::Practice;
        if (!session.controller()) {
            options.preferSandbox = practice || host->external;
            options.preferProduction = !practice && !host->external;
            chooseSettingsFile(practice);
            if (!startSession()) {
                QCoreApplication::exit(1);
                return;
            }
        }
        window = std::make_unique<MainWindow>(session.controller(), host->translations);
        window->setGeometry(welcome->geometry());
        if (host->windowSize.isValid()) // --window-size (the layout audit): the page area at that size
            window->resize(host->windowSize);
        if (host->autopilot) {
            // On the production paths the browser is part of what is driven (a test's stand-in).
            window->setOpenUrlsExternally(options.productionPaths);
            // The autopilot presses Finish and then ends the run itself (exit code, support summary).
            window->setCloseOnFinish(false);
            pilot->attachWindow(window.get());
        }
        StartupProbe::whenFirstPainted(window.get(), resume);
        QTimer::singleShot(1000, app, resume); // a window not painted (minimised, hidden) still resumes
        window->show();
        welcome->hide();
    });
}

std::unique_ptr<Run> g_run;

Run &theRun(SessionHost *host)
{
    if (!g_run) {
        g_run = std::make_unique<Run>(host);
        g_run->prepareOptions();
    }
    return *g_run;
}

int startNow(SessionHost *host)
{
    Run &run = theRun(host);
    // --status and the autopilot start the session now: the status audit has no window, and the
    // autopilot must be refused (on a non-sandbox endpoint) before any window exists.
    run.chooseSettingsFile(run.options.preferSandbox);
    if (!run.startSession())
        return 1;
    if (host->status)
        return runStatus(run.session, run.option(QStringLiteral("service")), run.option(QStringLiteral("credentials")),
                         run.isSet(QStringLiteral("json")));
    if (QString why; host->autopilot && !isPracticeEndpoint(run.session, &why)) {
        printLine(stderr, QStringLiteral("autopilot refused: %1. The autopilot accepts risks and confirms by itself, so it "
                                         "runs only against the embedded sandbox (--sandbox) or an endpoint whose "
                                         "/sandbox/stats answers as snc-sandbox does.").arg(why));
        return 1;
    }
    return kContinue;
}

void attach(SessionHost *host)
{
    theRun(host).attach();
}

int finish(SessionHost *host, int eventLoopCode)
{
    // The autopilot's own verdict, once it has run; a refusal before it existed keeps its code.
    const int code = host->autopilot && g_run && g_run->pilot ? g_run->exitCode : eventLoopCode;
    g_run.reset();
    return code;
}

const SessionModuleApi kApi{kSessionModuleAbi, &startNow, &attach, &finish};

} // namespace

extern "C" const SessionModuleApi *snc_wizard_session_module()
{
    return &kApi;
}
