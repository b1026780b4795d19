// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskEngine.h"

#include "FaultInjector.h"
#include "SandboxClock.h"
#include "core/Log.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Todo:
        return u"todo"_s;
    case TaskState::Doing:
        return u"doing"_s;
    case TaskState::Done:
        return u"done"_s;
    case TaskState::Error:
        return u"error"_s;
    case TaskState::Canceled:
        return u"canceled"_s;
    }
    return u"unknown"_s;
}

namespace {
TaskState stateFromName(const QString &name)
{
    for (TaskState s : {TaskState::Todo, TaskState::Doing, TaskState::Done, TaskState::Error,
                        TaskState::Canceled}) {
        if (taskStateName(s) == name)
            return s;
    }
    return TaskState::Error;
}
} // namespace

TaskEngine::TaskEngine(SandboxClock *clock, quint64 seed, QObject *parent)
    : QObject(parent), m_clock(clock), m_seed(seed)
{
    // The timer only makes background effects (expiry, completion) happen without a request;
    // correctness comes from advance() reading the clock, not from the tick rate.
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &TaskEngine::advance);
}

void TaskEngine::registerKind(TaskKind kind)
{
    const QString key = kind.kind;
    m_kinds.insert(key, std::move(kind));
}

double TaskEngine::jitter(const QString &kindName) const
{
    // Keyed on the kind and how many tasks of that kind came before, not on the task id: ids
    // follow the global order of creations, which the timing of concurrent stages can swap
    // (the same reason the fault injector keys on the route, issue 13).
    quint64 sameKind = 0;
    for (const auto &[otherId, other] : m_tasks)
        sameKind += other.kind == kindName ? 1 : 0;
    SeededRandom rng(m_seed ^ stableHash(kindName) ^ ((sameKind + 1) * 0x9E3779B97F4A7C15ULL));
    return 0.8 + 0.4 * rng.nextDouble();
}

qint64 TaskEngine::create(const QString &kindName, const QString &serviceName,
                          QJsonObject related, QJsonObject payload, QString description)
{
    const auto kindIt = m_kinds.constFind(kindName);
    Q_ASSERT_X(kindIt != m_kinds.cend(), "TaskEngine::create", "unregistered task kind");
    const TaskKind &kind = *kindIt;
    const qint64 now = m_clock->nowMs();
    for (const auto &[otherId, other] : m_tasks) {
        if (!other.isFinished() && other.kind == kindName && other.serviceName == serviceName
            && other.related == related) {
            m_duplicateTasks.append(kindName + u':' + serviceName + u':'
                                    + QString::fromUtf8(QJsonDocument(related).toJson(QJsonDocument::Compact)));
            break;
        }
    }
    Task t;
    t.id = m_nextId++;
    t.kind = kindName;
    t.name = kind.name.isEmpty() ? kindName : kind.name;
    t.type = kind.type;
    t.description = std::move(description);
    t.serviceName = serviceName;
    t.related = std::move(related);
    t.payload = std::move(payload);
    t.executionMs = now;
    t.lastModificationMs = now;
    const double j = jitter(kindName);
    t.doingAtMs = now + qint64(double(kind.todoMs) * j);
    t.waiting = kind.waitsForExternal;
    t.doneAtMs = t.waiting ? 0 : t.doingAtMs + qint64(double(kind.doingMs) * j);
    t.deadlineMs = (t.waiting && kind.deadlineMs > 0) ? now + kind.deadlineMs : 0;
    const qint64 id = t.id;
    m_tasks.emplace(id, std::move(t));
    qCDebug(lcSandbox) << "task created" << id << kindName;
    emit taskChanged(id, TaskState::Todo);
    markChanged();
    updateTimer();
    return id;
}

const Task *TaskEngine::task(qint64 id) const
{
    const auto it = m_tasks.find(id);
    return it == m_tasks.end() ? nullptr : &it->second;
}

Task *TaskEngine::mutableTask(qint64 id)
{
    const auto it = m_tasks.find(id);
    return it == m_tasks.end() ? nullptr : &it->second;
}

