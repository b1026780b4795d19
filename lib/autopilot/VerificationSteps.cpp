// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The verification's step table: "Refresh from OVHcloud" until every covered stage is Done.
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "ui/MainWindow.h"

#include <algorithm>

using MainWindowNames = snc::MainWindow::Names;

namespace snc {

namespace {

/// A refresh re-derives every status from the live API. OVHcloud (and the sandbox) may list an
/// option as pending for a moment after its task is done, so up to three reads are made; the
/// second and third only when the first did not show every stage Done.
class VerificationSteps
{
public:
    VerificationSteps(UiDriver &ui, const QList<int> &covered) : m_ui(ui), m_c(ui.controller()), m_covered(covered) {}

    StepBody first() { return read(1); }
    StepBody second() { return read(2); }
    StepBody third() { return read(3); }

private:
    StepBody read(int attempt)
    {
        return {[this, attempt] { return attempt == 1 || stagesDone() || !m_c->isRefreshing(); },
                [this, attempt] {
                    *m_refreshDone = attempt > 1 && stagesDone();
                    if (*m_refreshDone)
                        return;
                    QObject::connect(m_c, &WizardController::refreshAllFinished, m_ui.window(),
                                     [done = m_refreshDone] { *done = true; }, Qt::SingleShotConnection);
                    m_ui.click(MainWindowNames::refreshButton);
                },
                [this] { return *m_refreshDone && !m_c->isRefreshing(); }};
    }

    bool stagesDone() const
    {
        return std::all_of(m_covered.begin(), m_covered.end(), [this](int n) {
            return m_c->stage(n) && m_c->stage(n)->status() == StageModel::Status::Done;
        });
    }

    UiDriver &m_ui;
    WizardController *m_c;
    const QList<int> m_covered;
    /// Shared with the connection, which may outlive the steps.
    std::shared_ptr<bool> m_refreshDone = std::make_shared<bool>(false);
};

} // namespace

QList<AutopilotStep> steps::verification(UiDriver &ui, const QList<int> &covered)
{
    using S = VerificationSteps;
    // The stage number is the one the progress lines have always shown ("stage 2: verify").
    return makeSteps(std::make_shared<S>(ui, covered), 2, {
            {"verify", 60000, Shot,   &S::first},
            {"verify", 60000, NoShot, &S::second},
            {"verify", 60000, NoShot, &S::third},
    });
}

} // namespace snc
