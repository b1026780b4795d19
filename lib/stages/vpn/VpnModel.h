// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/vpn/VpnSettings.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include <functional>

class QTimer;

namespace snc {

class AllowedNetworksModel;
class StageOperation;
class NsxClient;

/**
 * @brief Stage 3 — an IPsec VPN between the customer's network and the PCC, configured on the
 * PCC's NSX Manager (Policy API, NsxClient) with ANSSI crypto (VpnSettings).
 *
 * refresh(): the PCC's public block (`GET …/ip`, `…/ip/{block}/details` → freeAddresses());
 * the NSX password (memory, else the keychain); then, on NSX, the wizard's session, its local
 * endpoint, its profiles and its `detailed-status`. The inputs are read back from the session
 * when it exists. status(): Done when the session is UP; InProgress while negotiating or being
 * applied; Failed when DOWN with a reason; WaitingForUser when the NSX password is needed;
 * NotStarted when no session exists.
 *
 * The NSX password: the wizard does not keep the stage-2 password, so the page asks for it once
 * (setNsxPassword()); it is kept in the keychain (SecretKeys::nsxAdminPassword()).
 *
 * apply(): validates (VpnSettings::problems()), takes the PSK from the keychain
 * (SecretKeys::nsxIpsecPsk()) or generates one (crypto::randomString, 32 letters and digits ≈ 190
 * bits) and stores it before sending anything, then PATCHes, in order, the IKE, tunnel and DPD
 * profiles, the IPsec service on `ovh-T0-gw`, the local endpoint and the policy-based session
 * (fixed ids `snc-wizard-*`: applying twice changes nothing). Then it follows `detailed-status`
 * every statusIntervalMs() until UP, or until DOWN with a reason, or maxStatusPolls() polls;
 * applyFinished(ok) ends it. A freshly generated PSK is available once through freshPsk() until
 * forgetFreshPsk().
 *
 * Exports: swanctlConf() for the customer's strongSwan (exportSwanctl() writes it owner-only),
 * summaryText() for network teams (no secret). Allowed networks: missingAllowedNetworks() lists
 * the customer subnets that stage 1 does not cover; addMissingAllowedNetworks() adds them after
 * the user said yes (page), busy until the last add has ended.
 */
class VpnModel : public StageModel
{
    Q_OBJECT
public:
    enum class SessionState { Unknown, NotConfigured, Negotiating, Up, Down };
    Q_ENUM(SessionState)

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
    QStringList validationProblems() const;
    /// Free addresses of the PCC's public block (the local endpoint candidates).
    QStringList freeAddresses() const { return m_freeAddresses; }

    bool needsPassword() const { return m_needsPassword; }
    /// Keeps the NSX password (keychain) and re-reads NSX with it.
    void setNsxPassword(const SecretBytes &password);

    bool apply();
    bool isApplying() const;
    /// Reads `detailed-status` only (the gateway guard); sessionStateChanged() when answered.
    void refreshSessionStatus();
    SessionState sessionState() const { return m_state; }
    /// Translated explanation of sessionState() (why it is not up, what to check).
    QString sessionText() const;
    QString failReason() const { return m_failReason; }
    /// When sessionState() was last read from NSX (UTC); invalid if never.
    QDateTime sessionReadAt() const { return m_sessionReadAt; }

    bool hasFreshPsk() const { return !m_freshPsk.isEmpty(); }
    SecretBytes freshPsk() const { return m_freshPsk.clone(); }
    void forgetFreshPsk();

    /// The customer's swanctl.conf with `psk`.
    QString swanctlConf(const SecretBytes &psk) const { return m_settings.swanctlConf(psk); }
    QString summaryText() const;
    /// Writes swanctl.conf to `path` (mode 0600), the PSK read from the keychain; exportFinished().
    void exportSwanctl(const QString &path);

    void setAllowedNetworks(AllowedNetworksModel *networks);
    QStringList missingAllowedNetworks() const;
    bool addMissingAllowedNetworks();

    void setStatusIntervalMs(int ms) { m_statusIntervalMs = ms; }
    int statusIntervalMs() const { return m_statusIntervalMs; }
    void setMaxStatusPolls(int polls) { m_maxPolls = polls; }
    int maxStatusPolls() const { return m_maxPolls; }
    NsxClient *nsx() const { return m_nsx; }

    /// NSX object paths used by the wizard.
    static QString servicePath();
    static QString sessionPath();

signals:
    void sessionStateChanged();
    void freshPskChanged();
    void applyFinished(bool ok);
    void exportFinished(bool ok, const QString &path);
    void allowedNetworksAdded(bool ok);

private:
    void forgetService() override;
    void deriveStatus();
    void setSessionState(SessionState state, const QString &reason, int up, int total);
    void loadFreeAddresses(StageOperation *op, std::function<void()> then);
    void ensureCredentials(StageOperation *op, std::function<void(bool)> then);
    void readNsx(StageOperation *op, std::function<void(bool)> then);
    void readStatus(StageOperation *op, std::function<void(bool)> then);
    void withPsk(StageOperation *op, std::function<void(SecretBytes)> then);
    void patchChain(StageOperation *op, QList<QPair<QString, QJsonObject>> steps, std::function<void(bool)> then);
    void pollStatus();
    void prepareClient();
    void addNextAllowed(StageOperation *op, QStringList remaining);

    VpnSettings m_settings;
    QStringList m_freeAddresses;
    NsxClient *m_nsx;
    QTimer *m_pollTimer;
    QPointer<AllowedNetworksModel> m_allowed;
    QPointer<StageOperation> m_read;       ///< the refresh running, if any
    QPointer<StageOperation> m_apply;      ///< apply() until the session is up (or fails)
    QPointer<StageOperation> m_addAllowed; ///< addMissingAllowedNetworks() until every add ended
    SecretBytes m_freshPsk;
    SessionState m_state = SessionState::Unknown;
    QString m_failReason;
    QDateTime m_sessionReadAt;
    int m_tunnelsUp = 0;
    int m_tunnelsTotal = 0;
    bool m_needsPassword = false;
    bool m_refreshed = false;
    int m_polls = 0;
    int m_statusIntervalMs = 2000;
    int m_maxPolls = 90;
};

} // namespace snc
