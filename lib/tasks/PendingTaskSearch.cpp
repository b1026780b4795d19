// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/PendingTaskSearch.h"

#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "api/TaskState.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

PendingTaskSearch::PendingTaskSearch() : m_settled(std::make_shared<QSet<qint64>>()) {}

void PendingTaskSearch::forget()
{
    m_settled->clear();
}

void PendingTaskSearch::run(ApiClient *api, CallGroup *group, QObject *context, const Query &query,
                            std::function<void(qint64 taskId)> found)
{
    auto pending = std::make_shared<QList<qint64>>();
    auto settled = m_settled;
    const QString detailBase = query.detailBase;
    const auto accept = query.accept;
    auto readTask = [api, group, settled, pending, detailBase, accept](qint64 id) {
        group->addResult(api->get(TaskPoller::taskPathUnder(detailBase, id)),
                         [settled, pending, accept, id](const Result<QJsonValue> &r) {
            if (!r.ok())
                return;
            const QJsonObject task = r.value().toObject();
            const QString state = task.value("state"_L1).toString();
            if (TaskState::isSettledState(state))
                settled->insert(id);
            if (!TaskPoller::isFinalState(state) && (!accept || accept(task)))
                pending->append(id);
        });
    };
    const int maxDetails = qMax(1, query.maxDetails);
    group->addResult(api->get(query.listPath, query.filter), [settled, readTask, maxDetails](const Result<QJsonValue> &r) {
        if (!r.ok())
            return;
        QList<qint64> ids;
        for (const QJsonValue &v : r.value().toArray()) {
            const qint64 id = TaskPoller::taskIdOf(QJsonObject{{u"taskId"_s, v}});
            if (id > 0 && !settled->contains(id))
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end(), std::greater<>());
        for (qint64 id : ids.mid(0, maxDetails))
            readTask(id);
    });
    group->onAllFinished(context, [pending, found = std::move(found)](const Result<Unit> &) {
        found(pending->isEmpty() ? 0 : *std::max_element(pending->cbegin(), pending->cend()));
    });
}

} // namespace snc
