// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/networks/AllowedNetworksModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "stages/StageContext.h"
#include "tasks/TaskPoller.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

AllowedNetworksModel::AllowedNetworksModel(StageContext *context, QObject *parent)
    : StageModel(context, parent), m_poller(createForwardingTaskPoller(this))
{
    resetOnServiceChange();
}

AllowedNetworksModel::~AllowedNetworksModel() = default;

void AllowedNetworksModel::forgetService()
{
    m_networks.clear();
    m_policy.clear();
    m_refreshedOnce = false;
    m_listStale = false;
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

Ipv4BlockCheck AllowedNetworksModel::checkNetwork(const QString &input) const
{
    const bool sandbox = context() && context()->isPracticeSandbox();
    return Ipv4BlockCheck::check(input, activeBlocks(), sandbox);
}

bool AllowedNetworksModel::isTaskRunning() const
{
    return m_poller->isRunning();
}

int AllowedNetworksModel::taskProgress() const
{
    return m_poller->progress();
}

QString AllowedNetworksModel::taskText() const
{
    if (!m_poller->isRunning() || m_taskText.isEmpty())
        return {};
    //: %1 what is being done ("Adding 203.0.113.7/32"), %2 percentage, %3 task state
    return tr("%1… %2 % (%3)", "@info task").arg(m_taskText).arg(m_poller->progress())
            .arg(TaskPoller::stateText(m_poller->state()));
}

// ---- Reading ------------------------------------------------------------------------------

void AllowedNetworksModel::refresh()
{
    load([this](bool ok) { emit refreshed(ok); });
}

void AllowedNetworksModel::load(std::function<void(bool ok)> then, LoadScope scope)
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        setStatus(Status::Unknown);
        QTimer::singleShot(0, this, [then] { then(false); });
        return;
    }
    const quint64 gen = ++m_refreshGeneration;
    const QString base = ctx->servicePath();
    ApiClient *api = ctx->api();
    beginWork();

    // Shared by the calls of this read; the last answer to arrive publishes the result.
    struct Read
    {
        int pending = 0;
        bool failed = false;
        ApiError error;
        QList<AllowedNetwork> networks;
        QString policy;
    };
    auto read = std::make_shared<Read>();
    auto done = [this, gen, read, then] {
        if (--read->pending > 0)
            return;
        endWork();
        if (gen != m_refreshGeneration) {
            then(false);
            return;
        }
        if (read->failed) {
            m_listStale = true;
            if (read->error.kind != ApiError::Kind::Canceled)
                reportError(read->error);
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
        then(true);
    };
    auto failWith = [read](const ApiError &e) {
        if (!read->failed) {
            read->failed = true;
            read->error = e;
        }
    };

    if (!m_refreshedOnce)
        scope = LoadScope::All;
    read->pending = 1; // released at the end of this function
    if (scope == LoadScope::Networks) {
        read->policy = m_policy;
    } else {
        ++read->pending;
        ApiCall *service = track(api->get(base));
        service->onFinished(this, [read, done, failWith](const Result<QJsonValue> &r) {
            if (r.ok())
                read->policy = r.value().toObject().value("userAccessPolicy"_L1).toString();
            else
                failWith(r.error());
            done();
        });
    }
    if (scope == LoadScope::Policy) {
        read->networks = m_networks;
        done();
        return;
    }
    // After our own add/delete: entries known as allowed are not read again.
    QHash<qint64, AllowedNetwork> known;
    if (scope == LoadScope::Networks) {
        for (const AllowedNetwork &n : std::as_const(m_networks)) {
            if (n.state == "allowed"_L1)
                known.insert(n.networkAccessId, n);
        }
    }

    ++read->pending;
    ApiCall *list = track(api->get(base + "/allowedNetwork"_L1));
    list->onFinished(this, [this, api, base, read, done, failWith, known](const Result<QJsonValue> &r) {
        if (!r.ok() || !r.value().isArray()) {
            failWith(r.ok() ? ApiError::make(ApiError::Kind::MalformedResponse, u"allowedNetwork list"_s)
                            : r.error());
            done();
            return;
        }
        const QJsonArray ids = r.value().toArray();
        for (const QJsonValue &idValue : ids) {
            const qint64 id = qint64(idValue.toDouble());
            if (const auto it = known.constFind(id); it != known.cend()) {
                read->networks << *it;
                continue;
            }
            ++read->pending;
            ApiCall *one = track(api->get(u"%1/allowedNetwork/%2"_s.arg(base).arg(id)));
            one->onFinished(this, [read, done, failWith, id](const Result<QJsonValue> &e) {
                if (e.ok()) {
                    const QJsonObject o = e.value().toObject();
                    AllowedNetwork n;
                    n.networkAccessId = o.contains("networkAccessId"_L1)
                            ? qint64(o.value("networkAccessId"_L1).toDouble()) : id;
                    n.network = o.value("network"_L1).toString();
                    n.description = o.value("description"_L1).toString();
                    n.state = o.value("state"_L1).toString();
                    n.block = Ipv4Block::parse(n.network);
                    read->networks << n;
                } else if (e.error().kind != ApiError::Kind::NotFound) {
                    failWith(e.error()); // a 404 means it was deleted meanwhile
                }
                done();
            });
        }
        done();
    });
    done();
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

bool AllowedNetworksModel::startAction()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        reportValidationError(tr("Choose a service first.", "@error"));
        return false;
    }
    if (m_actionRunning) {
        reportValidationError(tr("Another change is still being applied. Wait for it to finish.",
                                 "@error"));
        return false;
    }
    clearError();
    m_actionRunning = true;
    beginWork();
    return true;
}

