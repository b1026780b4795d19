// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fault, crash/resume and secret-scan e2e tests: an external `snc-sandbox`
// process (its JSON line, its CA, its /sandbox/* introspection) and `snc-wizard --autopilot`
// runs in a scratch HOME/XDG/TMPDIR, optionally killed with SIGKILL when a progress line shows.
// Test code only: it may block (waitFor*), the product never does.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <csignal>
#include <functional>

namespace e2e {

/// HOME, the XDG folders and TMPDIR all under `root` (created), offscreen Qt.
inline QProcessEnvironment scratchEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(root);
    const QList<QPair<const char *, const char *>> folders{
            {"HOME", "home"}, {"XDG_CONFIG_HOME", "home/.config"},
            {"XDG_DATA_HOME", "home/.local/share"}, {"XDG_CACHE_HOME", "home/.cache"},
            {"XDG_STATE_HOME", "home/.local/state"}, {"TMPDIR", "tmp"}};
    for (const auto &[name, sub] : folders) {
        const QString path = dir.filePath(QLatin1String(sub));
        QDir().mkpath(path);
        env.insert(QLatin1String(name), path);
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    /// Starts `snc-sandbox --tls --port 0 <args>`, logs to `dir`/sandbox.log, writes the JSON
    /// line to `dir`/sandbox.json (the wizard's --credentials). False with `error` on failure.
    bool start(const QString &executable, const QStringList &args, const QString &dir, QString *error)
    {
        m_process.setStandardErrorFile(QDir(dir).filePath(QStringLiteral("sandbox.log")), QIODevice::Append);
        m_process.start(executable, QStringList{QStringLiteral("--tls"), QStringLiteral("--port"),
                                                QStringLiteral("0")} + args);
        if (!m_process.waitForStarted()) {
            *error = m_process.errorString();
            return false;
        }
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 60000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(500);
            line += m_process.readAllStandardOutput();
        }
        line = line.left(line.indexOf('\n'));
        m_info = QJsonDocument::fromJson(line).object();
        if (!m_info.contains(QLatin1String("url"))) {
            *error = QStringLiteral("no JSON line from snc-sandbox: ") + QString::fromUtf8(line);
            return false;
        }
        m_credentials = QDir(dir).filePath(QStringLiteral("sandbox.json"));
        QFile file(m_credentials);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.write(line + '\n');
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    const QJsonObject &info() const { return m_info; }
    QString credentialsFile() const { return m_credentials; }
    QStringList connection() const
    {
        return {QStringLiteral("--endpoint"), m_info.value(QLatin1String("url")).toString(),
                QStringLiteral("--ca"), m_info.value(QLatin1String("ca")).toString(),
                QStringLiteral("--credentials"), m_credentials};
    }

    /// GET `path` (e.g. "/sandbox/stats") over the sandbox's TLS, its CA pinned: the JSON.
    QJsonDocument get(const QString &path) { return send("GET", path, {}); }

    /// `method` `path` with `body` as JSON (none when empty), as `get()` does; the HTTP status in
    /// `status` (0: no answer). The secure interface's pages are reached this way (no signature).
    QJsonDocument send(const QByteArray &method, const QString &path, const QJsonObject &body, int *status = nullptr)
    {
        QNetworkRequest request(QUrl(m_info.value(QLatin1String("url")).toString() + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_info.value(QLatin1String("ca")).toString()));
        request.setSslConfiguration(ssl);
        request.setTransferTimeout(30000);
        // The control routes need the session's secret, printed in the JSON line (issue 15, item 9).
        request.setRawHeader("X-Sandbox-Control", m_info.value(QLatin1String("controlSecret")).toString().toUtf8());
        QByteArray payload;
        if (!body.isEmpty()) {
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError)
            qWarning("%s %s: %s", method.constData(), qPrintable(path), qPrintable(reply->errorString()));
        reply->deleteLater();
        return QJsonDocument::fromJson(answer);
    }

private:
    QProcess m_process;
    QJsonObject m_info;
    QString m_credentials;
    QNetworkAccessManager m_network;
};

struct WizardRun
{
    bool finished = false;  ///< exited by itself
    bool killed = false;    ///< killed with SIGKILL by killWhen
    int exitCode = -1;
    QByteArray output;      ///< stdout and stderr, merged
    QByteArray killLine;    ///< the line that triggered the kill
};

/// Runs the wizard with `args`; if `killWhen(line)` returns true for a complete output line,
/// sends SIGKILL at once. Gives up (kill, finished=false) after `timeoutMs`.
inline WizardRun runWizard(const QString &executable, const QStringList &args,
                           const QProcessEnvironment &env, int timeoutMs,
                           const std::function<bool(const QByteArray &)> &killWhen = {})
{
    WizardRun run;
    QProcess wizard;
    wizard.setProcessEnvironment(env);
    wizard.setProcessChannelMode(QProcess::MergedChannels);
    wizard.start(executable, args);
    if (!wizard.waitForStarted()) {
        run.output = wizard.errorString().toUtf8();
        return run;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray pending;
    while (wizard.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs) {
        wizard.waitForReadyRead(100);
        const QByteArray chunk = wizard.readAll();
        run.output += chunk;
        pending += chunk;
        int nl;
        // Each complete line, then an empty one per tick (lets killWhen wait a delay).
        while (killWhen && ((nl = pending.indexOf('\n')) >= 0 || nl == -1)) {
            const QByteArray line = nl >= 0 ? pending.left(nl) : QByteArray();
            pending.remove(0, nl + 1);
            const bool kill = killWhen(line);
            if (kill) {
                ::kill(pid_t(wizard.processId()), SIGKILL);
                wizard.waitForFinished(10000);
                run.output += wizard.readAll();
                run.killed = true;
                run.killLine = line;
                return run;
            }
            if (nl < 0)
                break;
        }
    }
    if (wizard.state() != QProcess::NotRunning) {
        wizard.kill();
        wizard.waitForFinished(10000);
        run.output += wizard.readAll();
        return run;
    }
    run.output += wizard.readAll();
    run.finished = wizard.exitStatus() == QProcess::NormalExit;
    run.exitCode = wizard.exitCode();
    return run;
}

/// The last lines of `output` without the noisiest ones (failure messages stay readable; Qt
/// Test cuts long messages). The whole output is in saveOutput()'s file.
inline QByteArray tail(const QByteArray &output, int lines = 12)
{
    QList<QByteArray> all;
    for (const QByteArray &l : output.split('\n')) {
        if (!l.contains("propagateSizeHints") && !l.contains("detailed-status") && !l.contains("unique connections"))
            all.append(l.left(200));
    }
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join('\n');
}

/// Keeps a run's whole output next to the test (the build folder: a CI artifact), as `name`.log.
inline void saveOutput(const QString &name, const QByteArray &output)
{
    QFile file(name + QStringLiteral(".log"));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(output);
}

} // namespace e2e
