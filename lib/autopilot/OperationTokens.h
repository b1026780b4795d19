// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace snc {

class UiDriver;

/**
 * @brief The autopilot's one helper for "any operation may need an SMS token" (issue 17 item 3):
 * whichever step runs, when the window shows the operation-token panel waiting for operation N,
 * it reads the newest SMS naming "Operation Id: N" from the practice phone (the sandbox outbox)
 * and types its token and presses Validate, as a person would. The panel going away (the task
 * started) or the SMS never coming (the operation was not sensitive) needs nothing.
 *
 * Polled by the autopilot between steps' checks; never blocks. Does not own the driver.
 */
class OperationTokens
{
public:
    explicit OperationTokens(UiDriver &ui) : m_ui(ui) {}

    /// What poll() saw, for the autopilot's progress lines and its current step.
    enum class Event {
        None,
        Waiting,  ///< an operation is seen waiting for its token for the first time
        Redone,   ///< an operation was canceled (token expired); Redo was pressed: act again
    };

    /// `--let-token-expire TASKNAME`: the first operation of that OVH task name is left to
    /// expire (nobody types its token), then redone: the drill of tst_operationtoken.
    void setLetExpire(const QString &taskName) { m_letExpire = taskName; }

    /// Acts if the panel waits for a token whose SMS has arrived: a second after it first saw the
    /// operation waiting (a person reads the SMS first), then at most every 3 s per operation;
    /// presses Redo on an operation canceled while it waited.
    Event poll();
    /// How many operations it validated (for the run's log).
    int validatedCount() const { return int(m_typed.size()); }

private:
    UiDriver &m_ui;
    QHash<qint64, qint64> m_seen;      ///< operation id → when it was first seen waiting (ms)
    QHash<qint64, qint64> m_typed;     ///< operation id → when its token was last typed (ms)
    qint64 m_lastOutboxPollMs = 0;
    QString m_letExpire;
    QSet<qint64> m_leftToExpire;      ///< operations whose token is never typed (the drill)
};

} // namespace snc
