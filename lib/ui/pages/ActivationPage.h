// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace snc {

class TechnicalDetails;

class ActivationModel;
class ComplianceReport;
class ReportExportJob;
class TaskProgressWidget;
class WizardController;

/**
 * @brief Stage 6 — SecNumCloud activation: what still blocks it (in plain words, with the stage
 * that fixes each), the activation with a progress bar fed by the task, the pending options, and
 * the compliance report shown in the page and exported as HTML and PDF. Bound to
 * ActivationModel (the report also reads the other stages through the controller); no network
 * call of its own.
 */
class SubStepCard;

class ActivationPage : public StagePage
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char reportTitleLabel[] = "reportTitleLabel";
        static constexpr char activationPage[] = "activationPage";
        static constexpr char activationIntroLabel[] = "activationIntroLabel";
        static constexpr char blockersLabel[] = "blockersLabel";
        static constexpr char pendingOptionsLabel[] = "pendingOptionsLabel";
        static constexpr char activateButton[] = "activateButton";
        static constexpr char activationProgress[] = "activationProgress";
        static constexpr char reportView[] = "reportView";
        static constexpr char showReportButton[] = "showReportButton";
        static constexpr char reportPathEdit[] = "reportPathEdit";
        static constexpr char exportReportButton[] = "exportReportButton";
        static constexpr char exportResultLabel[] = "exportResultLabel";
        // Its sub-steps (issue 18 item 2): 6.1 activation, 6.2 the compliance report on its own.
        static constexpr char activationStep[] = "activationStep";
        static constexpr char reportStep[] = "reportStep";
    };

    ActivationPage(ActivationModel *model, WizardController *controller, QWidget *parent = nullptr);

    /// The report as of now (the stages' last refresh).
    ComplianceReport report() const;
    /// Writes `<base>.html`, then `<base>.pdf` off the GUI thread (the export button is off
    /// until it lands); false with the reason shown on the page.
    bool exportReport(const QString &basePath);

protected:
    /// Re-reads the pre-check when shown: what blocks SecNumCloud changes with the other stages.
    void showEvent(QShowEvent *event) override;
    void retranslate() override;
    void sync() override;
    int derivedSubStep() const override;

private:
    void showReport();

    ActivationModel *m_model;
    WizardController *m_controller;
    QLabel *m_intro;
    QLabel *m_blockers;
    QLabel *m_pending;
    TechnicalDetails *m_pendingTechnical = nullptr; ///< the options' API names (issue 18, item 5)
    QPushButton *m_activate;
    TaskProgressWidget *m_progress;
    QLabel *m_reportTitle;
    QTextBrowser *m_report;
    QPushButton *m_showReport;
    QLineEdit *m_reportPath;
    QPushButton *m_export;
    QLabel *m_exportResult;
    ReportExportJob *m_pdfJob;
    SubStepCard *m_activationStep;
    SubStepCard *m_reportStep;
};

} // namespace snc
