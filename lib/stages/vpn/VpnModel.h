// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/VpnStatusService.h"
#include "stages/vpn/AllowedNetworksBudget.h"
#include "stages/vpn/PublicBlockAddresses.h"
#include "stages/vpn/PskCustody.h"
#include "stages/vpn/VpnSessionMonitor.h"
#include "stages/vpn/VpnSettings.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace snc {

class NsxApplyChain;
class NsxCredentials;
class NsxSessionReader;
class NsxUserRight;
class TaskPoller;
class SwanctlExport;
class StageOperation;
class NsxClient;

/**
 * @brief Stage 3 — an IPsec VPN between the customer's network and the PCC, configured on the
 * PCC's NSX Manager (Policy API, NsxClient) with ANSSI crypto (VpnSettings).
 *
 * refresh(): the PCC's public block (`GET …/ip`, `…/ip/{block}` and `…/ip/{block}/details` →
 * freeAddresses(), computed by PublicBlockAddresses; the first one pre-fills the local endpoint,
 * and validationProblems() refuses one in use or outside the block);
 * the NSX password (memory, else the keychain); then, on NSX, the wizard's session, its local
 * endpoint, its profiles and its `detailed-status`. The inputs are read back from the session
 * when it exists. status(): Done when the session is UP; InProgress while negotiating or being
 * applied; Failed when DOWN with a reason; WaitingForUser when the NSX password is needed;
 * NotStarted when no session exists.
 *
 * The NSX password: the wizard does not keep the stage-2 password, so the page asks for it once
 * (setNsxPassword()); NsxCredentials keeps it in the keychain (SecretKeys::nsxAdminPassword()).
 * exportSwanctl() is a SwanctlExport.
 *
 * apply(): validates (VpnSettings::problems()), then NsxApplyChain writes the PSK (keychain,
 * generated on the first apply) and the six NSX objects; then VpnSessionMonitor follows
 * `detailed-status` every statusIntervalMs() until UP, or until DOWN with a reason, or
 * maxStatusPolls() polls; applyFinished(ok) ends it. A freshly generated PSK is available once
 * through freshPsk() until forgetFreshPsk().
 *
 * Exports: swanctlConf() for the customer's strongSwan (exportSwanctl() writes it owner-only),
 * summaryText() for network teams (no secret). Allowed networks, through the context's
 * AllowedNetworksService (never the stage-1 model): missingAllowedNetworks() lists the customer
 * subnets not covered; addMissingAllowedNetworks() makes sure they are allowed after the user said
 * yes (page), busy until the last add has ended.
 *
 * The source of the context's VpnStatusService (registered when made): the private gateway's
 * guard reads the session state through it.
 */
class VpnModel : public StageModel, public VpnStatusService::Source
{
    Q_OBJECT
    Q_PROPERTY(QString peerAddress READ peerAddress WRITE setPeerAddress NOTIFY settingsChanged)
    Q_PROPERTY(QString peerId READ peerId WRITE setPeerId NOTIFY settingsChanged)
    Q_PROPERTY(QStringList customerSubnets READ customerSubnets WRITE setCustomerSubnets NOTIFY settingsChanged)
    Q_PROPERTY(QStringList pccSubnets READ pccSubnets WRITE setPccSubnets NOTIFY settingsChanged)
    Q_PROPERTY(QString localAddress READ localAddress WRITE setLocalAddress NOTIFY settingsChanged)
    Q_PROPERTY(int dhGroup READ dhGroup WRITE setDhGroup NOTIFY settingsChanged)
    Q_PROPERTY(int ikeLifetime READ ikeLifetime WRITE setIkeLifetime NOTIFY settingsChanged)
    Q_PROPERTY(int espLifetime READ espLifetime WRITE setEspLifetime NOTIFY settingsChanged)
public:
    using SessionState = VpnSessionMonitor::State;

    explicit VpnModel(StageContext *context, QObject *parent = nullptr);
    ~VpnModel() override;

    int number() const override { return 3; }
    QString statusText() const override;
    void refresh() override;
    void cancel() override;
    /// Peer and identity, local endpoint, both sides' subnets, the NSX profiles and proposals, the
    /// session state as last read and when. Never the PSK.
    QList<ReportFact> reportFacts() const override;

