// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "stages/OnboardingTasks.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace snc {

class ApiClient;
class CallGroup;
class StageOperation;
class TokenValidationOption;

/// A finished or running dedicatedCloud task, for the compliance report.
struct ReportTask
{
    qint64 taskId = 0;
    QString name;
    QString state;
    QDateTime executionDate;
    QDateTime endDate;
    int stage = 0; ///< the wizard stage this kind of task belongs to (0: other)
};

/// A private gateway of one datacenter, for the compliance report.
struct GatewayFact
{
    qint64 datacenterId = 0;
    QString ip, netmask, portgroup, state;
};

/// One read of stage 6's state. Plain value.
struct ActivationRead
{
    bool withReportDetails = true; ///< false: networks, policy and gateways were not read
    QStringList pendingOptions;
    QJsonArray matrix;  ///< compatibilityMatrix (only while something is pending)
    QJsonObject tree;   ///< dependenciesTree?option=snc (idem)
    QList<ReportTask> tasks;
    QStringList networks; ///< allowed networks in state "allowed"
    QString policy;       ///< userAccessPolicy
    QList<GatewayFact> gateways;
};

/**
 * @brief Reads stage 6's state as part of one operation, all calls in one CallGroup: pending
 * options (then, only while something is pending, compatibility matrix and dependencies tree),
 * this onboarding's tasks, and for the report the access policy, allowed networks and
 * private gateways. A 404 is "nothing there", not a failure.
 *
 * Tasks: never the service's whole history (a real PCC has hundreds of tasks, issue 16), only
 * the tasks this onboarding followed (OnboardingTasks, read where they were followed) and the
 * newest `enableSecurityOption` (GET …/task?name=enableSecurityOption: name and state are the
 * list's only published filters), which someone else, or a wizard before a restart, may have
 * started. A settled task (done, canceled: TaskState) is read once (the cache).
 *
 * Apart from ActivationModel because which calls make up the state is its own concern: the
 * model only decides what the state means (blockers, status, a task to follow). Stateless; the
 * cache of finished tasks belongs to the model.
 */
class ActivationReader
{
public:
    using Done = std::function<void(const Result<ActivationRead> &)>;
    /// Settled tasks by API base + task path: a settled task never changes, so it is not read
    /// again. Filled by read().
    using TaskCache = QHash<QString, ReportTask>;

    /**
     * Completes `read` as part of `op` (nothing answers once `op` has ended): report details are
     * read only when read->withReportDetails and not already there (given by the stages that
     * own them: `detailsGiven`). `cache` must outlive `op`. A compatibility matrix read tells
     * `tokenValidation` (the StageContext's, not owned; may be null) what it says of the option,
     * so that the gates do not read it again.
     */
    static void read(StageOperation *op, ApiClient *api, TokenValidationOption *tokenValidation,
                     const QString &servicePath, std::shared_ptr<ActivationRead> read, bool detailsGiven,
                     TaskCache *cache,
                     const QList<OnboardingTasks::Entry> &onboardingTasks, Done done);
    /// A task as the report shows it, from its JSON.
    static ReportTask taskFrom(const QJsonObject &json, qint64 taskId);
    /// The cache key of a task.
    static QString cacheKey(ApiClient *api, const QString &servicePath, qint64 taskId);
    /// The cache key of the task at `taskPath` (…/task/<id>, under the service or one of its users).
    static QString cacheKeyOf(ApiClient *api, const QString &taskPath);
    /// The stage a task name belongs to (0: other): only for a task no stage recorded (the
    /// newest activation, or a report on a machine that did not run the onboarding).
    static int stageOfTask(const QString &name);

private:
    static void readOptions(CallGroup *group, ApiClient *api, TokenValidationOption *tokenValidation,
                            const QString &base, const std::shared_ptr<ActivationRead> &read);
    static void readTasks(CallGroup *group, ApiClient *api, const QString &base, const std::shared_ptr<ActivationRead> &read,
                          TaskCache *cache, const QList<OnboardingTasks::Entry> &onboardingTasks);
    /// Adds the task at `path` to `read` (from the cache when finished, else read), as a task of
    /// `stage` when it is known (> 0).
    static void readTask(CallGroup *group, ApiClient *api, const QString &path, qint64 taskId,
                         const std::shared_ptr<ActivationRead> &read, TaskCache *cache, int stage = 0);
    static void readReportDetails(CallGroup *group, ApiClient *api, const QString &base,
                                  const std::shared_ptr<ActivationRead> &read);
};

} // namespace snc
