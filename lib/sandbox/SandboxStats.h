// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxState.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace snc::sandbox {

class TaskEngine;

/**
 * @brief Counters for `GET /sandbox/stats`, and the registry of live resources that proves a
 * client never creates the same thing twice.
 *
 * Domain handlers call reportCreated(kind, naturalKey) when a call creates something (at the
 * moment the API accepts it, i.e. when the task is created) and reportRemoved() when it is
 * deleted or its creation is canceled. Creating a key that is still live counts as a duplicate.
 * The natural key says what makes two resources "the same" for a customer, e.g. kind
 * "allowedNetwork" + key "203.0.113.7/32".
 *
 * Counters are per run (reset() clears them); the set of live keys is part of the saved state.
 */
class SandboxStats : public StatePart
{
public:
    void countRequest(const QString &routeKey);
    /// One injected fault: `routeKey`'s call number `callIndex` (from 0) got `fault`
    /// (FaultDecision::name()). Listed as "injectedFaults": ["GET /1.0/me #3: 503", …].
    void recordFault(const QString &routeKey, quint64 callIndex, const QString &fault);
    QStringList injectedFaults() const { return m_faults; }
    void reportCreated(const QString &kind, const QString &naturalKey);
    void reportRemoved(const QString &kind, const QString &naturalKey);
    bool isLive(const QString &kind, const QString &naturalKey) const;

    int totalRequests() const { return m_total; }
    int duplicateCreations() const { return m_duplicates.size(); }
    int requestsFor(const QString &routeKey) const { return m_perRoute.value(routeKey); }

    /// {"requestsPerRoute":{…},"resourcesCreated":{…},"duplicateCreations":n,
    ///  "duplicates":["allowedNetwork:203.0.113.7/32",…],"totalRequests":n,
    ///  "injectedFaults":["GET /1.0/me #3: 503",…]}
    QJsonObject toJson() const;
    void reset();
    /// Adds a "tasks" summary to toJson(): {"total","unfinished","byState":{…},
    /// "unfinishedTasks":[{"taskId","kind","state"}],"duplicateTasks":[…]} (tests prove that no
    /// task is lost or created twice across faults and crashes).
    void setTaskEngine(const TaskEngine *engine) { m_tasks = engine; }

    QString stateKey() const override { return QStringLiteral("registry"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

private:
    QMap<QString, int> m_perRoute;
    QMap<QString, int> m_created;
    QStringList m_duplicates;
    QStringList m_faults;
    QHash<QString, int> m_live; ///< "kind:key" -> how many live instances
    int m_total = 0;
    const TaskEngine *m_tasks = nullptr;
};

} // namespace snc::sandbox
