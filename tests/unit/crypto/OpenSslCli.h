// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `openssl` command line as an independent witness: what the wizard computes must match what
// a person following the guide would get by hand.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <optional>

/// stdout of a successful run; nullopt (and a warning with stderr) if it failed.
inline std::optional<QByteArray> runOpenSsl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000))
        qFatal("the openssl command line is missing (package openssl)");
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}
