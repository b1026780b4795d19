// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/TaskProgress.h"

#include "stages/ApiValueText.h"
#include "tasks/TaskPoller.h"

#include <QJsonObject>
#include <QStringList>

namespace snc {

void TaskProgress::follow(TaskPoller *poller)
{
    connect(poller, &TaskPoller::progressChanged, this, &TaskProgress::setProgress);
    connect(poller, &TaskPoller::runningChanged, this, &TaskProgress::setRunning);
    connect(poller, &TaskPoller::taskRead, this, [this, poller](const QJsonObject &task) {
        setTask(TaskPoller::taskIdOf(task),
                QDateTime::fromString(task.value(QLatin1String("executionDate")).toString(), Qt::ISODate));
        setDetails(poller->description(), poller->waitedMs(), poller->isSlow());
    });
}

void TaskProgress::setTask(qint64 taskId, const QDateTime &since)
{
    if (m_taskId == taskId && m_since == since)
        return;
    m_taskId = taskId;
    m_since = since;
    emit changed();
}

void TaskProgress::setDetails(const QString &description, qint64 waitedMs, bool slow)
{
    if (m_description == description && m_waitedMs == waitedMs && m_slow == slow)
        return;
    m_description = description;
    m_waitedMs = waitedMs;
    m_slow = slow;
    emit changed();
}

void TaskProgress::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    if (running) {
        m_percent = 0;
        m_state.clear();
        m_description.clear();
        m_waitedMs = -1;
        m_slow = false;
        m_taskId = 0;
        m_since = {};
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
    m_description.clear();
    m_waitedMs = -1;
    m_slow = false;
    m_taskId = 0;
    m_since = {};
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

QString TaskProgress::durationText(qint64 ms)
{
    const qint64 secs = qMax<qint64>(0, ms) / 1000;
    if (secs < 60)
        return tr("%n second(s)", "@info duration", int(secs));
    if (secs < 3600)
        return tr("%n minute(s)", "@info duration", int(secs / 60));
    return tr("%n hour(s)", "@info duration", int(secs / 3600));
}

QString TaskProgress::text() const
{
    if (!m_running)
        return {};
    const QString state = ApiValueText::taskState(m_state);
    QStringList lines;
    if (m_action.isEmpty()) {
        //: %1 percentage, %2 task state
        lines << tr("%1 % (%2)", "@info task").arg(m_percent).arg(state);
    } else {
        //: %1 what is being done ("Adding 203.0.113.7/32"), %2 percentage, %3 task state
        lines << tr("%1… %2 % (%3)", "@info task").arg(m_action).arg(m_percent).arg(state);
    }
    if (!m_description.isEmpty() && m_waitedMs >= 0) {
        //: %1 the task's own description, in OVHcloud's words; %2 a duration ("3 minutes")
        lines << tr("OVHcloud: “%1”, started %2 ago", "@info task").arg(m_description, durationText(m_waitedMs));
    } else if (!m_description.isEmpty()) {
        //: %1 the task's own description, in OVHcloud's words
        lines << tr("OVHcloud: “%1”", "@info task").arg(m_description);
    } else if (m_waitedMs >= 0) {
        //: %1 a duration ("3 minutes")
        lines << tr("Started %1 ago", "@info task").arg(durationText(m_waitedMs));
    }
    if (m_slow) {
        lines << tr("This task is taking a while. You can leave this page, or close the wizard, and "
                    "come back later: the wizard will find the task and follow it again.", "@info task");
    }
    return lines.join(u'\n');
}

} // namespace snc
