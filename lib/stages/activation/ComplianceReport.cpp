// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/activation/ComplianceReport.h"

#include "stages/DisplayFormat.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString date(const QDateTime &d)
{
    if (!d.isValid())
        return {};
    return DisplayFormat::dateTime(d.toUTC()) + u" UTC"_s;
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><th align=\"left\" valign=\"top\" width=\"32%\">%1</th><td>%2</td></tr>"_s.arg(esc(label), esc(value));
}

/// A section heading inside the report's one table: spans both columns.
QString heading(const QString &title)
{
    return u"<tr><td colspan=\"2\"><h2>%1</h2></td></tr>"_s.arg(esc(title));
}

} // namespace

ComplianceReport ComplianceReport::fromStages(const QList<StageModel *> &stages,
                                              const ActivationModel *activation,
                                              const QString &serviceName, const QString &endpoint,
                                              const QDateTime &now)
{
    ComplianceReport r;
    r.serviceName = serviceName;
    r.endpoint = endpoint;
    r.generatedAt = now;
    for (const StageModel *s : stages) {
        if (!s)
            continue;
        r.sections << Section{s->number(), s->title(), s->status(), s->statusText(), s->reportFacts()};
    }
    if (activation) {
        r.allowedNetworks = activation->allowedNetworks();
        r.userAccessPolicy = activation->userAccessPolicy();
        r.privateGateways = activation->privateGateways();
        r.pendingOptions = activation->pendingOptions();
        r.tasks = activation->tasks();
    }
    return r;
}

bool ComplianceReport::isCompliant() const
{
    if (sections.isEmpty() || !pendingOptions.isEmpty())
        return false;
    return std::all_of(sections.begin(), sections.end(),
                       [](const Section &s) { return s.status == StageModel::Status::Done; });
}

QString ComplianceReport::practiceMark()
{
    //: Mark on a report or screen made on the practice sandbox (not a real service); upper case
    return tr("PRACTICE", "@label mark");
}

QString ComplianceReport::documentTitle() const
{
    const QString title = tr("SecNumCloud compliance report", "@title report");
    //: %1 report title, %2 the PRACTICE mark
    return practice ? tr("%1 — %2", "@title report with mark").arg(title, practiceMark()) : title;
}

