// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/TaskPoller.h"

#include <cmath>
#include <limits>

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Endpoint.h"
#include "core/Clock.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

bool isTransient(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

} // namespace

TaskPoller::TaskPoller(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // 2 s means 2 s, not 1.9–2.1 s (coarse timers drift 5 %)
    connect(m_timer, &QTimer::timeout, this, &TaskPoller::poll);
    m_steady.start();
}

TaskPoller::~TaskPoller()
{
    if (m_call)
        m_call->abort();
}

QString TaskPoller::servicePath(const QString &serviceName, qint64 taskId)
{
    return u"/dedicatedCloud/%1/task/%2"_s.arg(encodePathSegment(serviceName)).arg(taskId);
}

QString TaskPoller::taskPathUnder(const QString &basePath, qint64 taskId)
{
    QString base = basePath;
    while (base.endsWith(u'/'))
        base.chop(1);
    return u"%1/task/%2"_s.arg(base).arg(taskId);
}

qint64 TaskPoller::taskIdOf(const QJsonObject &task)
{
    // OVH sends taskId as a JSON number; be lenient with a string form too.
    // A task id is a positive integer: anything else (huge, negative, fractional, NaN) is no id,
    // and is never cast (a double beyond qint64 is undefined behaviour; the fuzzer found one).
    const QJsonValue v = task.value("taskId"_L1);
    if (v.isDouble()) {
        const double d = v.toDouble();
        constexpr double maxExact = 9007199254740992.0; // 2^53: every integer below is exact
        if (!(d >= 1 && d <= maxExact) || d != std::floor(d))
            return 0;
        return qint64(d);
    }
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

bool TaskPoller::isFinalState(const QString &state)
{
    return state == "done"_L1 || state == "error"_L1 || state == "canceled"_L1;
}

QStringList TaskPoller::unfinishedStates()
{
    // dedicatedCloud.TaskStateEnum (DTX 1.0.84) minus done, error and canceled.
    return {u"toCreate"_s, u"waitingTodo"_s, u"todo"_s, u"doing"_s, u"waitingForChilds"_s,
            u"fixing"_s, u"unknown"_s, u"toCancel"_s};
}

bool TaskPoller::isHeldState(const QString &state)
{
    return state == "unknown"_L1 || state == "fixing"_L1 || state == "waitingForChilds"_L1;
}

int TaskPoller::backOffIntervalMs(qint64 stillMs) const
{
    // A task that moves is followed closely (its end is seen within one interval); one that sits
    // still for long (OVHcloud fixing it, children running) is not worth a request every 2 s, and
    // a long wait at 2 s would eat the account's rate limit that the other stages share. With
    // 2 s: 2 s for the first minute, 5 s until 10 minutes, then 15 s.
    const qint64 interval = m_intervalMs;
    if (stillMs < 30 * interval)
        return m_intervalMs;
    if (stillMs < 300 * interval)
        return int(qMin<qint64>(interval * 5 / 2, std::numeric_limits<int>::max()));
    return int(qMin<qint64>(interval * 15 / 2, std::numeric_limits<int>::max()));
}

qint64 TaskPoller::stillMs() const
{
    return m_stillSinceMs < 0 ? 0 : qMax<qint64>(0, nowMs() - m_stillSinceMs);
}

qint64 TaskPoller::waitedMs() const
{
    const QString text = m_task.value("executionDate"_L1).toString();
    QDateTime created = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!created.isValid())
        created = QDateTime::fromString(text, Qt::ISODate);
    if (!created.isValid())
        return -1;
    const qint64 wallNow = m_wallClock ? m_wallClock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    const qint64 serverNow = wallNow + (m_client ? m_client->timeDeltaSeconds() * 1000 : 0);
    return qMax<qint64>(0, serverNow - created.toMSecsSinceEpoch());
}

void TaskPoller::start(const QString &taskPath)
{
    stop();
    ++m_generation;
    m_path = taskPath;
    m_progress = 0;
    m_state.clear();
    m_task = {};
    m_outcome = Outcome::None;
    m_notFoundCount = 0;
    m_transientCount = 0;
    m_stillSinceMs = -1;
    const QString last = taskPath.section(u'/', -1);
    bool ok = false;
    m_taskId = last.toLongLong(&ok);
    if (!ok || m_taskId <= 0 || !taskPath.startsWith(u'/')) {
        m_taskId = 0;
        setRunning(true);
        const ApiError error = ApiError::make(ApiError::Kind::Validation,
                                              u"not a task path"_s);
        // Deferred, so that a caller connecting after start() still sees the end.
        const quint64 gen = m_generation;
        QTimer::singleShot(0, this, [this, error, gen] {
            if (gen == m_generation && m_running)
                end(Outcome::PollFailed, &error);
        });
        return;
    }
    setRunning(true);
    qCDebug(lcTasks) << "following task" << m_taskId;
    scheduleNext(m_firstDelayMs);
}

TaskRun *TaskPoller::follow(const QString &taskPath)
{
    start(taskPath); // ends any previous run, and its handle, without an answer
    auto *run = new TaskRun(this);
    m_run = run;
    return run;
}

qint64 TaskPoller::currentMaxStillMs() const
{
    return m_run && m_run->m_maxStillMs > 0 ? m_run->m_maxStillMs : m_maxStillMs;
}

void TaskPoller::stop()
{
    if (m_run) {
        m_run->deleteLater(); // a stopped run has no answer
        m_run = nullptr;
    }
    m_timer->stop();
    if (m_call) {
        QPointer<ApiCall> call = m_call;
        m_call = nullptr;
        call->abort();
    }
    if (m_running) {
        m_outcome = Outcome::Stopped;
        setRunning(false);
    }
}

