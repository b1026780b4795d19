// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/networks/AllowedNetworksModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

AllowedNetworksModel::AllowedNetworksModel(StageContext *context, QObject *parent)
    : StageModel(context, parent), m_poller(createTaskPoller())
{
    if (context)
        context->allowedNetworks()->setSource(this, this);
    resetOnServiceChange();
}

AllowedNetworksModel::~AllowedNetworksModel() = default;

void AllowedNetworksModel::forgetService()
{
    m_networks.clear();
    m_policy.clear();
    m_pendingSearch.forget();
    m_refreshedOnce = false;
    m_listStale = false;
    if (context())
        context()->allowedNetworks()->notifyChanged();
}

QString AllowedNetworksModel::statusText() const
{
    switch (status()) {
    case Status::Done:
        return tr("%n network(s) allowed, access filtered", "@info stage status",
                  int(std::count_if(m_networks.begin(), m_networks.end(), [](const AllowedNetwork &n) {
                      return n.state == "allowed"_L1;
                  })));
    case Status::InProgress:
        if (isTaskRunning())
            return tr("A change is being applied", "@info stage status");
        if (!isPolicyFiltered() && !m_networks.isEmpty())
            return tr("Networks allowed; access not filtered yet", "@info stage status");
        return tr("In progress", "@info stage status");
    case Status::NotStarted:
        return tr("No network allowed yet", "@info stage status");
    default:
        return StageModel::statusText();
    }
}

qint64 AllowedNetworksModel::totalAddresses() const
{
    return qint64(Ipv4BlockCheck::totalAddresses(activeBlocks()));
}

QList<Ipv4Block> AllowedNetworksModel::activeBlocks() const
{
    QList<Ipv4Block> blocks;
    for (const AllowedNetwork &n : m_networks) {
        if (n.state != "toDelete"_L1 && n.block.isValid())
            blocks << n.block;
    }
    return blocks;
}

QList<Ipv4Block> AllowedNetworksModel::allowedBlocks() const
{
    QList<Ipv4Block> blocks;
    for (const AllowedNetwork &n : m_networks) {
        if (n.state == "allowed"_L1 && n.block.isValid())
            blocks << n.block;
    }
    return blocks;
}

Ipv4BlockCheck AllowedNetworksModel::checkNetwork(const QString &input) const
{
    const bool sandbox = context() && context()->isPracticeSandbox();
    return Ipv4BlockCheck::check(input, activeBlocks(), sandbox);
}

bool AllowedNetworksModel::isTaskRunning() const
{
    return m_poller->isRunning();
}

// ---- Reading ------------------------------------------------------------------------------

void AllowedNetworksModel::refresh()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        setStatus(Status::Unknown);
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    // A refresh asked while one runs is answered by the running one (one refreshed() for both).
    if (m_read && m_read->isRunning())
        return;
    StageOperation *op = startOperation();
    m_read = op;
    op->onFinished(this, [this](const Result<Unit> &r) { emit refreshed(r.ok()); });
    load(op, LoadScope::All, [this, op](bool ok) {
        if (ok)
            op->succeed();
        else
            op->fail(lastError()); // reported by load()
    });
}

void AllowedNetworksModel::load(StageOperation *op, LoadScope scope, std::function<void(bool ok)> then)
{
    const QString base = context()->servicePath();
    ApiClient *api = context()->api();

    // What this read has gathered; published only when every call has answered.
    struct Read
    {
        QList<AllowedNetwork> networks;
        QString policy;
    };
    auto read = std::make_shared<Read>();
    CallGroup *group = op->group();

    if (!m_refreshedOnce)
        scope = LoadScope::All;
    if (scope == LoadScope::Networks) {
        read->policy = m_policy;
    } else {
        group->add(api->get(base), [read](const QJsonValue &service) {
            read->policy = service.toObject().value("userAccessPolicy"_L1).toString();
        });
    }
    if (scope == LoadScope::Policy) {
        read->networks = m_networks;
    } else {
        // After our own add/delete: entries known as allowed are not read again.
        QHash<qint64, AllowedNetwork> known;
        if (scope == LoadScope::Networks) {
            for (const AllowedNetwork &n : std::as_const(m_networks)) {
                if (n.state == "allowed"_L1)
                    known.insert(n.networkAccessId, n);
            }
        }
        group->add(api->get(base + "/allowedNetwork"_L1), [api, base, read, group, known](const QJsonValue &list) {
            if (!list.isArray()) {
                group->fail(ApiError::make(ApiError::Kind::MalformedResponse, u"allowedNetwork list"_s));
                return;
            }
            for (const QJsonValue &idValue : list.toArray()) {
                const qint64 id = qint64(idValue.toDouble());
                if (const auto it = known.constFind(id); it != known.cend()) {
                    read->networks << *it;
                    continue;
                }
                group->addResult(api->get(u"%1/allowedNetwork/%2"_s.arg(base).arg(id)),
                                 [read, group, id](const Result<QJsonValue> &e) {
                    if (e.ok())
                        read->networks << parseNetwork(e.value().toObject(), id);
                    else if (e.error().kind != ApiError::Kind::NotFound)
                        group->fail(e.error()); // a 404 means it was deleted meanwhile
                });
            }
        });
    }
    group->onAllFinished(op->scope(), [this, read, then](const Result<Unit> &r) {
        if (!r.ok()) {
            m_listStale = true;
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            then(false);
            return;
        }
        m_listStale = false;
        std::sort(read->networks.begin(), read->networks.end(),
                  [](const AllowedNetwork &a, const AllowedNetwork &b) {
                      return a.block.first() != b.block.first() ? a.block.first() < b.block.first()
                                                                : a.networkAccessId < b.networkAccessId;
                  });
        m_networks = read->networks;
        m_policy = read->policy;
        m_refreshedOnce = true;
        deriveStatus();
        emit changed();
        context()->allowedNetworks()->notifyChanged(); // the lock-out guard rechecks
        then(true);
    });
}