void AllowedNetworksModel::finishAction(bool ok)
{
    if (!m_actionRunning)
        return;
    m_actionRunning = false;
    m_taskText.clear();
    endWork();
    deriveStatus();
    emit actionFinished(ok);
}

void AllowedNetworksModel::refreshThenFinish(bool ok)
{
    // A failed change may have left anything: read everything back.
    load([this, ok](bool loaded) {
        finishAction(ok && loaded);
        emit refreshed(loaded);
    }, ok ? m_actionScope : LoadScope::All);
}

void AllowedNetworksModel::actionCallFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled) {
        finishAction(false);
        return;
    }
    reportError(error);
    // A mutating call is never retried blindly: re-read what the server has.
    refreshThenFinish(false);
}

bool AllowedNetworksModel::addNetwork(const QString &input, const QString &description)
{
    if (m_listStale && Ipv4Block::parse(input).isValid()) {
        // The list we hold may miss a network added a moment ago (its task ran, the read-back
        // failed): read it first. Already there: done, nothing sent (tst_faults seed 11).
        if (!startAction())
            return false;
        qCInfo(lcStage) << "allowedNetwork: reading the list again before adding";
        load([this, input, description](bool loaded) {
            if (!loaded) {
                finishAction(false);
                return;
            }
            const QString block = Ipv4Block::parse(input).toString();
            const bool present = std::any_of(m_networks.cbegin(), m_networks.cend(), [&block](const AllowedNetwork &n) {
                return n.block.isValid() && n.block.toString() == block && n.state != "toDelete"_L1;
            });
            if (present) {
                qCInfo(lcStage) << "allowedNetwork:" << block << "is already allowed";
                finishAction(true);
                return;
            }
            // Not there: the add proper, as a new action.
            m_actionRunning = false;
            endWork();
            if (!addNetwork(input, description))
                emit actionFinished(false);
        }, LoadScope::Networks);
        return true;
    }
    const Ipv4BlockCheck check = checkNetwork(input);
    if (!check.ok()) {
        reportValidationError(check.errorText);
        return false;
    }
    const QString desc = description.simplified();
    if (desc.size() > 255) {
        reportValidationError(tr("The description is too long (at most 255 characters).", "@error"));
        return false;
    }
    if (!startAction())
        return false;
    QJsonObject body{{u"network"_s, check.block.toString()}};
    if (!desc.isEmpty())
        body.insert(u"description"_s, desc);
    const QString base = context()->servicePath();
    m_actionScope = LoadScope::Networks;
    const QString text = tr("Adding %1", "@info task").arg(check.block.toString());
    qCInfo(lcStage) << "allowedNetwork: adding" << check.block.toString();
    ApiCall *call = track(context()->api()->post(base + "/allowedNetwork"_L1, body));
    call->onFinished(this, [this, base, text](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            const ApiError::Kind k = r.error().kind;
            if (k == ApiError::Kind::Network || k == ApiError::Kind::Timeout || k == ApiError::Kind::ServerError)
                followLostAdd(r.error(), text);
            else
                actionCallFailed(r.error());
            return;
        }
        followTask(r.value(), base, text);
    });
    return true;
}

