// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/StageOperation.h"

#include "api/CallGroup.h"
#include "stages/OperationRunner.h"

namespace snc {

StageOperation::StageOperation(OperationRunner *runner)
    : QObject(runner), m_runner(runner), m_scope(new QObject(this))
{
    runner->beginWork();
}

StageOperation::~StageOperation()
{
    stopAll();
    releaseBusy();
}

CallGroup *StageOperation::group()
{
    auto *g = new CallGroup(this);
    if (m_ended)
        g->abandon(); // the operation is over: the group never answers
    else
        m_groups.append(g);
    return g;
}

void StageOperation::succeed()
{
    end(Unit{});
}

void StageOperation::fail(const ApiError &error)
{
    end(error);
}

void StageOperation::cancel()
{
    end(ApiError::make(ApiError::Kind::Canceled, QStringLiteral("operation canceled")));
}

void StageOperation::end(Result<Unit> result)
{
    if (m_ended)
        return;
    m_ended = true;
    m_result = std::move(result);
    stopAll();
    releaseBusy(); // before the callbacks: they see the model as it is after the operation
    emit finished();
    deleteLater();
}

void StageOperation::stopAll()
{
    // The scope first: deleting it disconnects every handler of this operation at once (it is
    // only ever a receiver, so deleting it inside one of its handlers is safe). Then what is
    // still in flight is aborted; nothing answers it any more.
    delete m_scope;
    m_scope = nullptr;
    const QList<QPointer<CallGroup>> groups = m_groups;
    m_groups.clear();
    for (const QPointer<CallGroup> &g : groups) {
        if (g)
            g->abandon();
    }
    const QList<QPointer<ApiCall>> calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call && !call->isFinished())
            call->abort();
    }
}

void StageOperation::releaseBusy()
{
    if (!m_busy)
        return;
    m_busy = false;
    if (m_runner)
        m_runner->endWork();
}

} // namespace snc
