// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QObject>
#include <QString>
#include <QPointer>

#include <functional>

namespace snc {

class NsxClient;
class StageContext;

/**
 * @brief The NSX Manager's admin password for stage 3 (VpnModel): in the NsxClient for this
 * session, and in the keychain (SecretKeys::nsxAdminPassword()) for the next ones.
 *
 * The wizard does not keep the stage-2 password, so the page asks for it once; ensure() then
 * finds it in memory or in the keychain. Does not own the NsxClient or the context.
 */
class NsxCredentials : public QObject
{
    Q_OBJECT
public:
    NsxCredentials(NsxClient *nsx, StageContext *context, QObject *parent = nullptr);

    /// The client has the password, or it is read from the keychain into it: `then` in `scope`
    /// with a success, Kind::NotFound when the password is not known (the user must give it), or
    /// the keychain's error.
    void ensure(QObject *scope, std::function<void(const Result<Unit> &)> then);
    /// Gives the client `password` and keeps it in the keychain; a keychain failure goes to
    /// `onStoreError` (the password is still used for this session).
    void keep(const SecretBytes &password, std::function<void(const ApiError &)> onStoreError);
    /// The client forgets the password (refused by NSX, or another service).
    void forget();
    /// The API login: the one set, else NsxLogin::defaultFor() the service's host names.
    QString login() const;
    /// Sets the login (empty: back to the default) and gives it to the client.
    void setLogin(const QString &login);

private:
    NsxClient *m_nsx;
    QPointer<StageContext> m_context;
    QString m_login; ///< typed by the user; empty = the default
};

} // namespace snc
