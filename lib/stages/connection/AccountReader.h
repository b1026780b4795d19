// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "stages/ServiceHosts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace snc {

class ApiClient;
class StageOperation;

/// One Hosted Private Cloud service, from GET /dedicatedCloud/{sn}. Plain value.
struct DedicatedCloudService
{
    QString serviceName;
    QString description;
    QString location;
    QString state;           ///< "delivered", "available", "error", …
    QString version;         ///< display form of `version` ("7.0.3"), may be empty
    QUrl webInterfaceUrl;
    ServiceHosts hosts;       ///< the PCC's own URLs (never built from its name)
    QString userAccessPolicy; ///< "filtered" | "open"
    QString managementInterface;
    bool advancedSecurity = false;
    bool detailsLoaded = false; ///< false when only the name is known (details call failed)
};

/// What a connection reads of the account. Plain value.
struct AccountSnapshot
{
    bool credentialRead = false; ///< false when the credential was not read (just validated)
    QDateTime credentialExpiry;  ///< invalid = no expiry
    bool accountRead = false;    ///< GET /me answered (it is informative only)
    QString nicHandle;
    QString email;
    QList<DedicatedCloudService> services; ///< sorted by name
};

/**
 * @brief Reads what the connection shows of the account, as part of one operation: the
 * credential (GET /auth/currentCredential: validated, expiry), the account (GET /me), the Hosted
 * Private Cloud services (GET /dedicatedCloud) and every service's details in parallel (one
 * CallGroup of the operation).
 *
 * Apart from ConnectionModel because reading and parsing the account is its own concern: the
 * model only decides what the answers mean for the connection. Stateless: nothing to own.
 */
class AccountReader
{
public:
    using Done = std::function<void(const Result<AccountSnapshot> &)>;

    /**
     * Reads the account as part of `op` (nothing answers once `op` has ended). The credential is
     * read first when `checkCredential` (a credential not `validated` fails with
     * CredentialInvalid), then `credentialValid()` runs; a failing /me is not an error; a failing
     * service list is. A service whose details cannot be read is still listed by its name.
     */
    static void read(StageOperation *op, ApiClient *api, bool checkCredential, std::function<void()> credentialValid,
                     Done done);
    /// Fills `service` from the JSON of GET /dedicatedCloud/{sn}.
    static void readDetails(const QJsonObject &json, DedicatedCloudService *service);

private:
    static void readAccount(StageOperation *op, ApiClient *api, std::shared_ptr<AccountSnapshot> read, Done done);
    static void readServices(StageOperation *op, ApiClient *api, std::shared_ptr<AccountSnapshot> read, Done done);
};

} // namespace snc
