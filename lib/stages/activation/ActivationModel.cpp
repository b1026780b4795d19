// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/activation/ActivationModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/TaskState.h"
#include "core/Log.h"
#include "stages/ApiValueText.h"
#include "stages/OnboardingTasks.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// The generic securityOption.ErrorEnum code for "a required option is missing".
const QLatin1String kMissingRequirements("MISSING_REQUIREMENTS_OPTIONS");

bool mentionsMissingRequirements(const QString &code, const QString &message)
{
    return code == kMissingRequirements || message.contains(kMissingRequirements);
}

} // namespace

ActivationModel::ActivationModel(StageContext *context, QObject *parent)
    : StageModel(context, parent), m_poller(createTaskPoller())
{
    resetOnServiceChange();
}

ActivationModel::~ActivationModel() = default;

void ActivationModel::forgetService()
{
    m_pending.clear();
    m_blockers.clear();
    m_requires.clear();
    m_missingOptions.clear();
    m_loaded = false;
}

QString ActivationModel::statusText() const
{
    switch (status()) {
    case Status::Done:
        return tr("SecNumCloud is active: no option is pending", "@info stage status");
    case Status::InProgress:
        return tr("SecNumCloud is being enabled", "@info stage status");
    case Status::WaitingForUser:
        return tr("Ready to enable SecNumCloud", "@info stage status");
    case Status::NotStarted:
        return tr("%n requirement(s) missing before SecNumCloud can be enabled", "@info stage status",
                  int(m_blockers.size()));
    default:
        return StageModel::statusText();
    }
}

int ActivationModel::stageOfOption(const QString &option)
{
    if (option == "accessNetworkFiltered"_L1)
        return 1;
    if (option == "advancedSecurity"_L1 || option == "twoFa"_L1 || option == "tokenValidation"_L1)
        return 2;
    if (option == "privateGw"_L1)
        return 4;
    return 0;
}

SncBlocker ActivationModel::describeOption(const QString &option)
{
    const int stage = stageOfOption(option);
    if (option == "accessNetworkFiltered"_L1)
        return {option, stage, tr("Access to vSphere is not limited to the allowed networks yet (option "
                                  "accessNetworkFiltered).", "@info blocker")};
    if (option == "advancedSecurity"_L1 || option == "twoFa"_L1)
        //: %1 option name as OVHcloud writes it
        return {option, stage, tr("The security option %1 is not enabled yet.", "@info blocker").arg(option)};
    if (option == "tokenValidation"_L1)
        return {option, stage, tr("The validation of sensitive operations by SMS token is not enabled yet.", "@info blocker")};
    if (option == "privateGw"_L1)
        return {option, stage, tr("The private gateway is not enabled.", "@info blocker")};
    //: %1 option name as OVHcloud writes it
    return {option, stage, tr("The required option %1 is not enabled yet.", "@info blocker").arg(option)};
}

QString ActivationModel::missingOptionsText(const QStringList &options)
{
    QStringList named;
    for (const QString &option : options) {
        const int stage = stageOfOption(option);
        //: %1 option name as OVHcloud writes it, %2 stage number that enables it
        named << (stage > 0 ? tr("%1 (stage %2)", "@info option and its stage").arg(option).arg(stage) : option);
    }
    return QLocale().createSeparatedList(named);
}

// ---- Reading// ---- Reading ----------------------------------------------------------------------------------

void ActivationModel::refresh()
{
    // A refresh asked while one runs is answered by the running one (one refreshed() for both).
    if (m_read && m_read->isRunning())
        return;
    StageOperation *op = startRead(true);
    if (!op) {
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    m_read = op;
    op->onFinished(this, [this](const Result<Unit> &r) { emit refreshed(r.ok()); });
}

StageOperation *ActivationModel::startRead(bool withReportDetails)
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        setStatus(Status::Unknown);
        return nullptr;
    }
    StageOperation *op = startOperation();
    load(op, withReportDetails);
    return op;
}

void ActivationModel::load(StageOperation *op, bool withReportDetails)
{
    auto read = std::make_shared<ActivationRead>();
    read->withReportDetails = withReportDetails || !m_loaded;
    // Stages 1 and 4 hold the report's details when they have read them: not read twice.
    const std::optional<ReportDetails> siblings =
            read->withReportDetails && m_detailsSource ? m_detailsSource() : std::nullopt;
    if (siblings) {
        read->policy = siblings->userAccessPolicy;
        read->networks = siblings->allowedNetworks;
        read->gateways = siblings->gateways;
    }
    ActivationReader::read(op, context()->api(), context()->tokenValidation(), context()->servicePath(), read,
                           siblings.has_value(), &m_finishedTasks, context()->onboardingTasks()->entries(),
                           [this, op](const Result<ActivationRead> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            op->fail(r.error());
            return;
        }
        publish(r.value());
        op->succeed();
    });
}

