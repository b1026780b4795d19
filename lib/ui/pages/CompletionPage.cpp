// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompletionPage.h"

#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/activation/CalendarExport.h"
#include "stages/activation/ComplianceReport.h"
#include "stages/CompletionSummary.h"
#include "stages/activation/ReportExportJob.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/SelectableText.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace snc {

namespace {
QString mark(StageModel::Status status)
{
    return status == StageModel::Status::Done ? QStringLiteral("✓") : QStringLiteral("○");
}
} // namespace

CompletionPage::CompletionPage(WizardController *controller, QWidget *parent)
    : StagePage(controller ? controller->activation() : nullptr, parent), m_controller(controller),
      m_job(new ReportExportJob(this)), m_practice(new QLabel(this)), m_service(new QLabel(this)),
      m_summaryTitle(makeTitle(this, Names::summaryTitleLabel)), m_summary(new QLabel(this)),
      m_path(new QLineEdit(this)), m_savePdf(new QPushButton(this)), m_result(new QLabel(this)),
      m_nextTitle(makeTitle(this, Names::nextStepsTitleLabel)), m_next(new QLabel(this)),
      m_saveCalendar(new QPushButton(this)), m_finish(new QPushButton(this))
{
    setObjectName(Names::completionPage);
    m_practice->setObjectName(Names::practiceMarkLabel);
    m_service->setObjectName(Names::completionServiceLabel);
    m_summary->setObjectName(Names::completionSummaryLabel);
    m_path->setObjectName(Names::completionReportPathEdit);
    m_savePdf->setObjectName(Names::savePdfButton);
    m_result->setObjectName(Names::savePdfResultLabel);
    m_next->setObjectName(Names::nextStepsLabel);
    m_saveCalendar->setObjectName(Names::saveCalendarButton);
    m_finish->setObjectName(Names::finishButton);
    markPrimary(m_finish); // the one action left at the end (issue 18 item 10)
    for (QLabel *l : {m_practice, m_service, m_summary, m_result, m_next}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    // The mark must not be missed: large, bold, framed; in the palette's colours (dark and
    // high-contrast themes), like every other text.
    QFont big = m_practice->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_practice->setFont(big);
    m_practice->setFrameShape(QFrame::Box);
    m_practice->setLineWidth(2);
    m_practice->setMargin(6);
    // The report is the point of this screen: its button is the primary action (Enter).
    m_savePdf->setDefault(true);
    m_savePdf->setAutoDefault(true);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_path, 1);
    saveRow->addWidget(m_savePdf);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_saveCalendar);
    endRow->addStretch();
    endRow->addWidget(m_finish);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_practice);
    layout->addWidget(m_service);
    layout->addWidget(m_summaryTitle);
    layout->addWidget(m_summary);
    layout->addLayout(saveRow);
    layout->addWidget(m_result);
    layout->addWidget(m_nextTitle);
    layout->addWidget(m_next);
    layout->addLayout(endRow);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    connect(m_savePdf, &QPushButton::clicked, this, [this] { savePdf(m_path->text().trimmed()); });
    connect(m_saveCalendar, &QPushButton::clicked, this, [this] { saveCalendar(calendarPath()); });
    connect(m_finish, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->finish();
    });
    connect(m_job, &ReportExportJob::finished, this, [this](bool ok, const QString &path, const QString &error) {
        m_savePdf->setEnabled(true);
        m_saveCalendar->setEnabled(true);
        //: %1 file path
        m_result->setText(ok ? tr("Saved: %1", "@info").arg(QDir::toNativeSeparators(path))
                             //: %1 file path, %2 reason
                             : tr("Could not save %1: %2", "@error").arg(QDir::toNativeSeparators(path), error));
    });
    if (controller) {
        for (StageModel *s : controller->stages())
            connect(s, &StageModel::statusChanged, this, &CompletionPage::sync);
    }
    retranslate();
    sync();
}

QString CompletionPage::heading() const
{
    return tr("Onboarding complete", "@title");
}

