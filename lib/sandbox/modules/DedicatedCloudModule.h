// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxModule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace snc::sandbox {

class Outbox;
struct Task;

/**
 * @brief The SecNumCloud vSphere service (`/1.0/dedicatedCloud`) as delivered, for stages 1–2,
 * plus `POST /1.0/me/geolocation` and the service's secure interface (`/secure/<sn>/…`,
 * protocol in SecureInterfaceProtocol.h).
 *
 * Two services start in their delivered state, `pcc-192-0-2-1` (FQDN `pcc-192-0-2-1.ovh.com`)
 * and `pcc-198-51-100-7` (FQDN `pcc-198-51-100-7.ovh.de`: the TLD varies, issue 17), each: the `admin` user disabled with
 * no phone, e-mail or token-validator right, no allowed network, `userAccessPolicy` open, and
 * `tokenValidation` and `snc` in pendingOptions.
 *
 * API routes (signed; field names as in the API notes, Stage 1/Stage 2/Task):
 * - `GET /dedicatedCloud`, `GET|PUT /dedicatedCloud/{sn}` (PUT: userAccessPolicy, description,
 *   userLogoutPolicy, userSessionTimeout, userLimitConcurrentSession → Task "updateService",
 *   applied when done); `GET …/task?name=&state=` (ids; several states with `,` or `|`),
 *   `GET …/task/{taskId}`. `GET /dedicatedCloud/{sn}/nsxt` → `{state, url, version}` (NSX-T
 *   enabled, manager at `https://nsxt.<FQDN>`; Service::nsxt for tests that disable it).
 * - `GET|POST …/allowedNetwork`, `GET|PUT|DELETE …/allowedNetwork/{networkAccessId}`, `GET
 *   …/allowedNetwork/{id}/task[/{taskId}]`. POST → Task "addAllowedNetwork"; the network is
 *   listed once the task is done. Networks are IPv4 blocks (a bare address means /32; host bits
 *   must be clear); at most 2048 addresses in total; the same block twice → 409 (reported to
 *   SandboxStats as a duplicate attempt). PUT → "modifyAllowedNetwork" (state toUpdate), DELETE
 *   → "removeAllowedNetwork" (state toDelete, gone when done).
 * - `GET …/user[?name=]`, `GET …/user/{userId}`, `POST …/user/{userId}/changeProperties` (OVH
 *   phone form `+33.612345678`, e-mail, `tokenValidator`, rights …; unknown keys → 400) → Task
 *   "changeUserProperties" applied when done; `GET …/user/{userId}/task[/{taskId}]`.
 * - `GET …/passwordPolicy`.
 * - `GET …/securityOptions`, `…/pendingOptions`, `…/compatibilityMatrix[?showIncompatible=]`,
 *   `…/dependenciesTree?option=`, `POST …/securityOptions/resumePendingEnabling {"option"}`:
 *   - `tokenValidation`: only when a token-validator user has phone + e-mail and is enabled with
 *     TOTP (else 400 listing what is missing). While a token task is pending, the switch
 *     `tokenRequestWhilePending` decides: `replace` cancels it (its token refused), `keep-both`
 *     leaves it running, `refuse` answers 409 naming it. Creates Task "testTokenValidation" that waits for the SMS token, sends the SMS (operation
 *     id + 6-digit token + validation link) to the outbox, and is canceled 15 minutes (sandbox
 *     time) after creation. Validated through the secure interface → done → option delivered.
 *   - `snc`: only once tokenValidation is delivered (else 400 MISSING_REQUIREMENTS_OPTIONS);
 *     Task "enableSecurityOption" runs, then checks every earlier stage on the service
 *     (sncBlockers(): allowed networks + filtered policy, admin secured, tokenValidation, the
 *     NSX IPsec session, the private gateway, a registered KMS): all met → done, option
 *     delivered, pendingOptions `[]`; otherwise the task ends in `error` naming what is missing.
 *     `dependenciesTree?option=snc` gives the published `{requires, depends, conflicts}` only;
 *     `compatibilityMatrix` says snc is not compatible while a required option is missing
 *     (MISSING_REQUIREMENTS_OPTIONS naming them) or, the options all there, while another
 *     prerequisite is (ACTION_IMPOSSIBLE naming it, UNPUBLISHED.md). Stages 3–5 are asked
 *     through sncHooks().
 * - `GET …/robot` (the task names) and `GET …/robot/{name}` (`{name, type, description,
 *   criticity, enabled}`, the published Robot model): DedicatedCloudRobots.cpp.
 * - `POST /me/geolocation` → `{"ip": <simulated client address>, "countryCode":"fr",
 *   "continent":"europe"}`.
 *
 * Everything is saved under the state key "dedicatedCloud" (secure-interface sessions included).
 * Does not own the outbox (a sibling module registered on the same server).
 */