    VpnSettings settings() const { return m_settings; }
    void setSettings(const VpnSettings &settings);
    /// The inputs one by one (see VpnSettings): settingsChanged() and changed() on a change.
    QString peerAddress() const { return m_settings.peerAddress; }
    void setPeerAddress(const QString &v) { updateSettings(&VpnSettings::peerAddress, v); }
    QString peerId() const { return m_settings.peerId; }
    void setPeerId(const QString &v) { updateSettings(&VpnSettings::peerId, v); }
    QStringList customerSubnets() const { return m_settings.customerSubnets; }
    void setCustomerSubnets(const QStringList &v) { updateSettings(&VpnSettings::customerSubnets, v); }
    QStringList pccSubnets() const { return m_settings.pccSubnets; }
    void setPccSubnets(const QStringList &v) { updateSettings(&VpnSettings::pccSubnets, v); }
    QString localAddress() const { return m_settings.localAddress; }
    void setLocalAddress(const QString &v) { updateSettings(&VpnSettings::localAddress, v); }
    int dhGroup() const { return m_settings.dhGroup; }
    void setDhGroup(int v) { updateSettings(&VpnSettings::dhGroup, v); }
    int ikeLifetime() const { return m_settings.ikeLifetime; }
    void setIkeLifetime(int v) { updateSettings(&VpnSettings::ikeLifetime, v); }
    int espLifetime() const { return m_settings.espLifetime; }
    void setEspLifetime(int v) { updateSettings(&VpnSettings::espLifetime, v); }
    QStringList validationProblems() const;
    /// Free addresses of the PCC's public block (the local endpoint candidates).
    QStringList freeAddresses() const { return m_freeAddresses; }

    bool needsPassword() const;
    /// The NSX API login, `<user>@<PCC FQDN>` (NsxLogin; pre-filled `admin@<FQDN>`).
    QString nsxLogin() const;
    /// Sets the login (validated: false, error reported and nothing changed when it is not
    /// `user@host`); empty = back to `admin@<FQDN>`.
    bool setNsxLogin(const QString &login);
    /// Keeps the NSX password (keychain) and re-reads NSX with it.
    void setNsxPassword(const SecretBytes &password);
    /// The login's user lacks OVHcloud's NSX right (read by refresh() before NSX is called;
    /// apply() is refused meanwhile). nsxRightText() says so, for whom, and what granting does.
    bool nsxRightMissing() const;
    QString nsxRightText() const;
    /// Grants the NSX right (NsxUserRight: changeProperties, the user task followed through
    /// taskProgress()), then refresh(); nsxRightGrantFinished(ok). False when there is nothing
    /// to grant or something already runs.
    bool grantNsxRight();

    bool apply();
    bool isApplying() const;
    /// Reads `detailed-status` only (the gateway guard); sessionStateChanged() when answered.
    void refreshSessionStatus();
    SessionState sessionState() const { return m_monitor->state(); }
    /// Translated explanation of sessionState() (why it is not up, what to check).
    QString sessionText() const override;
    QString failReason() const { return m_monitor->failReason(); }
    /// When sessionState() was last read from NSX (UTC); invalid if never.
    QDateTime sessionReadAt() const { return m_monitor->readAt(); }

    bool hasFreshPsk() const { return m_psk->hasFresh(); }
    SecretBytes freshPsk() const { return m_psk->fresh(); }
    void forgetFreshPsk();

    /// Where the "I have stored it" answers are remembered (issue 18 item 8); none: memory only.
    void setWizardSettings(WizardSettings *settings) { m_psk->setSettings(settings); }
    /// A fresh PSK was shown and the user has not yet said it is stored: the stage is not Done
    /// (WaitingForUser) until setPskStored(true). A wizard restarted meanwhile reads the key back
    /// from the keychain on refresh() to show it again.
    bool isPskConfirmationOwed() const { return m_psk->isConfirmationOwed(); }
    /// The user's "I have stored it": true also forgets the fresh PSK (its box closes).
    void setPskStored(bool stored);

signals:
    /// isPskConfirmationOwed() may have changed.
    void pskStoredChanged();

public:
    /// The customer's swanctl.conf with `psk` (bytes to wipe; empty when unsafe to write).
    SecretBytes swanctlConf(const SecretBytes &psk) const { return m_settings.swanctlConf(psk); }
    /// Why exportSwanctl() would refuse the current settings (translated), empty when it would not.
    QString exportProblem() const;
    QString summaryText() const;
    /// Writes swanctl.conf to `path` (mode 0600), the PSK read from the keychain; exportFinished().
    /// Refused (exportFinished(false), a validation error, nothing written) when exportProblem()
    /// says why: settings read back from NSX are checked like typed ones.
    void exportSwanctl(const QString &path);

