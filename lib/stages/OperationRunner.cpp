// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/OperationRunner.h"

#include "stages/StageOperation.h"

namespace snc {

OperationRunner::OperationRunner(QObject *owner) : QObject(owner) {}

OperationRunner::~OperationRunner()
{
    dropAll();
}

StageOperation *OperationRunner::start()
{
    m_operations.removeAll(nullptr);
    auto *op = new StageOperation(this);
    m_operations.append(op);
    return op;
}

void OperationRunner::cancelAll()
{
    const QList<QPointer<StageOperation>> operations = m_operations;
    m_operations.clear();
    for (const QPointer<StageOperation> &op : operations) {
        if (op)
            op->cancel();
    }
}

void OperationRunner::dropAll()
{
    const QList<QPointer<StageOperation>> operations = m_operations;
    m_operations.clear();
    for (const QPointer<StageOperation> &op : operations) {
        if (op) {
            op->m_runner = nullptr; // no busy change, no callback: the owner is going away
            delete op;
        }
    }
}

void OperationRunner::beginWork()
{
    if (m_busy++ == 0)
        emit busyChanged(true);
}

void OperationRunner::endWork()
{
    if (m_busy == 0)
        return;
    if (--m_busy == 0)
        emit busyChanged(false);
}

} // namespace snc