class DedicatedCloudModule : public SandboxModule
{
public:
    static QString defaultServiceName() { return QStringLiteral("pcc-192-0-2-1"); }
    /// The demo account's second PCC, whose FQDN ends in `.ovh.de` (issue 17).
    static QString secondServiceName() { return QStringLiteral("pcc-198-51-100-7"); }
    /// A delivered demo service: its name and the FQDN its URLs carry.
    struct DemoService
    {
        QString name;
        QString fqdn;
    };
    static QList<DemoService> demoServices();
    /// `GET …/nsxt` of a service whose NSX-T is enabled, manager at `https://nsxt.<fqdn>`.
    static QJsonObject enabledNsxt(const QString &fqdn);
    static constexpr qint64 tokenLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 resetCodeLifetimeMs = 15 * 60 * 1000;
    static constexpr int maxAttempts = 5;
    static constexpr qint64 maxAllowedAddresses = 2048;

    /// Task kinds (TaskEngine registry keys) and their OVH task names.
    static QString tokenTaskName() { return QStringLiteral("testTokenValidation"); }

    explicit DedicatedCloudModule(Outbox *outbox);
    ~DedicatedCloudModule() override;

    void attach(SandboxContext *context) override;
    void registerRoutes(Router &router) override;

    QString stateKey() const override { return QStringLiteral("dedicatedCloud"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

    // -- data model (public for tests and for the secure interface routes) -------------------
    struct Network
    {
        qint64 id = 0;
        QString network;     ///< canonical "a.b.c.d/n"
        QString description;
        QString state;       ///< allowed | toUpdate | toDelete
        bool created = false; ///< false while the creation task runs (not listed yet)
        QJsonObject toJson() const;
    };

    struct User
    {
        QJsonObject info; ///< the public `dedicatedCloud.User` object
        QByteArray passwordSalt;
        QByteArray passwordHash;
        QByteArray totpSecret; ///< raw key; empty until enrolled
        /// rightId -> the `dedicatedCloud.Right` object (`networkRole` null: as delivered,
        /// the adminNetworkRole switch says which, publicRight())
        std::map<qint64, QJsonObject> rights;
        qint64 id() const;
        QString login() const;
    };

    /// A "password lost" flow in progress (secure interface).
    struct ResetSession
    {
        QString id;
        qint64 userId = 0;
        QString step;      ///< codes | password | totp
        QString smsCode;
        QString emailCode;
        qint64 expiresMs = 0;
        int attempts = 0;
        QByteArray passwordSalt;
        QByteArray passwordHash;
        QByteArray totpSecret;
    };

    struct Service
    {
        QJsonObject properties; ///< the public `dedicatedCloud.dedicatedCloud` object
        std::map<qint64, Network> networks;
        std::map<qint64, User> users;
        QMap<QString, QString> optionStates; ///< option -> pending | delivered | disabled | …
        QList<ResetSession> sessions;
        QJsonObject nsxt; ///< the public `dedicatedCloud.Nsxt` object (GET …/nsxt)
        QString name() const;
    };

    /// What `snc` needs from the other modules (wired in StandardModules.cpp). An unset hook
    /// counts as "not done". Each takes the service name.
    struct SncHooks
    {
        std::function<bool(const QString &)> vpnConfigured;         ///< NSX IPsec session (stage 3)
        std::function<bool(const QString &)> privateGatewayEnabled; ///< stage 4
        std::function<bool(const QString &)> kmsRegistered;         ///< vmEncryption KMS (stage 5)
    };
    SncHooks &sncHooks() { return m_sncHooks; }

    /// One unmet `snc` prerequisite: a stable code, the wizard stage that fixes it (1..5) and a
    /// plain-English message.
    struct SncBlocker
    {
        QString code;
        int stage = 0;
        QString message;
    };
    /// Every unmet `snc` prerequisite of the service, in stage order (empty: snc can complete).
    QList<SncBlocker> sncBlockers(const Service &service) const;

    Service *service(const QString &serviceName);
    /// The PCC's FQDN: the host of its certifiedInterfaceUrl.
    static QString fqdnOf(const Service &service);
    /// The service whose secure interface is on `host` (its FQDN), or empty.
    QString serviceForPccHost(const QString &host) const;
    /// The service whose enabled NSX-T manager is on `host`, or empty.
    QString serviceForNsxHost(const QString &host) const;
    const std::map<QString, Service> &services() const { return m_services; }

    /// Parses "a.b.c.d[/n]" into its canonical form; false with a reason otherwise.
    static bool parseIpv4Block(const QString &text, QString *canonical, quint32 *base,
                               int *prefix, QString *error);
    /// Is `address` inside one of the service's effective allowed networks?
    bool isAddressAllowed(const Service &service, const QString &address) const;
    /// Password policy object (GET …/passwordPolicy) and its server-side check (rule names).
    static QJsonObject passwordPolicy();
    static QStringList passwordProblems(const QString &password);
    /// Does `password` match the password `login` defined through the secure interface on
    /// `serviceName`? (The NSX Manager's basic authentication, NsxModule.) False when none is set.
    /// The user as `GET …/user/{userId}` gives it (its NSX right as delivered filled in).
    QJsonObject publicUser(const User &user) const;
    /// Whether `login` (without the FQDN) has the NSX right on `serviceName` (NsxModule).
    bool userHasNsxRight(const QString &serviceName, const QString &login) const;
    /// The right as `GET …/user/{userId}/right/{rightId}` gives it (its networkRole as delivered).
    QJsonObject publicRight(const QJsonObject &right) const;
    /// Whether `login` (without the FQDN) has, on every datacenter it has a right on, the network
    /// role NSX needs (`manager` or `admin`; UNPUBLISHED.md, adminNetworkRole) (NsxModule).
    bool userHasNsxNetworkRole(const QString &serviceName, const QString &login) const;
    bool checkUserPassword(const QString &serviceName, const QString &login,
                           const QString &password) const;

private:
    void resetToDelivered();
    void registerTaskKinds();

    // -- route handlers (the table is in registerRoutes(), DedicatedCloudModule.cpp) ---------
    // service, tasks, geolocation (DedicatedCloudModule.cpp)
    SandboxResponse listServices(SandboxRequest &request);
    SandboxResponse getService(SandboxRequest &request);
    SandboxResponse updateService(SandboxRequest &request);
    SandboxResponse listServiceTasks(SandboxRequest &request);
    SandboxResponse getServiceTask(SandboxRequest &request);
    SandboxResponse getNsxt(SandboxRequest &request);
    SandboxResponse geolocate(SandboxRequest &request);
    // the robots, i.e. the task names (DedicatedCloudRobots.cpp)
    SandboxResponse listRobots(SandboxRequest &request);
    SandboxResponse getRobot(SandboxRequest &request);
    /// The name of the task POST …/allowedNetwork starts (switch addNetworkTaskName).
    QString addNetworkTaskName() const;
    // allowed networks (DedicatedCloudNetworks.cpp)
    SandboxResponse listAllowedNetworks(SandboxRequest &request);
    SandboxResponse addAllowedNetwork(SandboxRequest &request);
    SandboxResponse getAllowedNetwork(SandboxRequest &request);
    SandboxResponse modifyAllowedNetwork(SandboxRequest &request);
    SandboxResponse removeAllowedNetwork(SandboxRequest &request);
    SandboxResponse listAllowedNetworkTasks(SandboxRequest &request);
    SandboxResponse getAllowedNetworkTask(SandboxRequest &request);
    // users and password policy (DedicatedCloudUsers.cpp)
    SandboxResponse getPasswordPolicy(SandboxRequest &request);
    SandboxResponse listUsers(SandboxRequest &request);
    SandboxResponse getUser(SandboxRequest &request);
    SandboxResponse changeUserProperties(SandboxRequest &request);
    SandboxResponse listUserTasks(SandboxRequest &request);
    SandboxResponse getUserTask(SandboxRequest &request);
    // a user's rights per datacenter (DedicatedCloudUserRights.cpp)
    SandboxResponse listUserRights(SandboxRequest &request);
    SandboxResponse getUserRight(SandboxRequest &request);
    SandboxResponse changeUserRight(SandboxRequest &request);
    void applyUserRightTask(Task &task);
    // security options (DedicatedCloudSecurity.cpp)
    SandboxResponse getSecurityOptions(SandboxRequest &request);
    SandboxResponse listPendingOptions(SandboxRequest &request);
    SandboxResponse resumePendingEnabling(SandboxRequest &request);
    SandboxResponse getCompatibilityMatrix(SandboxRequest &request);
    SandboxResponse getDependenciesTree(SandboxRequest &request);
    // secure interface (DedicatedCloudSecureInterface.cpp): called through withSecureService(),
    // so the service exists and the caller is allowed
    using SecureHandler = SandboxResponse (DedicatedCloudModule::*)(Service &, SandboxRequest &);
    SandboxResponse withSecureService(SandboxRequest &request, SecureHandler handler);
    SandboxResponse describeSecureInterface(Service &service, SandboxRequest &request);
    SandboxResponse startPasswordReset(Service &service, SandboxRequest &request);
    SandboxResponse checkResetCodes(Service &service, SandboxRequest &request);
    SandboxResponse setResetPassword(Service &service, SandboxRequest &request);
    SandboxResponse enrollResetTotp(Service &service, SandboxRequest &request);
    SandboxResponse cancelPasswordReset(Service &service, SandboxRequest &request);
    SandboxResponse describeOperation(Service &service, SandboxRequest &request);
    SandboxResponse validateOperation(Service &service, SandboxRequest &request);

    // helpers shared by the route files
    SandboxResponse taskList(const Service &service, const SandboxRequest &request,
                             const QString &relatedKey, qint64 relatedId) const;
    SandboxResponse taskDetails(const Service &service, const SandboxRequest &request,
                                const QString &relatedKey, qint64 relatedId) const;
    SandboxResponse taskResponse(qint64 taskId) const;
    std::optional<SandboxResponse> refuseCaller(const Service &service) const;
    const Task *pendingTokenTask(const QString &serviceName) const;
    qint64 requestTokenValidation(Service &service, QString *error, int *status);
    /// The service-handler prologue: `handle(service)` for the path's `{serviceName}`, or 404
    /// naming it. Every handler of a service's routes starts here, so they all answer alike.
    SandboxResponse withService(const SandboxRequest &request,
                                const std::function<SandboxResponse(Service &)> &handle);
    /// withService(), then the body as a JSON object (400 otherwise): `handle(service, body)`.
    /// The service is looked up first, so an unknown service is a 404 whatever the body.
    SandboxResponse withServiceAndBody(
            const SandboxRequest &request,
            const std::function<SandboxResponse(Service &, const QJsonObject &)> &handle);
    std::optional<SandboxResponse> findNetwork(const SandboxRequest &request, Service **service,
                                               Network **network);
    std::optional<SandboxResponse> checkNetworkRoom(const Service &service,
                                                    const QString &canonical, int prefix);
    std::optional<SandboxResponse> findUser(const SandboxRequest &request, Service **service,
                                            User **user);
    /// The user's right `{rightId}` of the path (else the 404 or the user's refusal).
    std::optional<SandboxResponse> findUserRight(const SandboxRequest &request, Service **service,
                                                 User **user, QJsonObject **right);
    SandboxResponse resumeSncEnabling(Service &service, const QString &option);
    /// The options `snc` requires (its dependenciesTree's `requires`).
    static QStringList sncRequiredOptions();
    /// An option's state as the compatibility matrix shows it.
    QString compatibilityState(const Service &service, const QString &name) const;
    QJsonObject compatibilityEntry(const Service &service, const QString &name,
                                   const QString &description);
    std::optional<SandboxResponse> findResetUser(Service &service, const QJsonObject &body,
                                                 User **user) const;
    SandboxResponse sendResetCodes(Service &service, const User &user);
    std::optional<SandboxResponse> openResetSession(Service &service, SandboxRequest &request,
                                                    const QStringList &steps, QJsonObject *body,
                                                    ResetSession **session);
    SandboxResponse wrongResetAnswer(Service &service, ResetSession *session, const char *code,
                                     const QString &message);
    void onTokenValidated(Task &task);
    void onTokenExpired(Task &task);
    /// TaskEngine's token gate (DedicatedCloudOperationTokens.cpp): a sensitive operation created
    /// while the service's tokenValidation is active waits for an SMS token.
    bool gateSensitiveTask(Task &task);
    /// The task is validated on the secure interface: the stage-2 test operation, or a gated one.
    static bool needsOperationToken(const Task &task);
    static QString operationTokenOf(const Task &task);
    /// The token was right: the operation runs (and a confirmation SMS follows).
    bool acceptOperationToken(const Task &task);
    void applyNetworkTask(Task &task, bool done);
    void applyUserTask(Task &task);
    void applyServiceTask(Task &task);
    void finishSecurityOptionTask(Task &task);

    Outbox *m_outbox;
    SandboxContext *m_context = nullptr;
    std::map<QString, Service> m_services;
    qint64 m_nextNetworkId = 1001;
    SncHooks m_sncHooks;
};

} // namespace snc::sandbox