QString CompletionPage::calendarPath() const
{
    QString path = m_path->text().trimmed();
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path.chop(4);
    return path + QStringLiteral("-next-steps.ics");
}

bool CompletionPage::savePdf(const QString &path)
{
    if (path.isEmpty()) {
        m_result->setText(tr("Give a file name for the report.", "@error"));
        return false;
    }
    const ComplianceReport report = ComplianceReport::fromController(m_controller, QDateTime::currentDateTimeUtc());
    if (!m_job->startPdf(report, path))
        return false;
    m_savePdf->setEnabled(false);
    m_saveCalendar->setEnabled(false);
    m_result->setText(tr("Saving the report…", "@info"));
    return true;
}

bool CompletionPage::saveCalendar(const QString &path)
{
    const CompletionSummary summary = CompletionSummary::from(m_controller);
    if (CalendarExport::eventCount(summary.nextSteps) == 0) {
        m_result->setText(tr("No next step has a date yet: there is nothing to add to a calendar.", "@info"));
        return false;
    }
    const QByteArray ics = CalendarExport::toIcs(summary.nextSteps, summary.serviceName, QDateTime::currentDateTimeUtc());
    if (!m_job->startIcs(ics, path))
        return false;
    m_savePdf->setEnabled(false);
    m_saveCalendar->setEnabled(false);
    m_result->setText(tr("Saving the calendar file…", "@info"));
    return true;
}

void CompletionPage::showEvent(QShowEvent *event)
{
    StagePage::showEvent(event);
    sync(); // the other stages may have been read again since
}

void CompletionPage::retranslate()
{
    m_practice->setText(tr("PRACTICE — this is the practice sandbox: a simulated service, nothing was changed "
                           "at OVHcloud.", "@info"));
    m_practice->setAccessibleName(ComplianceReport::practiceMark());
    m_summaryTitle->setText(tr("What was done", "@title section"));
    m_savePdf->setText(tr("&Save compliance report (PDF)", "@button"));
    m_savePdf->setAccessibleName(tr("Save compliance report as PDF", "@label accessible"));
    m_path->setAccessibleName(tr("Compliance report file (PDF)", "@label accessible"));
    m_nextTitle->setText(tr("What to do next", "@title section"));
    m_saveCalendar->setText(tr("Add the &dates to a calendar (.ics)", "@button"));
    m_saveCalendar->setAccessibleName(tr("Save the next steps' dates as a calendar file", "@label accessible"));
    m_finish->setText(tr("&Finish", "@button"));
    m_finish->setAccessibleName(tr("Finish and close the wizard", "@label accessible"));
    m_summary->setAccessibleName(tr("Summary of the six stages", "@label accessible"));
    m_next->setAccessibleName(tr("What to do next", "@label accessible"));
}

void CompletionPage::sync()
{
    const CompletionSummary s = CompletionSummary::from(m_controller);
    // The page may be built before a service is chosen: the proposed name follows the service
    // until the person edits it.
    if (!m_path->isModified())
        m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .filePath(QStringLiteral("secnumcloud-compliance-%1.pdf")
                                                  .arg(s.serviceName.isEmpty() ? QStringLiteral("report") : s.serviceName)));
    m_practice->setVisible(s.practice);
    //: %1 service name, %2 date of the activation (from the API) or "unknown"
    m_service->setText(tr("SecNumCloud on %1 — activated: %2", "@info")
                               .arg(s.serviceName, CompletionSummary::dateText(s.activatedAt)));
    QStringList lines;
    for (const StageLine &l : s.stages)
        //: Summary line: %1 mark, %2 stage number, %3 title, %4 status
        lines << tr("%1 %2. %3 — %4", "@item summary").arg(mark(l.status)).arg(l.number).arg(l.title, l.statusText);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    QStringList next;
    for (const NextStep &n : s.nextSteps)
        //: Next step: %1 title, %2 what to do and when
        next << tr("%1: %2", "@item next step").arg(n.title, n.detail);
    m_next->setText(bulletList(next));
    m_saveCalendar->setEnabled(!m_job->isRunning() && CalendarExport::eventCount(s.nextSteps) > 0);
}

} // namespace snc
