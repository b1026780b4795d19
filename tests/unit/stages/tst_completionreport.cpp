// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 7, "a real ending": the compliance report opens with a summary table (one label
// column for the whole report), carries a PRACTICE mark on its first page when made on the
// sandbox, the next steps say "unknown" for a date the API did not give, and their .ics is
// valid RFC 5545 (CRLF, folding, escaping, the required properties).
#include "stages/activation/CalendarExport.h"
#include "stages/activation/ComplianceReport.h"
#include "stages/CompletionSummary.h"
#include "stages/activation/ReportExportJob.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace snc;
using namespace Qt::StringLiterals;

namespace {

ComplianceReport sampleReport(bool practice)
{
    ComplianceReport r;
    r.serviceName = u"pcc-192-0-2-1"_s;
    r.endpoint = u"https://127.0.0.1:1/1.0"_s;
    r.generatedAt = QDateTime(QDate(2026, 12, 5), QTime(7, 0), Qt::UTC);
    r.practice = practice;
    for (int n = 1; n <= 6; ++n)
        r.sections << ComplianceReport::Section{n, u"Stage title %1"_s.arg(n), StageModel::Status::Done,
                                                u"done %1"_s.arg(n), {{u"Fact %1"_s.arg(n), u"value %1"_s.arg(n)}}};
    r.activatedAt = QDateTime(QDate(2026, 12, 5), QTime(6, 50), Qt::UTC);
    CompletionSummary::Facts f;
    f.apiAuthorizationKnown = true;
    f.apiAuthorizationExpiry = QDateTime(QDate(2026, 12, 6), QTime(6, 0), Qt::UTC);
    r.nextSteps = CompletionSummary::nextStepsFrom(f);
    return r;
}

/// Lines of an .ics, unfolded (RFC 5545 §3.1: CRLF followed by one space or tab continues a line).
QStringList unfold(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(joined).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCompletionReport : public QObject
{
    Q_OBJECT
private slots:
    void reportStartsWithASummaryTable()
    {
        const QString html = sampleReport(false).toHtml();
        // One table, one label column: every row has at most one header cell.
        QCOMPARE(html.count(u"<table"_s), 1);
        const QRegularExpression rowRe(u"<tr>(.*?)</tr>"_s);
        for (auto it = rowRe.globalMatch(html); it.hasNext();) {
            const QString row = it.next().captured(1);
            QVERIFY2(row.count(u"<th"_s) <= 1, qPrintable(row));
        }
        // The summary comes first: service, activation date, the six stages, what to do next,
        // then the details of stage 1.
        const qsizetype summary = html.indexOf(u"<h2>Summary</h2>"_s);
        const qsizetype service = html.indexOf(u"pcc-192-0-2-1"_s);
        const qsizetype next = html.indexOf(u"<h2>What to do next</h2>"_s);
        const qsizetype firstDetails = html.indexOf(u"<h2>1. Stage title 1</h2>"_s);
        QVERIFY(summary >= 0 && service > summary && next > service && firstDetails > next);
        for (int n = 1; n <= 6; ++n) {
            const qsizetype line = html.indexOf(u"6. Stage title 6"_s.replace(u'6', QString::number(n)));
            QVERIFY2(line > summary && line < next, qPrintable(QString::number(n)));
        }
        QVERIFY(html.indexOf(u"SecNumCloud activated"_s) > summary);
        QVERIFY(!html.contains(u"PRACTICE"_s));
    }

    void practiceReportIsMarkedOnItsFirstPage()
    {
        const ComplianceReport report = sampleReport(true);
        const QString html = report.toHtml();
        QVERIFY(html.indexOf(u"PRACTICE"_s) >= 0);
        QVERIFY(html.indexOf(u"PRACTICE"_s) < html.indexOf(u"<h1>"_s)); // above the title
        QVERIFY(report.documentTitle().contains(u"PRACTICE"_s));
        // What the PDF prints: the mark is the first text of the document.
        QTextDocument document;
        document.setHtml(html);
        QVERIFY2(document.toPlainText().trimmed().startsWith(u"PRACTICE"_s), qPrintable(document.toPlainText().left(80)));
        QTemporaryDir dir;
        QString why;
        const QString pdf = dir.filePath(u"practice.pdf"_s);
        QVERIFY2(report.writePdf(pdf, &why), qPrintable(why));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
    }

    void exportJobWritesThePdfOffTheGuiThread()
    {
        QTemporaryDir dir;
        ReportExportJob job;
        QSignalSpy finished(&job, &ReportExportJob::finished);
        const QString pdf = dir.filePath(u"job.pdf"_s);
        QVERIFY(job.startPdf(sampleReport(true), pdf));
        QVERIFY(!job.startPdf(sampleReport(true), pdf)); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(), pdf);
        QVERIFY(QFile(pdf).size() > 1000);
        // A folder that does not exist: the failure is reported, not hidden.
        finished.clear();
        QVERIFY(job.startIcs("BEGIN:VCALENDAR\r\n", dir.filePath(u"missing/x.ics"_s)));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(2).toString().isEmpty());
    }

