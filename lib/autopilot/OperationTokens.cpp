// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationTokens.h"

#include "UiDriver.h"
#include "core/PracticeSms.h"
#include "stages/OperationTokenGate.h"
#include "ui/OutboxFeed.h"
#include "ui/widgets/OperationTokenPanel.h"

#include <QDateTime>

namespace snc {

using Names = OperationTokenPanel::Names;

OperationTokens::Event OperationTokens::poll()
{
    auto *panel = m_ui.find<OperationTokenPanel>(Names::panel);
    OperationTokenGate *gate = panel && panel->isVisible() ? panel->gate() : nullptr;
    if (!gate || !gate->isEmbedded())
        return Event::None;
    if (gate->state() == OperationTokenGate::State::Expired) {
        if (!m_ui.isEnabled(Names::redoButton))
            return Event::None;
        // As a person would: redo the canceled operation (the stage re-reads first).
        m_ui.click(Names::redoButton);
        return Event::Redone;
    }
    if (gate->state() != OperationTokenGate::State::AwaitingToken)
        return Event::None;
    const qint64 id = gate->taskId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_seen.contains(id)) {
        m_seen.insert(id, now);
        if (!m_letExpire.isEmpty() && gate->taskName() == m_letExpire) {
            m_letExpire.clear(); // the first one only: its redo is validated
            m_leftToExpire.insert(id);
        }
        return Event::Waiting;
    }
    if (m_leftToExpire.contains(id) || now - m_seen.value(id) < 1000 || now - m_typed.value(id, 0) < 3000)
        return Event::None; // left to expire; reading the SMS; or just typed
    OutboxFeed *outbox = m_ui.window()->outboxFeed();
    if (!outbox)
        return Event::None;
    if (now - m_lastOutboxPollMs >= 500) {
        m_lastOutboxPollMs = now;
        outbox->pollNow();
    }
    // The person reads the SMS that names this operation (the newest, should there be two).
    // The practice SMS is in the interface's language (issue 18, item 5): English or French words.
    const QString marker = practiceSms::operationIdMarker(false, id);
    const QString frenchMarker = practiceSms::operationIdMarker(true, id);
    QString token;
    for (const OutboxMessage &m : outbox->messages()) {
        if (m.channel == OutboxMessage::Channel::Sms && (m.body.contains(marker) || m.body.contains(frenchMarker))
            && !m.code.isEmpty())
            token = m.code;
    }
    if (token.isEmpty() || !m_ui.isEnabled(Names::tokenEdit))
        return Event::None;
    m_typed.insert(id, now);
    m_ui.type(Names::tokenEdit, token);
    m_ui.click(Names::validateButton);
    return Event::None;
}

} // namespace snc
