// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivationPage.h"

#include "stages/ApiValueText.h"
#include "stages/StageCatalog.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/activation/ActivationModel.h"
#include "stages/activation/ComplianceReport.h"
#include "stages/activation/ReportExportJob.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/SubStepCard.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/TaskProgressWidget.h"
#include "ui/widgets/SelectableText.h"
#include "ui/widgets/TechnicalDetails.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace snc {

ActivationPage::ActivationPage(ActivationModel *model, WizardController *controller, QWidget *parent)
    : StagePage(model, parent), m_model(model), m_controller(controller),
      m_intro(new QLabel(this)), m_blockers(new QLabel(this)), m_pending(new QLabel(this)),
      m_activate(new QPushButton(this)), m_progress(new TaskProgressWidget(this)),
      m_reportTitle(makeTitle(this, Names::reportTitleLabel)), m_report(new QTextBrowser(this)),
      m_showReport(new QPushButton(this)), m_reportPath(new QLineEdit(this)),
      m_export(new QPushButton(this)), m_exportResult(new QLabel(this)), m_pdfJob(new ReportExportJob(this))
{
    setObjectName(Names::activationPage);
    m_intro->setObjectName(Names::activationIntroLabel);
    m_blockers->setObjectName(Names::blockersLabel);
    m_pending->setObjectName(Names::pendingOptionsLabel);
    m_activate->setObjectName(Names::activateButton);
    m_progress->setObjectName(Names::activationProgress);
    m_report->setObjectName(Names::reportView);
    m_showReport->setObjectName(Names::showReportButton);
    m_reportPath->setObjectName(Names::reportPathEdit);
    m_export->setObjectName(Names::exportReportButton);
    m_exportResult->setObjectName(Names::exportResultLabel);
    for (QLabel *l : {m_intro, m_blockers, m_pending, m_exportResult}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    m_report->setOpenLinks(false);
    m_reportPath->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("secnumcloud-compliance")));

    auto *activateRow = new QHBoxLayout;
    activateRow->addWidget(m_pending, 1);
    activateRow->addWidget(m_activate);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_showReport);
    exportRow->addWidget(m_reportPath, 1);
    exportRow->addWidget(m_export);
    // Issue 18 item 2: the activation, then the compliance report on a screen of its own (6.2),
    // opened once SecNumCloud is active. The card's heading carries the report's title.
    m_activationStep = addSubStep(Names::activationStep);
    QVBoxLayout *activation = m_activationStep->bodyLayout();
    activation->addWidget(m_blockers);
    m_pendingTechnical = new TechnicalDetails(m_activationStep->body());
    m_pendingTechnical->setObjectName(QStringLiteral("pendingOptionsTechnical"));
    activation->addWidget(m_pendingTechnical);
    activation->addLayout(activateRow);
    m_activationStep->setChangeable(false); // SecNumCloud is not switched off from here
    m_reportTitle->hide();
    m_reportStep = addSubStep(Names::reportStep);
    QVBoxLayout *report = m_reportStep->bodyLayout();
    report->addWidget(m_reportTitle);
    report->addWidget(m_report, 1);
    report->addLayout(exportRow);
    report->addWidget(m_exportResult);
    markPrimary(m_activate);
    markPrimary(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_activationStep);
    layout->addWidget(m_progress);
    layout->addWidget(m_reportStep, 1);
    layout->addStretch(); // until the report opens, the cards keep their natural height
    layout->addWidget(errorLabel());

    connect(m_activate, &QPushButton::clicked, m_model, [this] {
        if (m_model->activate())
            m_progress->setRunning(tr("Enabling SecNumCloud", "@info task"), 0);
    });
    TaskProgress *progress = m_model->taskProgress();
    connect(progress, &TaskProgress::changed, this, [this, progress] {
        if (progress->isRunning())
            m_progress->setRunning(tr("Enabling SecNumCloud (%1)", "@info task").arg(ApiValueText::taskState(progress->state())),
                                   progress->percent());
    });
    connect(m_model, &ActivationModel::actionFinished, this, [this](bool ok) {
        m_progress->setFinished(ok, ok ? tr("SecNumCloud is active.", "@info task")
                                       : tr("SecNumCloud is not active yet.", "@info task"));
        showReport();
    });
    connect(m_showReport, &QPushButton::clicked, this, &ActivationPage::showReport);
    connect(m_pdfJob, &ReportExportJob::finished, this, [this](bool ok, const QString &pdf, const QString &why) {
        m_export->setEnabled(true);
        QString html = pdf;
        html.replace(html.size() - 4, 4, QStringLiteral(".html"));
        //: %1 HTML file, %2 PDF file
        m_exportResult->setText(ok ? tr("Report saved: %1 and %2", "@info").arg(QDir::toNativeSeparators(html), QDir::toNativeSeparators(pdf))
                                   //: %1 reason
                                   : tr("The report could not be saved: %1", "@error").arg(why));
    });
    connect(m_export, &QPushButton::clicked, this, [this] { exportReport(m_reportPath->text().trimmed()); });
    connect(m_model, &StageModel::changed, this, &ActivationPage::sync);
    connect(m_model, &StageModel::busyChanged, this, &ActivationPage::sync);
    connect(m_model, &StageModel::statusChanged, this, &ActivationPage::sync);
    connect(m_model, &StageModel::refreshed, this, &ActivationPage::showReport);
    retranslate();
    sync();
}

