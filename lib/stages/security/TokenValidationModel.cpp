// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/TokenValidationModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "stages/OperationRunner.h"
#include "stages/OnboardingTasks.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/WizardSettings.h"
#include "stages/security/SecureInterface.h"
#include "tasks/Countdown.h"
#include "tasks/TaskPoller.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

ApiError validationError(const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Validation, u"local check"_s);
    e.serverMessage = message;
    return e;
}

/// Server time of a task's creation (executionDate), or 0.
qint64 taskCreationMs(const QJsonObject &task)
{
    for (const char *field : {"executionDate", "lastModificationDate"}) {
        const QDateTime t = QDateTime::fromString(task.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return 0;
}

} // namespace

TokenValidationModel::TokenValidationModel(StageContext *context, SecureInterface *secureInterface,
                                           QObject *parent)
    : QObject(parent), m_context(context), m_countdown(new Countdown(context ? context->clock() : nullptr, this)),
      m_poller(new TaskPoller(context ? context->api() : nullptr, this)),
      m_operations(new OperationRunner(this))
{
    connect(m_operations, &OperationRunner::busyChanged, this, &TokenValidationModel::busyChanged);
    if (context)
        context->onboardingTasks()->recordRunsOf(m_poller, 2); // what the compliance report reads
    m_countdown->setServerDeltaSource([this] {
        return m_context && m_context->api() ? m_context->api()->timeDeltaSeconds() * 1000 : 0;
    });
    connect(m_countdown, &Countdown::expired, this, [this] {
        // The countdown is a hint; the server's cancel is the truth, so the task stays followed.
        if (m_state == State::WaitingForToken || m_state == State::Validating) {
            setState(State::Expired);
            emit expired();
        }
    });
    connect(m_poller, &TaskPoller::finished, this, [this](TaskPoller::Outcome outcome) {
        const ApiError error = m_lastError;
        switch (outcome) {
        case TaskPoller::Outcome::Done:
            m_countdown->stop();
            if (m_settings && m_context)
                m_settings->clearPendingTask(m_context->serviceName(), optionName());
            setState(State::Done);
            emit validated();
            // The option leaves pendingOptions: read it back for the stage status.
            refresh();
            break;
        case TaskPoller::Outcome::Canceled: {
            m_countdown->stop();
            if (m_settings && m_context)
                m_settings->clearPendingTask(m_context->serviceName(), optionName());
            const bool was = m_state == State::Expired;
            setState(State::Expired);
            if (!was)
                emit expired();
            break;
        }
        case TaskPoller::Outcome::Error:
        case TaskPoller::Outcome::PollFailed:
            m_countdown->stop();
            setState(State::Failed);
            break;
        default:
            break;
        }
    });
    connect(m_poller, &TaskPoller::failed, this, [this](const ApiError &e) {
        if (e.errorCode != "TASK_CANCELED"_L1)
            fail(e);
    });
    setSecureInterface(secureInterface);
    if (context) {
        connect(context, &StageContext::serviceChanged, this, [this] {
            cancel();
            m_taskId = 0;
            m_pendingOptions.clear();
            setState(State::Unknown);
        });
    }
}

TokenValidationModel::~TokenValidationModel()
{
    m_operations->dropAll(); // no callback into a model being destroyed
}

bool TokenValidationModel::isBusy() const
{
    return m_operations->isBusy();
}

void TokenValidationModel::setSecureInterface(SecureInterface *secureInterface)
{
    if (m_secure)
        disconnect(m_secure, nullptr, this, nullptr);
    m_secure = secureInterface;
    if (!m_secure)
        return;
    connect(m_secure, &SecureInterface::operationValidationSent, this, [this](qint64 taskId) {
        if (taskId != m_taskId || m_state != State::Validating)
            return;
        if (m_validate)
            m_validate->succeed();
        // Production only opened the page: the user may still have to confirm there, so the
        // token stays typeable; the task poll tells when it is done either way.
        if (!m_secure->isEmbedded())
            setState(State::WaitingForToken);
    });
    connect(m_secure, &SecureInterface::failed, this, [this](const ApiError &e) {
        if (m_state != State::Validating)
            return; // an error of the password steps, not ours
        if (m_validate)
            m_validate->fail(e);
        if (e.kind == ApiError::Kind::Expired) {
            m_countdown->stop();
            setState(State::Expired);
            emit expired();
        } else {
            setState(State::WaitingForToken);
        }
        fail(e);
    });
}

// ---- Texts and pure checks ---------------------------------------------------------------

QString TokenValidationModel::expiredText()
{
    return tr("The token has expired: the operation was canceled. Send a new token to try again.",
              "@info");
}

QString TokenValidationModel::stateText() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Not checked yet", "@info token state");
    case State::NotPending:
        return tr("Token validation is not pending on this service.", "@info token state");
    case State::Ready:
        return tr("Ready: send the token to the admin user's phone.", "@info token state");
    case State::Requesting:
        return tr("Requesting the token…", "@info token state");
    case State::WaitingForToken:
        return tr("An SMS with the operation id and a 6-digit token was sent. Type the token "
                  "before the time runs out.", "@info token state");
    case State::Validating:
        return tr("Validating the token…", "@info token state");
    case State::Done:
        return tr("Token validation is enabled.", "@info token state");
    case State::Expired:
        return expiredText();
    case State::Failed:
        return tr("Token validation failed: %1", "@info token state").arg(m_lastError.userMessage());
    }
    return {};
}

