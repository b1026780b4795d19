// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to NsxModule (not installed, not a contract): the checks of NSX policy objects that
// need no state. Each returns the first problem found in NSX's words, or an empty string.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace snc::sandbox::nsx {

/// "a.b.c.d[/n]"; false when malformed. `base` and `prefix` (32 without a suffix) when wanted.
bool parseCidr(const QString &text, quint32 *base = nullptr, int *prefix = nullptr);
/// A bare IPv4 address (no prefix).
bool isAddress(const QString &text);
/// "/infra/tier-0s/t0/locale-services/x/ipsec…" → "/infra/tier-0s/t0/ipsec…" (same object).
QString canonicalPath(QString path);

QString checkIkeProfile(const QJsonObject &o);
QString checkTunnelProfile(const QJsonObject &o);
QString checkDpdProfile(const QJsonObject &o);
QString checkVpnService(const QJsonObject &o);
/// The type and `local_address` (its use in the public block is the module's to check).
QString checkLocalEndpoint(const QJsonObject &o);
/// Every field of a policy-based PSK session but its paths and rules.
QString checkSessionFields(const QJsonObject &o);
QString checkSessionRules(const QJsonArray &rules);

} // namespace snc::sandbox::nsx
