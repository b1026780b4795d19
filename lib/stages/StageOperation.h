// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "core/ApiError.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace snc {

class CallGroup;
class OperationRunner;

/**
 * @brief One asynchronous piece of work of a stage model: a read, or an action together with
 * the read-back that belongs to it. The one place where a stage keeps busy, generation and
 * pending state (issue 14).
 *
 * Made by StageModel::startOperation() (an OperationRunner::start()). Then:
 * - **Busy is a scope.** The model is busy from the operation's start to its end, whatever way
 *   it ends (succeed, fail, cancel, the model destroyed): nothing is paired by hand.
 * - **Its lifetime is its generation.** What answers the operation is connected to its scope():
 *   `op->onAnswer(call, f)`, `op->group()->onAllFinished(op->scope(), f)`,
 *   `run->onFinished(op->scope(), f)`. When the operation ends its scope goes, and none of them
 *   runs any more: no counter is compared. An unrelated refresh is another operation and can
 *   neither cancel nor answer this one.
 * - **One end.** onFinished() callbacks run exactly once, with Result<Unit>: a value, or the
 *   error (Kind::Canceled after cancel(), which the model's cancel() does to every operation
 *   it runs). The operation deletes itself afterwards.
 */
class StageOperation : public QObject
{
    Q_OBJECT
public:
    ~StageOperation() override;

    /// The context of everything that answers this operation; it goes when the operation ends.
    QObject *scope() const { return m_scope; }
    /// Tracks `call` (aborted if the operation ends first) and runs
    /// `f(const Result<QJsonValue> &)` with its answer while the operation runs.
    template <class F>
    void onAnswer(ApiCall *call, F f)
    {
        if (m_ended) { // nothing would answer it
            call->abort();
            return;
        }
        m_calls.append(call);
        call->onFinished(m_scope, std::move(f));
    }
    /// A group of parallel calls that belongs to this operation: abandoned if it ends first.
    /// Answer it with `onAllFinished(scope(), …)`.
    CallGroup *group();

    void succeed();
    void fail(const ApiError &error);
    /// Aborts what it started and ends with Kind::Canceled (no effect once ended).
    void cancel();

    bool isRunning() const { return !m_ended; }

    /// `f(const Result<Unit> &)` runs once, at the end (register right after starting).
    template <class F>
    void onFinished(QObject *context, F f)
    {
        connect(this, &StageOperation::finished, context, [this, f = std::move(f)]() { f(m_result); });
    }

signals:
    void finished();

private:
    friend class OperationRunner;
    explicit StageOperation(OperationRunner *runner);
    void end(Result<Unit> result);
    /// Stops everything it started, without any callback (its end, or its model's destruction).
    void stopAll();
    void releaseBusy();

    QPointer<OperationRunner> m_runner;
    QObject *m_scope;
    QList<QPointer<ApiCall>> m_calls;
    QList<QPointer<CallGroup>> m_groups;
    Result<Unit> m_result{Unit{}};
    bool m_ended = false;
    bool m_busy = true;
};

} // namespace snc
