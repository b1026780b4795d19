// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace snc {

/**
 * @brief ApiClient's memory of the answers that need not be read twice (setKeepLastingReads()):
 * by full URL, with the path it was read from and when (on the client's wall clock).
 *
 * Most entries last until cleared (another key, another account). A public IP block's details
 * (`…/ip/{block}/details`, the addresses in use) last lifetimeMs() only, and a change sent under
 * the service's `…/ip` forgets every entry under it (forgetChangedBy()). A value type; owns nothing.
 */
class LastingReads
{
public:
    /// How long an answer read from `path` may be served from memory: -1 for as long as the
    /// session (until clear()), else milliseconds.
    static qint64 lifetimeMs(const QString &path);

    /// The answer kept for `key`, if it is still fresh at `nowMs` (a stale one is dropped).
    std::optional<QJsonValue> find(const QString &key, qint64 nowMs);
    void keep(const QString &key, const QString &path, const QJsonValue &value, qint64 nowMs);
    /// A change (POST/PUT/DELETE) to `path` was sent: drops what it may have made stale.
    void forgetChangedBy(const QString &path);
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        QJsonValue value;
        QString path;
        qint64 keptAtMs = 0;
    };
    QHash<QString, Entry> m_entries; ///< full URL -> answer
};

} // namespace snc
