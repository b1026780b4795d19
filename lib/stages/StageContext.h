// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/Endpoint.h"
#include "core/Clock.h"
#include "secrets/SecretStore.h"
#include "stages/ServiceHosts.h"

#include <QObject>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

namespace snc {

class AllowedNetworksService;
class OnboardingTasks;
class TokenValidationOption;
class VpnStatusService;

/**
 * @brief What every stage model needs: the API client, the secret store, the clock, and the
 * service being onboarded.
 *
 * Owned by WizardController; stage models keep a non-owning pointer. Does not own the client,
 * the store or the clock. Owns the services stages share instead of knowing each other
 * (allowedNetworks(), vpnStatus(): issue 14; tokenValidation()). serviceChanged() tells models to
 * forget what they read about the previous service (they refresh on the next refresh()).
 */
class StageContext : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY serviceChanged)
    Q_PROPERTY(bool practiceSandbox READ isPracticeSandbox NOTIFY endpointChanged)
    Q_PROPERTY(QUrl secureInterfaceBase READ secureInterfaceBase NOTIFY serviceChanged)
public:
    StageContext(ApiClient *api, SecretStore *secrets, Clock *clock, QObject *parent = nullptr);

    ApiClient *api() const { return m_api; }
    SecretStore *secrets() const { return m_secrets; }
    Clock *clock() const { return m_clock; }
    /// The allowed networks (stage 1's), for every stage that needs them. Child of this.
    AllowedNetworksService *allowedNetworks() const { return m_allowedNetworks; }
    /// The VPN session's state (stage 3's), for the stages that depend on it. Child of this.
    VpnStatusService *vpnStatus() const { return m_vpnStatus; }
    /// The tasks this onboarding followed (the compliance report reads only these). Child of this.
    OnboardingTasks *onboardingTasks() const { return m_onboardingTasks; }
    /// Whether the service's tokenValidation option is enabled, read once for every stage's
    /// token gate. Child of this.
    TokenValidationOption *tokenValidation() const { return m_tokenValidation; }

    QString serviceName() const { return m_serviceName; }
    /// Chooses the service, with its host names when they are known (ServiceHosts), before
    /// serviceChanged() is emitted, so that stages refreshing on it find them.
    void setServiceName(const QString &serviceName, const ServiceHosts &hosts = {});
    /// "/dedicatedCloud/<sn>" with the name %-encoded; empty when no service is chosen.
    QString servicePath() const;

    Endpoint endpoint() const { return m_endpoint; }
    bool isPracticeSandbox() const { return m_practiceSandbox; }
    /// Sets the region; `practiceSandbox` true when `endpoint` is the embedded simulator. A change
    /// from one valid endpoint to another also emits serviceChanged() (same name): every stage
    /// forgets what it read or holds for the service (the NSX password in memory too), since a
    /// service of the same name on another server is another service (issue 15, item 7).
    void setEndpoint(const Endpoint &endpoint, bool practiceSandbox);

    /// The endpoint segment of per-service secret names (SecretKeys): the region's id for an
    /// OVHcloud region ("ovh-eu"), "custom:<host>:<port>" for any other server; empty when no
    /// endpoint is set.
    QString secretScope() const;
    /// "<secretScope()>|<service>": one onboarding (OnboardingTasks, ConfirmationRecord, the
    /// settings' migrations); empty without a service.
    QString onboardingKey() const;
    /// True when the endpoint is an OVHcloud region (Endpoint::known()), not a custom server nor
    /// the practice sandbox: the only case where unscoped entries from before issue 15 are read.
    bool isProductionEndpoint() const;

    /**
     * @brief Reads the secret `scopedKey`; when it is not there, the endpoint is a production
     * region and `legacyKey` is not empty, reads `legacyKey` instead and, when found, moves it:
     * written under `scopedKey`, then the old entry removed (a one-time migration of the entries
     * written before they were scoped by endpoint). `then` runs once, in `scope`, with the value
     * or the error (Kind::NotFound when neither exists).
     */
    void readSecret(const QString &scopedKey, const QString &legacyKey, QObject *scope,
                    std::function<void(Result<SecretBytes>)> then);

    /// The service's host names as the API gave them (ConnectionModel, from GET
    /// /dedicatedCloud/{sn}; stages 3 and 4 add NSX Manager's from …/nsxt). Forgotten when the
    /// service changes.
    ServiceHosts serviceHosts() const { return m_hosts; }
    /// Emits serviceHostsChanged() when they differ (not for another service than the current).
    /// The /nsxt answer already held for the same PCC is kept when `hosts` has none.
    void setServiceHosts(const ServiceHosts &hosts);

    /**
     * @brief Where to send a request meant for `published`, a URL the API gave (secure
     * interface, NSX Manager): `published` itself in production; on the practice sandbox, the
     * same host and path under the sandbox's `/site/<host>/` (the sandbox serves every host name
     * it publishes there, since those names do not resolve). Empty for an empty URL.
     */
    QUrl reachable(const QUrl &published) const;

    /**
     * @brief Base URL of the service's secure interface, always with its final '/': the
     * API's `certifiedInterfaceUrl` (ServiceHosts::secureInterface()), made reachable().
     * Empty when no service is chosen or its addresses are not read yet.
     */
    QUrl secureInterfaceBase() const;
    /// `<base>operation-validation?task=<id>&token=<token>`. The token is put into the URL
    /// because that is how OVHcloud's page takes it; the URL must never be logged.
    QUrl operationValidationUrl(qint64 taskId, const QString &token) const;

    /// Practice sandbox: the CAs to trust (exactly those) for non-API requests such as the
    /// embedded secure interface. Empty = the system store. Set with the endpoint.
    QList<QSslCertificate> pinnedCaCertificates() const { return m_pinnedCas; }
    void setPinnedCaCertificates(const QList<QSslCertificate> &cas) { m_pinnedCas = cas; }

    /// Server time now (ms since epoch): the clock plus the API client's measured delta.
    qint64 serverNowMs() const;

signals:
    void serviceChanged(const QString &serviceName);
    void serviceHostsChanged();
    void endpointChanged();

private:
    QPointer<ApiClient> m_api;
    QPointer<SecretStore> m_secrets;
    QPointer<Clock> m_clock;
    AllowedNetworksService *m_allowedNetworks;
    VpnStatusService *m_vpnStatus;
    OnboardingTasks *m_onboardingTasks;
    TokenValidationOption *m_tokenValidation;
    QString m_serviceName;
    ServiceHosts m_hosts;
    Endpoint m_endpoint;
    bool m_practiceSandbox = false;
    QList<QSslCertificate> m_pinnedCas;
};

} // namespace snc