QList<const Task *> TaskEngine::tasks(const std::function<bool(const Task &)> &filter) const
{
    QList<const Task *> out;
    for (const auto &[id, t] : m_tasks) {
        if (!filter || filter(t))
            out.append(&t);
    }
    return out;
}

void TaskEngine::finish(Task &task, TaskState state, qint64 atMs, const QString &description)
{
    task.state = state;
    task.endMs = atMs;
    task.lastModificationMs = atMs;
    if (state == TaskState::Done)
        task.progress = 100;
    if (!description.isEmpty())
        task.description = description;
    const qint64 id = task.id;
    const auto kindIt = m_kinds.constFind(task.kind);
    if (kindIt != m_kinds.cend()) {
        // Copy the callback: it may register tasks, which must not invalidate what we call.
        std::function<void(Task &)> effect = state == TaskState::Done ? kindIt->onDone
                : state == TaskState::Canceled                         ? kindIt->onCanceled
                                                                       : kindIt->onError;
        if (effect)
            effect(task);
    }
    emit taskChanged(id, state);
    markChanged();
}

bool TaskEngine::complete(qint64 id)
{
    advance();
    Task *t = mutableTask(id);
    if (!t || t->isFinished() || !t->waiting)
        return false;
    const qint64 now = m_clock->nowMs();
    if (t->state == TaskState::Todo) {
        t->state = TaskState::Doing;
        t->doingAtMs = now;
    }
    finish(*t, TaskState::Done, now, {});
    return true;
}

bool TaskEngine::cancel(qint64 id, const QString &description)
{
    Task *t = mutableTask(id);
    if (!t || t->isFinished())
        return false;
    finish(*t, TaskState::Canceled, m_clock->nowMs(), description);
    return true;
}

bool TaskEngine::fail(qint64 id, const QString &description)
{
    Task *t = mutableTask(id);
    if (!t || t->isFinished())
        return false;
    finish(*t, TaskState::Error, m_clock->nowMs(), description);
    return true;
}

void TaskEngine::advance()
{
    if (m_advancing)
        return; // an effect called back into the engine: the outer loop handles what is due
    m_advancing = true;
    const qint64 now = m_clock->nowMs();
    // Apply due transitions one at a time, earliest first, so that effects (which may read or
    // create other tasks) always see a consistent past.
    for (;;) {
        Task *next = nullptr;
        qint64 when = std::numeric_limits<qint64>::max();
        enum { ToDoing, ToDone, Expire } what = ToDoing;
        for (auto &[id, t] : m_tasks) {
            if (t.isFinished())
                continue;
            if (t.deadlineMs > 0 && t.deadlineMs <= now && t.deadlineMs < when) {
                next = &t, when = t.deadlineMs, what = Expire;
                continue;
            }
            if (t.state == TaskState::Todo && t.doingAtMs <= now && t.doingAtMs < when)
                next = &t, when = t.doingAtMs, what = ToDoing;
            else if (t.state == TaskState::Doing && !t.waiting && t.doneAtMs <= now
                     && t.doneAtMs < when)
                next = &t, when = t.doneAtMs, what = ToDone;
        }
        if (!next)
            break;
        if (what == ToDoing) {
            next->state = TaskState::Doing;
            next->lastModificationMs = when;
            emit taskChanged(next->id, TaskState::Doing);
            markChanged();
        } else if (what == ToDone) {
            finish(*next, TaskState::Done, when, {});
        } else {
            finish(*next, TaskState::Canceled, when, {});
        }
    }
    for (auto &[id, t] : m_tasks) {
        if (t.state != TaskState::Doing || t.waiting || t.doneAtMs <= t.doingAtMs)
            continue;
        const qint64 raw = (now - t.doingAtMs) * 100 / (t.doneAtMs - t.doingAtMs);
        const int p = int(qBound(qint64(0), raw, qint64(99)));
        if (p != t.progress) {
            t.progress = p;
            markChanged();
        }
    }
    m_advancing = false;
    updateTimer();
}

void TaskEngine::markChanged()
{
    emit changed();
}

void TaskEngine::updateTimer()
{
    const bool active = std::any_of(m_tasks.cbegin(), m_tasks.cend(),
                                    [](const auto &p) { return !p.second.isFinished(); });
    if (active && !m_timer.isActive())
        m_timer.start();
    else if (!active && m_timer.isActive())
        m_timer.stop();
}

