// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxModule.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace snc::sandbox {

class DedicatedCloudModule;
struct Task;

/**
 * @brief The service's infrastructure for stages 3–4: its public IP block, its datacenters and
 * their portgroups, and the private gateway (`/1.0/dedicatedCloud/{sn}/…`, signed).
 *
 * Facts from the API notes (Stage 4): `GET …/datacenter` → ids; `GET …/datacenter/{id}`;
 * `GET …/datacenter/{id}/privateGateway` → `{customerIp, customerNetmask, customerPortGroup,
 * state}`; `POST …/privateGateway/enable {ip, netmask, portgroup}` (all required),
 * `POST …/disable`, `POST …/reconfigure {ip?, netmask?, portgroup?, newDatacenterId?}` → Task;
 * `GET …/datacenter/{id}/task[/{taskId}]`. State: disabled, enabling, enabled, disabling, error.
 *
 * Choices where the notes are silent (documented, [I]):
 * - The public block: `GET …/ip` → `["192.0.2.0/28"]`, `GET …/ip/{network}` →
 *   `{network, networkName, description, gateway, netmask, vlanNumber, country, register}` (the
 *   published dedicatedCloud.Ip; gateway .14), `GET …/ip/{network}/details` → the addresses in
 *   use only, `[{ip, usage, usageDetails}]` with the published usage enum (usedAddresses()).
 * - Datacenter 1 has the portgroups `pg-vrack-admin` and `VM Network`; there is no listing route
 *   (OVH has none); enable refuses an unknown portgroup with a 400 naming it.
 * - netmask: dotted and contiguous, /8 to /30; ip: a usable host of that network.
 * - Task names `enablePrivateGateway`, `disablePrivateGateway`, `reconfigurePrivateGateway`
 *   (related `datacenterId`), 2 s todo + 8 s doing (sandbox time); the state is `enabling` /
 *   `disabling` meanwhile, the new configuration is read back once the task is done.
 * - enable when not disabled → 409 ("use reconfigure"); disable/reconfigure when not enabled → 409.
 *
 * State key "dedicatedCloudInfra". Does not own the dedicatedCloud module (a sibling).
 */
class DedicatedCloudInfraModule : public SandboxModule
{
public:
    static QString publicBlock() { return QStringLiteral("192.0.2.0/28"); }
    static QString publicGateway() { return QStringLiteral("192.0.2.14"); }
    static QStringList portgroups() { return {QStringLiteral("pg-vrack-admin"), QStringLiteral("VM Network")}; }

    explicit DedicatedCloudInfraModule(DedicatedCloudModule *dedicatedCloud);
    ~DedicatedCloudInfraModule() override;

    void attach(SandboxContext *context) override;
    void registerRoutes(Router &router) override;

    QString stateKey() const override { return QStringLiteral("dedicatedCloudInfra"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

    /// An address of the public block in use, as `…/ip/{network}/details` lists it.
    struct UsedAddress
    {
        QString ip;
        QString usage;   ///< dedicatedCloud.IpUsageEnum: nsxt, reserved or vm
        QString details; ///< usageDetails
    };
    static QList<UsedAddress> usedAddresses();
    /// Usage of an address of the service's public block: a listed usage (nsxt, reserved, vm),
    /// "network", "broadcast", "gateway", or "free" (the sandbox's own words for the last four:
    /// the API lists none of them); empty when the address is not in the block.
    QString addressUsage(const QString &serviceName, const QString &address) const;
    /// Is the private gateway enabled on one of the service's datacenters? (snc prerequisite)
    bool privateGatewayEnabled(const QString &serviceName) const;

    struct Gateway
    {
        QString state = QStringLiteral("disabled");
        QString ip;
        QString netmask;
        QString portgroup;
        QJsonObject toJson() const;
    };

private:
    bool hasService(const QString &serviceName) const;
    Gateway *gateway(const QString &serviceName, qint64 datacenterId);
    SandboxResponse taskResponse(qint64 taskId) const;
    void applyGatewayTask(Task &task, bool done);

    // -- route handlers (the table is in registerRoutes()) -----------------------------------
    SandboxResponse listIpBlocks(SandboxRequest &request);
    SandboxResponse getIpBlock(SandboxRequest &request);
    SandboxResponse getIpBlockDetails(SandboxRequest &request);
    SandboxResponse listDatacenters(SandboxRequest &request);
    SandboxResponse getDatacenter(SandboxRequest &request);
    SandboxResponse getPrivateGateway(SandboxRequest &request);
    SandboxResponse enablePrivateGateway(SandboxRequest &request);
    SandboxResponse disablePrivateGateway(SandboxRequest &request);
    SandboxResponse reconfigurePrivateGateway(SandboxRequest &request);
    SandboxResponse listDatacenterTasks(SandboxRequest &request);
    SandboxResponse getDatacenterTask(SandboxRequest &request);
    std::optional<SandboxResponse> findGateway(const SandboxRequest &request, Gateway **gateway);
    SandboxResponse createGatewayTask(const QString &serviceName, const char *name,
                                      const QJsonObject &payload);

    DedicatedCloudModule *m_dedicatedCloud;
    SandboxContext *m_context = nullptr;
    /// serviceName -> datacenterId -> gateway (datacenter 1 exists for every service).
    QMap<QString, QMap<qint64, Gateway>> m_gateways;
};

} // namespace snc::sandbox