bool TokenValidationModel::canRequest() const
{
    return !isBusy() && (m_state == State::Ready || m_state == State::Expired || m_state == State::Failed);
}

QString TokenValidationModel::normalizeToken(const QString &input)
{
    QString t;
    for (QChar c : input) {
        if (c.isSpace())
            continue;
        t += c;
    }
    if (t.size() != 6)
        return {};
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return t;
}

QString TokenValidationModel::tokenProblem(const QString &input)
{
    if (input.trimmed().isEmpty() || !normalizeToken(input).isEmpty())
        return {};
    return tr("The token is exactly 6 digits, as in the SMS.", "@error");
}

// ---- State --------------------------------------------------------------------------------

void TokenValidationModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TokenValidationModel::fail(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled)
        return;
    m_lastError = error;
    emit errorOccurred(error);
}

void TokenValidationModel::cancel()
{
    m_poller->stop();
    m_countdown->stop();
    m_operations->cancelAll(); // a read in flight answers its waiters with false
}

void TokenValidationModel::refresh()
{
    readState([this](bool ok) { emit refreshed(ok); });
}

/**
 * Reads pendingOptions and looks for a running token task: the remembered id first, then the
 * service's tasks by name while the option is pending. A running task is adopted (countdown,
 * poll). `then(ok)` at the end.
 */
void TokenValidationModel::readState(std::function<void(bool ok)> then)
{
    StageContext *ctx = m_context;
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        QTimer::singleShot(0, this, [then] { then(false); });
        return;
    }
    // A read asked while one runs is answered by the running one.
    if (m_read && m_read->isRunning()) {
        m_read->onFinished(this, [then](const Result<Unit> &r) { then(r.ok()); });
        return;
    }
    StageOperation *op = m_operations->start();
    m_read = op;
    op->onFinished(this, [then](const Result<Unit> &r) { then(r.ok()); });
    qCDebug(lcStage) << "tokenValidation: reading state";
    const qint64 remembered = m_settings ? m_settings->pendingTask(ctx->serviceName(), optionName()) : 0;
    TokenStateReader::read(op, ctx->api(), ctx->servicePath(), remembered, [this, op](const Result<TokenServerState> &r) {
        if (!r.ok()) {
            qCDebug(lcStage) << "tokenValidation: read failed" << r.error().logLine();
            fail(r.error());
            op->fail(r.error());
            return;
        }
        apply(r.value());
        op->succeed();
    });
}