    QStringList missingAllowedNetworks() const;
    /// What may be added for missingAllowedNetworks() within OVHcloud's 2048-address limit: the
    /// subnets when they fit, else the narrowest set covering the VPN gateway (peerAddress) and
    /// adminHosts(), else nothing (AllowedNetworksBudget).
    AllowedNetworksBudget allowedNetworksBudget() const;
    /// Addresses of the customer's admin hosts that must reach vSphere (only asked when the
    /// subnets do not fit in the limit). Not part of the NSX settings.
    QStringList adminHosts() const { return m_adminHosts; }
    void setAdminHosts(const QStringList &hosts);
    /// Adds allowedNetworksBudget().proposal after the user said yes (page); refused (validation
    /// error, nothing sent) when nothing fits or an admin host is not an IPv4 address.
    bool addMissingAllowedNetworks();

    void setStatusIntervalMs(int ms) { m_statusIntervalMs = ms; }
    int statusIntervalMs() const { return m_statusIntervalMs; }
    void setMaxStatusPolls(int polls) { m_maxPolls = polls; }
    int maxStatusPolls() const { return m_maxPolls; }
    NsxClient *nsx() const { return m_nsx; }
    /// Follows the user task of grantNsxRight() (tests set its intervals).
    TaskPoller *taskPoller() const { return m_poller; }

    /// NSX object paths used by the wizard.
    /// The wizard's IPsec service and session on the Tier-0 found (empty id until found).
    QString servicePath() const;
    QString sessionPath() const;

signals:
    void sessionStateChanged();
    void freshPskChanged();
    void applyFinished(bool ok);
    void exportFinished(bool ok, const QString &path);
    void allowedNetworksAdded(bool ok);
    void nsxRightGrantFinished(bool ok);
    /// An input changed (setSettings() or one of the input setters).
    void settingsChanged();

private:
    // VpnStatusService::Source
    bool isSessionUp() const override { return sessionState() == SessionState::Up; }
    void readSessionStatus(QObject *context, std::function<void()> done) override;

    void forgetService() override;
    void deriveStatus();
    /// The public block's free addresses (PublicBlockReader), as part of `op`; the first one
    /// pre-fills the local endpoint.
    void loadFreeAddresses(StageOperation *op, std::function<void()> then);
    /// refreshSessionStatus()'s operation, or nullptr when there is no service.
    StageOperation *startStatusRead();
    void waitForSession(StageOperation *op);
    void prepareClient();
    template <class T>
    void updateSettings(T VpnSettings::*field, const T &value)
    {
        if (m_settings.*field == value)
            return;
        m_settings.*field = value;
        emit settingsChanged();
        emit changed();
    }

    VpnSettings m_settings;
    QStringList m_freeAddresses;
    QStringList m_adminHosts;
    PublicBlockAddresses m_publicBlock; ///< as last read; empty when it could not be read
    NsxClient *m_nsx;
    VpnSessionMonitor *m_monitor;
    NsxApplyChain *m_chain;
    SwanctlExport *m_export;
    NsxCredentials *m_credentials;
    TaskPoller *m_poller; ///< the user tasks of grantNsxRight()
    NsxUserRight *m_right;
    NsxSessionReader *m_reader; ///< the NSX-T option, the password, the Tier-0, the session
    PskCustody *m_psk;
    QPointer<StageOperation> m_read;       ///< the refresh running, if any
    QPointer<StageOperation> m_apply;      ///< apply() until the session is up (or fails)
    QPointer<StageOperation> m_addAllowed; ///< addMissingAllowedNetworks() until every add ended
    QPointer<StageOperation> m_grant;      ///< grantNsxRight() until the user is read again
    bool m_refreshed = false;
    int m_statusIntervalMs = 2000;
    int m_maxPolls = 90;
};

} // namespace snc
