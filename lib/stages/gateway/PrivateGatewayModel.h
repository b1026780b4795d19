// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/gateway/LockoutGuard.h"
#include "tasks/PendingTaskSearch.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace snc {

class Poller;
class StageOperation;
class TaskPoller;

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
 * The lock-out guard (runChecks() → checksChanged()) is a LockoutGuard: the gateway's network
 * allowed (through the context's AllowedNetworksService; fix: addGatewayNetworkToAllowed(), which
 * ensures it through the service), the VPN up (the context's VpnStatusService), the hosts file,
 * and the warning. One rule guards every change of the gateway (issue 15, item 1): enable() and
 * reconfigure() need checks 1–3 green for the current inputs and still true at that moment (the
 * guard's recheckNow()), or the typed confirmation equal to confirmationPhrase() (which names the
 * risk); disable() needs the confirmation unless a check shows that the hosts file does not send
 * the vSphere names to the gateway's address (disabling would cut the path the user is on). A
 * refusal is a translated validation error, nothing sent; changeAllowed() and disableAllowed()
 * are the same rules for the page's buttons. The checks go stale as LockoutGuard says, and another
 * datacenter forgets them. enable() POSTs enable (or reconfigure when already enabled with another
 * configuration; nothing when identical), follows the task and reads the state back.
 * disable() and reconfigure() likewise. actionFinished(ok) ends every action. A gateway found
 * `enabling`/`disabling` with no task of ours followed is read again every 2 s (an snc::Poller on
 * the context's Clock) until it settles.
 */
class PrivateGatewayModel : public StageModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 datacenterId READ datacenterId WRITE setDatacenterId NOTIFY inputsChanged)
    Q_PROPERTY(QString ip READ ip WRITE setIp NOTIFY inputsChanged)
    Q_PROPERTY(QString netmask READ netmask WRITE setNetmask NOTIFY inputsChanged)
    Q_PROPERTY(QString portgroup READ portgroup WRITE setPortgroup NOTIFY inputsChanged)
    Q_PROPERTY(QString snatAddress READ snatAddress WRITE setSnatAddress NOTIFY inputsChanged)
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
    /// The manual step (issue 18 item 3): Without the hosts-file line, vSphere cannot be reached through the private gateway.
    QString manualStepLabel() const override;
    QString manualStepRequest() const override;
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
    void setIp(const QString &ip) { setInputs(ip, m_netmask, m_portgroup, m_snat); }
    void setNetmask(const QString &netmask) { setInputs(m_ip, netmask, m_portgroup, m_snat); }
    void setPortgroup(const QString &portgroup) { setInputs(m_ip, m_netmask, portgroup, m_snat); }
    void setSnatAddress(const QString &address) { setInputs(m_ip, m_netmask, m_portgroup, address); }
    QStringList inputProblems() const;
    /// "172.16.0.0/24" for the current inputs, empty when invalid.
    QString gatewayNetwork() const;

    /// Server state: disabled, enabling, enabled, disabling, error ("" before the first read).
    QString state() const { return m_state; }
    QString serverIp() const { return m_serverIp; }
    QString serverNetmask() const { return m_serverNetmask; }
    QString serverPortgroup() const { return m_serverPortgroup; }

    /// The hosts file the guard reads (tests inject a temporary file).
    void setHostsFilePath(const QString &path) { m_guard->setHostsFilePath(path); }
    QString hostsFilePath() const { return m_guard->hostsFilePath(); }
    static QString defaultHostsFilePath() { return LockoutGuard::defaultHostsFilePath(); }

    void runChecks();
    bool isChecking() const { return m_guard->isRunning(); }
    QList<GuardCheck> checks() const { return m_guard->checks(); }
    bool allChecksPass() const { return m_guard->allPass(); }
    /// The line to add to the hosts file.
    QString hostsLine() const { return m_guard->hostsLine(m_ip); }
    /// Translated instructions for Linux, macOS and Windows (file, line, cache flush).
    QString hostsInstructions() const { return m_guard->hostsInstructions(m_ip); }
    /// The names that must map to `ip` in hosts file `content` and do not (pure).
    static QStringList missingHostNames(const QString &content, const QString &ip, const QStringList &names)
    {
        return LockoutGuard::missingHostNames(content, ip, names);
    }
    QStringList hostNames() const { return m_guard->hostNames(); }
    QString confirmationPhrase() const;

    /// The guard's rule for enable() and reconfigure(), as things stand (no file read): checks 1–3
    /// green and not running, or `typedConfirmation` is confirmationPhrase().
    bool changeAllowed(const QString &typedConfirmation = {}) const;
    /// The guard's rule for disable(): `typedConfirmation` is confirmationPhrase(), or a check of
    /// the gateway's own address found that the hosts file does not send vSphere to it.
    bool disableAllowed(const QString &typedConfirmation = {}) const;

    bool addGatewayNetworkToAllowed();
    bool enable(const QString &typedConfirmation = {});
    bool disable(const QString &typedConfirmation = {});
    bool reconfigure(const QString &typedConfirmation = {});
    bool isTaskRunning() const;
    /// The id of the last enable/disable/reconfigure task this model followed (0: none).
    qint64 lastTaskId() const { return m_lastTaskId; }
    TaskPoller *taskPoller() const { return m_poller; }

signals:
    void checksChanged();
    void actionFinished(bool ok);
    /// An input changed (datacenter, IP, netmask, portgroup, source-NAT address).
    void inputsChanged();

private:
    void forgetService() override;
    void deriveStatus();
    LockoutGuard::Target guardTarget() const;
    /// A gateway changing with no task of ours: read again until it settles (m_settle).
    void followTransition();
    /// A gateway changing with no task of ours: find its pending task (datacenter task lists)
    /// and follow it, so that the page shows it, and an SMS token it waits for (issue 17 item 3:
    /// a wizard closed while the enabling waited for its token finds it again).
    void adoptPendingTask();
    /// The action operation, or nullptr (lastError() set) when refused.
    StageOperation *startAction();
    /// enable()/reconfigure(): the guard's checks made again now, then changeAllowed(); false
    /// with a translated validation error when refused.
    bool guardAllowsChange(const QString &typedConfirmation);
    void post(StageOperation *op, const QString &what, const QJsonValue &body);
    /// Reads the chosen datacenter's gateway as part of `op`, then `then(ok)`.
    void readGateway(StageOperation *op, std::function<void(bool)> then);

    QList<Datacenter> m_datacenters;
    qint64 m_datacenterId = 0;
    QString m_ip, m_netmask, m_portgroup, m_snat;
    QString m_state, m_serverIp, m_serverNetmask, m_serverPortgroup;
    LockoutGuard *m_guard;
    TaskPoller *m_poller;
    Poller *m_settle; ///< re-reads a gateway left "enabling"/"disabling"
    QPointer<StageOperation> m_read;   ///< the refresh running, if any
    QPointer<StageOperation> m_action; ///< the action running, if any (one at a time)
    QPointer<StageOperation> m_adoption; ///< following a pending task found by adoptPendingTask()
    PendingTaskSearch m_pendingSearch;   ///< adoptPendingTask()'s search
    bool m_refreshed = false;
    qint64 m_lastTaskId = 0;
};

} // namespace snc
