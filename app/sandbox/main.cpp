// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// snc-sandbox: the OVH API simulator as a standalone program. Prints exactly one compact JSON
// line on stdout once it listens ({"url","ca","applicationKey","applicationSecret",
// "consumerKey"}); every log goes to stderr. SIGINT/SIGTERM stop it cleanly (state saved).
//
// The texts here are for developers and scripts, in English like the API the sandbox imitates;
// they are deliberately not part of the wizard's translations.

#include "core/Log.h"
#include "core/ProcessProtection.h"
#include "core/Redaction.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/modules/OkmsModule.h"
#include "sandbox/UnpublishedChoices.h"
#include "sandbox/modules/StandardModules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFds[2] = {-1, -1};

extern "C" void onSignal(int)
{
    // Async-signal-safe: only write(2); the event loop does the rest.
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "snc-sandbox: %s\n", qPrintable(message));
    std::fprintf(stderr, "Try 'snc-sandbox --help'.\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Its application secret and consumer key are demo ones, but the CA key it generates is what
    // a wizard pins: the same protection as the wizard's (SECURITY.md).
    snc::protectProcessMemory();
    // Its logs go through redact(), its own demo secrets registered once known (SECURITY.md).
    snc::redaction::installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"snc-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SNC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"OVHcloud API simulator for the SecNumCloud Onboarding Wizard.\n"
            "On start it prints one JSON line on stdout: "
            "{\"url\", \"ca\", \"applicationKey\", \"applicationSecret\", \"consumerKey\", "
            "\"controlSecret\", \"unpublished\"}; "
            "the consumer key is validated with full access. Logs go to stderr."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOpt(u"listen"_s,
                                       u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s,
                                       u"127.0.0.1"_s);
    const QCommandLineOption portOpt(u"port"_s, u"TCP port; 0 = any free port (default 0)."_s,
                                     u"N"_s, u"0"_s);
    const QCommandLineOption tlsOpt(
            u"tls"_s, u"Serve HTTPS with a CA and a certificate for localhost/127.0.0.1 generated "
                      "at start; the CA is written to a PEM file (\"ca\" in the JSON line), next "
                      "to the state file or in a temporary folder."_s);
    const QCommandLineOption seedOpt(
            u"seed"_s, u"Seed of every random decision (faults, task durations); default 1."_s,
            u"N"_s, u"1"_s);
    const QCommandLineOption scaleOpt(
            u"time-scale"_s,
            u"Sandbox time runs X times faster than real time (task durations, expiries); "
            "default 1."_s,
            u"X"_s, u"1"_s);
    const QCommandLineOption faultsOpt(
            u"faults"_s,
            u"Fault injection, comma-separated: latency=A-Bms (extra delay per answer), "
            "error5xx=P (share answered 500/502/503), drop=P (connection closed without "
            "answer), dropafter=F (share of dropped POST/PUT/DELETE executed first, default "
            "0.5), ratelimit=P (429 with Retry-After), skew=Ns|Nm|Nh (server clock offset), "
            "taskdetour=P (share of tasks that pass through unknown, fixing or waitingForChilds), "
            "taskdetourstate=any|unknown|fixing|waitingForChilds (default any), taskstall=P (share of "
            "tasks whose progress stops), taskhold=Ns|Nm|Nh (how long a detour or stall lasts, "
            "default 5m). Example: latency=0-800ms,error5xx=0.10,drop=0.05,ratelimit=0.02,skew=600s"_s,
            u"SPEC"_s);
    const QCommandLineOption stateOpt(
            u"state"_s, u"Keep the sandbox state (keys, tasks, resources) in FILE across "
                        "restarts; default: memory only."_s,
            u"FILE"_s);
    const QCommandLineOption controlOpt(
            u"control-secret"_s, u"Secret the /sandbox/* control routes require in the X-Sandbox-Control "
                                 "header; default: a random one, printed as controlSecret in the JSON line."_s,
            u"SECRET"_s);
    const QCommandLineOption vCenterOpt(
            u"vcenter-configured-after"_s,
            u"A KMS registration (stage 5) waits, as on OVHcloud, until the customer has configured "
            "vCenter: POST /sandbox/okms/vcenter {\"serviceName\"} says so. With N > 0 it also ends "
            "by itself N seconds (sandbox time) after it started; default 0: only the control route."_s,
            u"N"_s, u"0"_s);
    // The programs practise as on an SNC PCC: after stage 2, the standard set of sensitive
    // operations waits for an SMS token (issue 17 item 3). An in-process SandboxServer (unit
    // fixtures driving one stage) keeps the library's default, none.
    const std::pair<QString, QString> programDefault{u"sensitiveOperations"_s, u"standard"_s};
    QString switchesHelp;
    for (const auto &sw : snc::sandbox::UnpublishedChoices::switches()) {
        QStringList values = sw.values;
        if (sw.name == programDefault.first)
            values.move(values.indexOf(programDefault.second), 0);
        switchesHelp += u"\n  %1: %2 (default), %3 — %4"_s.arg(sw.name, values.first(),
                                                              values.mid(1).join(u", "_s), sw.summary);
    }
    const QCommandLineOption unpublishedOpt(
            u"unpublished"_s,
            u"How to answer where OVHcloud publishes nothing (repeatable; lib/sandbox/UNPUBLISHED.md). "
            "Also changed at run time with POST /sandbox/unpublished {\"NAME\": \"VALUE\"}. Switches:"_s
                    + switchesHelp,
            u"NAME=VALUE"_s);
    const QCommandLineOption recordOpt(
            u"record-answers"_s,
            u"Write every answer given on an API route (/1.0, /v1, /v2) to FILE, one JSON line "
            "each: {\"method\", \"path\", \"query\", \"route\", \"status\", \"body\"}; values of "
            "secret fields (consumerKey, privateKeyPEM) are replaced by \"<redacted>\". For the "
            "contract test."_s,
            u"FILE"_s);
    const QCommandLineOption listRoutesOpt(
            u"list-routes"_s,
            u"Print every route the sandbox serves, one \"METHOD /pattern\" line each, and exit "
            "(no JSON line)."_s);
    // The default is a documentation address, which the wizard accepts only in practice; a test of
    // the wizard's production paths (tst_secretscan_production) gives a public one.
    const QCommandLineOption clientOpt(
            u"client-address"_s, u"IPv4 address the sandbox sees every caller at (allowed networks, the "
                                 "secure interface's gate, POST /me/geolocation); default 203.0.113.7."_s,
            u"ADDRESS"_s);
    // Issue 18, item 5: OVHcloud writes its SMS and e-mails in the account's language.
    const QCommandLineOption languageOpt(
            u"account-language"_s,
            u"The account's language (GET /me \"language\"), which the practice SMS and e-mails follow: "
            "fr_FR (or any fr_XX) for French, any other for English; default en_GB."_s,
            u"LANGUAGE"_s);
    parser.addOptions({listenOpt, portOpt, tlsOpt, seedOpt, scaleOpt, faultsOpt, stateOpt, controlOpt,
                       recordOpt, listRoutesOpt, clientOpt, vCenterOpt, unpublishedOpt, languageOpt});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));

    snc::sandbox::SandboxOptions options;
    const QString listen = parser.value(listenOpt).trimmed();
    if (listen == u"localhost"_s)
        options.listenAddress = QHostAddress::LocalHost;
    else if (!options.listenAddress.setAddress(listen))
        return usageError(u"--listen: '%1' is not an IP address"_s.arg(listen));
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(u"--port: '%1' is not a port number (0-65535)"_s.arg(parser.value(portOpt)));
    options.port = quint16(port);
    options.tls = parser.isSet(tlsOpt);
    options.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return usageError(u"--seed: '%1' is not a non-negative integer"_s.arg(parser.value(seedOpt)));
    options.timeScale = parser.value(scaleOpt).toDouble(&ok);
    if (!ok || !(options.timeScale > 0) || options.timeScale > 1e6)
        return usageError(u"--time-scale: '%1' is not a positive number"_s.arg(parser.value(scaleOpt)));
    if (parser.isSet(faultsOpt)) {
        QString why;
        const auto spec = snc::sandbox::FaultSpec::parse(parser.value(faultsOpt), &why);
        if (!spec)
            return usageError(u"--faults: %1"_s.arg(why));
        options.faults = *spec;
    }
    options.stateFile = parser.value(stateOpt);
    options.controlSecret = parser.value(controlOpt);
    if (parser.isSet(controlOpt) && options.controlSecret.trimmed().size() < 16)
        return usageError(u"--control-secret: at least 16 characters"_s);
    options.unpublished.append(programDefault); // the command line's choices come after it
    for (const QString &assignment : parser.values(unpublishedOpt)) {
        QString why;
        const auto choice = snc::sandbox::UnpublishedChoices::parseAssignment(assignment, &why);
        if (!choice)
            return usageError(u"--unpublished: %1"_s.arg(why));
        options.unpublished.append(*choice);
    }

    if (parser.isSet(clientOpt)) {
        const QHostAddress client(parser.value(clientOpt).trimmed());
        if (client.protocol() != QAbstractSocket::IPv4Protocol)
            return usageError(u"--client-address: '%1' is not an IPv4 address"_s.arg(parser.value(clientOpt)));
        options.clientAddress = client.toString();
    }
    if (parser.isSet(languageOpt)) {
        options.accountLanguage = parser.value(languageOpt).trimmed();
        if (!snc::sandbox::SandboxServer::isAccountLanguage(options.accountLanguage))
            return usageError(u"--account-language: '%1' is not a language like fr_FR or en_GB"_s.arg(
                    parser.value(languageOpt)));
    }
    options.recordAnswersFile = parser.value(recordOpt);
    if (parser.isSet(recordOpt) && options.recordAnswersFile.trimmed().isEmpty())
        return usageError(u"--record-answers: a file name is needed"_s);
    const bool listRoutes = parser.isSet(listRoutesOpt);
    if (listRoutes) {
        options.stateFile.clear(); // a listing reads and writes no state
        options.tls = false;
        options.recordAnswersFile.clear();
    }
    const double vCenterSeconds = parser.value(vCenterOpt).toDouble(&ok);
    if (!ok || !(vCenterSeconds >= 0) || vCenterSeconds > 1e7)
        return usageError(u"--vcenter-configured-after: '%1' is not a number of seconds"_s.arg(parser.value(vCenterOpt)));

    snc::sandbox::SandboxServer server(options);
    const auto modules = snc::sandbox::registerStandardModules(server);
    modules.okms->setVCenterConfiguredAfterMs(qint64(vCenterSeconds * 1000));
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "snc-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (listRoutes) {
        // The routes exist once the server has started; nothing was served.
        for (const QString &key : server.routeKeys())
            std::printf("%s\n", qPrintable(key));
        std::fflush(stdout);
        server.stop();
        return 0;
    }

    if (!installSignalHandlers()) {
        std::fprintf(stderr, "snc-sandbox: cannot install the signal handlers\n");
        return 1;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&server] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        server.stop();
        QCoreApplication::quit();
    });

    const QJsonObject info = server.startupInfo();
    for (const auto *field : {"applicationSecret", "consumerKey"})
        snc::redaction::registerSecret(info.value(QLatin1String(field)).toString().toUtf8());
    // The JSON line is the program's output, not a log: written as is.
    const QByteArray line = QJsonDocument(info).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    const int rc = app.exec();
    server.stop();
    return rc;
}
