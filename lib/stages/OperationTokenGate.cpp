// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/OperationTokenGate.h"

#include "stages/StageContext.h"
#include "stages/TokenValidationOption.h"
#include "stages/security/EmbeddedSecureInterface.h"
#include "stages/security/ProductionSecureInterface.h"
#include "tasks/Countdown.h"
#include "tasks/TaskPoller.h"

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

} // namespace

OperationTokenGate::OperationTokenGate(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_token(new PendingOperationToken(context, this))
{
    connect(m_token, &PendingOperationToken::validationSent, this, [this](qint64) {
        // The poller sees the task start, which ends the gate; production: the person validates
        // on the page, and the poller sees it just the same.
        if (m_state == State::Validating && !isEmbedded())
            setState(State::AwaitingToken);
    });
    connect(m_token, &PendingOperationToken::validationFailed, this, [this](const ApiError &e) {
        m_error = e.userMessage();
        if (m_state == State::Validating)
            setState(State::AwaitingToken);
        else
            emit changed();
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

OperationTokenGate::~OperationTokenGate() = default;

qint64 OperationTokenGate::taskId() const
{
    return m_token->taskId();
}

Countdown *OperationTokenGate::countdown() const
{
    return m_token->countdown();
}

void OperationTokenGate::follow(TaskPoller *poller)
{
    connect(poller, &TaskPoller::taskRead, this, &OperationTokenGate::onTaskRead);
    connect(poller, &TaskPoller::finished, this, [this, poller](TaskPoller::Outcome outcome) {
        if (poller->taskId() == m_askedForTaskId)
            m_askedForTaskId = 0; // it ended before tokenValidation was known: nothing to show
        if (outcome == TaskPoller::Outcome::Canceled)
            onTaskCanceled(poller->taskId());
        else if (poller->taskId() == taskId() && m_state != State::Expired && outcome != TaskPoller::Outcome::Stopped)
            setState(State::Idle); // done or failed: no token is awaited any more
    });
}

bool OperationTokenGate::isEmbedded() const
{
    return m_context && m_context->isPracticeSandbox();
}

QUrl OperationTokenGate::validationPageUrl() const
{
    if (!m_context || taskId() <= 0)
        return {};
    QUrl url = m_context->operationValidationUrl(taskId(), QString());
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
        if (id == m_askedForTaskId)
            m_askedForTaskId = 0;
        if (id == taskId() && (m_state == State::AwaitingToken || m_state == State::Validating)) {
            m_token->stop();
            setState(State::Idle);
        }
        return;
    }
    if ((m_state == State::AwaitingToken || m_state == State::Validating) && id == taskId())
        return; // already shown, countdown running
    if (id == m_inactiveForTaskId || id == m_askedForTaskId || !m_context)
        return; // read for this very task: no token validation, it only queues; or being read
    m_askedForTaskId = id;
    // The option's state from the API, shared by every stage's gate (StageContext); synchronous
    // once it is known enabled for the service.
    m_context->tokenValidation()->whenKnown(this, [this, task, id](TokenValidationOption::Answer answer) {
        if (id != m_askedForTaskId)
            return; // reset, started or ended meanwhile
        m_askedForTaskId = 0;
        if (answer == TokenValidationOption::Answer::Disabled)
            m_inactiveForTaskId = id; // a negative answer only for the task it was read for
        else if (answer == TokenValidationOption::Answer::Enabled)
            awaitToken(task);
        // Unknown (the read failed): asked again with the task's next read.
    });
}

void OperationTokenGate::awaitToken(const QJsonObject &task)
{
    m_taskName = task.value("name"_L1).toString();
    m_error.clear();
    m_token->follow(task);
    setState(State::AwaitingToken);
}

void OperationTokenGate::onTaskCanceled(qint64 taskId)
{
    if (taskId != this->taskId() || (m_state != State::AwaitingToken && m_state != State::Validating))
        return;
    m_token->stop();
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
    connect(m_secure.data(), &SecureInterface::openUrlRequested, this, &OperationTokenGate::openUrlRequested);
    return m_secure;
}

void OperationTokenGate::validate(SecretBytes token)
{
    if (m_state != State::AwaitingToken || taskId() <= 0)
        return;
    m_error.clear();
    m_token->setSecureInterface(secureInterface());
    setState(State::Validating);
    m_token->validate(std::move(token));
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
    m_askedForTaskId = 0;
    m_inactiveForTaskId = 0;
    m_token->clear();
    m_taskName.clear();
    m_error.clear();
    setState(State::Idle);
}

void OperationTokenGate::setState(State state)
{
    if (state == State::Idle) {
        if (m_state != State::Idle)
            m_token->clear(); // the operation is over: no token awaited
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
                .arg(taskId());
    case State::Expired:
        //: %1 the operation (task) id
        return tr("Operation %1 was canceled by OVHcloud: its token was not validated in time, and "
                  "nothing was changed. You can redo it: the wizard reads the current state first "
                  "and never does it twice.", "@info token")
                .arg(taskId());
    }
    return {};
}

} // namespace snc
