// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/PendingOperationToken.h"

#include "api/ApiClient.h"
#include "stages/StageContext.h"
#include "stages/security/SecureInterface.h"
#include "tasks/Countdown.h"
#include "tasks/TaskPoller.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

PendingOperationToken::PendingOperationToken(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_countdown(new Countdown(context ? context->clock() : nullptr, this))
{
    // Server time: the deadline is the server's, whatever the local clock says.
    m_countdown->setServerDeltaSource([this]() -> qint64 {
        return m_context && m_context->api() ? m_context->api()->timeDeltaSeconds() * 1000 : 0;
    });
}

qint64 PendingOperationToken::creationMs(const QJsonObject &task)
{
    // executionDate is the creation, and the Task schema requires it. lastModificationDate stands
    // in only if a task ever comes without it: it is at or after the creation and at or before
    // now, so its countdown is closer to the truth than one started from now, the last resort.
    for (QLatin1String field : {"executionDate"_L1, "lastModificationDate"_L1}) {
        const QDateTime t = QDateTime::fromString(task.value(field).toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return 0;
}

bool PendingOperationToken::follow(const QJsonObject &task)
{
    const qint64 id = TaskPoller::taskIdOf(task);
    if (id <= 0)
        return false;
    if (id != m_taskId)
        m_validating = false; // an answer about the previous task is not about this one
    m_taskId = id;
    const qint64 created = creationMs(task);
    m_createdMs = created > 0 ? created : m_countdown->serverNowMs();
    m_countdown->start(m_createdMs + lifetimeMs, lifetimeMs);
    return true;
}

void PendingOperationToken::showEnded(const QJsonObject &task)
{
    m_countdown->stop();
    m_taskId = TaskPoller::taskIdOf(task);
    m_createdMs = creationMs(task);
    m_validating = false;
}

void PendingOperationToken::stop()
{
    m_countdown->stop();
}

void PendingOperationToken::clear()
{
    m_countdown->stop();
    m_taskId = 0;
    m_createdMs = 0;
    m_validating = false;
}

qint64 PendingOperationToken::ageMs() const
{
    return m_createdMs > 0 ? std::max<qint64>(0, m_countdown->serverNowMs() - m_createdMs) : 0;
}

bool PendingOperationToken::isExpired() const
{
    return m_countdown->isExpired();
}

SecureInterface *PendingOperationToken::secureInterface() const
{
    return m_secure;
}

void PendingOperationToken::setSecureInterface(SecureInterface *secure)
{
    if (m_secure == secure)
        return;
    if (m_secure)
        disconnect(m_secure, nullptr, this, nullptr);
    m_secure = secure;
    m_validating = false;
    if (!secure)
        return;
    connect(secure, &SecureInterface::operationValidationSent, this, [this](qint64 id) {
        if (!m_validating || id != m_taskId)
            return;
        m_validating = false;
        emit validationSent(id);
    });
    connect(secure, &SecureInterface::failed, this, [this](const ApiError &e) {
        // The interface also runs the password steps (stage 2): only our call's failure is ours.
        if (!m_validating)
            return;
        m_validating = false;
        emit validationFailed(e);
    });
}

bool PendingOperationToken::validate(SecretBytes token)
{
    if (m_taskId <= 0 || !m_secure)
        return false;
    m_validating = true;
    m_secure->validateOperation(m_taskId, std::move(token));
    return true;
}

} // namespace snc
