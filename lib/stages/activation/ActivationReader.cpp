// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/activation/ActivationReader.h"

#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "api/TaskState.h"
#include "stages/StageOperation.h"
#include "stages/TokenValidationOption.h"

#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

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

/// Adds GET `path` to `group`: `use` gets the answer; a 404 is "nothing there", not a failure.
void getJson(CallGroup *group, ApiClient *api, const QString &path, const QUrlQuery &query,
             std::function<void(const QJsonValue &)> use)
{
    group->addResult(api->get(path, query), [group, use = std::move(use)](const Result<QJsonValue> &r) {
        if (r.ok())
            use(r.value());
        else if (r.error().kind != ApiError::Kind::NotFound)
            group->fail(r.error());
    });
}

} // namespace

void ActivationReader::read(StageOperation *op, ApiClient *api, TokenValidationOption *tokenValidation,
                            const QString &base, std::shared_ptr<ActivationRead> read, bool detailsGiven,
                            TaskCache *cache, const QList<OnboardingTasks::Entry> &onboardingTasks, Done done)
{
    CallGroup *group = op->group();
    readOptions(group, api, tokenValidation, base, read);
    readTasks(group, api, base, read, cache, onboardingTasks);
    if (read->withReportDetails && !detailsGiven)
        readReportDetails(group, api, base, read);
    group->onAllFinished(op->scope(), [read, done](const Result<Unit> &r) {
        if (r.ok())
            done(*read);
        else
            done(r.error());
    });
}

ReportTask ActivationReader::taskFrom(const QJsonObject &o, qint64 taskId)
{
    ReportTask task;
    task.taskId = taskId;
    task.name = o.value("name"_L1).toString();
    task.state = o.value("state"_L1).toString();
    task.executionDate = parseDate(o.value("executionDate"_L1));
    task.endDate = parseDate(o.value("endDate"_L1));
    task.stage = stageOfTask(task.name);
    return task;
}

QString ActivationReader::cacheKey(ApiClient *api, const QString &base, qint64 taskId)
{
    return cacheKeyOf(api, u"%1/task/%2"_s.arg(base).arg(taskId));
}

QString ActivationReader::cacheKeyOf(ApiClient *api, const QString &taskPath)
{
    // Per API: the practice sandbox and OVH may share a service name.
    return api->endpoint().apiBase.toString() + taskPath;
}

int ActivationReader::stageOfTask(const QString &name)
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

void ActivationReader::readOptions(CallGroup *group, ApiClient *api, TokenValidationOption *tokenValidation,
                                   const QString &base, const std::shared_ptr<ActivationRead> &read)
{
    const QString sec = base + "/securityOptions"_L1;
    QPointer<TokenValidationOption> option(tokenValidation);
    getJson(group, api, sec + "/pendingOptions"_L1, {}, [group, api, read, sec, option](const QJsonValue &v) {
        for (const QJsonValue &o : v.toArray())
            read->pendingOptions << o.toString();
        // Nothing pending: the stage is done and there is nothing to block, so what the options
        // need is not read (after the activation and in every later refresh).
        if (read->pendingOptions.isEmpty())
            return;
        getJson(group, api, sec + "/compatibilityMatrix"_L1, QUrlQuery(u"showIncompatible=true"_s),
                [read, option](const QJsonValue &m) {
            read->matrix = m.toArray();
            // The one object that knows the option's state learns it from this read too.
            if (option)
                option->noteMatrix(read->matrix);
        });
        getJson(group, api, sec + "/dependenciesTree"_L1, QUrlQuery(u"option=snc"_s),
                [read](const QJsonValue &t) { read->tree = t.toObject(); });
    });
}

void ActivationReader::readTasks(CallGroup *group, ApiClient *api, const QString &base,
                                 const std::shared_ptr<ActivationRead> &read, TaskCache *cache,
                                 const QList<OnboardingTasks::Entry> &onboardingTasks)
{
    // This onboarding's tasks, where they were followed (a user's task under its user).
    auto seen = std::make_shared<QSet<qint64>>();
    for (const OnboardingTasks::Entry &entry : onboardingTasks) {
        const QString &path = entry.path;
        bool ok = false;
        const qint64 id = path.section(u'/', -1).toLongLong(&ok);
        if (!ok || id <= 0 || !path.startsWith(base + u'/') || seen->contains(id))
            continue;
        seen->insert(id);
        readTask(group, api, path, id, read, cache, entry.stage);
    }
    // The newest activation, whoever started it: one list filtered by name, one task read.
    getJson(group, api, base + "/task"_L1, QUrlQuery(u"name=enableSecurityOption"_s),
            [group, api, base, read, cache, seen](const QJsonValue &v) {
        qint64 newest = 0;
        for (const QJsonValue &id : v.toArray())
            newest = qMax(newest, id.toInteger());
        if (newest > 0 && !seen->contains(newest))
            readTask(group, api, u"%1/task/%2"_s.arg(base).arg(newest), newest, read, cache);
    });
}

void ActivationReader::readTask(CallGroup *group, ApiClient *api, const QString &path, qint64 taskId,
                                const std::shared_ptr<ActivationRead> &read, TaskCache *cache, int stage)
{
    const QString key = cacheKeyOf(api, path);
    if (const auto cached = cache->constFind(key); cached != cache->cend()) {
        read->tasks << *cached; // settled: its state cannot change any more
        return;
    }
    getJson(group, api, path, {}, [key, taskId, read, cache, stage](const QJsonValue &t) {
        ReportTask task = taskFrom(t.toObject(), taskId);
        if (stage > 0)
            task.stage = stage; // the stage that followed it, whatever OVHcloud names it
        read->tasks << task;
        if (TaskState::isSettledState(task.state)) // not error: support may reset it
            cache->insert(key, task);
    });
}

void ActivationReader::readReportDetails(CallGroup *group, ApiClient *api, const QString &base,
                                         const std::shared_ptr<ActivationRead> &read)
{
    getJson(group, api, base, {}, [read](const QJsonValue &v) {
        read->policy = v.toObject().value("userAccessPolicy"_L1).toString();
    });
    getJson(group, api, base + "/allowedNetwork"_L1, {}, [group, api, base, read](const QJsonValue &v) {
        for (const QJsonValue &id : v.toArray()) {
            getJson(group, api, u"%1/allowedNetwork/%2"_s.arg(base).arg(id.toInteger()), {}, [read](const QJsonValue &n) {
                const QJsonObject o = n.toObject();
                if (o.value("state"_L1).toString() == "allowed"_L1)
                    read->networks << o.value("network"_L1).toString();
            });
        }
    });
    getJson(group, api, base + "/datacenter"_L1, {}, [group, api, base, read](const QJsonValue &v) {
        for (const QJsonValue &id : v.toArray()) {
            const qint64 dc = id.toInteger();
            getJson(group, api, u"%1/datacenter/%2/privateGateway"_s.arg(base).arg(dc), {}, [read, dc](const QJsonValue &g) {
                const QJsonObject o = g.toObject();
                read->gateways << GatewayFact{dc, o.value("customerIp"_L1).toString(),
                                              o.value("customerNetmask"_L1).toString(),
                                              o.value("customerPortGroup"_L1).toString(),
                                              o.value("state"_L1).toString()};
            });
        }
    });
}

} // namespace snc
