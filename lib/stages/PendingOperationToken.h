// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/SecretBytes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace snc {

class Countdown;
class SecureInterface;
class StageContext;

/**
 * @brief The one SMS token an OVH operation (task) waits for: which task, when it was created
 * (server time), the 15-minute countdown from then, and its validation through the secure
 * interface. Shared by OperationTokenGate (any stage's sensitive operation) and stage 2's
 * TokenValidationModel (the `testTokenValidation` operation), so that the anchoring, the
 * lifetime, the expiry and the validation exist in one place.
 *
 * follow(task) makes `task` the token's operation and starts the countdown to its creation +
 * lifetimeMs; following another task (a newer token) moves the countdown to that one. The
 * countdown is a hint: the server cancels the task, and the clients follow the task for that.
 *
 * validate(token) sends the token for taskId() through the secure interface set with
 * setSecureInterface() (not owned: stage 2 shares its own with the password steps); only the
 * answers to that call are reported (validationSent(), validationFailed()), never another
 * step's. Tokens are SecretBytes, never logged nor kept. Does not own the context.
 */
class PendingOperationToken : public QObject
{
    Q_OBJECT
public:
    /// The token's lifetime (SECURE guide: 15 minutes from the operation's creation).
    static constexpr qint64 lifetimeMs = 15 * 60 * 1000;

    explicit PendingOperationToken(StageContext *context, QObject *parent = nullptr);

    /// Server time of a task's creation (ms since epoch), or 0 when the task gives none.
    static qint64 creationMs(const QJsonObject &task);

    /// Follows `task` (its id > 0): countdown to its creation + lifetimeMs (server time now when
    /// the task has no date). False (nothing changed) for a task without id.
    bool follow(const QJsonObject &task);
    /// Knows `task` (an ended one: its id stays shown) without counting down.
    void showEnded(const QJsonObject &task);
    /// Stops the countdown; the task stays known (its id is still shown).
    void stop();
    /// Forgets the task: id 0, countdown stopped, a validation in flight no longer reported.
    void clear();

    qint64 taskId() const { return m_taskId; }
    /// Server time the followed task was created (0 when none).
    qint64 createdMs() const { return m_createdMs; }
    /// Milliseconds since the followed task was created (server time); 0 when none.
    qint64 ageMs() const;
    Countdown *countdown() const { return m_countdown; }
    bool isExpired() const;

    void setSecureInterface(SecureInterface *secure);
    SecureInterface *secureInterface() const;
    /// True between validate() and its answer.
    bool isValidating() const { return m_validating; }
    /// Sends `token` for taskId() through the secure interface. False (token dropped) without a
    /// followed task or a secure interface.
    bool validate(SecretBytes token);

signals:
    /// The secure interface took the token for `taskId` (embedded: the server accepted it;
    /// production: the validation page was opened). The task tells when it starts.
    void validationSent(qint64 taskId);
    /// The secure interface refused or failed the token validate() sent.
    void validationFailed(const snc::ApiError &error);

private:
    QPointer<StageContext> m_context;
    Countdown *m_countdown;
    QPointer<SecureInterface> m_secure;
    qint64 m_taskId = 0;
    qint64 m_createdMs = 0;
    bool m_validating = false;
};

} // namespace snc
