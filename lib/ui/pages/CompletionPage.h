// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace snc {

class ReportExportJob;
class WizardController;

/**
 * @brief The completion screen, after stage 6 (WizardController::completionPage): the service and
 * the activation date, a six-line summary, "Save compliance report (PDF)" as the primary action,
 * "What to do next" with the dates the API gives (CompletionSummary) and their .ics export, and
 * Finish. A PRACTICE mark heads it on the practice sandbox. The files are written off the GUI
 * thread (ReportExportJob). Reads the controller's models only: no network call of its own.
 */
class CompletionPage : public StagePage
{
    Q_OBJECT
public:
    struct Names
    {
        static constexpr char completionPage[] = "completionPage";
        static constexpr char practiceMarkLabel[] = "practiceMarkLabel";
        static constexpr char completionServiceLabel[] = "completionServiceLabel";
        static constexpr char summaryTitleLabel[] = "summaryTitleLabel";
        static constexpr char completionSummaryLabel[] = "completionSummaryLabel";
        static constexpr char completionReportPathEdit[] = "completionReportPathEdit";
        static constexpr char savePdfButton[] = "savePdfButton";
        static constexpr char savePdfResultLabel[] = "savePdfResultLabel";
        static constexpr char nextStepsTitleLabel[] = "nextStepsTitleLabel";
        static constexpr char nextStepsLabel[] = "nextStepsLabel";
        static constexpr char saveCalendarButton[] = "saveCalendarButton";
        static constexpr char finishButton[] = "finishButton";
    };

    CompletionPage(WizardController *controller, QWidget *parent = nullptr);

    QString heading() const override;
    /// Starts writing the report's PDF at `path` (off the GUI thread); false if refused at once.
    bool savePdf(const QString &path);
    /// Starts writing the dated next steps as .ics beside the PDF path; false if refused at once.
    bool saveCalendar(const QString &path);
    /// The .ics path that goes with the PDF path shown.
    QString calendarPath() const;

protected:
    void showEvent(QShowEvent *event) override;
    void retranslate() override;
    void sync() override;

private:
    WizardController *m_controller;
    ReportExportJob *m_job;
    QLabel *m_practice;
    QLabel *m_service;
    QLabel *m_summaryTitle;
    QLabel *m_summary;
    QLineEdit *m_path;
    QPushButton *m_savePdf;
    QLabel *m_result;
    QLabel *m_nextTitle;
    QLabel *m_next;
    QPushButton *m_saveCalendar;
    QPushButton *m_finish;
};

} // namespace snc
