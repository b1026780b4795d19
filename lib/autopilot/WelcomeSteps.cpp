// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome page's step table: practice chosen, Start pressed (issue 18, item 1).
#include "StageSteps.h"
#include "UiDriver.h"

#include "ui/WelcomeWindow.h"

#include <QAbstractButton>

#include <utility>

using WelcomeNames = snc::WelcomeWindow::Names;

namespace snc {

namespace {

class WelcomeSteps
{
public:
    WelcomeSteps(UiDriver &ui, std::function<bool()> mainWindowShown)
        : m_ui(ui), m_mainWindowShown(std::move(mainWindowShown))
    {
    }

    /// The page is there, as a person first sees it (its screenshot).
    StepBody shown()
    {
        return {[this] { return m_ui.isEnabled(WelcomeNames::startButton); }, nullptr, nullptr};
    }

    /// The autopilot always practises: it accepts risks and confirms by itself (SECURITY.md).
    StepBody start()
    {
        return {[this] { return m_ui.isEnabled(WelcomeNames::startButton); },
                [this] {
                    m_ui.check(WelcomeNames::practiceRadio);
                    if (m_ui.hasFailed())
                        return;
                    const auto *practice = m_ui.find<QAbstractButton>(WelcomeNames::practiceRadio);
                    if (!practice || !practice->isChecked())
                        return m_ui.fail(QStringLiteral("practice could not be chosen"));
                    m_ui.click(WelcomeNames::startButton);
                },
                [this] { return m_mainWindowShown(); }};
    }

private:
    UiDriver &m_ui;
    std::function<bool()> m_mainWindowShown;
};

} // namespace

QList<AutopilotStep> steps::welcome(UiDriver &ui, std::function<bool()> mainWindowShown)
{
    using S = WelcomeSteps;
    return makeSteps(std::make_shared<S>(ui, std::move(mainWindowShown)), 0, {
            {"welcome",       30000, Shot,   &S::shown},
            {"welcome-start", 30000, NoShot, &S::start},
    });
}

} // namespace snc
