// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionModule.h"
#include "core/ProcessProtection.h"
#include "core/Redaction.h"
#include "core/StallMonitor.h"
#include "core/StartupProbe.h"
#include "stages/WizardSettings.h"
#include "stages/connection/ConnectionKeys.h"
#include "ui/Translations.h"
#include "ui/WelcomeWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibrary>
#include <QMessageBox>
#include <QSettings>
#include <QSize>
#include <QTimer>

#include <cstdio>
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

/// The session module (SessionModule.h): next to the executable (the build tree), else where the
/// package installs it, relative to the executable's own folder. Never from the current folder or
/// a path taken from the environment: whoever could plant a module there would run code with the
/// user's keychain.
QString sessionModulePath()
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    const QString beside = programDir.filePath(QStringLiteral(SNC_SESSION_MODULE_FILE));
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(programDir.filePath(QStringLiteral(SNC_SESSION_MODULE_RELDIR "/" SNC_SESSION_MODULE_FILE)));
}

/// Loads the session module (never unloaded: its meta-objects and message handlers stay in use
/// until exit). On failure, says why on stderr and returns null.
const SessionModuleApi *loadSessionModule()
{
    const QString path = sessionModulePath();
    auto *library = new QLibrary(path, qApp);
    using Entry = const SessionModuleApi *(*)();
    const auto entry = library->load() ? reinterpret_cast<Entry>(library->resolve(kSessionModuleEntry)) : nullptr;
    const SessionModuleApi *api = entry ? entry() : nullptr;
    if (api && api->abi == kSessionModuleAbi)
        return api;
    const QString why = !library->isLoaded() ? library->errorString()
            : api ? QStringLiteral("it was built for another version of snc-wizard")
                  : QStringLiteral("it has no %1").arg(QLatin1String(kSessionModuleEntry));
    printLine(stderr, QCoreApplication::translate("main", "Cannot load the wizard's session module %1: %2. "
                                                          "Reinstall snc-wizard.").arg(path, why));
    return nullptr;
}

/// Exit code when the session module cannot be loaded (a broken installation).
constexpr int kModuleMissingExit = 3;

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
    SessionHost host;
    host.parser = &parser;
    host.translations = &translations;
    host.gui = gui;
    host.status = status;
    host.autopilot = autopilot;
    host.external = external;
    host.lastStage = lastStage;
    host.windowSize = windowSize;

    // --status and the autopilot load the session module and start the session now: the status
    // audit has no window, and the autopilot must be refused (on a non-sandbox endpoint) before
    // any window exists. An interactive start loads it after the welcome page's first paint.
    const SessionModuleApi *module = nullptr;
    if (status || autopilot) {
        module = loadSessionModule();
        if (!module)
            return kModuleMissingExit;
        if (const int code = module->startNow(&host); code != kContinue)
            return module->finish(&host, code);
    }

    // The first paint is the welcome page (issue 18, item 1): nothing of the network, TLS, the
    // sandbox or the keychain is loaded or started before it (BENCHMARKS.md, start-up).
    WelcomeWindow welcome(&translations);
    host.welcome = &welcome;
    QString rememberedRegion, rememberedService;
    if (!autopilot && !parser.isSet(sandboxOpt) && !external && rememberedProduction(&rememberedRegion, &rememberedService)) {
        welcome.setChoice(WelcomeWindow::Choice::Production);
        welcome.offerResume(rememberedRegion, rememberedService);
    }

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
    // Benchmark hook: SNC_STALL_MONITOR=1 reports the longest GUI-thread stall at exit.
    StallMonitor *stalls = StallMonitor::fromEnvironment(&app);
    host.stalls = stalls;
    if (stalls) {
        StartupProbe::whenFirstPainted(&welcome, [stalls] { stalls->endStartup(); });
        if (!autopilot)
            stalls->setContext(QStringLiteral("interactive"));
    }
    if (module) {
        module->attach(&host); // the autopilot: drives the welcome page from the first event on
    } else {
        // Interactive: the session module is loaded once the welcome page is on screen (or after a
        // second for a window that is not painted: minimised, hidden), before anyone can answer it.
        const auto loadAndAttach = [&module, &host] {
            if (module)
                return;
            module = loadSessionModule();
            if (!module) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SecNumCloud Onboarding Wizard"),
                                      QCoreApplication::translate("main", "The wizard is incompletely installed (its "
                                                                          "session module is missing). Reinstall snc-wizard."));
                QCoreApplication::exit(kModuleMissingExit);
                return;
            }
            module->attach(&host);
        };
        StartupProbe::whenFirstPainted(&welcome, loadAndAttach);
        QTimer::singleShot(1000, &app, loadAndAttach);
    }
    // The start-up benchmark's probe is installed last: Qt calls the most recent event filter
    // first, so its "painted" mark is queued before the work that waits for the first paint
    // (the icon and the session module above, BENCHMARKS.md).
    StartupProbe::install(&welcome);
    const int rc = QCoreApplication::exec();
    if (stalls) {
        stalls->stop();
        printLine(stderr, stalls->report());
    }
    return module ? module->finish(&host, rc) : rc;
}
