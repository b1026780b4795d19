// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class StageContext;
class StageOperation;
class TaskPoller;

/**
 * @brief Whether the NSX login's user has OVHcloud's NSX right (`nsxRight` of
 * `GET /dedicatedCloud/{sn}/user/{userId}`, "able to access nsx interface"), and granting it
 * (issue 17, item 2), for stage 3. NSX refuses a user without it, so the VPN model reads it
 * before it sends the password to NSX.
 *
 * read(): the user part of the login (`admin` of `admin@pcc-….ovh.de`) is looked up with
 * `GET …/user?name=` and read. A login no service user has (an identity provider's account)
 * is NoUser: the wizard then lets NSX decide (its 403 is told apart, NsxClient).
 * grant(): `POST …/user/{userId}/changeProperties` with the whole user as read and `nsxRight`
 * true (grantBody(), as OVHcloud's control panel sends it), the user task it returns followed
 * to its end with the stage's TaskPoller (under `…/user/{userId}/task/{taskId}`, the control
 * panel's path; a task held for a token validation is followed like any other), then the user
 * read again. Both run as part of the caller's StageOperation. Does not own the poller.
 */
class NsxUserRight : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Granted, Missing, NoUser };

    NsxUserRight(StageContext *context, TaskPoller *poller, QObject *parent = nullptr);

    /// Reads the user of `login` (`user@host`) as part of `op`; `then` with the read's result.
    void read(StageOperation *op, const QString &login, std::function<void(const Result<Unit> &)> then);
    /// Grants the NSX right as part of `op` (only when state() is Missing); `then` once the
    /// task has ended and the user was read again (error: why it did not end `done`).
    void grant(StageOperation *op, std::function<void(const Result<Unit> &)> then);
    /// Back to Unknown (another service or login).
    void forget();

    State state() const { return m_state; }
    QString userName() const { return m_name; }
    /// Translated: which right is missing, for whom, and what granting does; empty unless Missing.
    QString missingText() const;
    /// The changeProperties body: every property of `user` that changeProperties takes, with
    /// its current value (nulls left out), and `nsxRight` true. Pure.
    static QJsonObject grantBody(const QJsonObject &user);

signals:
    void changed();

private:
    void readUser(StageOperation *op, qint64 id, std::function<void(const Result<Unit> &)> then);
    void setState(State state);

    QPointer<StageContext> m_context;
    TaskPoller *m_poller;
    State m_state = State::Unknown;
    QString m_name;     ///< the user part of the login read
    QString m_userPath; ///< "/dedicatedCloud/<sn>/user/<id>", once found
    QJsonObject m_user; ///< as last read
};

} // namespace snc
