// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/VpnSessionMonitor.h"

#include "core/ApiError.h"
#include "stages/StageContext.h"
#include "stages/vpn/NsxApplyChain.h"
#include "stages/vpn/NsxClient.h"
#include "core/Poller.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace snc {

VpnSessionMonitor::VpnSessionMonitor(NsxClient *nsx, StageContext *context, QObject *parent)
    : QObject(parent), m_nsx(nsx), m_context(context), m_poller(new Poller(this))
{
    if (context)
        m_poller->setClock(context->clock());
    connect(m_poller, &Poller::due, this, &VpnSessionMonitor::poll);
    connect(m_poller, &Poller::expired, this, [this] {
        const auto done = m_waitDone; // a copy: the answer may stop the wait, which clears it
        if (m_waitScope && done)
            done(WaitEnd::GaveUp, Unit{});
    });
}

QString VpnSessionMonitor::text(const QString &peer) const
{
    switch (m_state) {
    case State::Up:
        //: %1 tunnels up, %n tunnels in all, %2 the peer's address
        return tr("Connected: %1 of %n tunnel(s) negotiated with %2.", "@info", m_tunnelsTotal).arg(m_tunnelsUp).arg(peer);
    case State::Negotiating:
        return tr("Negotiating: IKE is talking to the peer %1…", "@info").arg(peer);
    case State::Down:
        if (m_failReason.isEmpty())
            return tr("Not connected: no answer from the peer %1 yet. Check that your gateway is configured "
                      "(swanctl.conf below) and reachable on UDP 500 and 4500.", "@info").arg(peer);
        //: %1 NSX's reason, %2 peer address
        return tr("Not connected: %1. Check that your gateway %2 is up, reachable on UDP 500 and 4500, and "
                  "uses the same pre-shared key and proposals (swanctl.conf below).", "@info").arg(m_failReason, peer);
    case State::NotConfigured:
        return tr("No VPN session is configured on the NSX Manager yet.", "@info");
    case State::Unknown:
        break;
    }
    return tr("Session state unknown.", "@info");
}

void VpnSessionMonitor::setState(State state, const QString &reason, int up, int total)
{
    const bool same = state == m_state && reason == m_failReason && up == m_tunnelsUp && total == m_tunnelsTotal;
    m_state = state;
    m_failReason = reason;
    m_tunnelsUp = up;
    m_tunnelsTotal = total;
    if (!same)
        emit stateChanged();
}

void VpnSessionMonitor::reset()
{
    stopWaiting();
    setState(State::Unknown);
    m_readAt = QDateTime();
}

void VpnSessionMonitor::read(QObject *scope, std::function<void(const Result<Unit> &)> then)
{
    m_nsx->get(m_sessionPath + u"/detailed-status"_s, scope, [this, then](const Result<QJsonValue> &r) {
        const qint64 now = m_context ? m_context->serverNowMs() : 0;
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::NotFound) {
                then(r.error());
                return;
            }
            m_readAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            setState(State::NotConfigured);
            then(Unit{});
            return;
        }
        const QJsonObject st = r.value().toObject().value("results"_L1).toArray().at(0).toObject();
        const QString runtime = st.value("runtime_status"_L1).toString();
        const QJsonObject ike = st.value("ike_status"_L1).toObject();
        const QString ikeState = ike.value("ike_session_state"_L1).toString();
        QString reason = ike.value("fail_reason"_L1).toString();
        if (reason.isEmpty())
            reason = st.value("alarm"_L1).toObject().value("message"_L1).toString();
        m_readAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        State state = State::Down;
        if (runtime == "UP"_L1)
            state = State::Up;
        else if (ikeState == "NEGOTIATING"_L1)
            state = State::Negotiating;
        setState(state, state == State::Down ? reason : QString(), st.value("negotiated_tunnels"_L1).toInt(),
                 st.value("total_tunnels"_L1).toInt());
        then(Unit{});
    });
}

void VpnSessionMonitor::waitUntilUp(QObject *scope, int intervalMs, int maxPolls,
                                    std::function<void(WaitEnd, const Result<Unit> &)> done)
{
    m_waitScope = scope;
    m_waitDone = std::move(done);
    m_intervalMs = intervalMs;
    m_poller->setMaxPolls(maxPolls);
    m_poller->start(qMin(intervalMs, 500));
}

void VpnSessionMonitor::stopWaiting()
{
    m_poller->stop();
    m_waitScope = nullptr;
    m_waitDone = nullptr;
}

int VpnSessionMonitor::polls() const
{
    return m_poller->polls();
}

void VpnSessionMonitor::poll()
{
    if (!m_waitScope) {
        stopWaiting();
        return;
    }
    read(m_waitScope, [this](const Result<Unit> &r) {
        const auto finish = [this, &r](WaitEnd end) {
            auto done = m_waitDone;
            m_poller->stop();
            if (done)
                done(end, r);
        };
        if (m_state == State::Up)
            finish(WaitEnd::Up);
        else if (m_state == State::Down && !m_failReason.isEmpty())
            finish(WaitEnd::Down);
        else if (!r.ok())
            finish(WaitEnd::ReadFailed);
        else {
            emit polled();
            m_poller->again(m_intervalMs);
        }
    });
}

} // namespace snc
