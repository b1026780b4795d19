// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/activation/ActivationModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

QDateTime parseDate(const QJsonValue &v)
{
    QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(v.toString(), Qt::ISODate);
    return d;
}

/// What each required option means for the wizard, when the server gives no plain reason.
QString codeForOption(const QString &option)
{
    if (option == "accessNetworkFiltered"_L1)
        return u"ALLOWED_NETWORKS"_s;
    if (option == "tokenValidation"_L1 || option == "advancedSecurity"_L1)
        return u"MISSING_REQUIREMENTS_OPTIONS"_s;
    if (option == "privateGw"_L1)
        return u"PRIVATE_GATEWAY_DISABLED"_s;
    return {};
}

} // namespace

ActivationModel::ActivationModel(StageContext *context, QObject *parent)
    : StageModel(context, parent), m_poller(createForwardingTaskPoller(this))
{
    resetOnServiceChange();
}

ActivationModel::~ActivationModel() = default;

void ActivationModel::forgetService()
{
    m_pending.clear();
    m_blockers.clear();
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

SncBlocker ActivationModel::describeBlocker(const QString &code, const QString &serverMessage)
{
    if (code == "ALLOWED_NETWORKS"_L1)
        return {code, 1, tr("No network is allowed to reach the vCenter, or the access policy is still open.", "@info blocker")};
    if (code == "ADMIN_NOT_SECURED"_L1)
        return {code, 2, tr("The admin user is not secured yet (phone, e-mail, token-validator right, "
                            "password and two-factor authentication).", "@info blocker")};
    if (code == "MISSING_REQUIREMENTS_OPTIONS"_L1)
        return {code, 2, tr("The validation of sensitive operations by SMS token is not enabled yet.", "@info blocker")};
    if (code == "VPN_NOT_CONFIGURED"_L1)
        return {code, 3, tr("No IPsec VPN session is configured in NSX.", "@info blocker")};
    if (code == "PRIVATE_GATEWAY_DISABLED"_L1)
        return {code, 4, tr("The private gateway is not enabled.", "@info blocker")};
    if (code == "KMS_NOT_REGISTERED"_L1)
        return {code, 5, tr("No KMS is registered for VM encryption.", "@info blocker")};
    return {code, 0, serverMessage};
}

int ActivationModel::stageOfTask(const QString &name)
{
    static const QStringList stage1 = {u"addAllowedNetwork"_s, u"modifyAllowedNetwork"_s,
                                       u"removeAllowedNetwork"_s, u"updateService"_s};
    static const QStringList stage2 = {u"changeUserProperties"_s, u"testTokenValidation"_s};
    if (stage1.contains(name))
        return 1;
    if (stage2.contains(name))
        return 2;
    if (name.contains("PrivateGateway"_L1, Qt::CaseInsensitive) || name.contains("privateGw"_L1))
        return 4;
    if (name.contains("VmEncryption"_L1) || name.contains("Kms"_L1))
        return 5;
    if (name == "enableSecurityOption"_L1)
        return 6;
    return 0;
}

// ---- Reading ----------------------------------------------------------------------------------

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
    if (!m_loaded)
        withReportDetails = true;
    StageContext *ctx = context();
    ApiClient *api = ctx->api();
    const QString base = ctx->servicePath();
    const QString sec = base + "/securityOptions"_L1;
    struct Read
    {
        QStringList pendingOptions;
        QJsonArray matrix;
        QJsonObject tree;
        QList<ReportTask> tasks;
        QStringList networks;
        QString policy;
        QStringList gateways;
    };
    auto read = std::make_shared<Read>();
    CallGroup *group = op->group();
    // Publishes the read when every call has answered (a 404 is "nothing there", not a failure).
    auto publish = [this, op, read, withReportDetails](const Result<Unit> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            op->fail(r.error());
            return;
        }
        m_pending = read->pendingOptions;
        // Blockers: the server's plain list when it gives one, else the required options that are
        // not delivered, else the matrix's reason.
        QList<SncBlocker> blockers;
        const QJsonValue missing = read->tree.value("missingRequirements"_L1);
        if (missing.isArray()) {
            for (const QJsonValue &v : missing.toArray()) {
                const QJsonObject o = v.toObject();
                SncBlocker b = describeBlocker(o.value("code"_L1).toString(), o.value("message"_L1).toString());
                if (b.stage == 0)
                    b.stage = o.value("stage"_L1).toInt();
                blockers << b;
            }
        } else if (m_pending.contains("snc"_L1)) {
            QHash<QString, QJsonObject> byName;
            for (const QJsonValue &v : std::as_const(read->matrix))
                byName.insert(v.toObject().value("name"_L1).toString(), v.toObject());
            for (const QJsonValue &r : read->tree.value("requires"_L1).toArray()) {
                const QString option = r.toString();
                if (byName.value(option).value("state"_L1).toString() == "delivered"_L1)
                    continue;
                const QString code = codeForOption(option);
                blockers << (code.isEmpty() ? SncBlocker{option, 0, option} : describeBlocker(code, {}));
            }
            const QJsonObject snc = byName.value(u"snc"_s);
            if (blockers.isEmpty() && snc.contains("compatible"_L1) && !snc.value("compatible"_L1).toBool()) {
                const QJsonObject reason = snc.value("reason"_L1).toObject();
                blockers << describeBlocker(reason.value("code"_L1).toString(), reason.value("message"_L1).toString());
            }
        }
        m_blockers = blockers;
        std::sort(read->tasks.begin(), read->tasks.end(),
                  [](const ReportTask &a, const ReportTask &b) { return a.taskId < b.taskId; });
        m_tasks = read->tasks;
        if (withReportDetails) {
            m_networks = read->networks;
            m_networks.sort();
            m_policy = read->policy;
            m_gateways = read->gateways;
        }
        m_loaded = true;
        // A running activation (started by someone else, or before a restart) is followed.
        if (!m_poller->isRunning()) {
            for (const ReportTask &t : std::as_const(m_tasks)) {
                if (t.name == "enableSecurityOption"_L1 && !TaskPoller::isFinalState(t.state)) {
                    follow(t.taskId);
                    break;
                }
            }
        }
        deriveStatus();
        emit changed();
        op->succeed();
    };

    auto getJson = [api, group](const QString &path, const QUrlQuery &query,
                                std::function<void(const QJsonValue &)> use) {
        group->addResult(api->get(path, query), [group, use](const Result<QJsonValue> &r) {
            if (r.ok())
                use(r.value());
            else if (r.error().kind != ApiError::Kind::NotFound)
                group->fail(r.error());
        });
    };

    getJson(sec + "/pendingOptions"_L1, {}, [read, sec, getJson](const QJsonValue &v) {
        for (const QJsonValue &o : v.toArray())
            read->pendingOptions << o.toString();
        // Nothing pending: the stage is done and there is nothing to block, so what the options
        // need is not read (after the activation and in every later refresh).
        if (read->pendingOptions.isEmpty())
            return;
        getJson(sec + "/compatibilityMatrix"_L1, QUrlQuery(u"showIncompatible=true"_s),
                [read](const QJsonValue &m) { read->matrix = m.toArray(); });
        getJson(sec + "/dependenciesTree"_L1, QUrlQuery(u"option=snc"_s),
                [read](const QJsonValue &t) { read->tree = t.toObject(); });
    });
    // Stages 1 and 4 hold the report's details when they have read them: not read twice.
    const std::optional<ReportDetails> siblings =
            withReportDetails && m_detailsSource ? m_detailsSource() : std::nullopt;
    if (siblings) {
        read->policy = siblings->userAccessPolicy;
        read->networks = siblings->allowedNetworks;
        for (const ReportDetails::Gateway &g : siblings->gateways)
            read->gateways << gatewayLine(g);
    } else if (withReportDetails) {
        getJson(base, {}, [read](const QJsonValue &v) {
            read->policy = v.toObject().value("userAccessPolicy"_L1).toString();
        });
    }
    // Finished tasks are cached per API (the practice sandbox and OVH may share a service name).
    const QString cachePrefix = api->endpoint().apiBase.toString();
    getJson(base + "/task"_L1, {}, [this, base, cachePrefix, getJson, read](const QJsonValue &v) {
        // The latest tasks are enough for the report (ids grow with time).
        QList<qint64> ids;
        for (const QJsonValue &id : v.toArray())
            ids << id.toInteger();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids.mid(qMax(qsizetype(0), ids.size() - 60))) {
            const QString path = u"%1/task/%2"_s.arg(base).arg(id);
            const QString key = cachePrefix + path;
            if (const auto cached = m_finishedTasks.constFind(key); cached != m_finishedTasks.cend()) {
                read->tasks << *cached; // finished: its state cannot change any more
                continue;
            }
            getJson(path, {}, [this, key, read](const QJsonValue &t) {
                const QJsonObject o = t.toObject();
                ReportTask task;
                task.taskId = o.value("taskId"_L1).toInteger();
                task.name = o.value("name"_L1).toString();
                task.state = o.value("state"_L1).toString();
                task.executionDate = parseDate(o.value("executionDate"_L1));
                task.endDate = parseDate(o.value("endDate"_L1));
                task.stage = stageOfTask(task.name);
                read->tasks << task;
                if (TaskPoller::isFinalState(task.state))
                    m_finishedTasks.insert(key, task);
            });
        }
    });
    if (!withReportDetails || siblings) {
        group->onAllFinished(op->scope(), publish);
        return;
    }
    getJson(base + "/allowedNetwork"_L1, {}, [base, getJson, read](const QJsonValue &v) {
        for (const QJsonValue &id : v.toArray()) {
            getJson(u"%1/allowedNetwork/%2"_s.arg(base).arg(id.toInteger()), {}, [read](const QJsonValue &n) {
                const QJsonObject o = n.toObject();
                if (o.value("state"_L1).toString() == "allowed"_L1)
                    read->networks << o.value("network"_L1).toString();
            });
        }
    });
    getJson(base + "/datacenter"_L1, {}, [base, getJson, read](const QJsonValue &v) {
        for (const QJsonValue &id : v.toArray()) {
            const qint64 dc = id.toInteger();
            getJson(u"%1/datacenter/%2/privateGateway"_s.arg(base).arg(dc), {}, [read, dc](const QJsonValue &g) {
                const QJsonObject o = g.toObject();
                read->gateways << gatewayLine({dc, o.value("customerIp"_L1).toString(),
                                               o.value("customerNetmask"_L1).toString(),
                                               o.value("customerPortGroup"_L1).toString(),
                                               o.value("state"_L1).toString()});
            });
        }
    });
    group->onAllFinished(op->scope(), publish);
}

