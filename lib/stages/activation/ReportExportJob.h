// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace snc {

class ComplianceReport;

/**
 * @brief Writes the completion screen's files off the GUI thread: the compliance report as PDF
 * (rendering a report with many tasks takes longer than a frame) and the next steps as .ics.
 * One job at a time; start*() refuses while one runs. The report is turned into HTML on the
 * calling thread (it reads translated strings), the rendering and the writes run on a pool
 * thread with their own QTextDocument and QPdfWriter. finished() comes back on the caller's
 * thread. Writes through QSaveFile for the .ics (all or nothing).
 */
class ReportExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ReportExportJob(QObject *parent = nullptr);
    ~ReportExportJob() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    bool startPdf(const ComplianceReport &report, const QString &path);
    bool startIcs(const QByteArray &ics, const QString &path);

    /// Blocks until the running job, if any, is over (tests, shutdown).
    void waitForFinished() { m_watcher.waitForFinished(); }

signals:
    /// `error` translated when !ok; `path` is the file written.
    void finished(bool ok, const QString &path, const QString &error);

private:
    struct Outcome
    {
        bool ok = false;
        QString path;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace snc