void TokenValidationModel::apply(const TokenServerState &read)
{
    m_pendingOptions = read.pendingOptions;
    qCDebug(lcStage) << "tokenValidation: pending options" << m_pendingOptions << "tasks" << read.tasks.size()
                     << "state" << m_state;
    const QJsonObject running = read.running();
    const qint64 remembered = m_settings ? m_settings->pendingTask(m_context->serviceName(), optionName()) : 0;
    QJsonObject rememberedEnd = read.ended(remembered);
    if (rememberedEnd.isEmpty() && m_poller->isRunning())
        rememberedEnd = read.ended(m_taskId);
    if (running.isEmpty() && !rememberedEnd.isEmpty() && m_poller->isRunning()
        && TaskPoller::taskIdOf(rememberedEnd) == m_taskId) {
        // This fresh read is newer than the poller's last answer: the task we follow ended.
        m_poller->stop();
        m_countdown->stop();
    }
    if (!running.isEmpty()) {
        adoptTask(running);
    } else if (m_poller->isRunning()) {
        // Our own task is being followed; keep the state it gives.
    } else if (!rememberedEnd.isEmpty()) {
        const QString st = rememberedEnd.value("state"_L1).toString();
        if (m_settings)
            m_settings->clearPendingTask(m_context->serviceName(), optionName());
        m_taskId = TaskPoller::taskIdOf(rememberedEnd);
        if (st == "canceled"_L1 && isOptionPending())
            setState(State::Expired);
        else if (st == "done"_L1 && !isOptionPending())
            setState(State::Done);
        else
            setState(isOptionPending() ? State::Ready : State::NotPending);
    } else if (m_state == State::Done && !isOptionPending()) {
        // stays Done
    } else if (m_state == State::Expired && isOptionPending()) {
        // stays Expired until a new token is requested
    } else {
        setState(isOptionPending() ? State::Ready : State::NotPending);
    }
}

void TokenValidationModel::adoptTask(const QJsonObject &task)
{
    const qint64 id = TaskPoller::taskIdOf(task);
    if (id <= 0)
        return;
    const bool same = id == m_taskId && m_poller->isRunning();
    m_taskId = id;
    if (m_settings && m_context)
        m_settings->setPendingTask(m_context->serviceName(), optionName(), id);
    qint64 created = taskCreationMs(task);
    if (created <= 0)
        created = m_context->serverNowMs();
    if (!same) {
        m_countdown->start(created + tokenLifetimeMs, tokenLifetimeMs);
        followTask();
    }
    if (m_countdown->isExpired()) {
        // Past its 15 minutes but not canceled yet by the server: say so, do not stack another.
        setState(State::Expired);
    } else if (m_state != State::Validating) {
        setState(State::WaitingForToken);
    }
}

void TokenValidationModel::followTask()
{
    if (!m_context || m_taskId <= 0)
        return;
    m_poller->start(TaskPoller::servicePath(m_context->serviceName(), m_taskId));
}

// ---- Actions ------------------------------------------------------------------------------

bool TokenValidationModel::requestToken()
{
    if (!m_context || !m_context->api() || m_context->serviceName().isEmpty()) {
        fail(validationError(tr("Choose a service first.", "@error")));
        return false;
    }
    if (isBusy() || m_state == State::Requesting || m_state == State::Validating) {
        fail(validationError(tr("A request is already in progress.", "@error")));
        return false;
    }
    if (m_state == State::WaitingForToken && m_poller->isRunning() && !m_countdown->isExpired()) {
        fail(validationError(tr("A token was already sent and is still valid. Type it, or wait "
                                "for it to expire before asking for a new one.", "@error")));
        return false;
    }
    m_lastError = {};
    setState(State::Requesting);
    // Re-read first: a token task may exist already (restart, another session): adopt it.
    readState([this](bool ok) {
        if (!ok) {
            setState(State::Failed);
            return;
        }
        if (m_state == State::WaitingForToken || m_state == State::Validating) {
            return; // adopted a running task: no second request
        }
        if (m_poller->isRunning()) {
            // An expired task the server has not canceled yet.
            fail(validationError(tr("OVHcloud has not closed the previous token yet. Try again in "
                                    "a moment.", "@error")));
            setState(State::Expired);
            return;
        }
        if (!isOptionPending()) {
            setState(m_state == State::Done ? State::Done : State::NotPending);
            return;
        }
        sendTokenRequest();
    });
    return true;
}

