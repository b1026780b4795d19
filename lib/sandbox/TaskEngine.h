// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjector.h"
#include "SandboxState.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

namespace snc::sandbox {

class SandboxClock;

/// dedicatedCloud.TaskStateEnum, the whole published enum (DTX `TaskStateEnum`). A task the
/// sandbox runs goes toCreate -> waitingTodo -> todo -> doing -> done; unknown, fixing and
/// waitingForChilds come from task faults (FaultSpec::taskDetour); toCancel is never used (how
/// OVHcloud cancels is not published, UNPUBLISHED.md).
enum class TaskState {
    Todo, Doing, Done, Error, Canceled,
    ToCreate, WaitingTodo, Unknown, Fixing, WaitingForChilds, ToCancel,
};
QString taskStateName(TaskState state);
/// The state named `name` (a published TaskStateEnum value); nullopt for anything else.
std::optional<TaskState> taskStateFromName(const QString &name);

/**
 * @brief One long-running operation, in the shape of OVH's `dedicatedCloud.Task`.
 *
 * Times are sandbox milliseconds (SandboxClock::nowMs()). `related` holds the ids OVH puts on a
 * task (userId, networkAccessId, …) and is merged into the JSON; `payload` is private data for the
 * task kind (never sent to clients).
 */
struct Task
{
    qint64 id = 0;
    QString kind;
    QString name;
    QString type;
    TaskState state = TaskState::ToCreate;
    int progress = 0;
    QString description;
    QString serviceName;
    QJsonObject related;
    QJsonObject payload;
    qint64 executionMs = 0;         ///< creation ("executionDate")
    qint64 lastModificationMs = 0;
    qint64 endMs = 0;               ///< when it reached done/error/canceled, 0 before
    qint64 waitingTodoAtMs = 0;     ///< planned toCreate -> waitingTodo
    qint64 todoAtMs = 0;            ///< planned waitingTodo -> todo
    qint64 doingAtMs = 0;           ///< planned todo -> doing
    qint64 doneAtMs = 0;            ///< planned doing -> done, holds included (0 for a waiting task)
    /// A task fault (FaultSpec::taskDetour/taskStall): from holdAtMs to holdEndMs the task is in
    /// `holdState` (unknown, fixing, waitingForChilds; doing for a stall) and does not progress.
    enum class Hold { None, Planned, Active, Over };
    Hold hold = Hold::None;
    TaskState holdState = TaskState::Doing;
    qint64 holdAtMs = 0;
    qint64 holdEndMs = 0;
    bool holdDescribed = false; ///< the hold gave the task its description (removed when it ends)
    qint64 deadlineMs = 0;          ///< waiting or gated tasks: canceled at this time (0 = never)
    bool waiting = false;           ///< waits for complete() (an external condition)
    /// Waits in `todo` for its SMS token (TaskEngine::setTokenGate()) until release(); canceled
    /// at deadlineMs. doingMs is how long it runs once released.
    bool gated = false;
    qint64 gatedDoingMs = 0;

    bool isFinished() const
    {
        return state == TaskState::Done || state == TaskState::Error
                || state == TaskState::Canceled;
    }
};

/**
 * @brief How one kind of task behaves: its OVH name, how long it stays in `todo` and `doing`
 * (sandbox time, ±20 % jitter derived from the seed, the kind and how many tasks of that kind
 * came before), and what it does when it ends.
 *
 * A *waiting* kind (`waitsForExternal`) goes todo -> doing and then stays in `doing` until
 * TaskEngine::complete() is called (e.g. "the SMS token was validated"), or is canceled when
 * `deadlineMs` (after creation) passes — the 15-minute token rule.
 */
struct TaskKind
{
    QString kind;                ///< registry key, e.g. "dedicatedCloud.addAllowedNetwork"
    QString name;                ///< OVH task name, e.g. "addAllowedNetwork"
    QString type = QStringLiteral("generic");
    qint64 todoMs = 1000;
    qint64 doingMs = 3000;
    bool waitsForExternal = false;
    qint64 deadlineMs = 0;
    std::function<void(Task &)> onDone;
    std::function<void(Task &)> onCanceled;
    std::function<void(Task &)> onError;
};

/**
 * @brief The task engine every domain module shares.
 *
 * State is derived from the sandbox clock: advance() applies every transition that is due, in
 * time order (so effects happen in a deterministic order), and is called before each request
 * and by a timer while tasks are running. Kinds are registered by modules at start; tasks are
 * saved with the state file and find their kind again by name after a restart.
 */
class TaskEngine : public QObject, public StatePart
{
    Q_OBJECT
public:
    TaskEngine(SandboxClock *clock, quint64 seed, QObject *parent = nullptr);

