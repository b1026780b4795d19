// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/OnboardingTasks.h"

#include "stages/StageContext.h"
#include "stages/WizardSettings.h"
#include "tasks/TaskPoller.h"

namespace snc {

OnboardingTasks::OnboardingTasks(StageContext *context) : QObject(context), m_context(context) {}

QString OnboardingTasks::scopeKey() const
{
    if (!m_context || m_context->serviceName().isEmpty())
        return {};
    // Per endpoint: the practice sandbox and OVHcloud may have a service of the same name.
    return m_context->secretScope() + QLatin1Char('|') + m_context->serviceName();
}

void OnboardingTasks::record(const QString &taskPath)
{
    const QString key = scopeKey();
    if (key.isEmpty() || taskPath.isEmpty())
        return;
    QStringList list = paths();
    if (list.contains(taskPath))
        return;
    list << taskPath;
    while (list.size() > maxKept)
        list.removeFirst();
    if (m_settings)
        m_settings->setOnboardingTasks(key, list);
    else
        m_memory.insert(key, list);
}

QStringList OnboardingTasks::paths() const
{
    const QString key = scopeKey();
    if (key.isEmpty())
        return {};
    return m_settings ? m_settings->onboardingTasks(key) : m_memory.value(key);
}

void OnboardingTasks::recordRunsOf(TaskPoller *poller)
{
    connect(poller, &TaskPoller::runningChanged, this, [this, poller](bool running) {
        if (running && poller->taskId() > 0)
            record(poller->taskPath());
    });
}

} // namespace snc
