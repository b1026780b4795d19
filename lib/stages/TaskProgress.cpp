// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/TaskProgress.h"

#include "tasks/TaskPoller.h"

namespace snc {

void TaskProgress::follow(TaskPoller *poller)
{
    connect(poller, &TaskPoller::progressChanged, this, &TaskProgress::setProgress);
    connect(poller, &TaskPoller::runningChanged, this, &TaskProgress::setRunning);
}

void TaskProgress::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    if (running) {
        m_percent = 0;
        m_state.clear();
    }
    emit runningChanged(running);
    emit changed();
}

void TaskProgress::setProgress(int percent, const QString &state)
{
    percent = qBound(0, percent, 100);
    if (m_percent == percent && m_state == state)
        return;
    m_percent = percent;
    m_state = state;
    emit changed();
}

void TaskProgress::reset()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_percent = 0;
    m_state.clear();
    m_action.clear();
    if (wasRunning)
        emit runningChanged(false);
    emit changed();
}

void TaskProgress::setAction(const QString &action)
{
    if (m_action == action)
        return;
    m_action = action;
    emit changed();
}

QString TaskProgress::text() const
{
    if (!m_running)
        return {};
    const QString state = TaskPoller::stateText(m_state);
    if (m_action.isEmpty()) {
        //: %1 percentage, %2 task state
        return tr("%1 % (%2)", "@info task").arg(m_percent).arg(state);
    }
    //: %1 what is being done ("Adding 203.0.113.7/32"), %2 percentage, %3 task state
    return tr("%1… %2 % (%3)", "@info task").arg(m_action).arg(m_percent).arg(state);
}

} // namespace snc
