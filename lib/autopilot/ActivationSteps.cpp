// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 6's step table: SecNumCloud activation, then the compliance report (HTML + PDF) saved
// into the screenshots folder when there is one.
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "stages/activation/ActivationModel.h"
#include "ui/pages/ActivationPage.h"

#include <QDir>
#include <QFileInfo>

using ActivationNames = snc::ActivationPage::Names;

namespace snc {

namespace {

class ActivationSteps
{
public:
    using Status = StageModel::Status;

    ActivationSteps(UiDriver &ui, const QString &folder)
        : m_ui(ui), m_c(ui.controller()), m_activation(m_c->activation()), m_folder(folder)
    {
    }

    StepBody open()
    {
        return {[this] { return !m_c->isRefreshing(); },
                [this] { m_ui.openStage(6); },
                [this] {
                    return m_c->currentPage() == 6 && m_activation->status() != Status::Unknown
                            && !m_activation->isBusy();
                }};
    }

    StepBody activate()
    {
        return {[this] { return done() || m_ui.isEnabled(ActivationNames::activateButton); },
                [this] {
                    if (!done())
                        m_ui.click(ActivationNames::activateButton);
                },
                [this] { return done() && m_activation->pendingOptions().isEmpty() && !m_activation->isBusy(); }};
    }

    StepBody report()
    {
        return {[this] { return m_ui.isEnabled(ActivationNames::exportReportButton); },
                [this] {
                    if (m_folder.isEmpty())
                        return;
                    m_ui.type(ActivationNames::reportPathEdit, inFolder(QStringLiteral("compliance-report")));
                    m_ui.click(ActivationNames::exportReportButton);
                },
                [this] {
                    // The PDF is written off the GUI thread: the button is back once it landed.
                    return m_folder.isEmpty()
                            || (m_ui.isEnabled(ActivationNames::exportReportButton)
                                && QFileInfo::exists(inFolder(QStringLiteral("compliance-report.html")))
                                && QFileInfo(inFolder(QStringLiteral("compliance-report.pdf"))).size() > 0);
                }};
    }

private:
    bool done() const { return m_activation->status() == Status::Done; }
    QString inFolder(const QString &name) const { return QDir(m_folder).filePath(name); }

    UiDriver &m_ui;
    WizardController *m_c;
    ActivationModel *m_activation;
    const QString m_folder;
};

} // namespace

QList<AutopilotStep> steps::activation(UiDriver &ui, const QString &folder)
{
    if (!ui.controller()->vmEncryption() || !ui.controller()->activation())
        return {};
    using S = ActivationSteps;
    return makeSteps(std::make_shared<S>(ui, folder), 6, {
            {"stage6-open",     60000,  Shot | OpensPage, &S::open},
            {"stage6-activate", 240000, Shot,             &S::activate},
            {"stage6-report",   60000,  Shot,             &S::report},
    });
}

} // namespace snc
