// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/activation/ComplianceReport.h"

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
    return QLocale().toString(d.toUTC(), QLocale::ShortFormat) + u" UTC"_s;
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>"_s.arg(esc(label), esc(value));
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

QString ComplianceReport::toHtml() const
{
    QString h;
    h += u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s
                 .arg(esc(tr("SecNumCloud compliance report", "@title report")));
    h += u"<h1>%1</h1>"_s.arg(esc(tr("SecNumCloud compliance report", "@title report")));
    h += u"<table cellpadding=\"3\">"_s;
    h += row(tr("Service", "@label report"), serviceName);
    h += row(tr("API endpoint", "@label report"), endpoint);
    h += row(tr("Generated", "@label report"), date(generatedAt));
    h += row(tr("Result", "@label report"),
             isCompliant() ? tr("All six stages verified done; no security option pending.", "@info report")
                           : tr("Not complete: see the stages below.", "@info report"));
    const bool hasStage1 = std::any_of(sections.begin(), sections.end(), [](const Section &s) { return s.number == 1; });
    if (!hasStage1) {
        h += row(tr("Access policy", "@label report"), userAccessPolicy);
        h += row(tr("Allowed networks", "@label report"), allowedNetworks.join(u", "_s));
    }
    h += u"</table>"_s;

    for (const Section &s : sections) {
        //: Report section title: %1 stage number, %2 stage title
        h += u"<h2>%1</h2><table cellpadding=\"3\">"_s.arg(esc(tr("%1. %2", "@title report").arg(s.number).arg(s.title)));
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
        h += u"</table>"_s;
    }
    h += u"<h2>%1</h2><p>%2</p>"_s.arg(esc(tr("Pending security options", "@title report")),
                                       esc(pendingOptions.isEmpty() ? u"[]"_s : pendingOptions.join(u", "_s)));
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
    QPdfWriter writer(path);
    writer.setTitle(tr("SecNumCloud compliance report", "@title report"));
    writer.setCreator(u"SecNumCloud Onboarding Wizard"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(toHtml());
    document.print(&writer);
    // QPdfWriter reports nothing: check that a PDF landed.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || !written.read(5).startsWith("%PDF")) {
        if (error)
            *error = u"the PDF could not be written"_s;
        return false;
    }
    return true;
}

} // namespace snc
