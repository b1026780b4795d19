// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace snc {

class ApiClient;
class CallGroup;

/**
 * @brief Finds the task a lost answer started: the newest unfinished task listed under a path.
 *
 * When the answer to a POST is lost (timeout, network, 5xx, a conflict with a pending twin), the
 * task it queued may run all the same; a second POST would queue a second one. A model searches
 * first, with this one rule for every stage:
 * - one list, `GET <listPath>` with `filter` (never `state=`: the API filters on one state at a
 *   time and a task just created may be in any of the eight unfinished ones);
 * - then the details (`<detailBase>/task/<id>`) of at most `maxDetails` newest ids not known
 *   settled, newest first. Ours was queued a moment ago; one left by a wizard closed meanwhile
 *   waits at most 15 minutes for its SMS token, in which a service gets a few tasks.
 * - the answer is the newest of those read that is unfinished (not TaskPoller::isFinalState) and
 *   that `accept` takes; 0 for none. A failed read counts as "none found": the caller's
 *   read-back decides.
 *
 * Tasks seen settled (TaskState::isSettledState) are remembered, so the next search of the same
 * object reads only what may have moved since; forget() on a change of service. Copyable handle:
 * the memory is shared, so a search outlives neither its group nor its owner's data.
 */
class PendingTaskSearch
{
public:
    struct Query
    {
        QString listPath;      ///< e.g. "/dedicatedCloud/pcc-1/task" or "…/datacenter/1/task"
        QUrlQuery filter;      ///< e.g. name=createVmEncryptionKms; empty for all
        QString detailBase;    ///< the service path: tasks are read at "<detailBase>/task/<id>"
        int maxDetails = 5;    ///< at most this many detail reads
        /// Which unfinished task is the one sought (default: any).
        std::function<bool(const QJsonObject &task)> accept;
    };

    PendingTaskSearch();

    /// Adds the search's calls to `group`, then closes it: `found(taskId)` (0 for none) runs once
    /// every call has answered, in `context` (the group's other calls count too).
    void run(ApiClient *api, CallGroup *group, QObject *context, const Query &query,
             std::function<void(qint64 taskId)> found);
    /// Forgets the tasks seen settled (another service).
    void forget();
    /// Tasks seen settled so far (tests).
    QSet<qint64> settledTasks() const { return *m_settled; }

private:
    std::shared_ptr<QSet<qint64>> m_settled;
};

} // namespace snc