void AllowedNetworksModel::followLostAdd(const ApiError &error, const QString &text)
{
    // OVHcloud shows the new network only once its task has run: until then a re-read does not
    // see it, and a second POST would queue a second task. Look for a pending add task first.
    qCInfo(lcStage) << "allowedNetwork: add unanswered; looking for its task before anything else";
    const QString base = context()->servicePath();
    auto pending = std::make_shared<QList<qint64>>();
    auto left = std::make_shared<int>(2);
    auto settle = [this, error, text, base, pending, left] {
        if (--*left > 0)
            return;
        if (pending->isEmpty()) {
            actionCallFailed(error); // nothing started (or already done): re-read, then retry is safe
            return;
        }
        const qint64 newest = *std::max_element(pending->cbegin(), pending->cend());
        qCInfo(lcStage) << "allowedNetwork: following the pending add task" << newest;
        followTask(QJsonObject{{u"taskId"_s, newest}}, base, text);
    };
    for (const QString &state : {u"todo"_s, u"doing"_s}) {
        QUrlQuery query;
        query.addQueryItem(u"name"_s, u"addAllowedNetwork"_s);
        query.addQueryItem(u"state"_s, state);
        ApiCall *call = track(context()->api()->get(base + "/task"_L1, query));
        call->onFinished(this, [pending, settle](const Result<QJsonValue> &r) {
            if (r.ok()) {
                for (const QJsonValue &id : r.value().toArray())
                    pending->append(qint64(id.toDouble()));
            }
            settle();
        });
    }
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
    if (!startAction())
        return false;
    const QString base = context()->servicePath();
    m_actionScope = LoadScope::Networks;
    const QString text = tr("Removing %1", "@info task").arg(network);
    ApiCall *call = track(context()->api()->del(u"%1/allowedNetwork/%2"_s.arg(base).arg(networkAccessId)));
    call->onFinished(this, [this, base, text](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            actionCallFailed(r.error());
            return;
        }
        followTask(r.value(), base, text);
    });
    return true;
}

bool AllowedNetworksModel::setPolicyFiltered()
{
    if (isPolicyFiltered()) {
        QTimer::singleShot(0, this, [this] { emit actionFinished(true); });
        return true;
    }
    if (!startAction())
        return false;
    const QString base = context()->servicePath();
    m_actionScope = LoadScope::Policy;
    const QString text = tr("Filtering access to the allowed networks", "@info task");
    ApiCall *call = track(context()->api()->put(base, QJsonObject{{u"userAccessPolicy"_s, u"filtered"_s}}));
    call->onFinished(this, [this, base, text](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            actionCallFailed(r.error());
            return;
        }
        followTask(r.value(), base, text);
    });
    return true;
}

void AllowedNetworksModel::followTask(const QJsonValue &taskValue, const QString &basePath,
                                      const QString &text)
{
    const qint64 taskId = TaskPoller::taskIdOf(taskValue.toObject());
    if (taskId <= 0) {
        // Some calls answer without a task: the change is applied; read it back.
        refreshThenFinish(true);
        return;
    }
    m_taskText = text;
    // Tasks of every sub-resource are also listed under the service.
    Q_UNUSED(basePath);
    const QString path = TaskPoller::servicePath(context()->serviceName(), taskId);
    auto *guard = new QObject(this);
    connect(m_poller, &TaskPoller::finished, guard, [this, guard](TaskPoller::Outcome outcome) {
        guard->deleteLater();
        refreshThenFinish(outcome == TaskPoller::Outcome::Done);
    });
    connect(m_poller, &TaskPoller::failed, guard, [this](const ApiError &e) { reportError(e); });
    connect(m_poller, &TaskPoller::runningChanged, guard, [guard](bool running) {
        if (!running)
            guard->deleteLater(); // stopped without an outcome (cancel())
    });
    m_poller->start(path);
    deriveStatus();
    emit taskProgressChanged(0, m_poller->state());
}

void AllowedNetworksModel::fetchCurrentPublicAddress()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api())
        return;
    beginWork();
    ApiCall *call = track(ctx->api()->post(u"/me/geolocation"_s));
    call->onFinished(this, [this](const Result<QJsonValue> &r) {
        endWork();
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            return;
        }
        const QString ip = r.value().toObject().value("ip"_L1).toString();
        // Only an IPv4 address can be allowed; an IPv6 answer is shown as nothing.
        if (Ipv4Block::parse(ip).isValid() && ip != m_publicAddress) {
            m_publicAddress = ip;
            emit currentPublicAddressChanged(ip);
        }
    });
}

void AllowedNetworksModel::cancel()
{
    ++m_refreshGeneration;
    m_poller->stop();
    StageModel::cancel();
    finishAction(false);
}

} // namespace snc