QJsonObject TaskEngine::toJson(const Task &t)
{
    // Only the related ids dedicatedCloud.Task publishes reach the answer; a module may keep
    // others (kmsId) in `related` for its own use and for the duplicate proof.
    static const QStringList published{u"datacenterId"_s, u"filerId"_s, u"hostId"_s, u"network"_s,
                                       u"networkAccessId"_s, u"orderId"_s, u"parentTaskId"_s,
                                       u"userId"_s, u"vlanId"_s};
    QJsonObject o;
    for (auto it = t.related.begin(); it != t.related.end(); ++it) {
        if (published.contains(it.key()))
            o.insert(it.key(), it.value());
    }
    o.insert(u"taskId"_s, t.id);
    o.insert(u"name"_s, t.name);
    o.insert(u"type"_s, t.type);
    o.insert(u"state"_s, taskStateName(t.state));
    o.insert(u"progress"_s, t.progress);
    o.insert(u"description"_s, t.description.isEmpty() ? QJsonValue() : QJsonValue(t.description));
    o.insert(u"executionDate"_s, SandboxClock::isoDate(t.executionMs));
    o.insert(u"lastModificationDate"_s, SandboxClock::isoDate(t.lastModificationMs));
    o.insert(u"endDate"_s, t.endMs > 0 ? QJsonValue(SandboxClock::isoDate(t.endMs)) : QJsonValue());
    return o;
}

QJsonValue TaskEngine::saveState() const
{
    QJsonArray list;
    for (const auto &[id, t] : m_tasks) {
        list.append(QJsonObject{
                {u"id"_s, t.id}, {u"kind"_s, t.kind}, {u"name"_s, t.name}, {u"type"_s, t.type},
                {u"state"_s, taskStateName(t.state)}, {u"progress"_s, t.progress},
                {u"description"_s, t.description}, {u"serviceName"_s, t.serviceName},
                {u"related"_s, t.related}, {u"payload"_s, t.payload},
                {u"executionMs"_s, t.executionMs}, {u"lastModificationMs"_s, t.lastModificationMs},
                {u"endMs"_s, t.endMs}, {u"doingAtMs"_s, t.doingAtMs},
                {u"doneAtMs"_s, t.doneAtMs}, {u"deadlineMs"_s, t.deadlineMs},
                {u"waiting"_s, t.waiting}});
    }
    return QJsonObject{{u"nextId"_s, m_nextId}, {u"tasks"_s, list}};
}

void TaskEngine::loadState(const QJsonValue &value)
{
    const QJsonObject root = value.toObject();
    m_tasks.clear();
    m_nextId = qMax<qint64>(root.value(u"nextId"_s).toInteger(m_nextId), m_nextId);
    for (const QJsonValue &v : root.value(u"tasks"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Task t;
        t.id = o.value(u"id"_s).toInteger();
        t.kind = o.value(u"kind"_s).toString();
        t.name = o.value(u"name"_s).toString();
        t.type = o.value(u"type"_s).toString();
        t.state = stateFromName(o.value(u"state"_s).toString());
        t.progress = o.value(u"progress"_s).toInt();
        t.description = o.value(u"description"_s).toString();
        t.serviceName = o.value(u"serviceName"_s).toString();
        t.related = o.value(u"related"_s).toObject();
        t.payload = o.value(u"payload"_s).toObject();
        t.executionMs = o.value(u"executionMs"_s).toInteger();
        t.lastModificationMs = o.value(u"lastModificationMs"_s).toInteger();
        t.endMs = o.value(u"endMs"_s).toInteger();
        t.doingAtMs = o.value(u"doingAtMs"_s).toInteger();
        t.doneAtMs = o.value(u"doneAtMs"_s).toInteger();
        t.deadlineMs = o.value(u"deadlineMs"_s).toInteger();
        t.waiting = o.value(u"waiting"_s).toBool();
        if (t.id <= 0)
            continue;
        m_nextId = qMax(m_nextId, t.id + 1);
        m_tasks.emplace(t.id, std::move(t));
    }
    updateTimer();
}

} // namespace snc::sandbox
