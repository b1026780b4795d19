// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/OperationTokenGate.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "stages/StageContext.h"
#include "stages/security/EmbeddedSecureInterface.h"
#include "stages/security/ProductionSecureInterface.h"
#include "tasks/Countdown.h"
#include "tasks/TaskPoller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// Before `doing`: the states a task waiting for its token can be in (which one OVHcloud uses
/// is not published, UNPUBLISHED.md row T6).
bool notStarted(const QString &state)
{
    return state == "toCreate"_L1 || state == "waitingTodo"_L1 || state == "todo"_L1;
}

/// Server time of a task's creation (executionDate), or 0.
qint64 creationMs(const QJsonObject &task)
{
    const QDateTime t = QDateTime::fromString(task.value("executionDate"_L1).toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

OperationTokenGate::OperationTokenGate(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_countdown(new Countdown(context ? context->clock() : nullptr, this))
{
    m_countdown->setServerDeltaSource([this]() -> qint64 {
        return m_context && m_context->api() ? m_context->api()->timeDeltaSeconds() * 1000 : 0;
    });
    if (context) {
        connect(context, &StageContext::serviceChanged, this, &OperationTokenGate::reset);
        connect(context, &StageContext::endpointChanged, this, [this] {
            reset();
            if (m_secure)
                m_secure->deleteLater(); // embedded or production: chosen again at the next use
        });
    }
}

OperationTokenGate::~OperationTokenGate()
{
    if (m_read)
        m_read->abort();
}

void OperationTokenGate::follow(TaskPoller *poller)
{
    connect(poller, &TaskPoller::taskRead, this, &OperationTokenGate::onTaskRead);
    connect(poller, &TaskPoller::finished, this, [this, poller](TaskPoller::Outcome outcome) {
        if (outcome == TaskPoller::Outcome::Canceled)
            onTaskCanceled(poller->taskId());
        else if (poller->taskId() == m_taskId && m_state != State::Expired && outcome != TaskPoller::Outcome::Stopped)
            setState(State::Idle); // done or failed: no token is awaited any more
    });
}

bool OperationTokenGate::isEmbedded() const
{
    return m_context && m_context->isPracticeSandbox();
}

QUrl OperationTokenGate::validationPageUrl() const
{
    if (!m_context || m_taskId <= 0)
        return {};
    QUrl url = m_context->operationValidationUrl(m_taskId, QString());
    // Never the token in a URL (issue 15 item 5): the person types it in the page's own form.
    QUrlQuery query(url);
    query.removeAllQueryItems(u"token"_s);
    url.setQuery(query);
    return url;
}

void OperationTokenGate::onTaskRead(const QJsonObject &task)
{
    const qint64 id = TaskPoller::taskIdOf(task);
    const QString state = task.value("state"_L1).toString();
    if (id <= 0)
        return;
    if (state == "canceled"_L1) {
        onTaskCanceled(id); // canceled while it waited: its token expired
        return;
    }
    if (!notStarted(state)) {
        // It started (validated, or it never needed a token): nothing to wait for.
        if (id == m_taskId && (m_state == State::AwaitingToken || m_state == State::Validating)) {
            m_countdown->stop();
            setState(State::Idle);
        }
        return;
    }
    if ((m_state == State::AwaitingToken || m_state == State::Validating) && id == m_taskId)
        return; // already shown, countdown running
    if (id == m_inactiveForTaskId)
        return; // read for this very task: no token validation, it only queues
    m_pendingTask = task;
    if (!m_context || m_knownService != m_context->serviceName()) {
        readTokenValidation();
        return;
    }
    m_taskId = id;
    m_taskName = task.value("name"_L1).toString();
    m_error.clear();
    const qint64 created = creationMs(task);
    m_countdown->start(created > 0 ? created + tokenLifetimeMs : m_countdown->serverNowMs() + tokenLifetimeMs,
                       tokenLifetimeMs);
    setState(State::AwaitingToken);
}

void OperationTokenGate::readTokenValidation()
{
    if (m_read || !m_context || !m_context->api())
        return;
    // The option's state from the API, once per service: tokenValidation, once enabled, stays.
    const QString service = m_context->serviceName();
    m_read = m_context->api()->get(m_context->servicePath() + u"/securityOptions/compatibilityMatrix"_s,
                                   QUrlQuery{{u"showIncompatible"_s, u"true"_s}});
    ApiCall *call = m_read;
    connect(call, &ApiCall::finished, this, [this, call, service] {
        const Result<QJsonValue> &result = call->result();
        m_read = nullptr;
        if (!m_context || m_context->serviceName() != service || !result.ok())
            return; // read again with the next not-started task
        bool active = false;
        for (const QJsonValue &v : result.value().toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value("name"_L1).toString() == "tokenValidation"_L1)
                active = o.value("enabled"_L1).toBool();
        }
        // Only a positive answer is kept for the service: the option may be enabled later in this
        // session; a negative one only for the task it was read for.
        m_knownService = active ? service : QString();
        const QJsonObject pending = std::exchange(m_pendingTask, {});
        m_inactiveForTaskId = active ? 0 : TaskPoller::taskIdOf(pending);
        if (active && !pending.isEmpty())
            onTaskRead(pending);
    });
}

void OperationTokenGate::onTaskCanceled(qint64 taskId)
{
    if (taskId != m_taskId || (m_state != State::AwaitingToken && m_state != State::Validating))
        return;
    m_countdown->stop();
    setState(State::Expired);
}

SecureInterface *OperationTokenGate::secureInterface()
{
    if (m_secure && m_secure->isEmbedded() == isEmbedded())
        return m_secure;
    if (m_secure)
        m_secure->deleteLater();
    if (isEmbedded())
        m_secure = new EmbeddedSecureInterface(m_context, this);
    else
        m_secure = new ProductionSecureInterface(m_context, this);
    SecureInterface *secure = m_secure.data();
    connect(secure, &SecureInterface::openUrlRequested, this, &OperationTokenGate::openUrlRequested);
    connect(secure, &SecureInterface::operationValidationSent, this, [this](qint64 id) {
        // The poller sees the task start, which ends the gate; production: the person validates
        // on the page, and the poller sees it just the same.
        if (id == m_taskId && m_state == State::Validating && !isEmbedded())
            setState(State::AwaitingToken);
    });
    connect(secure, &SecureInterface::failed, this, [this](const ApiError &e) {
        m_error = e.userMessage();
        if (m_state == State::Validating)
            setState(State::AwaitingToken);
        else
            emit changed();
    });
    return secure;
}

void OperationTokenGate::validate(SecretBytes token)
{
    if (m_state != State::AwaitingToken || m_taskId <= 0)
        return;
    m_error.clear();
    SecureInterface *secure = secureInterface();
    setState(State::Validating);
    secure->validateOperation(m_taskId, std::move(token));
}

void OperationTokenGate::redo()
{
    if (m_state != State::Expired)
        return;
    setState(State::Idle);
    emit redoRequested();
}

void OperationTokenGate::reset()
{
    if (m_read)
        m_read->abort();
    m_read = nullptr;
    m_knownService.clear();
    m_inactiveForTaskId = 0;
    m_pendingTask = {};
    m_taskId = 0;
    m_taskName.clear();
    m_error.clear();
    m_countdown->stop();
    setState(State::Idle);
}

void OperationTokenGate::setState(State state)
{
    if (state == State::Idle) {
        m_taskId = m_state == State::Idle ? m_taskId : 0;
        m_error.clear();
    }
    m_state = state;
    emit changed();
}

QString OperationTokenGate::allowedIpRemark()
{
    return tr("The operation-validation page only opens from an IP address allowed to reach the "
              "PCC (stage 1).", "@info token");
}

QString OperationTokenGate::text() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::AwaitingToken:
    case State::Validating:
        //: %1 the operation (task) id
        return tr("Operation %1 has not started yet. If OVHcloud counts it as sensitive, an SMS with a "
                  "token was sent to the token validators for operation %1: it must be validated "
                  "within 15 minutes of its creation, or OVHcloud cancels it.", "@info token")
                .arg(m_taskId);
    case State::Expired:
        //: %1 the operation (task) id
        return tr("Operation %1 was canceled by OVHcloud: its token was not validated in time, and "
                  "nothing was changed. You can redo it: the wizard reads the current state first "
                  "and never does it twice.", "@info token")
                .arg(m_taskId);
    }
    return {};
}

} // namespace snc