AllowedNetwork AllowedNetworksModel::parseNetwork(const QJsonObject &o, qint64 id)
{
    AllowedNetwork n;
    n.networkAccessId = o.contains("networkAccessId"_L1) ? qint64(o.value("networkAccessId"_L1).toDouble()) : id;
    n.network = o.value("network"_L1).toString();
    n.description = o.value("description"_L1).toString();
    n.state = o.value("state"_L1).toString();
    n.block = Ipv4Block::parse(n.network);
    return n;
}

void AllowedNetworksModel::deriveStatus()
{
    if (!m_refreshedOnce) {
        setStatus(Status::Unknown);
        return;
    }
    const bool anyAllowed = std::any_of(m_networks.begin(), m_networks.end(),
                                        [](const AllowedNetwork &n) { return n.state == "allowed"_L1; });
    const bool anyChanging = std::any_of(m_networks.begin(), m_networks.end(),
                                         [](const AllowedNetwork &n) { return n.state != "allowed"_L1; });
    if (anyAllowed && isPolicyFiltered() && !isTaskRunning())
        setStatus(Status::Done);
    else if (isTaskRunning() || anyChanging || !m_networks.isEmpty() || isPolicyFiltered())
        setStatus(Status::InProgress);
    else
        setStatus(Status::NotStarted);
}

// ---- Actions ------------------------------------------------------------------------------

StageOperation *AllowedNetworksModel::startAction(LoadScope scope)
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        reportValidationError(tr("Choose a service first.", "@error"));
        return nullptr;
    }
    if (m_action && m_action->isRunning()) {
        reportValidationError(tr("Another change is still being applied. Wait for it to finish.",
                                 "@error"));
        return nullptr;
    }
    clearError();
    StageOperation *op = startOperation();
    m_action = op;
    m_actionScope = scope;
    op->onFinished(this, [this](const Result<Unit> &r) {
        deriveStatus();
        emit actionFinished(r.ok());
    });
    return op;
}

void AllowedNetworksModel::readBackThenFinish(StageOperation *op, bool ok)
{
    // After a success only what the action can have changed is read; a failed change may have
    // left anything: read everything back. The read belongs to the action: a refresh meanwhile
    // is another operation and neither cancels nor answers it.
    load(op, ok ? m_actionScope : LoadScope::All, [this, op, ok](bool loaded) {
        if (ok && loaded)
            op->succeed();
        else
            op->fail(lastError()); // reported where it failed
    });
}

void AllowedNetworksModel::actionCallFailed(StageOperation *op, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled) {
        op->fail(error);
        return;
    }
    reportError(error);
    // A mutating call is never retried blindly: re-read what the server has.
    readBackThenFinish(op, false);
}

bool AllowedNetworksModel::addNetwork(const QString &input, const QString &description)
{
    return startAdd(input, description) != nullptr;
}

