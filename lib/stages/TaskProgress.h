// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace snc {

class TaskPoller;

/**
 * @brief The one way a stage shows the OVH task it is following: running, percent, and a
 * translated line ("in progress (40 %)"). Every stage model has one (StageModel::taskProgress());
 * the tasks the model follows with its pollers feed it, pages bind a progress bar to it.
 *
 * With each answer it also keeps the task's own `description` (OVHcloud's words), how long the
 * task has existed (server time) and whether it has been still long enough to be polled with
 * back-off: text() then adds them, and says the user may leave and come back (the stage finds
 * the task again in the live API).
 */
class TaskProgress : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY changed)
    Q_PROPERTY(int percent READ percent NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString action READ action NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
public:
    using QObject::QObject;

    /// Feeds this from `poller` (progress and running state) from now on.
    void follow(TaskPoller *poller);
    void setRunning(bool running);
    void setProgress(int percent, const QString &state);
    /// What the task does, translated ("Adding 203.0.113.7/32"); kept until the next setAction().
    void setAction(const QString &action);
    /// The task's own description (plain text from the API), how long it has existed (ms, -1:
    /// unknown) and whether it is slow (still for a minute or more). Kept until the next run.
    void setDetails(const QString &description, qint64 waitedMs, bool slow);
    /// The OVH task's number and when it started (its `executionDate`; invalid if unknown): what
    /// the page's status line names ("task #42, since 07:12") so support can point at it.
    void setTask(qint64 taskId, const QDateTime &since);
    /// Not running, 0 %, no state (a service change).
    void reset();

    bool isRunning() const { return m_running; }
    int percent() const { return m_percent; }
    /// The OVH task state ("todo", "doing", …), empty before the first answer.
    QString state() const { return m_state; }
    QString action() const { return m_action; }
    QString description() const { return m_description; }
    qint64 waitedMs() const { return m_waitedMs; }
    bool isSlow() const { return m_slow; }
    /// The task followed (0 before the first answer) and its start (invalid if unknown).
    qint64 taskId() const { return m_taskId; }
    QDateTime since() const { return m_since; }
    /// Translated: "Adding 203.0.113.7/32… 40 % (in progress)", empty when no task runs; then,
    /// when known, a line with the task's description and how long it has been waiting, and for
    /// a slow task a line saying the user may leave and come back.
    QString text() const;
    /// "45 seconds", "12 minutes", "3 hours", translated.
    static QString durationText(qint64 ms);

signals:
    void changed();
    /// Only when the task starts or stops running.
    void runningChanged(bool running);

private:
    bool m_running = false;
    int m_percent = 0;
    QString m_state;
    QString m_action;
    QString m_description;
    qint64 m_waitedMs = -1;
    bool m_slow = false;
    qint64 m_taskId = 0;
    QDateTime m_since;
};

} // namespace snc