void TokenValidationModel::sendTokenRequest()
{
    setState(State::Requesting);
    StageOperation *op = m_operations->start();
    op->onAnswer(m_context->api()->post(m_context->servicePath() + "/securityOptions/resumePendingEnabling"_L1,
                                        QJsonObject{{u"option"_s, optionName()}}),
                 [this, op](const Result<QJsonValue> &r) {
        op->succeed(); // the request is answered; the task is followed from here
        if (!r.ok()) {
            fail(r.error());
            setState(State::Failed);
            return;
        }
        QJsonObject task = r.value().toObject();
        if (TaskPoller::taskIdOf(task) <= 0) {
            fail(ApiError::make(ApiError::Kind::MalformedResponse, u"no task id"_s));
            setState(State::Failed);
            return;
        }
        if (taskCreationMs(task) <= 0)
            task.insert(u"executionDate"_s,
                        QDateTime::fromMSecsSinceEpoch(m_context->serverNowMs(), Qt::UTC)
                                .toString(Qt::ISODateWithMs));
        qCInfo(lcStage) << "tokenValidation: task" << TaskPoller::taskIdOf(task) << "returned";
        m_poller->stop();
        adoptTokenTaskAfterRequest(task);
    });
}

void TokenValidationModel::adoptTokenTaskAfterRequest(const QJsonObject &returned)
{
    // The task returned may not be the one the SMS names (unpublished): the token task is found
    // by name, newest first, in a fresh read (TokenStateReader); apply() adopts it.
    readState([this, returned](bool ok) {
        if (m_state == State::WaitingForToken || m_state == State::Validating) {
            if (m_taskId != TaskPoller::taskIdOf(returned))
                qCInfo(lcStage) << "tokenValidation: following token task" << m_taskId << "instead of the returned"
                                << TaskPoller::taskIdOf(returned);
            return;
        }
        // No token task found by name (or the read failed): the returned task is the best guess;
        // the user can still type the SMS's operation id (useOperationId()).
        if (!ok)
            m_lastError = {};
        adoptTask(returned);
    });
}

QString TokenValidationModel::operationIdProblem(const QString &input)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (!ok || id <= 0 || t.size() > 18 || !std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }))
        return tr("The operation id is the number after \"Operation Id:\" in the SMS.", "@error");
    return {};
}

bool TokenValidationModel::useOperationId(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || !operationIdProblem(text).isEmpty()) {
        fail(validationError(text.isEmpty() ? tr("Type the operation id shown in the SMS.", "@error")
                                            : operationIdProblem(text)));
        return false;
    }
    const qint64 id = text.toLongLong();
    if (id == m_taskId)
        return true;
    if (m_state != State::WaitingForToken || isBusy() || !m_context || !m_context->api()) {
        fail(validationError(tr("Send the token first: the operation id comes with it in the SMS.", "@error")));
        return false;
    }
    StageOperation *op = m_operations->start();
    op->onAnswer(m_context->api()->get(TaskPoller::servicePath(m_context->serviceName(), id)),
                 [this, op, id](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            op->fail(r.error());
            if (r.error().kind == ApiError::Kind::NotFound)
                fail(validationError(tr("There is no operation %1 on this service. Check the operation id "
                                        "in the SMS.", "@error").arg(id)));
            else
                fail(r.error());
            return;
        }
        op->succeed();
        const QJsonObject task = r.value().toObject();
        const QString state = task.value("state"_L1).toString();
        if (TaskPoller::isFinalState(state)) {
            fail(validationError(tr("The operation %1 no longer waits for a token (%2). Send a new token.",
                                    "@error").arg(id).arg(TaskPoller::stateText(state))));
            return;
        }
        qCInfo(lcStage) << "tokenValidation: following operation" << id << "as typed from the SMS";
        m_poller->stop();
        adoptTask(task);
    });
    return true;
}

bool TokenValidationModel::validate(const QString &tokenInput)
{
    QString token = normalizeToken(tokenInput);
    if (token.isEmpty()) {
        fail(validationError(tokenInput.trimmed().isEmpty()
                                     ? tr("Type the 6-digit token from the SMS.", "@error")
                                     : tokenProblem(tokenInput)));
        return false;
    }
    if (!canValidate() || m_taskId <= 0) {
        wipe(token);
        fail(validationError(m_state == State::Expired ? expiredText()
                                                       : tr("Send the token first.", "@error")));
        return false;
    }
    if (!m_secure) {
        wipe(token);
        fail(validationError(tr("The secure interface is not available.", "@error")));
        return false;
    }
    m_lastError = {};
    setState(State::Validating);
    // Busy until the secure interface says the token was sent, or failed (setSecureInterface()).
    m_validate = m_operations->start();
    SecretBytes secret = SecretBytes::fromString(token);
    wipe(token);
    m_secure->validateOperation(m_taskId, std::move(secret));
    return true;
}

} // namespace snc