StageOperation *AllowedNetworksModel::startAdd(const QString &input, const QString &description)
{
    if (m_listStale && Ipv4Block::parse(input).isValid()) {
        // The list we hold may miss a network added a moment ago (its task ran, the read-back
        // failed): read it first, then check against it. Already there: done, nothing sent
        // (tst_faults seed 11).
        StageOperation *op = startAction(LoadScope::Networks);
        if (!op)
            return nullptr;
        qCInfo(lcStage) << "allowedNetwork: reading the list again before adding";
        load(op, LoadScope::Networks, [this, op, input, description](bool loaded) {
            if (!loaded) {
                op->fail(lastError()); // reported by load()
                return;
            }
            const QString block = Ipv4Block::parse(input).toString();
            const bool present = std::any_of(m_networks.cbegin(), m_networks.cend(), [&block](const AllowedNetwork &n) {
                return n.block.isValid() && n.block.toString() == block && n.state != "toDelete"_L1;
            });
            if (present) {
                qCInfo(lcStage) << "allowedNetwork:" << block << "is already allowed";
                op->succeed();
                return;
            }
            // Not there: the add proper, in the same action, checked against the fresh list.
            if (!validateAdd(input, description)) {
                op->fail(lastError());
                return;
            }
            postAdd(op, input, description);
        });
        return op;
    }
    if (!validateAdd(input, description))
        return nullptr;
    StageOperation *op = startAction(LoadScope::Networks);
    if (!op)
        return nullptr;
    postAdd(op, input, description);
    return op;
}

void AllowedNetworksModel::addBlock(const QString &block, const QString &description, QObject *context,
                                    AllowedNetworksService::Done done)
{
    if (StageOperation *op = startAdd(block, description))
        op->onFinished(context, std::move(done));
    else
        done(lastError()); // refused locally: nothing sent
}

void AllowedNetworksModel::readBlocks(QObject *context, AllowedNetworksService::Done done)
{
    refresh(); // answered by the running read if there is one
    if (m_read && m_read->isRunning())
        m_read->onFinished(context, std::move(done));
    else // no service chosen
        QTimer::singleShot(0, context, [done] { done(ApiError::make(ApiError::Kind::NotFound, u"no service"_s)); });
}

bool AllowedNetworksModel::validateAdd(const QString &input, const QString &description)
{
    const Ipv4BlockCheck check = checkNetwork(input);
    if (!check.ok()) {
        reportValidationError(check.errorText);
        return false;
    }
    if (description.simplified().size() > 255) {
        reportValidationError(tr("The description is too long (at most 255 characters).", "@error"));
        return false;
    }
    return true;
}

void AllowedNetworksModel::postAdd(StageOperation *op, const QString &input, const QString &description)
{
    const QString block = checkNetwork(input).block.toString();
    QJsonObject body{{u"network"_s, block}};
    if (const QString desc = description.simplified(); !desc.isEmpty())
        body.insert(u"description"_s, desc);
    const QString text = tr("Adding %1", "@info task").arg(block);
    // A creation may already be pending, posted by a wizard closed meanwhile: OVHcloud lists the
    // network only once its task has run, which may take 15 minutes when it waits for its SMS
    // token (issue 17 item 3). Follow that task rather than post a second creation.
    findPendingAdd(op, [this, op, text, block, body](qint64 pending) {
        if (pending > 0) {
            qCInfo(lcStage) << "allowedNetwork: following the pending creation task" << pending << "before adding" << block;
            followTask(op, QJsonObject{{u"taskId"_s, pending}}, text);
            return;
        }
        qCInfo(lcStage) << "allowedNetwork: adding" << block;
        postAddBody(op, body, text);
    });
}

void AllowedNetworksModel::postAddBody(StageOperation *op, const QJsonObject &body, const QString &text)
{
    op->onAnswer(context()->api()->post(context()->servicePath() + "/allowedNetwork"_L1, body),
                 [this, op, text](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            const ApiError::Kind k = r.error().kind;
            // A conflict too: the same network's creation may already be pending, posted by a
            // wizard closed meanwhile, e.g. while its task waited for its SMS token (issue 17
            // item 3), which may last 15 minutes. Follow that task rather than fail.
            if (k == ApiError::Kind::Network || k == ApiError::Kind::Timeout || k == ApiError::Kind::ServerError
                || k == ApiError::Kind::Conflict)
                followLostAdd(op, r.error(), text);
            else
                actionCallFailed(op, r.error());
            return;
        }
        followTask(op, r.value(), text);
    });
}

