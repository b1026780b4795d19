// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/activation/ReportExportJob.h"

#include "stages/activation/ComplianceReport.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace snc {

ReportExportJob::ReportExportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher.result();
        emit finished(o.ok, o.path, o.error);
    });
}

ReportExportJob::~ReportExportJob()
{
    // The pool thread writes into files the caller named: let it end before the job goes.
    m_watcher.waitForFinished();
}

bool ReportExportJob::startPdf(const ComplianceReport &report, const QString &path)
{
    if (isRunning())
        return false;
    // Translated strings are read here, on the caller's thread; the worker gets plain values.
    const QString html = report.toHtml();
    const QString title = report.documentTitle();
    m_watcher.setFuture(QtConcurrent::run([html, title, path]() -> Outcome {
        Outcome o;
        o.path = path;
        o.ok = ComplianceReport::writePdfFromHtml(html, title, path, &o.error);
        return o;
    }));
    return true;
}

bool ReportExportJob::startIcs(const QByteArray &ics, const QString &path)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run([ics, path]() -> Outcome {
        Outcome o;
        o.path = path;
        QSaveFile file(path);
        o.ok = file.open(QIODevice::WriteOnly) && file.write(ics) == ics.size() && file.commit();
        if (!o.ok)
            o.error = file.errorString();
        return o;
    }));
    return true;
}

} // namespace snc
