// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "stages/security/PhoneNumber.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class ApiCall;
class StageContext;
class OperationRunner;
class StageOperation;
class TaskPoller;

/// The fields of GET /dedicatedCloud/{sn}/user/{id} the wizard uses.
struct AdminUser
{
    qint64 userId = 0;
    QString login;
    QString name;
    QString email;
    QString phoneNumber;      ///< OVH form "+33.612345678", may be empty
    bool isTokenValidator = false;
    QString state;            ///< creating|deleting|delivered|error
    QString activationState;  ///< disabled|disabling|enabled|enabling|toDisable|toEnable
    static AdminUser fromJson(const QJsonObject &json);
};

/**
 * @brief The `admin` user of the service: reads it and fixes its phone, e-mail and
 * token-validator right (POST …/user/{id}/changeProperties, task followed to done).
 *
 * refresh(): GET …/user?name=admin → ids → GET …/user/{id}. profileComplete(): phone, e-mail and
 * token validator set. saveProfile(phone, email) checks both locally first (PhoneNumber with
 * defaultRegion(), EmailAddress); sends only when something differs from the server (idempotent:
 * saving an already-complete profile sends nothing and finishes ok). Does not own the context.
 */
class AdminUserModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString login READ login NOTIFY changed)
    Q_PROPERTY(QString phoneNumber READ phoneNumber NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(bool tokenValidator READ isTokenValidator NOTIFY changed)
    Q_PROPERTY(QString activationState READ activationState NOTIFY changed)
    Q_PROPERTY(bool profileComplete READ isProfileComplete NOTIFY changed)
    Q_PROPERTY(bool accountEnabled READ isAccountEnabled NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool taskRunning READ isTaskRunning NOTIFY taskRunningChanged)
    Q_PROPERTY(QString defaultRegion READ defaultRegion WRITE setDefaultRegion NOTIFY changed)
public:
    explicit AdminUserModel(StageContext *context, QObject *parent = nullptr);
    ~AdminUserModel() override;

    static QString adminLogin() { return QStringLiteral("admin"); }

    void refresh();
    void cancel();

    bool isLoaded() const { return m_user.userId != 0; }
    AdminUser user() const { return m_user; }
    qint64 userId() const { return m_user.userId; }
    QString login() const { return m_user.login; }
    QString phoneNumber() const { return m_user.phoneNumber; }
    QString email() const { return m_user.email; }
    bool isTokenValidator() const { return m_user.isTokenValidator; }
    QString activationState() const { return m_user.activationState; }
    bool isProfileComplete() const;
    bool isAccountEnabled() const { return m_user.activationState == QLatin1String("enabled"); }
    /// "/dedicatedCloud/<sn>/user/<id>", empty until loaded.
    QString userPath() const;

    QString defaultRegion() const { return m_defaultRegion; }
    void setDefaultRegion(const QString &region);
    /// Pure checks for the form, as the user types.
    PhoneNumber checkPhone(const QString &input) const;
    QString emailProblem(const QString &input) const;

    /// Validates, then changeProperties {phoneNumber, email, tokenValidator:true}; false (and
    /// errorOccurred(Validation)) when refused locally or already busy.
    bool saveProfile(const QString &phoneInput, const QString &emailInput);

    bool isBusy() const;
    bool isTaskRunning() const;
    /// Follows the changeProperties task; its progress is the stage's
    /// (AdminSecurityModel::taskProgress()).
    TaskPoller *taskPoller() const { return m_poller; }

signals:
    void changed();
    void busyChanged(bool busy);
    void refreshed(bool ok);
    void errorOccurred(const snc::ApiError &error);
    void taskRunningChanged(bool running);
    void saveFinished(bool ok);

private:
    /// Reads the admin user as part of `op`, then `then(ok)`.
    void load(StageOperation *op, std::function<void(bool ok)> then);
    void loadUser(StageOperation *op, qint64 id, std::function<void(bool ok)> then);
    void fail(const ApiError &error);
    /// The properties to change so that the server has `phone` and `email` (and the
    /// token-validator right); empty when it has them already.
    QJsonObject profileChanges(const PhoneNumber &phone, const QString &email) const;
    /// changeProperties with `body`, its task followed, the profile read back: saveFinished().
    void sendProfile(const QJsonObject &body);

    QPointer<StageContext> m_context;
    AdminUser m_user;
    QString m_userService; ///< the service m_user was read from (its id is then read directly)
    QString m_defaultRegion = QStringLiteral("FR");
    TaskPoller *m_poller;
    OperationRunner *m_operations;   ///< child; busy comes from it
    QPointer<StageOperation> m_read; ///< the refresh running, if any
};

} // namespace snc