qint64 TaskPoller::nowMs() const
{
    return m_clock ? m_clock->nowMs() : m_steady.elapsed();
}

void TaskPoller::scheduleNext(int delayMs)
{
    m_lastDelayMs = delayMs;
    m_timer->start(delayMs);
}

void TaskPoller::scheduleNextFromSend()
{
    const int interval = backOffIntervalMs(stillMs());
    m_lastIntervalMs = interval;
    const qint64 due = m_sentAtMs + interval - nowMs();
    scheduleNext(int(qBound(qint64(0), due, qint64(interval))));
}

void TaskPoller::poll()
{
    if (!m_running || !m_client)
        return;
    const quint64 gen = m_generation;
    CallOptions options;
    options.priority = true; // ahead of queued reads: a finished task is noticed within the interval
    m_sentAtMs = nowMs();
    ApiCall *call = m_client->send("GET", m_path, {}, QJsonValue(QJsonValue::Undefined), options);
    m_call = call;
    call->onFinished(this, [this, gen, call](const Result<QJsonValue> &result) {
        if (gen != m_generation || !m_running || m_call != call)
            return; // stopped or restarted meanwhile
        m_call = nullptr;
        if (result.ok()) {
            if (!result.value().isObject()) {
                onFailure(ApiError::make(ApiError::Kind::MalformedResponse, u"task is not an object"_s));
                return;
            }
            onAnswer(result.value().toObject());
        } else {
            onFailure(result.error());
        }
    });
}

void TaskPoller::onAnswer(const QJsonObject &task)
{
    m_notFoundCount = 0;
    m_transientCount = 0;
    m_task = task;
    const QString state = task.value("state"_L1).toString();
    int progress = task.value("progress"_L1).toInt(m_progress);
    if (state == "done"_L1)
        progress = 100;
    progress = qBound(0, progress, 100);
    // Still: same state, and same progress (unknown, fixing, waitingForChilds: progress aside).
    const bool moved = m_stillSinceMs < 0 || state != m_state
            || (progress != m_progress && !isHeldState(state));
    if (moved)
        m_stillSinceMs = m_sentAtMs; // as of the poll that saw it
    if (progress != m_progress || state != m_state) {
        m_progress = progress;
        m_state = state;
        emit progressChanged(m_progress, m_state);
    }
    qCDebug(lcTasks) << "task" << m_taskId << "state" << state << "progress" << progress;
    const quint64 gen = m_generation;
    emit taskRead(task);
    if (gen != m_generation || !m_running)
        return; // a handler stopped or restarted it
    if (state == "done"_L1) {
        end(Outcome::Done, nullptr);
    } else if (state == "error"_L1) {
        ApiError error = ApiError::make(ApiError::Kind::ServerError, u"task ended in error"_s);
        error.errorCode = u"TASK_ERROR"_s;
        error.serverMessage = task.value("description"_L1).toString();
        end(Outcome::Error, &error);
    } else if (state == "canceled"_L1) {
        ApiError error = ApiError::make(ApiError::Kind::Canceled, u"task canceled"_s);
        error.errorCode = u"TASK_CANCELED"_s;
        error.serverMessage = task.value("description"_L1).toString();
        end(Outcome::Canceled, &error);
    } else if (stillMs() >= currentMaxStillMs()) {
        // Not a failure of the task: the wizard stops waiting, the task goes on at OVHcloud and
        // the stage finds it again in the live API when the user comes back.
        qCWarning(lcTasks) << "task" << m_taskId << "still" << state << "after" << stillMs() << "ms: no longer followed";
        ApiError error = ApiError::make(ApiError::Kind::Timeout, u"task still running, no longer followed"_s);
        error.errorCode = u"TASK_STILL_RUNNING"_s;
        error.serverMessage = task.value("description"_L1).toString();
        end(Outcome::StillRunning, &error);
    } else {
        scheduleNextFromSend();
    }
}

void TaskPoller::onFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled)
        return; // our own abort
    // A task is not always readable the instant it is created (terraform-provider-ovh saw 404s
    // right after creation): retry a few times before believing it.
    if (error.kind == ApiError::Kind::NotFound && m_notFoundCount < m_maxNotFound) {
        ++m_notFoundCount;
        qCDebug(lcTasks) << "task" << m_taskId << "not found yet, retry" << m_notFoundCount;
        scheduleNextFromSend();
        return;
    }
    if (isTransient(error.kind) && m_transientCount < m_maxTransient) {
        ++m_transientCount;
        qCDebug(lcTasks) << "task" << m_taskId << "transient failure, retry" << m_transientCount;
        scheduleNextFromSend();
        return;
    }
    qCWarning(lcTasks) << "task" << m_taskId << "poll failed:" << error.logLine();
    end(Outcome::PollFailed, &error);
}

void TaskPoller::end(Outcome outcome, const ApiError *error)
{
    m_timer->stop();
    m_outcome = outcome;
    // Detached first: a handler of the signals below may start another run.
    const QPointer<TaskRun> run = m_run;
    m_run = nullptr;
    setRunning(false);
    if (outcome == Outcome::Done)
        emit succeeded(m_task);
    else if (error)
        emit failed(*error);
    emit finished(outcome);
    if (run) {
        run->m_end.outcome = outcome;
        run->m_end.task = m_task;
        if (error)
            run->m_end.error = *error;
        emit run->ended();
        if (run)
            run->deleteLater();
    }
}

void TaskPoller::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace snc