ComplianceReport ActivationPage::report() const
{
    // With the controller: the same report as the completion screen's (PRACTICE mark, activation
    // date, next steps).
    if (m_controller)
        return ComplianceReport::fromController(m_controller, QDateTime::currentDateTimeUtc());
    const StageContext *ctx = m_controller ? m_controller->context() : nullptr;
    return ComplianceReport::fromStages(m_controller ? m_controller->stages() : QList<StageModel *>{m_model},
                                        m_model, ctx ? ctx->serviceName() : QString(),
                                        ctx ? ctx->endpoint().apiBase.toString() : QString(),
                                        QDateTime::currentDateTimeUtc());
}

void ActivationPage::showReport()
{
    m_report->setHtml(report().toHtml());
}

bool ActivationPage::exportReport(const QString &basePath)
{
    if (basePath.isEmpty()) {
        m_exportResult->setText(tr("Give a file name for the report.", "@error"));
        return false;
    }
    if (m_pdfJob->isRunning())
        return false;
    const ComplianceReport r = report();
    QString why;
    const QString html = basePath + QStringLiteral(".html");
    const QString pdf = basePath + QStringLiteral(".pdf");
    // The HTML is a few kilobytes of text (written here); the PDF's rendering is not: it is
    // written off the GUI thread, and the result shown when it lands.
    if (!r.writeHtml(html, &why) || !m_pdfJob->startPdf(r, pdf)) {
        //: %1 reason
        m_exportResult->setText(tr("The report could not be saved: %1", "@error").arg(why));
        return false;
    }
    m_export->setEnabled(false);
    m_exportResult->setText(tr("Saving the report…", "@info"));
    m_report->setHtml(r.toHtml());
    return true;
}

void ActivationPage::showEvent(QShowEvent *event)
{
    StagePage::showEvent(event);
    // A read only (no side effect): the blockers shown must reflect the other stages as they are.
    if (!m_model->isBusy() && !m_model->isTaskRunning())
        m_model->refresh();
}

void ActivationPage::retranslate()
{
    m_intro->setText(tr("The last step asks OVHcloud to enable the SecNumCloud option on your service. "
                        "It only completes when every earlier stage is done; then no security option "
                        "is pending any more.", "@info"));
    m_activate->setText(tr("&Enable SecNumCloud", "@button"));
    m_reportTitle->setText(tr("Compliance report", "@title section"));
    m_report->setAccessibleName(tr("Compliance report", "@label accessible"));
    m_showReport->setText(tr("&Update the report", "@button"));
    m_reportPath->setAccessibleName(tr("Report file name, without extension", "@label accessible"));
    m_export->setText(tr("E&xport HTML and PDF", "@button"));
    m_activationStep->setTitle(tr("Enable SecNumCloud", "@title sub-step"));
    m_reportStep->setTitle(m_reportTitle->text());
    showReport();
}

void ActivationPage::sync()
{
    QStringList lines;
    for (const SncBlocker &b : m_model->blockers()) {
        if (b.stage > 0)
            //: %1 stage number, %2 stage title, %3 what is missing
            lines << tr("Stage %1 (%2): %3", "@item blocker").arg(b.stage).arg(StageCatalog::title(b.stage), b.message);
        else
            lines << b.message;
    }
    // Advice, never a lock: OVHcloud decides, and its answer is shown if it refuses.
    m_blockers->setText(lines.isEmpty() ? QString()
                                        : tr("Probably still missing (you can still ask; OVHcloud will say why if it "
                                             "refuses):", "@info") + QLatin1Char('\n') + bulletList(lines));
    m_blockers->setVisible(!lines.isEmpty());
    const QStringList pending = m_model->pendingOptions();
    m_pending->setText(m_model->status() == StageModel::Status::Unknown ? QString()
                       : pending.isEmpty() ? tr("Pending security options: none. Next: the summary, the report and what to do "
                                                "next.", "@info")
                                           : tr("Pending security options: %1", "@info").arg(ApiValueText::optionNames(pending)));
    m_pendingTechnical->setLines(pending.isEmpty() ? QStringList() : QStringList{QStringLiteral("pendingOptions: %1").arg(pending.join(QStringLiteral(", ")))});
    m_activate->setEnabled(m_model->canActivate());
    m_activationStep->setSummary(m_pending->text());
    updateSubSteps();
    // The report is read in the page: once open, its card takes the height left (the one
    // exception to natural heights); closed, it is a heading like any other.
    const bool reportOpen = m_reportStep->state() == SubStepCard::State::Current;
    m_reportStep->setSizePolicy(QSizePolicy::Preferred, reportOpen ? QSizePolicy::Expanding : QSizePolicy::Maximum);
}

int ActivationPage::derivedSubStep() const
{
    // The report is the last screen, never folded: it stays open once SecNumCloud is active (and
    // says "Done" like the stage then: StagePage::updateSubSteps).
    return m_model->status() == StageModel::Status::Done ? 1 : 0;
}

} // namespace snc
