// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxModule.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace snc::sandbox {

class DedicatedCloudInfraModule;
class DedicatedCloudModule;

/**
 * @brief The PCC's NSX Manager, Policy API subset for an IPsec VPN (stage 3), served under
 * `/site/{nsx host}/policy/api/v1`, the host of the service's `GET …/nsxt` url
 * (`https://nsxt.<PCC FQDN>`), and under `/nsx/{serviceName}/policy/api/v1`.
 * Shapes from the NSX notes (nsx-ipsec.md §1–4).
 *
 * Routes (P = the prefix above):
 * - `GET P/infra/tier-0s[/{t0}]` (one Tier-0, `ovh-T0-gw`, ACTIVE_STANDBY), `GET
 *   P/infra/tier-0s/{t0}/locale-services[/{ls}]` (one, `default`).
 * - `GET P/infra/ipsec-vpn-{ike,tunnel,dpd}-profiles[/{id}]`, `PATCH|DELETE …/{id}`.
 * - Under `P/infra/tier-0s/{t0}` and the deprecated `P/infra/tier-0s/{t0}/locale-services/{ls}`
 *   (both address the same objects): `ipsec-vpn-services[/{svc}]`,
 *   `…/{svc}/local-endpoints[/{le}]`, `…/{svc}/sessions[/{id}]` (GET list/one, PATCH, DELETE),
 *   `…/sessions/{id}/detailed-status`.
 * - `POST /nsx/{sn}/api/session/create` (form `j_username`, `j_password` → `Set-Cookie:
 *   JSESSIONID`, `x-xsrf-token`), `POST /nsx/{sn}/api/session/destroy`.
 *
 * Behaviour:
 * - Authentication on every policy route: Basic `admin@<PCC FQDN>:<the admin password set in
 *   stage 2>` (OVHcloud's form for the API; a bare `admin` is refused)
 *   (checked by the dedicatedCloud module), or a session cookie + `X-XSRF-TOKEN`. Missing → 401,
 *   wrong → 403 (NSX's wording). A user without OVHcloud's NSX right (`nsxRight`, as the
 *   unpublished switch `adminNsxRight` delivers it or as changeProperties set it) → 403 with a
 *   permission message (never the credentials' wording); so is a user whose network role
 *   (`networkRole` of its datacenter rights, switch `adminNetworkRole`) is below `manager`.
 * - PATCH creates or merges (top-level fields) and answers 200 with an empty body; objects get
 *   `id`, `path`, `relative_path`, `display_name`, `_revision` (incremented on change). Bodies are
 *   validated as NSX would (enums, GCM rules, lifetimes, paths that must exist, rules' subnets);
 *   errors in NSX's shape `{httpStatus, error_code, module_name, error_message}`.
 * - A session's `psk` is never returned by a plain GET; `?action=show_sensitive_data` includes it.
 * - The local endpoint's address must be a free address of the PCC's public block.
 * - detailed-status: DOWN/NEGOTIATING for `upDelayMs` (sandbox time) after the session's
 *   configuration last changed, then UP with one tunnel per (source, destination) pair — except
 *   for peers in 198.51.100.0/24, which never answer (DOWN, `fail_reason` "Negotiation timeout").
 *   A disabled session or service is DOWN with a reason.
 *
 * State key "nsx". Does not own the sibling modules.
 */
class NsxModule : public SandboxModule
{
public:
    /// The Tier-0's Policy id: not published, and on purpose not its display name, so that a
    /// client must look it up (UNPUBLISHED.md H3).
    static QString tier0Id() { return QStringLiteral("c2a94e1d-tier0-4f3b-9e07-pcc"); }
    /// What the NSX interface shows for it (OVHcloud's NSX guide).
    static QString tier0DisplayName() { return QStringLiteral("ovh-T0-gw"); }
    static QString localeServiceId() { return QStringLiteral("default"); }
    static constexpr qint64 upDelayMs = 6000;

    NsxModule(DedicatedCloudModule *dedicatedCloud, DedicatedCloudInfraModule *infra);
    ~NsxModule() override;

