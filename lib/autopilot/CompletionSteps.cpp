// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ending's step table, after the verification: Next to the completion screen, the compliance
// report saved as PDF, the next steps' dates as .ics, then Finish. Files go into the screenshots
// folder, or a temporary one (the report is saved either way: it is what a person does there).
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "ui/pages/CompletionPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

using CompletionNames = snc::CompletionPage::Names;

namespace snc {

namespace {

class CompletionSteps
{
public:
    CompletionSteps(UiDriver &ui, const QString &folder) : m_ui(ui), m_c(ui.controller()), m_folder(folder)
    {
        if (m_folder.isEmpty()) {
            m_temporary = std::make_unique<QTemporaryDir>();
            m_folder = m_temporary->path();
        }
    }

    StepBody open()
    {
        return {[this] {
                    const StageModel *last = m_c->stage(WizardController::stageCount);
                    return !m_c->isRefreshing() && last && last->isComplete();
                },
                [this] { m_ui.openStage(WizardController::completionPage); },
                [this] { return m_c->currentPage() == WizardController::completionPage; }};
    }

    StepBody savePdf()
    {
        return {[this] { return m_ui.isEnabled(CompletionNames::savePdfButton); },
                [this] {
                    QFile::remove(pdfPath());
                    m_ui.type(CompletionNames::completionReportPathEdit, pdfPath());
                    m_ui.click(CompletionNames::savePdfButton);
                },
                // Written off the GUI thread: done once the button is back and a PDF landed.
                [this] { return m_ui.isEnabled(CompletionNames::savePdfButton) && isPdf(pdfPath()); }};
    }

    StepBody saveCalendar()
    {
        return {[this] { return m_ui.isEnabled(CompletionNames::savePdfButton); },
                [this] {
                    // Without a dated step there is nothing to export (the button says so by
                    // being disabled); the sandbox gives both expiries, so it is enabled there.
                    m_calendarOffered = m_ui.isEnabled(CompletionNames::saveCalendarButton);
                    if (m_calendarOffered)
                        m_ui.click(CompletionNames::saveCalendarButton);
                },
                [this] {
                    return !m_calendarOffered
                            || (m_ui.isEnabled(CompletionNames::savePdfButton) && QFileInfo(icsPath()).size() > 0);
                }};
    }

    StepBody finish()
    {
        return {[this] { return m_ui.isEnabled(CompletionNames::finishButton); },
                [this] { m_ui.click(CompletionNames::finishButton); },
                [this] { return m_c->isFinished(); }};
    }

private:
    QString pdfPath() const { return QDir(m_folder).filePath(QStringLiteral("completion-compliance-report.pdf")); }
    /// CompletionPage::calendarPath() for pdfPath().
    QString icsPath() const { return QDir(m_folder).filePath(QStringLiteral("completion-compliance-report-next-steps.ics")); }
    static bool isPdf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.read(5).startsWith("%PDF") && f.size() > 1000;
    }

    UiDriver &m_ui;
    WizardController *m_c;
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_temporary;
    bool m_calendarOffered = false;
};

} // namespace

QList<AutopilotStep> steps::completion(UiDriver &ui, const QString &folder)
{
    if (!ui.controller()->activation())
        return {};
    using S = CompletionSteps;
    return makeSteps(std::make_shared<S>(ui, folder), 6, {
            {"completion-open",     60000, Shot,   &S::open},
            {"completion-report",   60000, Shot,   &S::savePdf},
            {"completion-calendar", 60000, NoShot, &S::saveCalendar},
            {"completion-finish",   60000, Shot,   &S::finish},
    });
}

} // namespace snc
