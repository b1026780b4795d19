// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class NsxClient;
class Poller;
class StageContext;

/**
 * @brief The state of the wizard's IPsec session on NSX (`…/sessions/snc-wizard-session/
 * detailed-status`): one read, or a wait until the session is up (stage 3, VpnModel).
 *
 * Keeps what was last read (state, NSX's reason when down, tunnels up/total, when it was read,
 * in server time) and emits stateChanged() when it changes. waitUntilUp() is the apply's wait:
 * one snc::Poller on the context's Clock reads the status until UP, or DOWN with a reason, or
 * maxPolls reads. Does not own the NsxClient or the context.
 */
class VpnSessionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, NotConfigured, Negotiating, Up, Down };
    Q_ENUM(State)
    /// How a waitUntilUp() ended.
    enum class WaitEnd { Up, Down, ReadFailed, GaveUp };

    VpnSessionMonitor(NsxClient *nsx, StageContext *context, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString failReason() const { return m_failReason; }
    int tunnelsUp() const { return m_tunnelsUp; }
    int tunnelsTotal() const { return m_tunnelsTotal; }
    /// When state() was last read from NSX (UTC); invalid if never.
    QDateTime readAt() const { return m_readAt; }
    /// Translated explanation of state() for a session with `peer` (why it is not up, what to check).
    QString text(const QString &peer) const;

    void setState(State state, const QString &reason = {}, int up = 0, int total = 0);
    /// Forgets everything read (a service change).
    void reset();

    /// Reads `detailed-status` once; `then(result)` in `scope`. No session (404): NotConfigured and
    /// a success. A failure is returned, not reported.
    void read(QObject *scope, std::function<void(const Result<Unit> &)> then);
    /// The session read() asks for (under the Tier-0 found by VpnModel).
    void setSessionPath(const QString &path) { m_sessionPath = path; }
    QString sessionPath() const { return m_sessionPath; }

    /// Reads every intervalMs (the first after min(intervalMs, 500)) until the session is up, down
    /// with a reason, a read fails, or maxPolls reads were made: `done(end, lastReadResult)` in
    /// `scope`. Stops silently when `scope` goes. polled() after each read that does not end it.
    void waitUntilUp(QObject *scope, int intervalMs, int maxPolls,
                     std::function<void(WaitEnd, const Result<Unit> &)> done);
    void stopWaiting();
    /// Reads made by the current (or last) waitUntilUp().
    int polls() const;

signals:
    void stateChanged();
    void polled();

private:
    void poll();

    NsxClient *m_nsx;
    QPointer<StageContext> m_context;
    Poller *m_poller;
    QPointer<QObject> m_waitScope;
    std::function<void(WaitEnd, const Result<Unit> &)> m_waitDone;
    int m_intervalMs = 2000;
    State m_state = State::Unknown;
    QString m_failReason;
    QDateTime m_readAt;
    int m_tunnelsUp = 0;
    int m_tunnelsTotal = 0;
    QString m_sessionPath;
};

} // namespace snc
