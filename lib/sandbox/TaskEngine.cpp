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

namespace {

struct StateName
{
    TaskState state;
    const char16_t *name;
};

// The published dedicatedCloud.TaskStateEnum (DTX 1.0.84), in its own order.
constexpr StateName kStateNames[] = {
        {TaskState::Canceled, u"canceled"},
        {TaskState::Doing, u"doing"},
        {TaskState::Done, u"done"},
        {TaskState::Error, u"error"},
        {TaskState::Fixing, u"fixing"},
        {TaskState::ToCancel, u"toCancel"},
        {TaskState::ToCreate, u"toCreate"},
        {TaskState::Todo, u"todo"},
        {TaskState::Unknown, u"unknown"},
        {TaskState::WaitingForChilds, u"waitingForChilds"},
        {TaskState::WaitingTodo, u"waitingTodo"},
};

/// The related ids that are fields of the published dedicatedCloud.Task (DTX `Task`); any other
/// (kmsId) is the sandbox's own bookkeeping and never sent.
const QStringList &publishedRelatedFields()
{
    static const QStringList fields{u"datacenterId"_s, u"filerId"_s,  u"hostId"_s,
                                    u"network"_s,      u"networkAccessId"_s, u"orderId"_s,
                                    u"parentTaskId"_s, u"userId"_s,   u"vlanId"_s};
    return fields;
}

} // namespace

QString taskStateName(TaskState state)
{
    for (const StateName &s : kStateNames) {
        if (s.state == state)
            return QString::fromUtf16(s.name);
    }
    return u"unknown"_s;
}

std::optional<TaskState> taskStateFromName(const QString &name)
{
    for (const StateName &s : kStateNames) {
        if (name == QStringView(s.name))
            return s.state;
    }
    return std::nullopt;
}

