// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/Result.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace snc {

class ApiCall;

/**
 * @brief Parallel API calls that end together: one answer once every call has answered.
 *
 * Replaces the hand-written "pending counter + done() + failWith()" trio of the stage models:
 * ```
 * auto *group = new CallGroup(operation);          // dies with its parent: nothing runs after
 * group->add(api->get(base), [read](const QJsonValue &v) { read->policy = …; });
 * group->add(api->get(base + "/allowedNetwork"), [group, …](const QJsonValue &ids) {
 *     for (…) group->add(api->get(…/id), …);      // calls added from a handler count too
 * });
 * group->onAllFinished(this, [](const Result<Unit> &r) { … });
 * ```
 * - The first failure is the group's error; later ones are ignored. A handler given to
 *   addResult() sees every outcome and calls fail() itself (e.g. to accept a 404).
 * - onAllFinished() closes the group: its callback runs once, when every call added before the
 *   last answer has answered (deferred to the event loop when there is none), then the group
 *   deletes itself.
 * - abandon(), or deleting the group (or its parent), aborts the calls still in flight; none of
 *   its handlers runs afterwards.
 */
class CallGroup : public QObject
{
    Q_OBJECT
public:
    explicit CallGroup(QObject *parent);
    ~CallGroup() override;

    /// `onValue` runs on success; a failure becomes the group's error (the first one wins).
    void add(ApiCall *call, std::function<void(const QJsonValue &)> onValue = {});
    /// `onResult` sees every outcome; it calls fail() for those that fail the group.
    void addResult(ApiCall *call, std::function<void(const Result<QJsonValue> &)> onResult);
    /// Fails the group with `error` unless it failed already.
    void fail(const ApiError &error);
    bool hasFailed() const { return m_error.has_value(); }
    /// Aborts the calls in flight without running any handler: the group never finishes.
    void abandon();

    /// Closes the group; `f(const Result<Unit> &)` runs once when every call has answered.
    template <class F>
    void onAllFinished(QObject *context, F f)
    {
        connect(this, &CallGroup::allFinished, context, [this, f = std::move(f)]() { f(result()); });
        close();
    }

signals:
    void allFinished();

private:
    void answered();
    void close();
    Result<Unit> result() const;

    QList<QPointer<ApiCall>> m_calls;
    int m_pending = 0;
    bool m_closed = false;
    bool m_ended = false;
    std::optional<ApiError> m_error;
};

} // namespace snc
