// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"
#include "stages/Ipv4Block.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace snc {

/**
 * @brief What stage 3 configures, as a pure value: the peer, both sides' subnets, the local
 * endpoint, and the ANSSI crypto choices (nsx-ipsec.md §5 and §7). Validation, the NSX bodies,
 * the strongSwan swanctl.conf for the customer's side and a plain-text summary.
 *
 * Crypto is fixed where ANSSI leaves no choice: IKEv2, AES-GCM-256 for IKE and ESP (no digest:
 * the PRF is SHA2-256, implicit on NSX and named `prfsha256` for strongSwan), PFS on. The
 * choices offered are only the strong ones: DH group 19, 20 (default) or 21; IKE lifetime
 * 21600–86400 s (default 21600); ESP lifetime 900–21600 s (default 3600); DPD every 60 s.
 * Weak options (IKEv1, DH 2/5/14, SHA-1, no encryption, PFS off) cannot be expressed.
 */
struct VpnSettings
{
    Q_DECLARE_TR_FUNCTIONS(VpnSettings)
public:
    static constexpr int minIkeLifetime = 21600;
    static constexpr int maxIkeLifetime = 86400;
    static constexpr int minEspLifetime = 900;
    static constexpr int maxEspLifetime = 21600;
    static constexpr int dpdIntervalSecs = 60;
    static QList<int> allowedDhGroups() { return {19, 20, 21}; }

    QString peerAddress;          ///< the customer's VPN gateway, public IPv4
    QString peerId;               ///< its IKE identity (defaults to the address)
    QStringList customerSubnets;  ///< behind the peer (NSX destinations)
    QStringList pccSubnets;       ///< on the PCC side (NSX sources)
    QString localAddress;         ///< NSX local endpoint, a free address of the PCC block
    int dhGroup = 20;
    int ikeLifetime = 21600;
    int espLifetime = 3600;

    /// Translated problems, empty when valid. `allowDocumentation`: the practice sandbox (its
    /// addresses are in the documentation ranges).
    QStringList problems(bool allowDocumentation) const;
    QString effectivePeerId() const { return peerId.trimmed().isEmpty() ? peerAddress.trimmed() : peerId.trimmed(); }
    /// Normalised blocks of a side (invalid entries skipped).
    static QList<Ipv4Block> blocks(const QStringList &subnets);

    // NSX bodies (nsx-ipsec.md §2). Paths are built by the caller.
    QJsonObject ikeProfileBody() const;
    QJsonObject tunnelProfileBody() const;
    QJsonObject dpdProfileBody() const;
    static QJsonObject serviceBody();
    QJsonObject localEndpointBody() const;
    /// The session's JSON body, with the PSK, as bytes (the PSK never in a QString or a
    /// QJsonObject); empty when the PSK is empty or would need JSON escaping.
    SecretBytes sessionBody(const QString &localEndpointPath, const QString &ikePath,
                            const QString &tunnelPath, const QString &dpdPath,
                            const SecretBytes &psk) const;
    /// Reads back what a session + local endpoint say (inputs for a resumed wizard).
    void readSession(const QJsonObject &session);

    /// "ecp384" for group 20 etc.
    static QString strongSwanGroup(int group);
    /// The customer's side, modelled on strongSwan's net2net-psk (nsx-ipsec.md §6): one child per
    /// (customer subnet, PCC subnet) pair, the PSK in `secrets`. Built as bytes (the PSK never
    /// in a QString); the caller wipes them. Empty when a value cannot be written safely
    /// (an address that is not a bare IPv4 address, an identity swanctlQuoted() refuses, no
    /// subnet pair, a PSK with a quote or control character): callers check problems() first.
    SecretBytes swanctlConf(const SecretBytes &psk) const;
    /// `value` as a swanctl double-quoted string, or nothing when it holds a character that
    /// cannot be quoted safely (quote, backslash, line break or other control character, braces, '#').
    static std::optional<QString> swanctlQuoted(const QString &value);
    /// For network teams: every setting in plain words, no secret.
    QString summary(const QString &serviceName) const;
};

} // namespace snc