namespace {
TaskState stateFromName(const QString &name)
{
    return taskStateFromName(name).value_or(TaskState::Error);
}

/// A task that still waits for its turn (before `doing`).
bool isBeforeDoing(TaskState state)
{
    return state == TaskState::ToCreate || state == TaskState::WaitingTodo || state == TaskState::Todo;
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
    // Before `doing`, a real task is created (toCreate), waits for its robot (waitingTodo) and is
    // queued (todo): the time before `doing` is shared among the three.
    const qint64 beforeDoing = qint64(double(kind.todoMs) * j);
    t.state = TaskState::ToCreate;
    t.waitingTodoAtMs = now + beforeDoing * 15 / 100;
    t.todoAtMs = now + beforeDoing * 40 / 100;
    t.doingAtMs = now + beforeDoing;
    t.waiting = kind.waitsForExternal;
    t.doneAtMs = t.waiting ? 0 : t.doingAtMs + qint64(double(kind.doingMs) * j);
    t.deadlineMs = (t.waiting && kind.deadlineMs > 0) ? now + kind.deadlineMs : 0;
    if (m_tokenGate && m_tokenGate(t)) {
        // Planned durations stay as they are until release(): the token decides when it runs.
        t.gated = true;
        t.gatedDoingMs = qint64(double(kind.doingMs) * j);
        t.deadlineMs = now + m_tokenLifetimeMs;
    }
    planHold(t);
    const qint64 id = t.id;
    m_tasks.emplace(id, std::move(t));
    qCDebug(lcSandbox) << "task created" << id << kindName;
    emit taskChanged(id, TaskState::ToCreate);
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
    if (!t || t->isFinished() || !t->waiting || t->gated)
        return false; // a gated task runs only once its token is validated (release())
    const qint64 now = m_clock->nowMs();
    if (isBeforeDoing(t->state)) {
        t->state = TaskState::Doing;
        t->doingAtMs = now;
    }
    finish(*t, TaskState::Done, now, {});
    return true;
}

void TaskEngine::setTokenGate(TokenGate gate, qint64 tokenLifetimeMs)
{
    m_tokenGate = std::move(gate);
    m_tokenLifetimeMs = tokenLifetimeMs;
}

bool TaskEngine::release(qint64 id)
{
    advance(); // an expiry due now wins over a late token
    Task *t = mutableTask(id);
    if (!t || t->isFinished() || !t->gated)
        return false;
    const qint64 now = m_clock->nowMs();
    t->gated = false;
    t->deadlineMs = 0;
    t->state = TaskState::Doing;
    t->doingAtMs = now;
    t->doneAtMs = t->waiting ? 0 : now + t->gatedDoingMs;
    t->lastModificationMs = now;
    emit taskChanged(id, TaskState::Doing);
    markChanged();
    updateTimer();
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

void TaskEngine::planHold(Task &t)
{
    if (t.waiting || t.gated || !m_faults.hasTaskFaults() || t.doneAtMs <= t.doingAtMs)
        return; // a task waiting for the customer already waits; it is not held on top
    quint64 sameKind = 0;
    for (const auto &[otherId, other] : m_tasks)
        sameKind += other.kind == t.kind ? 1 : 0;
    // Its own stream (not jitter()'s): adding task faults does not move the task durations.
    SeededRandom rng(m_seed ^ stableHash(t.kind) ^ ((sameKind + 1) * 0xA24BAED4963EE407ULL));
    const double roll = rng.nextDouble();
    const double pick = rng.nextDouble();
    const double at = rng.nextDouble();
    if (roll < m_faults.taskDetour) {
        static const TaskState detours[] = {TaskState::Unknown, TaskState::Fixing, TaskState::WaitingForChilds};
        t.holdState = m_faults.taskDetourState == u"any"_s ? detours[int(pick * 3) % 3]
                                                           : stateFromName(m_faults.taskDetourState);
    } else if (roll < m_faults.taskDetour + m_faults.taskStall) {
        t.holdState = TaskState::Doing; // a stall: still doing, progress frozen
    } else {
        return;
    }
    t.hold = Task::Hold::Planned;
    t.holdAtMs = t.doingAtMs + qint64(double(t.doneAtMs - t.doingAtMs) * (0.2 + 0.4 * at));
    t.holdEndMs = t.holdAtMs + m_faults.taskHoldMs;
    t.doneAtMs += m_faults.taskHoldMs;
}

namespace {
enum class Step { None, Next, HoldStart, HoldEnd, Done, Expire };

/// The next transition of `t` (due or not): its time, its kind and the state it leads to.
Step nextStep(const Task &t, qint64 *when, TaskState *to)
{
    if (t.isFinished())
        return Step::None;
    Step step = Step::None;
    qint64 at = 0;
    TaskState next = t.state;
    if (t.hold == Task::Hold::Active) {
        step = Step::HoldEnd, at = t.holdEndMs, next = TaskState::Doing;
    } else if (t.state == TaskState::ToCreate) {
        step = Step::Next, at = t.waitingTodoAtMs, next = TaskState::WaitingTodo;
    } else if (t.state == TaskState::WaitingTodo) {
        step = Step::Next, at = t.todoAtMs, next = TaskState::Todo;
    } else if (t.state == TaskState::Todo && !t.gated) {
        step = Step::Next, at = t.doingAtMs, next = TaskState::Doing;
    } else if (t.state == TaskState::Doing && t.hold == Task::Hold::Planned) {
        step = Step::HoldStart, at = t.holdAtMs, next = t.holdState;
    } else if (t.state == TaskState::Doing && !t.waiting) {
        step = Step::Done, at = t.doneAtMs, next = TaskState::Done;
    }
    if (t.deadlineMs > 0 && (step == Step::None || t.deadlineMs <= at)) {
        *when = t.deadlineMs, *to = TaskState::Canceled;
        return Step::Expire;
    }
    *when = at, *to = next;
    return step;
}

/// The description a held task shows, when it has none of its own.
QString holdDescription(TaskState state)
{
    switch (state) {
    case TaskState::Fixing:
        return u"An OVHcloud operator is fixing this task"_s;
    case TaskState::WaitingForChilds:
        return u"Waiting for the sub-tasks to end"_s;
    case TaskState::Unknown:
        return u"Task state being checked"_s;
    default:
        return {};
    }
}

/// How long `t` has been held (a detour or a stall) by `now`.
qint64 heldMs(const Task &t, qint64 now)
{
    switch (t.hold) {
    case Task::Hold::Active:
        return qMax<qint64>(0, now - t.holdAtMs);
    case Task::Hold::Over:
        return t.holdEndMs - t.holdAtMs;
    default:
        return 0;
    }
}
} // namespace

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
        Step what = Step::None;
        TaskState to = TaskState::Doing;
        for (auto &[id, t] : m_tasks) {
            qint64 at = 0;
            TaskState state = t.state;
            const Step step = nextStep(t, &at, &state);
            if (step != Step::None && at <= now && at < when)
                next = &t, when = at, what = step, to = state;
        }
        if (!next)
            break;
        switch (what) {
        case Step::Done:
            finish(*next, TaskState::Done, when, {});
            break;
        case Step::Expire:
            if (next->gated) {
                // The secure interface answers TOKEN_EXPIRED for it (not "already canceled").
                next->payload.insert(u"expired"_s, true);
                next->description = u"The validation token expired after 15 minutes: the operation was "
                                    u"canceled and no action was taken"_s;
            }
            finish(*next, TaskState::Canceled, when, {});
            break;
        case Step::HoldStart:
        case Step::HoldEnd:
        case Step::Next: {
            if (what == Step::HoldStart) {
                next->hold = Task::Hold::Active;
                // A real task says why it waits; the words are the sandbox's (UNPUBLISHED.md).
                const QString why = holdDescription(next->holdState);
                if (next->description.isEmpty() && !why.isEmpty()) {
                    next->description = why;
                    next->holdDescribed = true;
                }
            } else if (what == Step::HoldEnd) {
                next->hold = Task::Hold::Over;
                if (next->holdDescribed) {
                    next->description.clear();
                    next->holdDescribed = false;
                }
            }
            const bool stateChanged = next->state != to;
            next->state = to;
            next->lastModificationMs = when;
            if (stateChanged)
                emit taskChanged(next->id, to);
            markChanged();
            break;
        }
        case Step::None:
            break;
        }
    }
    for (auto &[id, t] : m_tasks) {
        if (t.isFinished() || isBeforeDoing(t.state) || t.waiting)
            continue;
        const qint64 held = t.hold == Task::Hold::None ? 0 : t.holdEndMs - t.holdAtMs;
        const qint64 total = t.doneAtMs - t.doingAtMs - held;
        if (total <= 0)
            continue;
        const qint64 raw = (now - t.doingAtMs - heldMs(t, now)) * 100 / total;
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
    // Optional fields are absent, never null: the published model types them `field?: string`.
    // Only the related ids dedicatedCloud.Task publishes reach the answer; a module may keep
    // others (kmsId) in `related` for its own use and for the duplicate proof.
    QJsonObject o;
    for (const QString &field : publishedRelatedFields()) {
        if (t.related.contains(field))
            o.insert(field, t.related.value(field));
    }
    o.insert(u"taskId"_s, t.id);
    o.insert(u"name"_s, t.name);
    o.insert(u"type"_s, t.type);
    o.insert(u"state"_s, taskStateName(t.state));
    o.insert(u"progress"_s, t.progress);
    // Always a string, as the real tasks carry it ("a task has description and progress",
    // ovh-api.md; tests/contract/always-present.txt): empty when the task says nothing.
    o.insert(u"description"_s, t.description);
    o.insert(u"executionDate"_s, SandboxClock::isoDate(t.executionMs));
    o.insert(u"lastModificationDate"_s, SandboxClock::isoDate(t.lastModificationMs));
    if (t.endMs > 0)
        o.insert(u"endDate"_s, SandboxClock::isoDate(t.endMs));
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
                {u"waiting"_s, t.waiting}, {u"waitingTodoAtMs"_s, t.waitingTodoAtMs},
                {u"gated"_s, t.gated}, {u"gatedDoingMs"_s, t.gatedDoingMs},
                {u"todoAtMs"_s, t.todoAtMs}, {u"hold"_s, int(t.hold)},
                {u"holdState"_s, taskStateName(t.holdState)}, {u"holdAtMs"_s, t.holdAtMs},
                {u"holdEndMs"_s, t.holdEndMs}, {u"holdDescribed"_s, t.holdDescribed}});
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
        t.gated = o.value(u"gated"_s).toBool();
        t.gatedDoingMs = o.value(u"gatedDoingMs"_s).toInteger();
        t.waitingTodoAtMs = o.value(u"waitingTodoAtMs"_s).toInteger();
        t.todoAtMs = o.value(u"todoAtMs"_s).toInteger();
        t.hold = Task::Hold(qBound(0, o.value(u"hold"_s).toInt(), int(Task::Hold::Over)));
        t.holdState = stateFromName(o.value(u"holdState"_s).toString(u"doing"_s));
        t.holdAtMs = o.value(u"holdAtMs"_s).toInteger();
        t.holdEndMs = o.value(u"holdEndMs"_s).toInteger();
        t.holdDescribed = o.value(u"holdDescribed"_s).toBool();
        if (t.id <= 0)
            continue;
        m_nextId = qMax(m_nextId, t.id + 1);
        m_tasks.emplace(t.id, std::move(t));
    }
    updateTimer();
}

} // namespace snc::sandbox
