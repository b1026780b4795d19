// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/SecretBytes.h"
#include "stages/PendingOperationToken.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace snc {

class Countdown;
class SecureInterface;
class StageContext;
class TaskPoller;

/**
 * @brief "Any operation may need an SMS token" (issue 17 item 3): the one mechanism, shared by
 * every stage, for a followed OVH task that has not started while the service's `tokenValidation`
 * option is active.
 *
 * OVHcloud does not publish which operations are sensitive, nor which task state means "waiting
 * for its token"; it publishes that the token validators get an SMS, that the token is valid 15
 * minutes (then the operation is canceled) and that it is validated on the PCC's secure interface
 * (operation id + token), reachable only from an allowed IP. So: a task followed by one of the
 * stage's pollers (follow()) that is still before `doing` (toCreate, waitingTodo, todo) while
 * tokenValidation is enabled (StageContext::tokenValidation(): read from the API once per
 * service for every gate) makes the gate AwaitingToken for that operation, with a countdown to
 * its creation (server time) + 15 minutes (PendingOperationToken, shared with stage 2). The
 * wording says the SMS was sent *if* OVHcloud counts the operation as sensitive: the wizard
 * cannot know it.
 *
 * validate(token) goes through the secure interface (embedded: the sandbox's page; production:
 * opens the PCC's operation-validation page without the token, via openUrlRequested()). A task
 * that then starts ends the gate (Idle); a task canceled while it waited makes it Expired, and
 * redo() asks the stage (redoRequested()) to re-read the live state and offer the operation
 * again: the stage's actions re-read before creating anything, so nothing is ever done twice.
 *
 * Tokens are SecretBytes, never logged nor kept. Does not own the context nor the pollers.
 */
class OperationTokenGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(snc::OperationTokenGate::State state READ state NOTIFY changed)
public:
    enum class State {
        Idle,          ///< no followed task waits for a token
        AwaitingToken, ///< operation taskId() has not started: validate it before deadline
        Validating,    ///< the token is being sent (embedded) / the page was opened (production)
        Expired,       ///< the operation waited and was canceled: redo() offers it again
    };
    Q_ENUM(State)

    /// The token's lifetime (SECURE guide: 15 minutes from the operation's creation).
    static constexpr qint64 tokenLifetimeMs = PendingOperationToken::lifetimeMs;

    explicit OperationTokenGate(StageContext *context, QObject *parent = nullptr);
    ~OperationTokenGate() override;

    /// Watches every task `poller` follows from now on.
    void follow(TaskPoller *poller);

    State state() const { return m_state; }
    qint64 taskId() const;
    /// The followed task's OVH name ("addAllowedNetwork"), plain text from the API.
    QString taskName() const { return m_taskName; }
    Countdown *countdown() const;
    /// True on the practice sandbox (token typed in the wizard), false in production (the page).
    bool isEmbedded() const;
    /// The PCC's operation-validation page for taskId(), without the token (production).
    QUrl validationPageUrl() const;
    /// Translated: the sentence for the current state (empty when Idle).
    QString text() const;
    /// Translated, the remark that the page only opens from an allowed IP address.
    static QString allowedIpRemark();
    /// The last error of validate() (translated), empty if none.
    QString errorMessage() const { return m_error; }

    /// Validates taskId() with `token` (embedded), or opens the validation page (production; the
    /// token is dropped: the person types it in the page).
    void validate(SecretBytes token);
    /// Expired → Idle, and redoRequested().
    void redo();
    /// Back to Idle (a service change), aborting any read.
    void reset();

signals:
    void changed();
    void openUrlRequested(const QUrl &url);
    /// The stage should re-read and offer the canceled operation again.
    void redoRequested();

private:
    void onTaskRead(const QJsonObject &task);
    void onTaskCanceled(qint64 taskId);
    void awaitToken(const QJsonObject &task);
    void setState(State state);
    SecureInterface *secureInterface();

    QPointer<StageContext> m_context;
    PendingOperationToken *m_token; ///< child: the task, its countdown, its validation
    QPointer<SecureInterface> m_secure;
    State m_state = State::Idle;
    QString m_taskName;
    qint64 m_askedForTaskId = 0;    ///< the task whose tokenValidation answer is awaited
    qint64 m_inactiveForTaskId = 0; ///< the task tokenValidation was read (not enabled) for
    QString m_error;
};

} // namespace snc
