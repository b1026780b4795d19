// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/LastingReads.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// `/dedicatedCloud/{s}/ip…`: the service's public blocks, their entries and details. Group 1
/// is the prefix every read about the blocks starts with.
const QRegularExpression &ipPath()
{
    static const QRegularExpression re(u"^(/dedicatedCloud/[^/]+/ip)(/|$)"_s);
    return re;
}

} // namespace

qint64 LastingReads::lifetimeMs(const QString &path)
{
    // A block's details list the addresses in use, and they change without the wizard: a VM or
    // NSX (the VPN's local address) takes one. Two minutes still spare the start-up burst, where
    // several readers ask at once, and a page's back and forth; a page opened later sees the
    // addresses in use now, so the wizard never offers one just taken. The list of blocks does
    // not change during an onboarding.
    if (path.endsWith("/details"_L1) && ipPath().match(path).hasMatch())
        return 2 * 60'000;
    return -1;
}

std::optional<QJsonValue> LastingReads::find(const QString &key, qint64 nowMs)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    const qint64 lifetime = lifetimeMs(it->path);
    const qint64 age = nowMs - it->keptAtMs;
    // A clock set back (age < 0) cannot tell how old the answer is: read it again.
    if (lifetime >= 0 && (age < 0 || age >= lifetime)) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->value;
}

void LastingReads::keep(const QString &key, const QString &path, const QJsonValue &value, qint64 nowMs)
{
    // An answer served from memory comes back here too: it must not make itself younger.
    if (!m_entries.contains(key))
        m_entries.insert(key, Entry{value, path, nowMs});
}

void LastingReads::forgetChangedBy(const QString &path)
{
    const auto m = ipPath().match(path);
    if (!m.hasMatch())
        return; // the other lasting reads change with nothing the API is asked to do
    const QString prefix = m.captured(1);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->path.startsWith(prefix))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace snc
