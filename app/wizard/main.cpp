// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppSession.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/autopilot/Autopilot.h"
#include "stages/WizardController.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace snc;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("snc-wizard"));
    QApplication::setApplicationName(QStringLiteral("snc-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(SNC_VERSION));
    // The desktop file's id (resources/linux): lets Wayland compositors find the icon and name.
    QApplication::setDesktopFileName(QStringLiteral("io.github.sncwizard.SncWizard"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.sncwizard.SncWizard"),
                                                 QIcon(QStringLiteral(":/icons/256x256/io.github.sncwizard.SncWizard.png"))));

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
            "main", "Drive the interface through stages 1 and 2 in the sandbox, then exit (0 = all verified done)."));
    const QCommandLineOption screenshotsOpt(QStringLiteral("screenshots"), QCoreApplication::translate(
            "main", "With --autopilot: save a PNG of the window after each step into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption sessionOpt(QStringLiteral("session-only"), QCoreApplication::translate(
            "main", "Keep secrets in memory for this session only (no keychain)."));
    parser.addOptions({sandboxOpt, langOpt, endpointOpt, caOpt, credentialsOpt, autopilotOpt,
                       screenshotsOpt, sessionOpt});
    parser.process(app);

    const bool autopilot = parser.isSet(autopilotOpt);
    const bool external = parser.isSet(endpointOpt) || parser.isSet(credentialsOpt);
    AppSession::Options options;
    options.preferSandbox = parser.isSet(sandboxOpt) || autopilot || external;
    options.embeddedSandbox = !external;
    options.externalEndpoint = QUrl(parser.value(endpointOpt));
    options.externalCaFile = parser.value(caOpt);
    options.externalCredentialsFile = parser.value(credentialsOpt);
    options.sessionOnlySecrets = parser.isSet(sessionOpt);
    // Practice progress never mixes with the real one; the autopilot starts from nothing.
    QTemporaryDir autopilotDir;
    if (autopilot) {
        options.settingsFile = autopilotDir.filePath(QStringLiteral("autopilot.ini"));
    } else if (options.preferSandbox) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QDir().mkpath(dir);
        options.settingsFile = QDir(dir).filePath(QStringLiteral("practice.ini"));
    }

    AppSession session;
    QString error;
    if (!session.start(options, &error)) {
        printLine(stderr, error);
        if (!autopilot)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SecNumCloud Onboarding Wizard"), error);
        return 1;
    }

    MainWindow window(&session, &translations);
    Autopilot pilot(&window);
    int exitCode = 0;
    if (autopilot) {
        window.setOpenUrlsExternally(false);
        pilot.setScreenshotDirectory(parser.value(screenshotsOpt));
        QObject::connect(&pilot, &Autopilot::progress, &app, [](const QString &line) { printLine(stdout, line); });
        QObject::connect(&pilot, &Autopilot::finished, &app, [&](int code, const QString &message) {
            printLine(code == 0 ? stdout : stderr, message);
            exitCode = code;
            window.close();
            QCoreApplication::exit(code);
        });
    }
    window.show();
    session.controller()->resume();
    if (autopilot)
        QTimer::singleShot(0, &pilot, &Autopilot::start);
    const int rc = app.exec();
    return autopilot ? exitCode : rc;
}
