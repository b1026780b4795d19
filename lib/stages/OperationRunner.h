// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace snc {

class StageOperation;

/**
 * @brief What runs a model's operations: starts them, counts its busy state from them, cancels
 * them (issue 14). Every stage model has one (StageModel); so do the parts a stage composes
 * (stage 2's admin user and token models), so that they all follow the one pattern.
 */
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    explicit OperationRunner(QObject *owner);
    ~OperationRunner() override;

    /// A new operation: busy until it ends. Owned by the runner.
    StageOperation *start();
    /// Ends every running operation with Kind::Canceled (its callbacks run).
    void cancelAll();
    /// Stops every running operation without any callback (the owner is being destroyed).
    void dropAll();

    bool isBusy() const { return m_busy > 0; }

signals:
    void busyChanged(bool busy);

private:
    friend class StageOperation;
    void beginWork();
    void endWork();

    QList<QPointer<StageOperation>> m_operations;
    int m_busy = 0;
};

} // namespace snc