void ActivationModel::publish(ActivationRead read)
{
    m_pending = read.pendingOptions;
    m_blockers = blockersFrom(read);
    if (!read.tree.isEmpty())
        m_requires = requiredOptions(read);
    m_missingOptions = missingRequiredOptions(read);
    std::sort(read.tasks.begin(), read.tasks.end(),
              [](const ReportTask &a, const ReportTask &b) { return a.taskId < b.taskId; });
    m_tasks = read.tasks;
    if (read.withReportDetails) {
        m_networks = read.networks;
        m_networks.sort();
        m_policy = read.policy;
        m_gateways.clear();
        for (const GatewayFact &g : std::as_const(read.gateways))
            m_gateways << gatewayLine(g);
    }
    m_loaded = true;
    followRunningActivation();
    deriveStatus();
    emit changed();
}

QList<SncBlocker> ActivationModel::blockersFrom(const ActivationRead &read)
{
    // Advice only (activate() never refuses because of it): the required options (`requires`)
    // that the matrix does not show delivered, each with the stage that enables it, then the
    // matrix's own reason for snc when it adds something.
    QList<SncBlocker> blockers;
    if (!read.pendingOptions.contains("snc"_L1))
        return blockers;
    for (const QString &option : missingRequiredOptions(read))
        blockers << describeOption(option);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : read.matrix)
        byName.insert(v.toObject().value("name"_L1).toString(), v.toObject());
    const QJsonObject snc = byName.value(u"snc"_s);
    if (snc.contains("compatible"_L1) && !snc.value("compatible"_L1).toBool()) {
        const QJsonObject reason = snc.value("reason"_L1).toObject();
        const QString code = reason.value("code"_L1).toString();
        const QString message = reason.value("message"_L1).toString();
        if (code == kMissingRequirements) {
            // The generic code: the options come from `requires` (already listed when the
            // matrix showed which); otherwise every required option is named.
            if (blockers.isEmpty())
                blockers << SncBlocker{code, 0,
                                       tr("OVHcloud says a required security option is missing; snc requires %1.",
                                          "@info blocker").arg(missingOptionsText(requiredOptions(read)))};
        } else {
            blockers << SncBlocker{code, 0, message.isEmpty() ? code : message};
        }
    }
    return blockers;
}

QStringList ActivationModel::requiredOptions(const ActivationRead &read)
{
    QStringList out;
    for (const QJsonValue &r : read.tree.value("requires"_L1).toArray())
        out << r.toString();
    return out;
}

QStringList ActivationModel::missingRequiredOptions(const ActivationRead &read)
{
    QHash<QString, QString> states;
    for (const QJsonValue &v : read.matrix)
        states.insert(v.toObject().value("name"_L1).toString(), v.toObject().value("state"_L1).toString());
    QStringList out;
    for (const QString &option : requiredOptions(read)) {
        // An option the matrix does not list is not judged: the activation will say.
        if (states.contains(option) && states.value(option) != "delivered"_L1)
            out << option;
    }
    return out;
}

ApiError ActivationModel::explained(ApiError error) const
{
    // MISSING_REQUIREMENTS_OPTIONS is generic: the server's words are kept and the options are
    // named from `requires` (those not delivered as last read, else all of them).
    if (!mentionsMissingRequirements(error.errorCode, error.serverMessage))
        return error;
    const QStringList options = m_missingOptions.isEmpty() ? m_requires : m_missingOptions;
    if (options.isEmpty())
        return error;
    //: %1 the server's message, %2 list of options with their stages
    error.serverMessage = tr("%1 — required options not enabled yet: %2.", "@error")
                                  .arg(error.serverMessage, missingOptionsText(options));
    return error;
}

void ActivationModel::followRunningActivation()
{
    // A running activation (started by someone else, or before a restart) is followed.
    if (m_poller->isRunning())
        return;
    for (const ReportTask &t : std::as_const(m_tasks)) {
        if (t.name == "enableSecurityOption"_L1 && !TaskPoller::isFinalState(t.state)) {
            follow(t.taskId);
            return;
        }
    }
}

QString ActivationModel::gatewayLine(const ReportDetails::Gateway &g)
{
    //: Private gateway line: %1 datacenter id, %2 IP, %3 netmask, %4 portgroup, %5 state
    return tr("datacenter %1: %2 / %3 on %4 (%5)", "@info report")
            .arg(g.datacenterId)
            .arg(g.ip, g.netmask, g.portgroup, ApiValueText::optionState(g.state));
}

