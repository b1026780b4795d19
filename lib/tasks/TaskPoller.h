// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace snc {

class ApiCall;
class ApiClient;
class Clock;
class TaskRun;

/**
 * @brief Follows one dedicatedCloud task (`dedicatedCloud.Task`) until it ends.
 *
 * `start("/dedicatedCloud/pcc-1/task/42")` (any `…/task/<id>` GET path: service, user,
 * allowedNetwork, datacenter) polls the task: first after firstPollDelayMs() (500 ms, so a task
 * that is already done is noticed quickly), then every intervalMs() (2 s; never more often).
 * The interval runs from each poll's *send* time, not from its answer: the next poll is sent at
 * send + intervalMs(), or at once when the answer came later than that (never before the answer,
 * never two polls in flight). A slow answer therefore does not stretch the interval, and a task
 * that ends is seen within intervalMs() of its end.
 * Each answer emits progressChanged(progress, state). The task ends with:
 * - `done` → succeeded(task) and finished(Outcome::Done);
 * - `error` → failed(ApiError{ServerError, errorCode "TASK_ERROR"}) and finished(Outcome::Error);
 * - `canceled` → failed(ApiError{Canceled, errorCode "TASK_CANCELED"}) and finished(Outcome::Canceled)
 *   (for the 15-minute token the caller treats this as "expired");
 * - a poll that keeps failing → failed(that error) and finished(Outcome::PollFailed);
 * - a task that has not moved for maxStillMs() → failed(ApiError{Timeout, errorCode
 *   "TASK_STILL_RUNNING"}) and finished(Outcome::StillRunning): the task may still end, the
 *   wizard stops waiting for it (the stage finds it again in the live API when the user comes back).
 * Every other state of the published dedicatedCloud.TaskStateEnum (todo, doing, toCreate,
 * waitingTodo, waitingForChilds, fixing, toCancel, unknown) keeps polling.
 *
 * Back-off: a task that does not move (same state and progress; for unknown, fixing and
 * waitingForChilds, the same state whatever its progress) is polled less and less often. With
 * the default 2 s interval: every 2 s for the first minute it is still, every 5 s until 10
 * minutes, then every 15 s; the steps scale with intervalMs() (×2.5 after 30 intervals, ×7.5
 * after 300), so never more than one request every intervalMs(). Any move brings it back to
 * intervalMs(). isSlow() is true once the task has been still for the first step (a minute): the
 * page then says it may take a while, and that the user may leave and come back.
 *
 * Tolerance: the ApiClient already retries GETs on 5xx/429/transient network errors; on top of
 * that a 404 right after creation is retried maxNotFound() times (tasks are not always readable
 * at once), and transient failures (network, timeout, 5xx, 429) maxTransientFailures() times in a
 * row. A refused credential or a missing access right fails at once.
 *
 * stop() stops polling without any signal (Outcome::Stopped). Uses (does not own) the ApiClient;
 * aborts its in-flight call when stopped or destroyed. Reusable: start() again after an end.
 */
class TaskPoller : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString state READ state NOTIFY progressChanged)
public:
    enum class Outcome { None, Done, Error, Canceled, PollFailed, Stopped, StillRunning };
    Q_ENUM(Outcome)

    explicit TaskPoller(ApiClient *client, QObject *parent = nullptr);
    ~TaskPoller() override;

    /// Starts following `taskPath` (stops any previous task silently). An empty path, or a path
    /// whose last segment is not a task id, ends at once with PollFailed (Validation).
    void start(const QString &taskPath);
    /// start(), plus a handle for this run only: its onFinished() answers once, with this run's
    /// end, never a later run's; a run that is stopped (stop(), start() again) ends with no answer
    /// and its handle goes away. The handle belongs to the poller.
    TaskRun *follow(const QString &taskPath);
    void stop();

    bool isRunning() const { return m_running; }
    QString taskPath() const { return m_path; }
    /// The id parsed from the path's last segment, 0 if none.
    qint64 taskId() const { return m_taskId; }
    /// Last known progress 0..100 (0 before the first answer).
    int progress() const { return m_progress; }
    /// Last known OVH task state ("todo", "doing", "done", …), empty before the first answer.
    QString state() const { return m_state; }
    /// The last task object received.
    QJsonObject lastTask() const { return m_task; }
    Outcome outcome() const { return m_outcome; }

    void setIntervalMs(int ms) { m_intervalMs = ms < 1 ? 1 : ms; }
    int intervalMs() const { return m_intervalMs; }
    void setFirstPollDelayMs(int ms) { m_firstDelayMs = ms < 0 ? 0 : ms; }
    int firstPollDelayMs() const { return m_firstDelayMs; }
    void setMaxNotFound(int n) { m_maxNotFound = n; }
    int maxNotFound() const { return m_maxNotFound; }
    void setMaxTransientFailures(int n) { m_maxTransient = n; }
    int maxTransientFailures() const { return m_maxTransient; }
    /// How long a task may stay still before the poller stops waiting (default 30 min), for every
    /// run that does not set its own (TaskRun::setMaxStillMs()).
    void setMaxStillMs(qint64 ms) { m_maxStillMs = ms < 1 ? 1 : ms; }
    qint64 maxStillMs() const { return m_maxStillMs; }
    /// The limit of the task followed now: its run's own, else maxStillMs().
    qint64 currentMaxStillMs() const;
    /// The poll interval after a task has been still for `stillMs` (see the back-off above).
    int backOffIntervalMs(qint64 stillMs) const;
    /// The interval (back-off included) the last poll was scheduled with.
    int lastIntervalMs() const { return m_lastIntervalMs; }
    /// How long the task has not moved, on the schedule clock (0 before the first answer).
    qint64 stillMs() const;
    /// The task has been still for a minute or more: it is polled with back-off.
    bool isSlow() const { return m_running && stillMs() >= 30LL * m_intervalMs; }
    /// The wall clock used for waitedMs() (tests: a TestClock; default: the system time). Not owned.
    void setWallClock(const Clock *clock) { m_wallClock = clock; }
    /// How long the task has existed, in server time (its `executionDate` to the server's now,
    /// using the ApiClient's time delta); -1 before the first answer or without a date.
    qint64 waitedMs() const;
    /// The task's own `description` from the last answer (OVHcloud's words, untranslated).
    QString description() const { return m_task.value(QLatin1String("description")).toString(); }
    /// Measures the schedule on `clock` (tests: a TestClock) instead of the steady clock. Not owned.
    void setClock(const Clock *clock) { m_clock = clock; }
    /// The delay the last poll was scheduled with (ms; firstPollDelayMs() for the first one).
    int lastScheduledDelayMs() const { return m_lastDelayMs; }

    /// "/dedicatedCloud/<sn>/task/<id>" (serviceName %-encoded).
    static QString servicePath(const QString &serviceName, qint64 taskId);
    /// The GET path of a task returned by a mutating call under `basePath`
    /// (e.g. "/dedicatedCloud/pcc-1/user/7" → "/dedicatedCloud/pcc-1/user/7/task/<id>").
    static QString taskPathUnder(const QString &basePath, qint64 taskId);
    /// The taskId of a Task object, 0 if absent.
    static qint64 taskIdOf(const QJsonObject &task);
    static bool isSuccessState(const QString &state) { return state == QLatin1String("done"); }
    static bool isFinalState(const QString &state);
    /// The published states that are not final (every state but done, error and canceled), for
    /// `GET …/task?state=` searches.
    static QStringList unfinishedStates();
    /// unknown, fixing, waitingForChilds: OVHcloud is on it, progress means little.
    static bool isHeldState(const QString &state);

