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
    return m_context ? m_context->onboardingKey() : QString();
}

// Stored as "<path>" or "<path>#<stage>" (a task path never holds '#').
static OnboardingTasks::Entry entryOf(const QString &stored)
{
    OnboardingTasks::Entry e;
    const qsizetype hash = stored.lastIndexOf(u'#');
    e.path = hash < 0 ? stored : stored.left(hash);
    e.stage = hash < 0 ? 0 : stored.mid(hash + 1).toInt();
    return e;
}

void OnboardingTasks::record(const QString &taskPath, int stage)
{
    const QString key = scopeKey();
    if (key.isEmpty() || taskPath.isEmpty() || taskPath.contains(u'#'))
        return;
    QStringList list = m_settings ? m_settings->onboardingTasks(key) : m_memory.value(key);
    for (const QString &stored : std::as_const(list)) {
        if (entryOf(stored).path == taskPath)
            return;
    }
    list << (stage > 0 ? taskPath + u'#' + QString::number(stage) : taskPath);
    while (list.size() > maxKept)
        list.removeFirst();
    if (m_settings)
        m_settings->setOnboardingTasks(key, list);
    else
        m_memory.insert(key, list);
}

QList<OnboardingTasks::Entry> OnboardingTasks::entries() const
{
    const QString key = scopeKey();
    if (key.isEmpty())
        return {};
    QList<Entry> out;
    for (const QString &stored : m_settings ? m_settings->onboardingTasks(key) : m_memory.value(key))
        out << entryOf(stored);
    return out;
}

QStringList OnboardingTasks::paths() const
{
    QStringList out;
    for (const Entry &e : entries())
        out << e.path;
    return out;
}

void OnboardingTasks::recordRunsOf(TaskPoller *poller, int stage)
{
    connect(poller, &TaskPoller::runningChanged, this, [this, poller, stage](bool running) {
        if (running && poller->taskId() > 0)
            record(poller->taskPath(), stage);
    });
}

} // namespace snc