void ActivationModel::deriveStatus()
{
    if (!m_loaded)
        setStatus(Status::Unknown);
    else if (m_pending.isEmpty() && !isTaskRunning())
        setStatus(Status::Done);
    else if (isTaskRunning())
        setStatus(Status::InProgress);
    else if (m_blockers.isEmpty() && isSncPending())
        setStatus(Status::WaitingForUser);
    else
        setStatus(Status::NotStarted);
}

QList<StageModel::ReportFact> ActivationModel::reportFacts() const
{
    QList<ReportFact> facts;
    facts << ReportFact{tr("Pending security options", "@label report"),
                        m_pending.isEmpty() ? tr("none", "@info report") : ApiValueText::optionNames(m_pending)};
    for (const ReportTask &t : m_tasks) {
        if (t.name == "enableSecurityOption"_L1)
            //: %1 task id, %2 state
            facts << ReportFact{tr("Activation task", "@label report"),
                                tr("#%1, %2", "@info report").arg(t.taskId).arg(ApiValueText::taskState(t.state))};
    }
    return facts;
}

// ---- Action -----------------------------------------------------------------------------------

bool ActivationModel::isTaskRunning() const
{
    return m_poller->isRunning();
}

bool ActivationModel::canActivate() const
{
    // The blockers are advice: OVHcloud decides, and says why when it refuses.
    return m_loaded && isSncPending() && !isTaskRunning() && !isBusy();
}

bool ActivationModel::activate()
{
    if (!m_loaded || !context() || !context()->api()) {
        reportValidationError(tr("Refresh the state first.", "@error"));
        return false;
    }
    if (isTaskRunning())
        return true; // already being enabled: nothing to send
    if (!isSncPending()) {
        QTimer::singleShot(0, this, [this] { emit actionFinished(m_pending.isEmpty()); });
        return true;
    }
    clearError();
    StageOperation *op = startOperation();
    qCInfo(lcStage) << "snc: resumePendingEnabling";
    op->onAnswer(context()->api()->post(context()->servicePath() + "/securityOptions/resumePendingEnabling"_L1,
                                        QJsonObject{{u"option"_s, u"snc"_s}}),
                 [this, op](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::Canceled) {
                op->fail(r.error());
                return;
            }
            reportError(explained(r.error()));
            // 409: already running — the read finds the task and follows it.
            op->onFinished(this, [this](const Result<Unit> &) {
                if (!isTaskRunning())
                    emit actionFinished(false);
            });
            load(op, true);
            return;
        }
        op->succeed();
        follow(TaskPoller::taskIdOf(r.value().toObject()));
    });
    return true;
}

void ActivationModel::follow(qint64 taskId)
{
    if (taskId <= 0) {
        readThenFinish(true, TaskPoller::Outcome::Done);
        return;
    }
    TaskRun *run = m_poller->follow(TaskPoller::servicePath(context()->serviceName(), taskId));
    run->onFinished(this, [this, taskId](const TaskRun::End &end) {
        // The poller's last answer is the finished task: the read below need not fetch it again.
        const QJsonObject last = end.task;
        if (TaskState::isSettledState(last.value("state"_L1).toString()) && context() && context()->api()) {
            m_finishedTasks.insert(ActivationReader::cacheKey(context()->api(), context()->servicePath(), taskId),
                                   ActivationReader::taskFrom(last, taskId));
        }
        if (end.outcome == TaskPoller::Outcome::Error) {
            // The task's description is OVHcloud's reason ("…: no IPsec VPN session…").
            ApiError e = ApiError::make(ApiError::Kind::BadRequest, u"snc task error"_s);
            e.errorCode = u"TASK_ERROR"_s;
            e.serverMessage = last.value("description"_L1).toString();
            reportError(explained(e));
        } else if (end.error) {
            reportError(*end.error);
        }
        // What the task changed (the options, its own state), not the whole report again.
        readThenFinish(false, end.outcome);
    });
    deriveStatus(); // the page's progress follows taskProgress(), which the poller feeds
}

void ActivationModel::readThenFinish(bool withReportDetails, TaskPoller::Outcome outcome)
{
    StageOperation *op = startRead(withReportDetails);
    if (!op) {
        QTimer::singleShot(0, this, [this] { emit actionFinished(false); });
        return;
    }
    op->onFinished(this, [this, outcome](const Result<Unit> &r) {
        emit actionFinished(r.ok() && outcome == TaskPoller::Outcome::Done && m_pending.isEmpty());
    });
}

void ActivationModel::cancel()
{
    m_poller->stop();
    StageModel::cancel(); // every operation ends with Canceled
}

} // namespace snc
