// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The browser the wizard opens on the production paths, stood in for (tst_secretscan_production):
// a private X display (Xvfb) so that Qt's real desktop services run (the offscreen platform opens
// nothing), and an `xdg-open` first in PATH that writes each argument it is given, one per line,
// to a file and opens nothing. QDesktopServices::openUrl() finds xdg-open before any browser, so
// the file holds exactly the command line a real browser would have got (what other local users
// could read in the process list). Test code only: it may block.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace e2e {

class StandInBrowser
{
public:
    ~StandInBrowser()
    {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(5000))
                m_xvfb.kill();
            m_xvfb.waitForFinished(5000);
        }
    }

    /// Starts Xvfb on a free display and writes `folder`/bin/xdg-open. False with `error`.
    bool start(const QString &folder, QString *error)
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty()) {
            *error = QStringLiteral("Xvfb not found (scripts/setup-deps.sh installs xvfb)");
            return false;
        }
        // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        m_xvfb.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                            QStringLiteral("0"), QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp")});
        QByteArray number;
        QElapsedTimer timer;
        timer.start();
        while (!number.contains('\n') && timer.elapsed() < 20000 && m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.waitForReadyRead(200);
            number += m_xvfb.readAllStandardOutput();
        }
        if (!number.contains('\n')) {
            *error = QStringLiteral("Xvfb gave no display: ") + QString::fromUtf8(m_xvfb.readAllStandardError());
            return false;
        }
        m_display = QLatin1Char(':') + QString::fromLatin1(number.trimmed());

        const QString bin = QDir(folder).filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        m_bin = bin;
        m_log = QDir(folder).filePath(QStringLiteral("browser-argv.txt"));
        QFile script(QDir(bin).filePath(QStringLiteral("xdg-open")));
        if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = script.errorString();
            return false;
        }
        script.write("#!/bin/sh\n"
                     "# Stand-in browser: records its command line, opens nothing.\n"
                     "for a in \"$@\"; do printf '%s\\n' \"$a\"; done >> '" + m_log.toUtf8() + "'\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return true;
    }

    /// `env` with the private display, the xcb platform and the stand-in first in PATH.
    QProcessEnvironment apply(QProcessEnvironment env) const
    {
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("PATH"), m_bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        return env;
    }

    /// The arguments recorded so far, one per line.
    QStringList arguments() const
    {
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QString logFile() const { return m_log; }

private:
    QProcess m_xvfb;
    QString m_display;
    QString m_bin;
    QString m_log;
};

} // namespace e2e
