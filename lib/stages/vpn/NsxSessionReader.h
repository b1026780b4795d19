// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "stages/vpn/NsxtOption.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class NsxApplyChain;
class NsxClient;
class NsxCredentials;
class StageContext;
class StageOperation;
class VpnSessionMonitor;
struct VpnSettings;

/**
 * @brief What stage 3 reads to find its VPN, each step part of the caller's operation: where
 * NSX Manager is (`GET …/nsxt`), the NSX password (NsxCredentials), the Tier-0 `ovh-T0-gw`, the
 * wizard's session with its endpoint and IKE profile (into VpnSettings), and its
 * `detailed-status` (VpnSessionMonitor).
 *
 * Keeps what it found (the NSX-T option, the Tier-0's id) and whether NSX needs the password.
 * Every failure but a cancel goes to the `report` given at construction, as it happens. Does not
 * own the client, monitor, chain, credentials or context.
 */
class NsxSessionReader : public QObject
{
    Q_OBJECT
public:
    using Report = std::function<void(const ApiError &)>;
    NsxSessionReader(NsxClient *nsx, VpnSessionMonitor *monitor, NsxApplyChain *chain,
                     NsxCredentials *credentials, StageContext *context, Report report,
                     QObject *parent = nullptr);

    /// The service's NSX-T option, as last read.
    const NsxtOption &nsxt() const { return m_nsxt; }
    /// The NSX password is needed (not known, or refused by NSX).
    bool needsPassword() const { return m_needsPassword; }
    void setNeedsPassword(bool needs) { m_needsPassword = needs; }
    /// The wizard's IPsec service and session on the Tier-0 found (empty id until found).
    QString servicePath() const;
    QString sessionPath() const;
    /// The Tier-0 is looked up again by name on the next findTier0() (NSX no longer knows it).
    void forgetTier0() { m_tier0Id.clear(); }
    /// Another service: nothing read is kept.
    void forget();

    /// Points the NSX client at NSX Manager as last read, with the context's CAs and the login.
    void prepareClient();
    /// Reads GET …/nsxt (every refresh: `again`; else once) as part of `op`: where NSX Manager
    /// is, or why there is none (reported). `then(usable)`.
    void readNsxtOption(StageOperation *op, bool again, std::function<void(bool)> then);
    /// The password in the client, from memory or the keychain; needsPassword() otherwise.
    void ensureCredentials(StageOperation *op, std::function<void(bool)> then);
    /// The Tier-0 shown as `ovh-T0-gw`: its Policy id from GET /infra/tier-0s (once per
    /// service), as part of `op`; none or a refusal is reported. `then(found)`.
    void findTier0(StageOperation *op, std::function<void(bool)> then);
    /// The wizard's session, its local endpoint and IKE profile, read back into `settings`
    /// (none: the monitor says NotConfigured), then its status. `then(ok)`.
    void readSession(StageOperation *op, VpnSettings *settings, std::function<void(bool)> then);
    /// Reads `detailed-status` as part of `op`; an error is reported; `then(ok)`.
    void readStatus(StageOperation *op, std::function<void(bool)> then);

private:
    /// NSX refused the login: the password is asked for again.
    void noteRefusal(const ApiError &error);

    NsxClient *m_nsx;
    VpnSessionMonitor *m_monitor;
    NsxApplyChain *m_chain;
    NsxCredentials *m_credentials;
    QPointer<StageContext> m_context;
    Report m_report;
    NsxtOption m_nsxt;
    QString m_tier0Id; ///< Policy id of the Tier-0 shown as ovh-T0-gw (findTier0())
    bool m_needsPassword = false;
};

} // namespace snc
