// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxStats.h"

#include "TaskEngine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {
QString fullKey(const QString &kind, const QString &key)
{
    return kind + u':' + key;
}
} // namespace

void SandboxStats::countRequest(const QString &routeKey)
{
    ++m_total;
    ++m_perRoute[routeKey];
}

void SandboxStats::recordFault(const QString &routeKey, quint64 callIndex, const QString &fault)
{
    m_faults.append(u"%1 #%2: %3"_s.arg(routeKey).arg(callIndex).arg(fault));
}

void SandboxStats::reportCreated(const QString &kind, const QString &naturalKey)
{
    const QString k = fullKey(kind, naturalKey);
    ++m_created[kind];
    int &live = m_live[k];
    if (live > 0)
        m_duplicates.append(k);
    ++live;
}

void SandboxStats::reportRemoved(const QString &kind, const QString &naturalKey)
{
    const QString k = fullKey(kind, naturalKey);
    auto it = m_live.find(k);
    if (it == m_live.end())
        return;
    if (--it.value() <= 0)
        m_live.erase(it);
}

bool SandboxStats::isLive(const QString &kind, const QString &naturalKey) const
{
    return m_live.value(fullKey(kind, naturalKey)) > 0;
}

QJsonObject SandboxStats::toJson() const
{
    QJsonObject perRoute;
    for (auto it = m_perRoute.cbegin(); it != m_perRoute.cend(); ++it)
        perRoute.insert(it.key(), it.value());
    QJsonObject created;
    for (auto it = m_created.cbegin(); it != m_created.cend(); ++it)
        created.insert(it.key(), it.value());
    QJsonObject out{
            {u"requestsPerRoute"_s, perRoute},
            {u"resourcesCreated"_s, created},
            {u"duplicateCreations"_s, m_duplicates.size()},
            {u"duplicates"_s, QJsonArray::fromStringList(m_duplicates)},
            {u"totalRequests"_s, m_total},
            {u"injectedFaults"_s, QJsonArray::fromStringList(m_faults)},
    };
    if (m_tasks) {
        QJsonObject byState;
        QJsonArray unfinished;
        const QList<const Task *> all = m_tasks->tasks();
        for (const Task *t : all) {
            const QString state = taskStateName(t->state);
            byState.insert(state, byState.value(state).toInt() + 1);
            if (!t->isFinished())
                unfinished.append(QJsonObject{{u"taskId"_s, t->id}, {u"kind"_s, t->kind}, {u"state"_s, state}});
        }
        out.insert(u"tasks"_s, QJsonObject{
                {u"total"_s, all.size()},
                {u"unfinished"_s, unfinished.size()},
                {u"byState"_s, byState},
                {u"unfinishedTasks"_s, unfinished},
                {u"duplicateTasks"_s, QJsonArray::fromStringList(m_tasks->duplicateTasks())},
        });
    }
    return out;
}

void SandboxStats::reset()
{
    m_perRoute.clear();
    m_created.clear();
    m_duplicates.clear();
    m_faults.clear();
    m_total = 0;
}

QJsonValue SandboxStats::saveState() const
{
    QJsonObject live;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it)
        live.insert(it.key(), it.value());
    return QJsonObject{{u"live"_s, live}};
}

void SandboxStats::loadState(const QJsonValue &value)
{
    m_live.clear();
    const QJsonObject live = value.toObject().value(u"live"_s).toObject();
    for (auto it = live.begin(); it != live.end(); ++it)
        m_live.insert(it.key(), it.value().toInt());
}

} // namespace snc::sandbox
