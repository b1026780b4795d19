// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "stages/PendingOperationToken.h"
#include "stages/security/TokenStateReader.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace snc {

class ApiCall;
class Countdown;
class OperationRunner;
class SecureInterface;
class StageOperation;
class StageContext;
class TaskPoller;
class WizardSettings;

/**
 * @brief The `tokenValidation` security option: request the SMS token, count down its 15
 * minutes, validate it, follow the task to done.
 *
 * refresh(): reads GET …/securityOptions/pendingOptions and the service's running token tasks
 * (remembered task id first, then, only while the option is pending, GET …/task?name=<taskName()>)
 * through TokenStateReader; a pending task is adopted (countdown from its executionDate + 15 min,
 * followed) instead of creating another.
 *
 * requestToken() ("Send the token", and "Send a new token" after expiry): re-reads that same
 * state first and POSTs …/securityOptions/resumePendingEnabling {"option":"tokenValidation"} ONLY
 * if the option is still pending and no token task is running — so it never stacks a second
 * pending task (resendToken() asks for one on purpose). The countdown's deadline = server time at task creation (task executionDate, else the
 * client's server time when the POST answered) + 15 min. The task, its countdown and its
 * validation are a PendingOperationToken, the same as every stage's OperationTokenGate.
 *
 * resendToken() ("Didn't get the SMS? Send a new code", issue 18 item 9): while a token is still
 * valid, at most once per resendCooldownMs after the current token's creation (no SMS flood),
 * POSTs the same request again. Whether OVHcloud then cancels the pending task or keeps both is
 * not published (UNPUBLISHED.md `tokenRequestWhilePending`): either way the state is read again
 * and the newest running token task is followed, countdown included, and its token is the one
 * validated; if OVHcloud refuses (409), the current token stays followed and the user is told.
 *
 * Which task the SMS is about is not published (issue 16, UNPUBLISHED.md `tokenTaskReturned`):
 * after the POST the state is read again and the newest running `testTokenValidation` task (by
 * name) is the one followed, whatever task the POST returned; only when none is found is the
 * returned task followed. useOperationId() lets the user type the operation id the SMS shows
 * when it differs from taskId().
 *
 * validate(text): the token must be exactly 6 digits once spaces are removed (tokenProblem());
 * then SecureInterface::validateOperation(taskId, token); the task is followed to done → Done
 * (and the option leaves pendingOptions). If the task is canceled (15 minutes passed) → Expired:
 * expiredText() says so plainly and requestToken() offers a new one.
 *
 * Does not own the context, the secure interface or the settings.
 */
class TokenValidationModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(snc::TokenValidationModel::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(qint64 taskId READ taskId NOTIFY stateChanged)
    Q_PROPERTY(bool canRequest READ canRequest NOTIFY stateChanged)
    Q_PROPERTY(bool canValidate READ canValidate NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    enum class State {
        Unknown,         ///< not read yet
        NotPending,      ///< tokenValidation is not (or no longer) pending and no task runs
        Ready,           ///< pending; no token requested yet → requestToken()
        Requesting,      ///< POST in flight
        WaitingForToken, ///< SMS sent, countdown running → validate()
        Validating,      ///< token sent; following the task
        Done,            ///< task done
        Expired,         ///< the 15 minutes passed (task canceled) → requestToken()
        Failed,          ///< task error or unexpected failure; see lastError()
    };
    Q_ENUM(State)

    static constexpr qint64 tokenLifetimeMs = PendingOperationToken::lifetimeMs;
    /// How long after a token was sent a new one may be asked for (resendToken()).
    static constexpr qint64 resendCooldownMs = 60 * 1000;
    static QString optionName() { return TokenStateReader::optionName(); }

    TokenValidationModel(StageContext *context, SecureInterface *secureInterface,
                         QObject *parent = nullptr);
    ~TokenValidationModel() override;

    /// Remembers the pending task id between runs (optional).
    void setSettings(WizardSettings *settings) { m_settings = settings; }
    void setSecureInterface(SecureInterface *secureInterface);

    void refresh();
    bool requestToken();
    /// "Send a new code" while the current token is valid (class comment). False with
    /// errorOccurred() (Validation) when not WaitingForToken, busy, or within the cool-down.
    bool resendToken();
    /// Milliseconds before resendToken() is allowed (0: now); only meaningful while WaitingForToken.
    qint64 resendWaitMs() const;
    bool canResend() const;
    bool validate(const QString &tokenInput);
    /**
     * @brief The operation id shown in the SMS, when it differs from taskId(): that task is read
     * and, if it exists and still waits, followed instead (countdown from its creation). Only
     * while WaitingForToken. False with errorOccurred() (Validation) when the input is not an
     * operation id or nothing waits for a token; a task that does not exist or has ended is
     * reported the same way once read.
     */
    bool useOperationId(const QString &input);
    /// Translated problem with an operation id input (digits only), empty when fine or empty.
    static QString operationIdProblem(const QString &input);
    /// Stops following (no server effect; the task stays pending on the server).
    void cancel();

    State state() const { return m_state; }
    QString stateText() const;
    /// "The token has expired: the operation was canceled. Send a new token to try again."
    static QString expiredText();
    qint64 taskId() const;
    bool canRequest() const;
    bool canValidate() const { return m_state == State::WaitingForToken; }
    bool isBusy() const;
    /// Last pendingOptions read.
    QStringList pendingOptions() const { return m_pendingOptions; }
    bool isOptionPending() const { return m_pendingOptions.contains(optionName()); }
    ApiError lastError() const { return m_lastError; }

    /// Countdown to the token's deadline (server time); running while WaitingForToken.
    Countdown *countdown() const;
    TaskPoller *taskPoller() const { return m_poller; }

    /// "123456" from " 123 456 " etc.; empty when not exactly 6 digits.
    static QString normalizeToken(const QString &input);
    /// Translated problem with the token input, empty when fine (or empty input).
    static QString tokenProblem(const QString &input);

    /// The sandbox's / OVH's task names for the token operation (used to find a running one).
    static QStringList taskNames() { return TokenStateReader::taskNames(); }

signals:
    void stateChanged(snc::TokenValidationModel::State state);
    void busyChanged(bool busy);
    void errorOccurred(const snc::ApiError &error);
    void refreshed(bool ok);
    /// The option is validated (task done).
    void validated();
    /// The token expired (task canceled, or the countdown reached zero first).
    void expired();

private:
    void setState(State state);
    void fail(const ApiError &error);
    void readState(std::function<void(bool ok)> then);
    /// What a fresh read of the server means for the state (adopt, expired, done, …).
    void apply(const TokenServerState &read);
    void adoptTask(const QJsonObject &task);
    /// POST resumePendingEnabling (the state was just re-read: the option is pending, no task
    /// runs), then the new task is adopted.
    void sendTokenRequest(bool resend = false);
    /// After the POST: follow the token task found by name, else `returned` (class comment).
    void adoptTokenTaskAfterRequest(const QJsonObject &returned);
    void followTask();

    QPointer<StageContext> m_context;
    WizardSettings *m_settings = nullptr;
    PendingOperationToken *m_token; ///< child: the task, its countdown, its validation
    TaskPoller *m_poller;
    State m_state = State::Unknown;
    QStringList m_pendingOptions;
    ApiError m_lastError;
    OperationRunner *m_operations;       ///< child; busy comes from it
    QPointer<StageOperation> m_read;     ///< the read running, if any (later reads join it)
    QPointer<StageOperation> m_validate; ///< validate() until the secure interface answers
};

} // namespace snc