void AllowedNetworksModel::followLostAdd(StageOperation *op, const ApiError &error, const QString &text)
{
    // OVHcloud shows the new network only once its task has run: until then a re-read does not
    // see it, and a second POST would queue a second task. Look for a pending add task first.
    // Not by name: the add task's name is not published (issue 16, lib/sandbox/UNPUBLISHED.md).
    // By the resource it concerns instead (the published Task model carries networkAccessId): a
    // pending task about an allowed network this list does not hold yet is a creation.
    qCInfo(lcStage) << "allowedNetwork: add unanswered; looking for its task before anything else";
    findPendingAdd(op, [this, op, error, text](qint64 pending) {
        if (pending <= 0) {
            actionCallFailed(op, error); // nothing started (or already done): re-read, then retry is safe
            return;
        }
        qCInfo(lcStage) << "allowedNetwork: following the pending creation task" << pending;
        followTask(op, QJsonObject{{u"taskId"_s, pending}}, text);
    });
}

void AllowedNetworksModel::findPendingAdd(StageOperation *op, std::function<void(qint64 taskId)> found)
{
    QSet<qint64> listed;
    for (const AllowedNetwork &n : std::as_const(m_networks))
        listed.insert(n.networkAccessId);
    PendingTaskSearch::Query query;
    query.listPath = context()->servicePath() + "/task"_L1;
    query.detailBase = context()->servicePath();
    // A pending task about an allowed network this list does not hold yet is a creation.
    query.accept = [listed](const QJsonObject &task) {
        const qint64 networkAccessId = qint64(task.value("networkAccessId"_L1).toDouble());
        return networkAccessId > 0 && !listed.contains(networkAccessId);
    };
    m_pendingSearch.run(context()->api(), op->group(), op->scope(), query, std::move(found));
}

bool AllowedNetworksModel::deleteNetwork(qint64 networkAccessId)
{
    const auto it = std::find_if(m_networks.begin(), m_networks.end(), [networkAccessId](const AllowedNetwork &n) {
        return n.networkAccessId == networkAccessId;
    });
    if (it == m_networks.end() || it->state == "toDelete"_L1) {
        // Already gone or going: nothing to send (idempotent).
        QTimer::singleShot(0, this, [this] { emit actionFinished(true); });
        return true;
    }
    const QString network = it->network;
    StageOperation *op = startAction(LoadScope::Networks);
    if (!op)
        return false;
    const QString text = tr("Removing %1", "@info task").arg(network);
    op->onAnswer(context()->api()->del(u"%1/allowedNetwork/%2"_s.arg(context()->servicePath()).arg(networkAccessId)),
                 [this, op, text](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            actionCallFailed(op, r.error());
            return;
        }
        followTask(op, r.value(), text);
    });
    return true;
}

bool AllowedNetworksModel::setPolicyFiltered()
{
    if (isPolicyFiltered()) {
        QTimer::singleShot(0, this, [this] { emit actionFinished(true); });
        return true;
    }
    StageOperation *op = startAction(LoadScope::Policy);
    if (!op)
        return false;
    const QString text = tr("Filtering access to the allowed networks", "@info task");
    op->onAnswer(context()->api()->put(context()->servicePath(), QJsonObject{{u"userAccessPolicy"_s, u"filtered"_s}}),
                 [this, op, text](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            actionCallFailed(op, r.error());
            return;
        }
        followTask(op, r.value(), text);
    });
    return true;
}

void AllowedNetworksModel::followTask(StageOperation *op, const QJsonValue &taskValue, const QString &text)
{
    const qint64 taskId = TaskPoller::taskIdOf(taskValue.toObject());
    if (taskId <= 0) {
        // Some calls answer without a task: the change is applied; read it back.
        readBackThenFinish(op, true);
        return;
    }
    taskProgress()->setAction(text);
    // Tasks of every sub-resource are also listed under the service.
    TaskRun *run = m_poller->follow(TaskPoller::servicePath(context()->serviceName(), taskId));
    run->onFinished(op->scope(), [this, op](const TaskRun::End &end) {
        if (end.error)
            reportError(*end.error);
        readBackThenFinish(op, end.ok());
    });
    deriveStatus();
}

void AllowedNetworksModel::fetchCurrentPublicAddress()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api())
        return;
    StageOperation *op = startOperation();
    op->onAnswer(ctx->api()->post(u"/me/geolocation"_s), [this, op](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            op->fail(r.error());
            return;
        }
        const QString ip = r.value().toObject().value("ip"_L1).toString();
        // Only an IPv4 address can be allowed; an IPv6 answer is shown as nothing.
        if (Ipv4Block::parse(ip).isValid() && ip != m_publicAddress) {
            m_publicAddress = ip;
            emit currentPublicAddressChanged(ip);
        }
        op->succeed();
    });
}

void AllowedNetworksModel::cancel()
{
    m_poller->stop();
    StageModel::cancel(); // every operation ends with Canceled: refreshed(false), actionFinished(false)
}

} // namespace snc
