// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace snc {

class AllowedNetworksModel;
class StageOperation;
class TaskPoller;
class VpnModel;

/// One check of the lock-out guard, with its result.
struct GuardCheck
{
    enum class Id { AllowedNetwork, VpnUp, HostsFile, Warning };
    enum class Result { Unknown, Pass, Fail, Info };
    Id id = Id::Warning;
    Result result = Result::Unknown;
    QString title;   ///< translated
    QString detail;  ///< translated: what was found, what to do
};

/**
 * @brief Stage 4 — the private gateway: vSphere reached through the vRack instead of the
 * internet (`…/datacenter/{id}/privateGateway`, API notes Stage 4).
 *
 * refresh(): `GET …/datacenter` and each datacenter, then the selected one's privateGateway
 * (state and configuration read back; the inputs take the server's values when enabled).
 * status(): Done when `enabled`; InProgress while `enabling`/`disabling` or a task runs; Failed on
 * `error`; NotStarted when `disabled`.
 *
 * Inputs: datacenter, gateway IP, dotted netmask, portgroup name, and optionally the address
 * the customer's traffic is source-NATed to. inputProblems(): the IP is a usable host of its
 * network (not the network or broadcast address), the mask is dotted and contiguous (/8–/30).
 *
 * The lock-out guard (runChecks() → checksChanged()), each check with its result:
 * 1. the gateway's network, or the source-NAT address, is inside an allowed network (stage 1,
 *    read again from the API); fix: addGatewayNetworkToAllowed();
 * 2. the stage-3 VPN session is UP (read again from NSX);
 * 3. the local hosts file maps `<sn>.ovh.com`, `nsx.<sn>.ovh.com` and `vrops.<sn>.ovh.com` to the
 *    gateway IP (hostsLines() gives the exact line; the file, hostsFilePath(), is read on a worker
 *    thread — QtConcurrent — and the result set on the GUI thread);
 * 4. a plain warning: vSphere will no longer be reachable from the internet (Info, not blocking).
 * enable(confirmation) needs checks 1–3 green, or `confirmation` equal to confirmationPhrase()
 * (which names the risk). It POSTs enable (or reconfigure when already enabled with another
 * configuration; nothing when identical), follows the task and reads the state back.
 * disable() and reconfigure() likewise. actionFinished(ok) ends every action.
 */
class PrivateGatewayModel : public StageModel
{
    Q_OBJECT
public:
    struct Datacenter
    {
        qint64 id = 0;
        QString name;
    };

    explicit PrivateGatewayModel(StageContext *context, QObject *parent = nullptr);
    ~PrivateGatewayModel() override;

    int number() const override { return 4; }
    QString statusText() const override;
    void refresh() override;
    void cancel() override;
    /// Datacenter, gateway IP, netmask, portgroup, state and the last task id, as read back.
    QList<ReportFact> reportFacts() const override;

    QList<Datacenter> datacenters() const { return m_datacenters; }
    qint64 datacenterId() const { return m_datacenterId; }
    void setDatacenterId(qint64 id);

    QString ip() const { return m_ip; }
    QString netmask() const { return m_netmask; }
    QString portgroup() const { return m_portgroup; }
    QString snatAddress() const { return m_snat; }
    void setInputs(const QString &ip, const QString &netmask, const QString &portgroup,
                   const QString &snatAddress = {});
    QStringList inputProblems() const;
    /// "172.16.0.0/24" for the current inputs, empty when invalid.
    QString gatewayNetwork() const;

    /// Server state: disabled, enabling, enabled, disabling, error ("" before the first read).
    QString state() const { return m_state; }
    QString serverIp() const { return m_serverIp; }
    QString serverNetmask() const { return m_serverNetmask; }
    QString serverPortgroup() const { return m_serverPortgroup; }

    void setVpn(VpnModel *vpn);
    void setAllowedNetworks(AllowedNetworksModel *networks);
    /// The hosts file the guard reads (tests inject a temporary file).
    void setHostsFilePath(const QString &path) { m_hostsPath = path; }
    QString hostsFilePath() const { return m_hostsPath; }
    static QString defaultHostsFilePath();

    void runChecks();
    bool isChecking() const { return m_checking; }
    QList<GuardCheck> checks() const { return m_checks; }
    bool allChecksPass() const;
    /// The line to add to the hosts file.
    QString hostsLine() const;
    /// Translated instructions for Linux, macOS and Windows (file, line, cache flush).
    QString hostsInstructions() const;
    /// The names that must map to `ip` in hosts file `content` and do not (pure).
    static QStringList missingHostNames(const QString &content, const QString &ip, const QStringList &names);
    QStringList hostNames() const;
    QString confirmationPhrase() const;

    bool addGatewayNetworkToAllowed();
    bool enable(const QString &typedConfirmation = {});
    bool disable();
    bool reconfigure();
    bool isTaskRunning() const;
    /// The id of the last enable/disable/reconfigure task this model followed (0: none).
    qint64 lastTaskId() const { return m_lastTaskId; }
    TaskPoller *taskPoller() const { return m_poller; }

signals:
    void checksChanged();
    void actionFinished(bool ok);

private:
    void forgetService() override;
    void deriveStatus();
    void resetChecks();
    void setCheck(GuardCheck::Id id, GuardCheck::Result result, const QString &detail);
    /// Reads the hosts file on a worker thread; the check is set on the GUI thread, then done(true).
    void checkHostsFile(std::function<void(bool)> done);
    void evaluateAllowed();
    void evaluateVpn();
    /// The action operation, or nullptr (lastError() set) when refused.
    StageOperation *startAction();
    void post(StageOperation *op, const QString &what, const QJsonValue &body);
    /// Reads the chosen datacenter's gateway as part of `op`, then `then(ok)`.
    void readGateway(StageOperation *op, std::function<void(bool)> then);

    QList<Datacenter> m_datacenters;
    qint64 m_datacenterId = 0;
    QString m_ip, m_netmask, m_portgroup, m_snat;
    QString m_state, m_serverIp, m_serverNetmask, m_serverPortgroup;
    bool m_transitionReadScheduled = false; // re-reading a gateway left "enabling"/"disabling"
    QPointer<VpnModel> m_vpn;
    QPointer<AllowedNetworksModel> m_allowed;
    QString m_hostsPath;
    QList<GuardCheck> m_checks;
    bool m_checking = false;
    TaskPoller *m_poller;
    QPointer<StageOperation> m_read;   ///< the refresh running, if any
    QPointer<StageOperation> m_action; ///< the action running, if any (one at a time)
    bool m_refreshed = false;
    qint64 m_lastTaskId = 0;
};

} // namespace snc
