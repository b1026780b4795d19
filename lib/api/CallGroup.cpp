// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CallGroup.h"

#include "api/ApiCall.h"

#include <QTimer>

namespace snc {

CallGroup::CallGroup(QObject *parent) : QObject(parent) {}

CallGroup::~CallGroup()
{
    abandon();
}

void CallGroup::abandon()
{
    // Our handlers are disconnected before the abort: an aborted call finishes synchronously,
    // and an abandoned group runs nothing more.
    m_ended = true;
    const QList<QPointer<ApiCall>> calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call && !call->isFinished()) {
            disconnect(call, nullptr, this, nullptr);
            call->abort();
        }
    }
}

void CallGroup::add(ApiCall *call, std::function<void(const QJsonValue &)> onValue)
{
    addResult(call, [this, onValue = std::move(onValue)](const Result<QJsonValue> &r) {
        if (!r.ok())
            fail(r.error());
        else if (onValue)
            onValue(r.value());
    });
}

void CallGroup::addResult(ApiCall *call, std::function<void(const Result<QJsonValue> &)> onResult)
{
    if (m_ended) { // abandoned (its operation ended): the call is not wanted any more
        call->abort();
        return;
    }
    ++m_pending;
    m_calls.append(call);
    call->onFinished(this, [this, onResult = std::move(onResult)](const Result<QJsonValue> &r) {
        onResult(r); // may add calls: they are counted before this one is released
        answered();
    });
}

void CallGroup::fail(const ApiError &error)
{
    if (!m_error)
        m_error = error;
}

void CallGroup::answered()
{
    --m_pending;
    if (m_closed && m_pending == 0 && !m_ended) {
        m_ended = true;
        const QPointer<CallGroup> self(this);
        emit allFinished();
        if (self)
            deleteLater();
    }
}

void CallGroup::close()
{
    m_closed = true;
    if (m_pending == 0 && !m_ended) {
        // Nothing to wait for: answer from the event loop, as a call would.
        ++m_pending;
        QTimer::singleShot(0, this, [this] { answered(); });
    }
}

Result<Unit> CallGroup::result() const
{
    if (m_error)
        return *m_error;
    return Unit{};
}

} // namespace snc
