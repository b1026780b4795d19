// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace snc {

class ApiCall;
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
 *
 * The network rights: NSX also needs the user's role on the datacenters' networks. read() then
 * reads the user's rights (`GET …/user/{userId}/right` → ids, `GET …/right/{rightId}` → the
 * published `dedicatedCloud.Right`); a right whose `networkRole` is below neededNetworkRole()
 * (`manager`; which role NSX needs is not published: UNPUBLISHED.md, adminNetworkRole) makes
 * the state Missing too. grant() then sends, after the NSX right if that is missing too,
 * `PUT …/user/{userId}/right/{rightId}` (rightGrantBody()) for each such right, follows each
 * returned task like the NSX right's, and reads everything again. Should NSX still refuse, its
 * 403 names both rights (NsxClient, NSX_RIGHTS).
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
    /// Which of the two is missing (both may be); meaningful when state() is Missing.
    bool nsxRightMissing() const { return m_nsxRightMissing; }
    bool networkRoleMissing() const { return !m_lackingRights.isEmpty(); }
    /// The network role NSX needs at least on each of the user's datacenters.
    static QString neededNetworkRole() { return QStringLiteral("manager"); }
    /// Whether `networkRole` (dedicatedCloud.right.NetworkRoleEnum) is enough for NSX. Pure.
    static bool networkRoleSuffices(const QString &networkRole);
    /// The PUT body granting the needed role on `right` (as read): the fields the control panel
    /// sends (`right`, `canAddRessource`, `vmNetworkRole`) unchanged, `networkRole` the needed one. Pure.
    static QJsonObject rightGrantBody(const QJsonObject &right);
    /// Translated: which right is missing, for whom, and what granting does; empty unless Missing.
    QString missingText() const;
    /// The changeProperties body: every property of `user` that changeProperties takes, with
    /// its current value (nulls left out), and `nsxRight` true. Pure.
    static QJsonObject grantBody(const QJsonObject &user);

signals:
    void changed();

private:
    using Done = std::function<void(const std::optional<ApiError> &)>;
    void readUser(StageOperation *op, qint64 id, std::function<void(const Result<Unit> &)> then);
    void readRights(StageOperation *op, QList<qint64> ids, QList<QJsonObject> lacking,
                    std::function<void(const Result<Unit> &)> then);
    /// Sends `call` (a change answering a task) and follows the task to its end.
    void sendAndFollow(StageOperation *op, ApiCall *call, Done done);
    void grantRoles(StageOperation *op, QList<QJsonObject> rights, Done done);
    void setState(State state);

    QPointer<StageContext> m_context;
    TaskPoller *m_poller;
    State m_state = State::Unknown;
    QString m_name;     ///< the user part of the login read
    QString m_userPath; ///< "/dedicatedCloud/<sn>/user/<id>", once found
    QJsonObject m_user; ///< as last read
    bool m_nsxRightMissing = false;
    QList<QJsonObject> m_lackingRights; ///< the rights (as read) whose networkRole is not enough
};

} // namespace snc