    void attach(SandboxContext *context) override;
    void registerRoutes(Router &router) override;

    QString stateKey() const override { return QStringLiteral("nsx"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

    /// The snc prerequisite: an enabled IPsec session whose service, local endpoint and profiles
    /// exist on the service's Tier-0.
    bool sessionConfigured(const QString &serviceName) const;

    struct VpnService
    {
        QJsonObject object;
        QMap<QString, QJsonObject> endpoints;
        QMap<QString, QJsonObject> sessions;   ///< with `psk`
        QMap<QString, qint64> configuredAtMs;  ///< session id → when its configuration changed
    };
    struct Manager
    {
        QMap<QString, QMap<QString, QJsonObject>> profiles; ///< "ike"|"tunnel"|"dpd" → id → object
        QMap<QString, VpnService> services;
    };

private:
    enum class Kind { Ike, Tunnel, Dpd, Service, Endpoint, Session };

    std::optional<SandboxResponse> authenticate(const SandboxRequest &request) const;
    /// Does `user`:`password` open the NSX API of `serviceName`? As OVHcloud runs it, the API
    /// login is `<account>@<PCC FQDN>` (OVHcloud's NSX guide): a bare `admin` is refused.
    bool checkLogin(const QString &serviceName, const QString &user, const QString &password) const;
    /// 403 (a right, not the credentials) when the user (`user@fqdn`) lacks OVHcloud's NSX right.
    std::optional<SandboxResponse> refuseWithoutNsxRight(const QString &serviceName, const QString &user) const;
    Manager *manager(const QString &serviceName);
    QJsonObject sessionStatus(const QString &serviceName, const QString &svcId, const QString &id) const;
    SandboxResponse patch(SandboxRequest &r, Kind kind);
    QJsonObject *findObject(Manager *m, VpnService *svc, Kind kind, const QString &id,
                            const QString &svcId, QString *path);
    void storeObject(Manager *m, VpnService *svc, Kind kind, const QString &id,
                     const QJsonObject &merged, bool changed);
    SandboxResponse remove(SandboxRequest &r, Kind kind);
    SandboxResponse get(SandboxRequest &r, Kind kind, bool list);
    QString validate(const QString &serviceName, Kind kind, const QJsonObject &merged,
                     const QString &svcId) const;
    QString validateSession(const QString &serviceName, const QJsonObject &merged,
                            const QString &svcId) const;
    bool pathExists(const QString &serviceName, const QString &path) const;

    // -- route handlers (the table is in registerRoutes()) -----------------------------------
    SandboxResponse listTier0s(SandboxRequest &request);
    SandboxResponse getTier0(SandboxRequest &request);
    SandboxResponse listLocaleServices(SandboxRequest &request);
    SandboxResponse getLocaleService(SandboxRequest &request);
    SandboxResponse listObjects(SandboxRequest &request, Kind kind);
    SandboxResponse getObject(SandboxRequest &request, Kind kind);
    SandboxResponse patchObject(SandboxRequest &request, Kind kind);
    SandboxResponse deleteObject(SandboxRequest &request, Kind kind);
    SandboxResponse getSessionStatus(SandboxRequest &request);
    SandboxResponse createSession(SandboxRequest &request);
    SandboxResponse destroySession(SandboxRequest &request);
    /// NSX authentication, then the manager of `{serviceName}` must exist.
    std::optional<SandboxResponse> refuseManagerCall(const SandboxRequest &request);
    /// `{t0}` (and `{ls}` when present) must name the Tier-0 (Tier-0 children only).
    static std::optional<SandboxResponse> checkTier0(const SandboxRequest &request, Kind kind);

    DedicatedCloudModule *m_dedicatedCloud;
    DedicatedCloudInfraModule *m_infra;
    SandboxContext *m_context = nullptr;
    QMap<QString, Manager> m_managers;
    struct SessionCookie
    {
        QString serviceName;
        QString xsrf;
    };
    QHash<QString, SessionCookie> m_cookies; ///< JSESSIONID → session (memory only)
};

} // namespace snc::sandbox
