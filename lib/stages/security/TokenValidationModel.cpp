// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/TokenValidationModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "stages/ApiValueText.h"
#include "stages/OperationRunner.h"
#include "stages/OnboardingTasks.h"
#include "stages/PendingOperationToken.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/TokenValidationOption.h"
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

TokenValidationModel::TokenValidationModel(StageContext *context, SecureInterface *secureInterface,
                                           QObject *parent)
    : QObject(parent), m_context(context), m_token(new PendingOperationToken(context, this)),
      m_poller(new TaskPoller(context ? context->api() : nullptr, this)),
      m_operations(new OperationRunner(this))
{
    connect(m_operations, &OperationRunner::busyChanged, this, &TokenValidationModel::busyChanged);
    if (context)
        context->onboardingTasks()->recordRunsOf(m_poller, 2); // what the compliance report reads
    connect(m_token->countdown(), &Countdown::expired, this, [this] {
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
            m_token->stop();
            if (m_settings && m_context)
                m_settings->clearPendingTask(m_context->serviceName(), optionName());
            if (m_context)
                m_context->tokenValidation()->markEnabled(); // the gates need not read it again
            setState(State::Done);
            emit validated();
            // The option leaves pendingOptions: read it back for the stage status.
            refresh();
            break;
        case TaskPoller::Outcome::Canceled: {
            m_token->stop();
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
            m_token->stop();
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
    connect(m_token, &PendingOperationToken::validationSent, this, [this] {
        if (m_state != State::Validating)
            return;
        if (m_validate)
            m_validate->succeed();
        // Production only opened the page: the user may still have to confirm there, so the
        // token stays typeable; the task poll tells when it is done either way.
        if (m_token->secureInterface() && !m_token->secureInterface()->isEmbedded())
            setState(State::WaitingForToken);
    });
    connect(m_token, &PendingOperationToken::validationFailed, this, [this](const ApiError &e) {
        if (m_state != State::Validating)
            return;
        if (m_validate)
            m_validate->fail(e);
        if (e.kind == ApiError::Kind::Expired) {
            m_token->stop();
            setState(State::Expired);
            emit expired();
        } else {
            setState(State::WaitingForToken);
        }
        fail(e);
    });
    setSecureInterface(secureInterface);
    if (context) {
        connect(context, &StageContext::serviceChanged, this, [this] {
            cancel();
            m_token->clear();
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
    m_token->setSecureInterface(secureInterface);
}

qint64 TokenValidationModel::taskId() const
{
    return m_token->taskId();
}

Countdown *TokenValidationModel::countdown() const
{
    return m_token->countdown();
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
    m_token->stop();
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
        rememberedEnd = read.ended(taskId());
    if (running.isEmpty() && !rememberedEnd.isEmpty() && m_poller->isRunning()
        && TaskPoller::taskIdOf(rememberedEnd) == taskId()) {
        // This fresh read is newer than the poller's last answer: the task we follow ended.
        m_poller->stop();
        m_token->stop();
    }
    if (!running.isEmpty()) {
        adoptTask(running);
    } else if (m_poller->isRunning()) {
        // Our own task is being followed; keep the state it gives.
    } else if (!rememberedEnd.isEmpty()) {
        const QString st = rememberedEnd.value("state"_L1).toString();
        if (m_settings)
            m_settings->clearPendingTask(m_context->serviceName(), optionName());
        m_token->showEnded(rememberedEnd);
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
    const bool same = id == taskId() && m_poller->isRunning();
    if (m_settings && m_context)
        m_settings->setPendingTask(m_context->serviceName(), optionName(), id);
    if (!same) {
        // A newer token (resent) moves the countdown to its own creation.
        m_token->follow(task);
        followTask();
    }
    if (m_token->isExpired()) {
        // Past its 15 minutes but not canceled yet by the server: say so, do not stack another.
        setState(State::Expired);
    } else if (m_state != State::Validating) {
        setState(State::WaitingForToken);
    }
}

void TokenValidationModel::followTask()
{
    if (!m_context || taskId() <= 0)
        return;
    m_poller->start(TaskPoller::servicePath(m_context->serviceName(), taskId()));
}

// ---- Actions ------------------------------------------------------------------------------

bool TokenValidationModel::requestToken()
{
    if (!m_context || !m_context->api() || m_context->serviceName().isEmpty()) {
        fail(ApiError::localCheck(tr("Choose a service first.", "@error")));
        return false;
    }
    if (isBusy() || m_state == State::Requesting || m_state == State::Validating) {
        fail(ApiError::localCheck(tr("A request is already in progress.", "@error")));
        return false;
    }
    if (m_state == State::WaitingForToken && m_poller->isRunning() && !m_token->isExpired()) {
        fail(ApiError::localCheck(tr("A token was already sent and is still valid. Type it, or use "
                                     "\"Send a new code\" if the SMS did not arrive.", "@error")));
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
            fail(ApiError::localCheck(tr("OVHcloud has not closed the previous token yet. Try again in "
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

qint64 TokenValidationModel::resendWaitMs() const
{
    if (m_token->taskId() <= 0 || m_token->createdMs() <= 0)
        return 0;
    return std::max<qint64>(0, resendCooldownMs - m_token->ageMs());
}

bool TokenValidationModel::canResend() const
{
    return m_state == State::WaitingForToken && !isBusy() && !m_token->isExpired() && resendWaitMs() == 0;
}

bool TokenValidationModel::resendToken()
{
    if (!m_context || !m_context->api() || m_context->serviceName().isEmpty()) {
        fail(ApiError::localCheck(tr("Choose a service first.", "@error")));
        return false;
    }
    if (m_state != State::WaitingForToken || isBusy()) {
        fail(ApiError::localCheck(m_state == State::Expired
                                          ? tr("The code has expired: use \"Send a new token\".", "@error")
                                          : tr("There is no code waiting to be typed: send the token first.", "@error")));
        return false;
    }
    if (const qint64 wait = resendWaitMs(); wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        //: %n seconds, at most 60
        fail(ApiError::localCheck(tr("A new code can be asked for in %n second(s): SMS may take a moment "
                                     "to arrive.", "@error", seconds)));
        return false;
    }
    m_lastError = {};
    qCInfo(lcStage) << "tokenValidation: a new code is asked for while task" << taskId() << "waits";
    // Stopped first: OVHcloud may cancel the pending task for the new one, and that cancel is
    // not an expiry; it is followed again if no new task comes (sendTokenRequest()).
    m_poller->stop();
    sendTokenRequest(true);
    return true;
}

void TokenValidationModel::sendTokenRequest(bool resend)
{
    setState(State::Requesting);
    StageOperation *op = m_operations->start();
    op->onAnswer(m_context->api()->post(m_context->servicePath() + "/securityOptions/resumePendingEnabling"_L1,
                                        QJsonObject{{u"option"_s, optionName()}}),
                 [this, op, resend](const Result<QJsonValue> &r) {
        op->succeed(); // the request is answered; the task is followed from here
        if (!r.ok() && resend) {
            // The current token may still be valid (OVHcloud refused a second one, or the request
            // was lost): read the state again, which follows the running task as before.
            fail(r.error().kind == ApiError::Kind::Conflict
                         ? ApiError::localCheck(tr("OVHcloud did not send a new code while the current one is "
                                                   "valid. Type the code from the SMS you have, or wait for it "
                                                   "to expire and send a new token.", "@error"))
                         : r.error());
            const ApiError error = m_lastError;
            readState([this, error](bool) {
                if (m_state == State::Requesting)
                    setState(State::Failed);
                m_lastError = error; // the refusal, not the read, is what the user needs to know
            });
            return;
        }
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
        if (PendingOperationToken::creationMs(task) <= 0)
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
            if (taskId() != TaskPoller::taskIdOf(returned))
                qCInfo(lcStage) << "tokenValidation: following token task" << taskId() << "instead of the returned"
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
        fail(ApiError::localCheck(text.isEmpty() ? tr("Type the operation id shown in the SMS.", "@error")
                                                 : operationIdProblem(text)));
        return false;
    }
    const qint64 id = text.toLongLong();
    if (id == taskId())
        return true;
    if (m_state != State::WaitingForToken || isBusy() || !m_context || !m_context->api()) {
        fail(ApiError::localCheck(tr("Send the token first: the operation id comes with it in the SMS.", "@error")));
        return false;
    }
    StageOperation *op = m_operations->start();
    op->onAnswer(m_context->api()->get(TaskPoller::servicePath(m_context->serviceName(), id)),
                 [this, op, id](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            op->fail(r.error());
            if (r.error().kind == ApiError::Kind::NotFound)
                fail(ApiError::localCheck(tr("There is no operation %1 on this service. Check the operation id "
                                             "in the SMS.", "@error").arg(id)));
            else
                fail(r.error());
            return;
        }
        op->succeed();
        const QJsonObject task = r.value().toObject();
        const QString state = task.value("state"_L1).toString();
        if (TaskPoller::isFinalState(state)) {
            fail(ApiError::localCheck(tr("The operation %1 no longer waits for a token (%2). Send a new token.",
                                         "@error").arg(id).arg(ApiValueText::taskState(state))));
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
        fail(ApiError::localCheck(tokenInput.trimmed().isEmpty()
                                          ? tr("Type the 6-digit token from the SMS.", "@error")
                                          : tokenProblem(tokenInput)));
        return false;
    }
    if (!canValidate() || taskId() <= 0) {
        wipe(token);
        fail(ApiError::localCheck(m_state == State::Expired ? expiredText()
                                                            : tr("Send the token first.", "@error")));
        return false;
    }
    if (!m_token->secureInterface()) {
        wipe(token);
        fail(ApiError::localCheck(tr("The secure interface is not available.", "@error")));
        return false;
    }
    m_lastError = {};
    setState(State::Validating);
    // Busy until the secure interface says the token was sent, or failed (setSecureInterface()).
    m_validate = m_operations->start();
    SecretBytes secret = SecretBytes::fromString(token);
    wipe(token);
    m_token->validate(std::move(secret));
    return true;
}

} // namespace snc
