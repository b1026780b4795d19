// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autopilot/Autopilot.h"
#include "autopilot/SandboxCheck.h"
#include "core/ProcessProtection.h"
#include "core/Redaction.h"
#include "core/StallMonitor.h"
#include "core/StartupProbe.h"
#include "crypto/KeyPair.h"
#include "sandbox/SandboxServer.h"
#include "session/AppSession.h"
#include "stages/StatusAudit.h"
#include "stages/SupportSummary.h"
#include "stages/WizardController.h"
#include "stages/WizardSettings.h"
#include "stages/connection/ConnectionKeys.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/WelcomeWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
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

/// --status, --help and --version need no window: they run without a display (a support agent's
/// terminal, a CI job), so they get a QCoreApplication.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--status" || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return false;
    }
    return true;
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

/// A remembered OVHcloud connection (not practice) in the default settings: the welcome page
/// then offers "Continue where you left off". Reads one small INI file, no keychain.
bool rememberedProduction(QString *region, QString *service)
{
    QSettings settings;
    const WizardSettings remembered(&settings);
    const QString endpoint = remembered.endpointId();
    if (endpoint.isEmpty() || remembered.applicationKey().isEmpty() || endpoint == ConnectionKeys::sandboxEndpointId())
        return false;
    *region = ConnectionKeys::endpointDisplayName(endpoint);
    *service = remembered.serviceName();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any secret is read or typed: no core dump, no same-user ptrace (SECURITY.md).
    protectProcessMemory();
    // Every qDebug/qWarning, Qt's own included ("no browser found for <URL>"), goes through
    // redact(); the stores and the API client register the live secrets (SECURITY.md).
    redaction::installRedactingMessageHandler();
    const bool gui = needsGui(argc, argv);
    std::unique_ptr<QCoreApplication> application(gui ? new QApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("snc-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("snc-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SNC_VERSION));
    // The desktop file's id (resources/linux): lets Wayland compositors find the icon and name.
    // (The window icon is set after the first paint: see afterFirstPaint below.)
    if (gui)
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sncwizard.SncWizard"));

    // --lang first, so that --help and every message are already in the chosen language.
    QString lang;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    Translations translations;
    if (!lang.isEmpty() && !Translations::availableLanguages().contains(lang)) {
        printLine(stderr, QCoreApplication::translate("main", "Unknown language \"%1\": use fr or en.").arg(lang));
        return 2;
    }
    translations.setLanguage(lang.isEmpty() ? Translations::systemLanguage() : lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "SecNumCloud Onboarding Wizard for OVHcloud Hosted Private Cloud"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOpt(QStringLiteral("sandbox"), QCoreApplication::translate(
            "main", "Practise on the embedded sandbox (the default while no credentials exist)."));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QCoreApplication::translate(
            "main", "Language of the interface: fr or en (default: the system's)."), QStringLiteral("fr|en"));
    const QCommandLineOption endpointOpt(QStringLiteral("endpoint"), QCoreApplication::translate(
            "main", "Use an external snc-sandbox at URL."), QStringLiteral("URL"));
    const QCommandLineOption caOpt(QStringLiteral("ca"), QCoreApplication::translate(
            "main", "The external sandbox's CA certificate (PEM), pinned."), QStringLiteral("FILE"));
    const QCommandLineOption credentialsOpt(QStringLiteral("credentials"), QCoreApplication::translate(
            "main", "The JSON line snc-sandbox printed at start."), QStringLiteral("FILE"));
    const QCommandLineOption autopilotOpt(QStringLiteral("autopilot"), QCoreApplication::translate(
            "main", "Drive the interface through the six stages in the sandbox, then exit (0 = all verified done)."));
    const QCommandLineOption keyboardOpt(QStringLiteral("keyboard-only"), QCoreApplication::translate(
            "main", "With --autopilot: use the keyboard alone (Tab, Space, arrows, typing), never the mouse."));
    const QCommandLineOption screenshotsOpt(QStringLiteral("screenshots"), QCoreApplication::translate(
            "main", "With --autopilot: save a PNG of the window after each step into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption sessionOpt(QStringLiteral("session-only"), QCoreApplication::translate(
            "main", "Keep secrets in memory for this session only (no keychain)."));
    const QCommandLineOption statusOpt(QStringLiteral("status"), QCoreApplication::translate(
            "main", "Print each stage's state as read from the API (one line per stage), then exit. "
                    "Uses the remembered connection, or the sandbox given with --endpoint/--ca/--credentials."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate(
            "main", "With --status: print one JSON object instead of text."));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QCoreApplication::translate(
            "main", "With --status: the service to read (default: the remembered or only one). "
                    "With --autopilot: the service to onboard (default: the first one listed)."),
            QStringLiteral("pcc-…"));
    const QCommandLineOption summaryOpt(QStringLiteral("support-summary"), QCoreApplication::translate(
            "main", "With --autopilot: write the support summary (Help menu) to FILE at the end."), QStringLiteral("FILE"));
    parser.addOptions({sandboxOpt, langOpt, endpointOpt, caOpt, credentialsOpt, autopilotOpt,
                       keyboardOpt, screenshotsOpt, sessionOpt, statusOpt, jsonOpt, serviceOpt});
    parser.addOption(summaryOpt);
    // Tests of the production paths (issue 15, item 5): the secure interface's web pages and the
    // browser, on an external snc-sandbox, so that what reaches the browser can be searched.
    const QCommandLineOption productionPathsOpt(QStringLiteral("production-paths"), QCoreApplication::translate(
            "main", "With --endpoint: take the production paths on the external sandbox, as on OVHcloud: the "
                    "secure interface is a web page opened in the system browser (with --autopilot too)."));
    const QCommandLineOption lastStageOpt(QStringLiteral("last-stage"), QCoreApplication::translate(
            "main", "With --autopilot: drive and verify the stages up to N only (1 to 6)."), QStringLiteral("N"));
    // Issue 17 item 3: the e2e drill of an operation whose SMS token expires (tst_operationtoken).
    const QCommandLineOption letTokenExpireOpt(QStringLiteral("let-token-expire"), QCoreApplication::translate(
            "main", "With --autopilot: leave the first operation of this OVHcloud task name waiting for its SMS "
                    "token until OVHcloud cancels it, then redo it."), QStringLiteral("TASKNAME"));
    // Issue 18, item 4: nothing clipped, ever, checked at every step and at a given screen size.
    const QCommandLineOption layoutAuditOpt(QStringLiteral("layout-audit"), QCoreApplication::translate(
            "main", "With --autopilot: after each step, look for anything cut on screen (sideways scrolling, a text "
                    "wider than its label or button, an elided table cell); the run fails listing them all."));
    const QCommandLineOption windowSizeOpt(QStringLiteral("window-size"), QCoreApplication::translate(
            "main", "Open the window at this size, in pixels (with --layout-audit, it must stay so)."),
            QStringLiteral("WIDTHxHEIGHT"));
    parser.addOptions({productionPathsOpt, lastStageOpt, letTokenExpireOpt, layoutAuditOpt, windowSizeOpt});
    parser.process(app);

    const bool status = parser.isSet(statusOpt);
    const bool autopilot = parser.isSet(autopilotOpt) && !status;
    const bool external = parser.isSet(endpointOpt) || parser.isSet(credentialsOpt);
    int lastStage = 6;
    if (parser.isSet(lastStageOpt)) {
        bool ok = false;
        lastStage = parser.value(lastStageOpt).toInt(&ok);
        if (!ok || lastStage < 1 || lastStage > 6) {
            printLine(stderr, QCoreApplication::translate("main", "--last-stage takes a stage number from 1 to 6, not \"%1\".")
                                      .arg(parser.value(lastStageOpt)));
            return 2;
        }
    }
    QSize windowSize;
    if (parser.isSet(windowSizeOpt)) {
        const QStringList parts = parser.value(windowSizeOpt).split(u'x');
        if (parts.size() == 2)
            windowSize = QSize(parts.at(0).toInt(), parts.at(1).toInt());
        if (windowSize.width() < 400 || windowSize.height() < 300) {
            printLine(stderr, QCoreApplication::translate("main", "--window-size takes WIDTHxHEIGHT in pixels (at least "
                                                                  "400x300), not \"%1\".").arg(parser.value(windowSizeOpt)));
            return 2;
        }
    }
    if (parser.isSet(productionPathsOpt) && !external) {
        printLine(stderr, QCoreApplication::translate("main", "--production-paths needs an external sandbox: add --endpoint, "
                                                              "--ca and --credentials."));
        return 2;
    }
    AppSession::Options options;
    options.preferSandbox = parser.isSet(sandboxOpt) || autopilot || external;
    options.embeddedSandbox = !external;
    options.externalEndpoint = QUrl(parser.value(endpointOpt));
    options.externalCaFile = parser.value(caOpt);
    options.externalCredentialsFile = parser.value(credentialsOpt);
    options.productionPaths = parser.isSet(productionPathsOpt);
    // The status audit reads only: its secrets stay in memory, nothing is written to the keychain.
    options.sessionOnlySecrets = parser.isSet(sessionOpt) || (status && external);
    if (status && !external && !parser.isSet(sandboxOpt))
        options.preferSandbox = false;
    // Practice progress never mixes with the real one; the autopilot starts from nothing.
    // Made on first use: an interactive start creates no folder on disk before its first paint.
    std::optional<QTemporaryDir> autopilotDir;
    const auto chooseSettingsFile = [&](bool practice) {
        if (autopilot || (status && options.preferSandbox)) {
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
    };

    AppSession session;
    // Practice messages in the interface's language, now and after a switch (issue 18, item 5).
    QObject::connect(&translations, &Translations::languageChanged, &session, &AppSession::setUiLanguage);
    QString error;
    const auto startSession = [&]() -> bool {
        if (session.controller())
            return true;
        options.uiLanguage = translations.language(); // the welcome window may have changed it
        if (!session.start(options, &error)) {
            printLine(stderr, error);
            if (gui && !autopilot)
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
    };

    // --status and the autopilot start the session now: the status audit has no window, and the
    // autopilot must be refused (on a non-sandbox endpoint) before any window exists. An
    // interactive session starts only once the welcome page has been answered.
    if (status || autopilot) {
        chooseSettingsFile(options.preferSandbox);
        if (!startSession())
            return 1;
    }

    if (status)
        return runStatus(session, parser.value(serviceOpt), parser.value(credentialsOpt), parser.isSet(jsonOpt));

    if (QString why; autopilot && !isPracticeEndpoint(session, &why)) {
        printLine(stderr, QStringLiteral("autopilot refused: %1. The autopilot accepts risks and confirms by itself, so it "
                                         "runs only against the embedded sandbox (--sandbox) or an endpoint whose "
                                         "/sandbox/stats answers as snc-sandbox does.").arg(why));
        return 1;
    }

    // The first paint is the welcome page (issue 18, item 1): nothing of the network, TLS, the
    // sandbox or the keychain is started before it (BENCHMARKS.md, start-up).
    WelcomeWindow welcome(&translations);
    QString rememberedRegion, rememberedService;
    if (!autopilot && !parser.isSet(sandboxOpt) && !external && rememberedProduction(&rememberedRegion, &rememberedService)) {
        welcome.setChoice(WelcomeWindow::Choice::Production);
        welcome.offerResume(rememberedRegion, rememberedService);
    }
    std::unique_ptr<MainWindow> window;
    Autopilot pilot(nullptr);
    pilot.setWelcomeWindow(&welcome);
    int exitCode = 0;
    if (autopilot) {
        pilot.setLastStage(lastStage);
        pilot.setLetTokenExpire(parser.value(letTokenExpireOpt));
        pilot.setScreenshotDirectory(parser.value(screenshotsOpt));
        pilot.setServiceName(parser.value(serviceOpt));
        pilot.setKeyboardOnly(parser.isSet(keyboardOpt));
        pilot.setLayoutAudit(parser.isSet(layoutAuditOpt), windowSize);
        if (pilot.isKeyboardOnly())
            printLine(stdout, QStringLiteral("autopilot: keyboard only (Tab, Space, arrows, typing; no mouse event)"));
        QObject::connect(&pilot, &Autopilot::progress, &app, [](const QString &line) { printLine(stdout, line); });
        QObject::connect(&pilot, &Autopilot::finished, &app, [&](int code, const QString &message) {
            printLine(code == 0 ? stdout : stderr, message);
            exitCode = code;
            // Benchmark hook: stay open, idle, for N s after the end (requests from an idle page).
            const int idleMs = qEnvironmentVariableIntValue("SNC_AUTOPILOT_IDLE_SECS") * 1000;
            const auto exitLater = [&app, &window, code, idleMs] {
                QTimer::singleShot(idleMs, &app, [&window, code] {
                    if (window)
                        window->close();
                    QCoreApplication::exit(code);
                });
            };
            const QString summaryFile = parser.value(summaryOpt);
            if (summaryFile.isEmpty() || !session.controller()) {
                exitLater();
                return;
            }
            // The same text "Copy support summary" puts on the clipboard (tests search it for secrets).
            auto *summary = new SupportSummary(session.controller(), &app);
            QObject::connect(summary, &SupportSummary::ready, &app, [summaryFile, exitLater](const QString &text) {
                QFile out(summaryFile);
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0)
                    printLine(stderr, QStringLiteral("--support-summary: %1").arg(out.errorString()));
                exitLater();
            });
            summary->collect();
        });
    }

    // The welcome page answered: the session starts (the chosen mode decides whether the embedded
    // sandbox runs), the main window takes the welcome page's place, and resuming (keychain and
    // API reads) waits for the main window's first paint.
    bool resumed = false;
    const auto resume = [&resumed, &session] {
        if (!std::exchange(resumed, true))
            session.controller()->resume();
    };
    QObject::connect(&welcome, &WelcomeWindow::proceeded, &app, [&](WelcomeWindow::Choice choice, bool) {
        if (window)
            return;
        const bool practice = choice == WelcomeWindow::Choice::Practice;
        if (!session.controller()) {
            options.preferSandbox = practice || external;
            options.preferProduction = !practice && !external;
            chooseSettingsFile(practice);
            if (!startSession()) {
                QCoreApplication::exit(1);
                return;
            }
        }
        window = std::make_unique<MainWindow>(session.controller(), &translations);
        window->setGeometry(welcome.geometry());
        if (windowSize.isValid()) // --window-size (the layout audit): the page area at that size
            window->resize(windowSize);
        if (autopilot) {
            // On the production paths the browser is part of what is driven (a test's stand-in).
            window->setOpenUrlsExternally(options.productionPaths);
            // The autopilot presses Finish and then ends the run itself (exit code, support summary).
            window->setCloseOnFinish(false);
            pilot.attachWindow(window.get());
        }
        StartupProbe::whenFirstPainted(window.get(), resume);
        QTimer::singleShot(1000, &app, resume); // a window not painted (minimised, hidden) still resumes
        window->show();
        welcome.hide();
    });

    if (windowSize.isValid())
        welcome.resize(windowSize);
    welcome.show();
    // The themed icon lookup scans the icon folders: it waits for the first paint.
    bool iconSet = false;
    StartupProbe::whenFirstPainted(&welcome, [&iconSet] {
        if (std::exchange(iconSet, true))
            return;
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.sncwizard.SncWizard"),
                                                 QIcon(QStringLiteral(":/icons/256x256/io.github.sncwizard.SncWizard.png"))));
    });
    if (autopilot)
        QTimer::singleShot(0, &pilot, &Autopilot::start);
    // Benchmark hook: SNC_STALL_MONITOR=1 reports the longest GUI-thread stall at exit.
    StallMonitor *stalls = StallMonitor::fromEnvironment(&app);
    if (stalls) {
        StartupProbe::whenFirstPainted(&welcome, [stalls] { stalls->endStartup(); });
        if (autopilot)
            QObject::connect(&pilot, &Autopilot::progress, stalls, &StallMonitor::setContext);
        else
            stalls->setContext(QStringLiteral("interactive"));
    }
    // The start-up benchmark's probe is installed last: Qt calls the most recent event filter
    // first, so its "painted" mark is queued before the work that waits for the first paint
    // (the icon above: about 4 % of the instructions to the first paint, BENCHMARKS.md).
    StartupProbe::install(&welcome);
    const int rc = QCoreApplication::exec();
    if (stalls) {
        stalls->stop();
        printLine(stderr, stalls->report());
    }
    return autopilot ? exitCode : rc;
}