    void registerKind(TaskKind kind);
    bool hasKind(const QString &kind) const { return m_kinds.contains(kind); }

    /// Creates a task of a registered kind, in `todo`. Returns its id.
    qint64 create(const QString &kind, const QString &serviceName, QJsonObject related = {},
                  QJsonObject payload = {}, QString description = {});

    const Task *task(qint64 id) const;
    /// For a kind's own bookkeeping (payload, description). Call markChanged() after editing.
    Task *mutableTask(qint64 id);
    QList<const Task *> tasks(const std::function<bool(const Task &)> &filter = {}) const;

    /// Ends a waiting task successfully (from todo or doing). False if not waiting, finished, or
    /// still waiting for its SMS token (gated).
    bool complete(qint64 id);
    /// Decides, for each task created from now on, whether it waits for an SMS token (a
    /// sensitive operation once tokenValidation is active, issue 17 item 3): true makes it wait
    /// in `todo` until release(), and cancels it `tokenLifetimeMs` after its creation. The gate
    /// may edit the task (a token in its payload) and send the SMS; the id is already set.
    using TokenGate = std::function<bool(Task &task)>;
    void setTokenGate(TokenGate gate, qint64 tokenLifetimeMs);
    /// The token of gated task `id` was validated: it leaves `todo` and runs. False if it is not
    /// waiting for a token (finished, released already, or never gated).
    bool release(qint64 id);
    bool cancel(qint64 id, const QString &description = {});
    bool fail(qint64 id, const QString &description = {});

    /// Tasks created while an unfinished task of the same kind, service and related ids existed
    /// ("kind:service:{related}"): a client that creates the same operation twice.
    QStringList duplicateTasks() const { return m_duplicateTasks; }

    /// Applies all transitions due at the current sandbox time.
    void advance();
    /// Task faults for the tasks created from now on (the other FaultSpec fields are ignored).
    void setFaults(const FaultSpec &faults) { m_faults = faults; }
    void markChanged();

    /// OVH JSON, exactly the published `dedicatedCloud.Task` model: taskId, name, type, state,
    /// progress, executionDate, lastModificationDate, description (always, empty if none), endDate
    /// (absent until finished), and those related ids that are Task fields (datacenterId,
    /// networkAccessId, userId, …): a private id (kmsId) stays in `related`, for filtering.
    static QJsonObject toJson(const Task &task);

    QString stateKey() const override { return QStringLiteral("tasks"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

signals:
    /// A task changed state (not emitted for progress alone).
    void taskChanged(qint64 id, snc::sandbox::TaskState state);
    /// Something to save (state or progress).
    void changed();

private:
    void finish(Task &task, TaskState state, qint64 atMs, const QString &description);
    /// Plans a task fault for `task` (a detour or a stall), from the seed, if the faults ask.
    void planHold(Task &task);
    void updateTimer();
    double jitter(const QString &kindName) const;

    SandboxClock *m_clock;
    quint64 m_seed;
    QHash<QString, TaskKind> m_kinds;
    std::map<qint64, Task> m_tasks;
    qint64 m_nextId = 4'091'000;
    QStringList m_duplicateTasks;
    FaultSpec m_faults;
    TokenGate m_tokenGate;
    qint64 m_tokenLifetimeMs = 0;
    QTimer m_timer;
    bool m_advancing = false;
};

} // namespace snc::sandbox
