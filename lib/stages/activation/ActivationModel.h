// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/activation/ActivationReader.h"
#include "tasks/TaskPoller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace snc {

class StageOperation;

/// Something that may keep `snc` from completing, in plain words, with the stage that fixes it.
struct SncBlocker
{
    QString code;    ///< a required option (accessNetworkFiltered, …) or the matrix's reason code
    int stage = 0;   ///< 1..5, 0 when unknown
    QString message; ///< translated for an option, else the server's message
};

/**
 * @brief Stage 6 — SecNumCloud activation.
 *
 * refresh(): pendingOptions, compatibilityMatrix?showIncompatible=true,
 * dependenciesTree?option=snc, this onboarding's tasks and the newest "enableSecurityOption" (for
 * the report and to resume following a running activation; ActivationReader), allowed networks and private gateways (for the report).
 * status(): Done only when pendingOptions == []; InProgress while the task runs; WaitingForUser
 * when nothing blocks and snc is pending; NotStarted when something blocks (blockers()).
 *
 * blockers() are advice, never a lock: the required options (`requires` of the published
 * dependenciesTree) that the compatibility matrix does not show delivered, each with the stage
 * that enables it, and the matrix's reason for snc. canActivate() ignores them: OVHcloud decides.
 *
 * activate(): POST …/securityOptions/resumePendingEnabling {"option":"snc"}, the task followed
 * (taskProgress() feeds the progress bar), then a refresh. A task already running is
 * followed instead of posting again. A refusal shows the API error's message, a task that ends
 * in error its own description; MISSING_REQUIREMENTS_OPTIONS (generic) also names the options.
 */
class ActivationModel : public StageModel
{
    Q_OBJECT
public:
    explicit ActivationModel(StageContext *context, QObject *parent = nullptr);
    ~ActivationModel() override;

    int number() const override { return 6; }
    QString statusText() const override;
    void refresh() override;
    void cancel() override;
    QList<ReportFact> reportFacts() const override;

    QStringList pendingOptions() const { return m_pending; }
    bool isSncPending() const { return m_pending.contains(QLatin1String("snc")); }
    QList<SncBlocker> blockers() const { return m_blockers; }
    bool canActivate() const;
    bool activate();

    bool isTaskRunning() const;
    TaskPoller *taskPoller() const { return m_poller; }

    /// Report data read by the last refresh.
    QList<ReportTask> tasks() const { return m_tasks; }
    QStringList allowedNetworks() const { return m_networks; }
    QString userAccessPolicy() const { return m_policy; }
    QStringList privateGateways() const { return m_gateways; }

    /// The report's networks, access policy and private gateways as stages 1 and 4 hold them.
    struct ReportDetails
    {
        using Gateway = GatewayFact;
        QStringList allowedNetworks; ///< entries in state "allowed"
        QString userAccessPolicy;
        QList<Gateway> gateways;     ///< one per datacenter of the service
    };
    /**
     * @brief Where the report's details come from when the stages that own them have read them
     * and are not reading them again: the page then reads nothing a sibling has just read.
     * std::nullopt from @p source (or no source): this stage reads them itself.
     */
    void setReportDetailsSource(std::function<std::optional<ReportDetails>()> source)
    {
        m_detailsSource = std::move(source);
    }
    /// A private gateway line of the report, translated.
    static QString gatewayLine(const ReportDetails::Gateway &gateway);

    /// A required option not enabled yet, in plain words, with the stage that enables it.
    static SncBlocker describeOption(const QString &option);
    /// The wizard stage that enables a security option (0: none of the wizard's).
    static int stageOfOption(const QString &option);
    /// "accessNetworkFiltered (stage 1) and privateGw (stage 4)", translated.
    static QString missingOptionsText(const QStringList &options);
    /// The stage a task name belongs to (0: other).
    static int stageOfTask(const QString &name) { return ActivationReader::stageOfTask(name); }

signals:
    void actionFinished(bool ok);

private:
    void forgetService() override;
    /// Reads the state. `withReportDetails` false: only what the status and the activation task
    /// need (options, matrix, tree, tasks); the report's networks, policy and gateways are kept
    /// from the last full read (an activation task changes none of them).
    void load(StageOperation *op, bool withReportDetails);
    /// A read ended well: the model takes it all at once.
    void publish(ActivationRead read);
    static QList<SncBlocker> blockersFrom(const ActivationRead &read);
    static QStringList requiredOptions(const ActivationRead &read);
    static QStringList missingRequiredOptions(const ActivationRead &read);
    /// `error` with the options named when it is the generic MISSING_REQUIREMENTS_OPTIONS.
    ApiError explained(ApiError error) const;
    void followRunningActivation();
    /// A read operation of its own (nullptr when no service is chosen).
    StageOperation *startRead(bool withReportDetails);
    /// Reads, then actionFinished(ok): the end of an activation whose task ended with `outcome`.
    void readThenFinish(bool withReportDetails, TaskPoller::Outcome outcome);
    void deriveStatus();
    void follow(qint64 taskId);

    QStringList m_pending;
    QList<SncBlocker> m_blockers;
    QStringList m_requires;       ///< snc's `requires`, as last read
    QStringList m_missingOptions; ///< those the matrix did not show delivered
    QList<ReportTask> m_tasks;
    /// Tasks already seen settled (TaskState::isSettledState), by task path (they never change): a
    /// refresh reads the task list but not these again.
    ActivationReader::TaskCache m_finishedTasks;
    QStringList m_networks;
    QString m_policy;
    QStringList m_gateways;
    std::function<std::optional<ReportDetails>()> m_detailsSource;
    bool m_loaded = false;
    QPointer<StageOperation> m_read; ///< the refresh running, if any
    TaskPoller *m_poller;
};

} // namespace snc