signals:
    void progressChanged(int percent, const QString &state);
    /// Every answer of a poll (the task object), moved or not, before the next poll is scheduled:
    /// the page shows its description and waited time, and a caller may change intervalMs() here
    /// for the next one (stage 5 slows down a registration that waits for vCenter).
    void taskRead(const QJsonObject &task);
    void runningChanged(bool running);
    void succeeded(const QJsonObject &task);
    void failed(const snc::ApiError &error);
    /// Emitted once per start() (except on stop()), after succeeded()/failed().
    void finished(snc::TaskPoller::Outcome outcome);

private:
    void poll();
    void onAnswer(const QJsonObject &task);
    void onFailure(const ApiError &error);
    void end(Outcome outcome, const ApiError *error);
    void scheduleNext(int delayMs);
    /// Schedules the next poll intervalMs() after the last poll was sent (at once if that is past).
    void scheduleNextFromSend();
    qint64 nowMs() const;
    void setRunning(bool running);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QPointer<TaskRun> m_run;
    QTimer *m_timer;
    QString m_path;
    qint64 m_taskId = 0;
    bool m_running = false;
    int m_progress = 0;
    QString m_state;
    QJsonObject m_task;
    Outcome m_outcome = Outcome::None;
    int m_intervalMs = 2000;
    int m_firstDelayMs = 500;
    int m_maxNotFound = 5;
    int m_maxTransient = 5;
    int m_notFoundCount = 0;
    int m_transientCount = 0;
    quint64 m_generation = 0;
    const Clock *m_clock = nullptr;
    QElapsedTimer m_steady;
    qint64 m_sentAtMs = 0;
    int m_lastDelayMs = 0;
    int m_lastIntervalMs = 0;
    qint64 m_maxStillMs = 30 * 60'000;
    qint64 m_stillSinceMs = -1; ///< schedule clock: when the task last moved (-1: no answer yet)
    const Clock *m_wallClock = nullptr;
};

/**
 * @brief One run of a TaskPoller (TaskPoller::follow()), answered to the caller that started it.
 *
 * Like ApiCall: connect with onFinished(context, f) right after follow(); `f(const TaskRun::End &)`
 * runs once when the task ends (done, error, canceled, polling failed). Deleted after that, or
 * without an answer when the run is stopped.
 */
class TaskRun : public QObject
{
    Q_OBJECT
public:
    struct End
    {
        TaskPoller::Outcome outcome = TaskPoller::Outcome::None;
        QJsonObject task;                ///< the last task object read
        std::optional<ApiError> error;   ///< why it did not end `done`
        bool ok() const { return outcome == TaskPoller::Outcome::Done; }
    };

    template <class F>
    void onFinished(QObject *context, F f)
    {
        connect(this, &TaskRun::ended, context, [this, f = std::move(f)]() { f(m_end); });
    }
    /// How long this task may stay still before its poller stops waiting for it, instead of the
    /// poller's maxStillMs(): a task that waits for the customer (a KMS registration until vCenter
    /// is configured) is still for hours, while the same poller's next task is not. Set it right
    /// after follow().
    void setMaxStillMs(qint64 ms) { m_maxStillMs = ms < 1 ? 1 : ms; }
    qint64 maxStillMs() const { return m_maxStillMs; } ///< 0: the poller's

signals:
    void ended();

private:
    friend class TaskPoller;
    explicit TaskRun(QObject *parent) : QObject(parent) {}
    End m_end;
    qint64 m_maxStillMs = 0;
};

} // namespace snc