QString ComplianceReport::toHtml() const
{
    QString h;
    h += u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s.arg(esc(documentTitle()));
    if (practice) {
        // First thing on the first page, in large red letters: a practice report never passes
        // for a real service's.
        h += u"<table border=\"2\" cellpadding=\"6\" width=\"100%\" style=\"border-color:#b00020\"><tr><td>"
             "<p style=\"color:#b00020;font-size:x-large;font-weight:bold\">%1</p><p style=\"color:#b00020\">%2</p>"
             "</td></tr></table>"_s
                     .arg(esc(practiceMark()),
                          esc(tr("Made on the practice sandbox: a simulated service, not an OVHcloud one. "
                                 "It proves nothing about a real service.", "@info report")));
    }
    h += u"<h1>%1</h1>"_s.arg(esc(tr("SecNumCloud compliance report", "@title report")));
    // One table for the whole report: one label column from the summary to the last stage.
    h += u"<table cellpadding=\"3\" width=\"100%\">"_s;
    h += heading(tr("Summary", "@title report"));
    h += row(tr("Service", "@label report"), serviceName);
    h += row(tr("Session", "@label report"),
             practice ? tr("Practice sandbox (simulated)", "@info report") : tr("OVHcloud", "@info report"));
    h += row(tr("API endpoint", "@label report"), endpoint);
    h += row(tr("Generated", "@label report"), date(generatedAt));
    h += row(tr("SecNumCloud activated", "@label report"), CompletionSummary::dateText(activatedAt));
    h += row(tr("Result", "@label report"),
             isCompliant() ? tr("All six stages verified done; no security option pending.", "@info report")
                           : tr("Not complete: see the stages below.", "@info report"));
    for (const Section &s : sections)
        //: Summary line: %1 stage number, %2 stage title
        h += row(tr("%1. %2", "@title report").arg(s.number).arg(s.title),
                 u"%1 — %2"_s.arg(StageModel::statusName(s.status), s.statusText));
    const bool hasStage1 = std::any_of(sections.begin(), sections.end(), [](const Section &s) { return s.number == 1; });
    if (!hasStage1) {
        h += row(tr("Access policy", "@label report"), userAccessPolicy);
        h += row(tr("Allowed networks", "@label report"), allowedNetworks.join(u", "_s));
    }
    if (!nextSteps.isEmpty()) {
        h += heading(tr("What to do next", "@title report"));
        for (const NextStep &n : nextSteps)
            h += row(n.title, n.detail);
    }

    for (const Section &s : sections) {
        //: Report section title: %1 stage number, %2 stage title
        h += heading(tr("%1. %2", "@title report").arg(s.number).arg(s.title));
        h += row(tr("Status", "@label report"), u"%1 — %2"_s.arg(StageModel::statusName(s.status), s.statusText));
        if (s.number == 1) {
            h += row(tr("Access policy", "@label report"), userAccessPolicy);
            h += row(tr("Allowed networks", "@label report"), allowedNetworks.join(u", "_s));
        }
        if (s.number == 4 && !privateGateways.isEmpty())
            h += row(tr("Private gateway", "@label report"), privateGateways.join(u"; "_s));
        for (const StageModel::ReportFact &f : s.facts)
            h += row(f.label, f.value);
        QStringList stageTasks;
        for (const ReportTask &t : tasks) {
            if (t.stage != s.number)
                continue;
            //: Task line: %1 id, %2 name, %3 state, %4 start date, %5 end date
            stageTasks << tr("#%1 %2: %3 (started %4, ended %5)", "@info report")
                                  .arg(t.taskId)
                                  .arg(t.name, t.state, date(t.executionDate), date(t.endDate));
        }
        if (!stageTasks.isEmpty())
            h += u"<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>"_s.arg(
                    esc(tr("Tasks", "@label report")), esc(stageTasks.join(u'\n')).replace(u'\n', u"<br>"_s));
    }
    h += heading(tr("Pending security options", "@title report"));
    h += row(tr("Pending security options", "@label report"),
             pendingOptions.isEmpty() ? u"[]"_s : pendingOptions.join(u", "_s));
    h += u"</table>"_s;
    h += u"<p><small>%1</small></p></body></html>"_s.arg(
            esc(tr("This report lists no secret: no key, password, code or pre-shared key.", "@info report")));
    return h;
}

bool ComplianceReport::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toHtml().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ComplianceReport::writePdf(const QString &path, QString *error) const
{
    return writePdfFromHtml(toHtml(), documentTitle(), path, error);
}

bool ComplianceReport::writePdfFromHtml(const QString &html, const QString &title, const QString &path, QString *error)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(u"SecNumCloud Onboarding Wizard"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    } // the writer closes the file here
    // QPdfWriter reports nothing: check that a PDF landed.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || !written.read(5).startsWith("%PDF")) {
        if (error)
            *error = tr("the PDF could not be written to %1", "@error").arg(path);
        return false;
    }
    return true;
}

ComplianceReport ComplianceReport::fromController(const WizardController *controller, const QDateTime &now)
{
    if (!controller)
        return {};
    const StageContext *ctx = controller->context();
    ComplianceReport r = fromStages(controller->stages(), controller->activation(),
                                    ctx ? ctx->serviceName() : QString(),
                                    ctx ? ctx->endpoint().apiBase.toString() : QString(), now);
    const CompletionSummary summary = CompletionSummary::from(controller);
    r.practice = summary.practice;
    r.activatedAt = summary.activatedAt;
    r.nextSteps = summary.nextSteps;
    return r;
}

} // namespace snc