    void nextStepsSayUnknownWithoutADate()
    {
        const QList<NextStep> none = CompletionSummary::nextStepsFrom({});
        QCOMPARE(none.size(), 5);
        QStringList ids;
        for (const NextStep &s : none) {
            ids << s.id;
            QVERIFY2(!s.due.isValid(), qPrintable(s.id));
        }
        QCOMPARE(ids, (QStringList{u"vcenter-key-provider"_s, u"vsphere-through-vpn"_s, u"admin-password"_s,
                                   u"kms-credential"_s, u"api-authorization"_s}));
        QVERIFY(none.at(3).detail.contains(u"unknown"_s));
        QVERIFY(none.at(4).detail.contains(u"unknown"_s));
        QVERIFY(none.at(2).detail.contains(u"could not be read"_s));

        CompletionSummary::Facts f;
        f.apiAuthorizationKnown = true;
        f.apiAuthorizationExpiry = QDateTime(QDate(2027, 1, 2), QTime(3, 4), Qt::UTC);
        f.kmsCredentialExpiry = QDateTime(QDate(2027, 12, 5), QTime(0, 0), Qt::UTC);
        f.passwordPolicyKnown = true;
        f.passwordValidityDays = 90;
        const QList<NextStep> dated = CompletionSummary::nextStepsFrom(f);
        QCOMPARE(dated.at(3).due, f.kmsCredentialExpiry);
        QCOMPARE(dated.at(4).due, f.apiAuthorizationExpiry);
        QVERIFY(dated.at(2).detail.contains(u"90"_s));
        QVERIFY(!dated.at(2).due.isValid()); // the API does not say when the password was changed
        // Connected, and OVHcloud gave no expiration: no date, and said so.
        f.apiAuthorizationExpiry = {};
        QVERIFY(!CompletionSummary::nextStepsFrom(f).at(4).due.isValid());
        QVERIFY(CompletionSummary::nextStepsFrom(f).at(4).detail.contains(u"no expiry"_s));
    }

    void activationDateIsTheTasksEndDate()
    {
        const QDateTime end(QDate(2026, 12, 5), QTime(6, 50), Qt::UTC);
        QList<ReportTask> tasks{{1, u"enableSecurityOption"_s, u"error"_s, {}, end.addDays(-1), 6},
                                {2, u"enableSecurityOption"_s, u"done"_s, {}, end, 6},
                                {3, u"addAllowedNetwork"_s, u"done"_s, {}, end.addDays(1), 1}};
        QCOMPARE(CompletionSummary::activationDate(tasks), end);
        QVERIFY(!CompletionSummary::activationDate({}).isValid());
        QCOMPARE(CompletionSummary::dateText({}), u"unknown"_s);
    }

    void calendarIsValidRfc5545()
    {
        QList<NextStep> steps{
                {u"kms-credential"_s, u"Renew, now; please"_s, u"Line one\nline two, with \\ backslash; "_s + QString(60, u'é'),
                 QDateTime(QDate(2027, 12, 5), QTime(0, 0), Qt::UTC)},
                {u"admin-password"_s, u"No date"_s, u"unknown"_s, {}},
                {u"api-authorization"_s, u"API"_s, u"ends"_s, QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC)}};
        const QDateTime stamp(QDate(2026, 12, 5), QTime(7, 0), Qt::UTC);
        const QByteArray ics = CalendarExport::toIcs(steps, u"pcc-192-0-2-1"_s, stamp);
        QCOMPARE(CalendarExport::eventCount(steps), 2);
        // CRLF everywhere, no bare LF or CR; no physical line longer than 75 octets.
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QCOMPARE(ics.count("\r"), ics.count("\r\n"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 + the CR
        QVERIFY(QString::fromUtf8(ics).isValidUtf16()); // folding never splits a character
        QVERIFY(!ics.contains(QByteArray("\xc3\r\n")));

        const QStringList lines = unfold(ics);
        QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
        QCOMPARE(lines.last(), u"END:VCALENDAR"_s);
        QVERIFY(lines.contains(u"VERSION:2.0"_s));
        QVERIFY(lines.indexOf(QRegularExpression(u"^PRODID:.+"_s)) > 0);
        QCOMPARE(lines.count(u"BEGIN:VEVENT"_s), 2);
        QCOMPARE(lines.count(u"END:VEVENT"_s), 2);
        // Each event has its required properties once (UID, DTSTAMP) and a start.
        int events = 0;
        QStringList event;
        for (const QString &line : lines) {
            if (line == u"BEGIN:VEVENT"_s) {
                event.clear();
                continue;
            }
            if (line != u"END:VEVENT"_s) {
                event << line;
                continue;
            }
            ++events;
            QCOMPARE(event.filter(QRegularExpression(u"^UID:.+@snc-wizard$"_s)).size(), 1);
            QCOMPARE(event.filter(u"DTSTAMP:20261205T070000Z"_s).size(), 1);
            QCOMPARE(event.filter(QRegularExpression(u"^DTSTART:\\d{8}T\\d{6}Z$"_s)).size(), 1);
        }
        QCOMPARE(events, 2);
        QVERIFY(lines.contains(u"DTSTART:20271205T000000Z"_s));
        QVERIFY(lines.contains(u"DTSTART:20270102T030405Z"_s));
        QVERIFY(lines.contains(u"SUMMARY:Renew\\, now\\; please (pcc-192-0-2-1)"_s));
        QVERIFY(lines.contains(u"DESCRIPTION:Line one\\nline two\\, with \\\\ backslash\\; "_s + QString(60, u'é')));
        QVERIFY(!ics.contains("No date")); // an undated step is no event
    }
};

QTEST_MAIN(TestCompletionReport)
#include "tst_completionreport.moc"