QString ActivationModel::gatewayLine(const ReportDetails::Gateway &g)
{
    //: Private gateway line: %1 datacenter id, %2 IP, %3 netmask, %4 portgroup, %5 state
    return tr("datacenter %1: %2 / %3 on %4 (%5)", "@info report")
            .arg(g.datacenterId)
            .arg(g.ip, g.netmask, g.portgroup, g.state);
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
                        m_pending.isEmpty() ? tr("none ([])", "@info report") : m_pending.join(u", "_s)};
    for (const ReportTask &t : m_tasks) {
        if (t.name == "enableSecurityOption"_L1)
            //: %1 task id, %2 state
            facts << ReportFact{tr("Activation task", "@label report"),
                                tr("#%1, %2", "@info report").arg(t.taskId).arg(t.state)};
    }
    return facts;
}

// ---- Action -----------------------------------------------------------------------------------

bool ActivationModel::isTaskRunning() const
{
    return m_poller->isRunning();
}

int ActivationModel::taskProgress() const
{
    return m_poller->progress();
}

QString ActivationModel::taskState() const
{
    return m_poller->state();
}

bool ActivationModel::canActivate() const
{
    return m_loaded && isSncPending() && m_blockers.isEmpty() && !isTaskRunning() && !isBusy();
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
    if (!m_blockers.isEmpty()) {
        QStringList lines;
        for (const SncBlocker &b : std::as_const(m_blockers))
            lines << b.message;
        reportValidationError(tr("SecNumCloud cannot be enabled yet: %1", "@error").arg(lines.join(u' ')));
        return false;
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
            reportError(r.error());
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
        if (TaskPoller::isFinalState(last.value("state"_L1).toString()) && context() && context()->api()) {
            ReportTask task;
            task.taskId = taskId;
            task.name = last.value("name"_L1).toString();
            task.state = last.value("state"_L1).toString();
            task.executionDate = parseDate(last.value("executionDate"_L1));
            task.endDate = parseDate(last.value("endDate"_L1));
            task.stage = stageOfTask(task.name);
            m_finishedTasks.insert(context()->api()->endpoint().apiBase.toString()
                                           + u"%1/task/%2"_s.arg(context()->servicePath()).arg(taskId),
                                   task);
        }
        if (end.outcome == TaskPoller::Outcome::Error) {
            // The task's description is OVHcloud's reason ("…: no IPsec VPN session…").
            ApiError e = ApiError::make(ApiError::Kind::BadRequest, u"snc task error"_s);
            e.errorCode = u"TASK_ERROR"_s;
            e.serverMessage = last.value("description"_L1).toString();
            reportError(e);
        } else if (end.error) {
            reportError(*end.error);
        }
        // What the task changed (the options, its own state), not the whole report again.
        readThenFinish(false, end.outcome);
    });
    deriveStatus();
    emit taskProgressChanged(0, m_poller->state());
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
