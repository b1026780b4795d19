// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/gateway/PrivateGatewayModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "core/WhenAll.h"
#include "stages/StageContext.h"
#include "stages/AllowedNetworksService.h"
#include "stages/StageOperation.h"
#include "stages/Ipv4Block.h"
#include "core/Poller.h"
#include "tasks/PendingTaskSearch.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// The address of a bare dotted IPv4, or -1.
qint64 addressOf(const QString &text)
{
    if (text.contains(u'/'))
        return -1;
    const Ipv4Block b = Ipv4Block::parse(text.trimmed());
    return b.isValid() ? qint64(b.network()) : -1;
}

/// Prefix of a dotted contiguous mask, or -1.
int prefixOf(const QString &mask)
{
    const qint64 m = addressOf(mask);
    if (m < 0)
        return -1;
    quint32 v = quint32(m);
    int bits = 0;
    while (v & 0x80000000u) {
        ++bits;
        v <<= 1;
    }
    return v == 0 ? bits : -1;
}

} // namespace

PrivateGatewayModel::PrivateGatewayModel(StageContext *context, QObject *parent)
    : StageModel(context, parent), m_guard(new LockoutGuard(context, this)), m_poller(createTaskPoller()),
      m_settle(new Poller(this))
{
    connect(m_guard, &LockoutGuard::checksChanged, this, &PrivateGatewayModel::checksChanged);
    connect(m_guard, &LockoutGuard::finished, this, &StageModel::changed);
    connect(taskProgress(), &TaskProgress::changed, this, &StageModel::changed);
    if (context)
        m_settle->setClock(context->clock());
    connect(m_settle, &Poller::due, this, [this] {
        if (!isTaskRunning() && (m_state == "enabling"_L1 || m_state == "disabling"_L1))
            refresh(); // its read calls followTransition() again
        else
            m_settle->stop();
    });
    resetOnServiceChange();
    requireManualStep(QStringLiteral("gateway.hostsFileLine"));
}

PrivateGatewayModel::~PrivateGatewayModel() = default;

void PrivateGatewayModel::forgetService()
{
    m_datacenters.clear();
    m_datacenterId = 0;
    m_state.clear();
    m_refreshed = false;
    m_lastTaskId = 0;
    m_pendingSearch.forget();
    m_settle->stop();
    m_guard->reset();
}

QList<StageModel::ReportFact> PrivateGatewayModel::reportFacts() const
{
    QList<ReportFact> facts;
    if (m_state.isEmpty())
        return facts;
    QString datacenter = QString::number(m_datacenterId);
    for (const Datacenter &d : m_datacenters) {
        if (d.id == m_datacenterId && !d.name.isEmpty())
            //: %1 datacenter name, %2 its numeric id
            datacenter = tr("%1 (id %2)", "@info report").arg(d.name).arg(d.id);
    }
    facts << ReportFact{tr("Datacenter", "@label report"), datacenter};
    facts << ReportFact{tr("Private gateway state", "@label report"), m_state};
    if (!m_serverIp.isEmpty()) {
        facts << ReportFact{tr("Private gateway IP", "@label report"), m_serverIp};
        facts << ReportFact{tr("Private gateway netmask", "@label report"), m_serverNetmask};
        facts << ReportFact{tr("Private gateway portgroup", "@label report"), m_serverPortgroup};
    }
    if (m_lastTaskId > 0)
        facts << ReportFact{tr("Private gateway task", "@label report"), QString::number(m_lastTaskId)};
    return facts;
}

QString PrivateGatewayModel::manualStepLabel() const
{
    return tr("I have added the hosts-file line on my admin computers", "@option:check");
}

QString PrivateGatewayModel::manualStepRequest() const
{
    //: Follows "Your turn: " in the page's status line
    return tr("add the hosts-file line on your admin computers, then tick “I have added the hosts-file line on my admin computers”", "@info status");
}

QString PrivateGatewayModel::statusText() const
{
    if (awaitsManualStep())
        return manualStepRequest();
    switch (status()) {
    case Status::Done:
        return tr("Private gateway enabled at %1", "@info stage status").arg(m_serverIp);
    case Status::InProgress:
        return tr("Private gateway being changed (%1)", "@info stage status").arg(m_state);
    case Status::Failed:
        return tr("The private gateway is in error", "@info stage status");
    case Status::NotStarted:
        return tr("Private gateway not enabled", "@info stage status");
    default:
        return StageModel::statusText();
    }
}

void PrivateGatewayModel::deriveStatus()
{
    if (!m_refreshed)
        setStatus(Status::Unknown);
    else if (m_state == "enabled"_L1 && !isTaskRunning())
        setStatus(Status::Done);
    else if (m_state == "error"_L1)
        setStatus(Status::Failed);
    else if (isTaskRunning() || m_state == "enabling"_L1 || m_state == "disabling"_L1)
        setStatus(Status::InProgress);
    else
        setStatus(Status::NotStarted);
}

bool PrivateGatewayModel::isTaskRunning() const
{
    return m_poller->isRunning();
}

void PrivateGatewayModel::setDatacenterId(qint64 id)
{
    if (id == m_datacenterId)
        return;
    m_datacenterId = id;
    m_guard->reset(); // the checks were for another datacenter's gateway
    emit inputsChanged();
    emit changed();
}

void PrivateGatewayModel::setInputs(const QString &ip, const QString &netmask, const QString &portgroup,
                                    const QString &snatAddress)
{
    const bool guardInputs = ip.trimmed() != m_ip || netmask.trimmed() != m_netmask || snatAddress.trimmed() != m_snat;
    const bool same = !guardInputs && portgroup.trimmed() == m_portgroup;
    m_ip = ip.trimmed();
    m_netmask = netmask.trimmed();
    m_portgroup = portgroup.trimmed();
    m_snat = snatAddress.trimmed();
    if (guardInputs)
        m_guard->reset(); // the checks were for other values
    if (!same)
        emit inputsChanged();
    emit changed();
}

QStringList PrivateGatewayModel::inputProblems() const
{
    QStringList out;
    const qint64 a = addressOf(m_ip);
    const int prefix = prefixOf(m_netmask);
    if (a < 0)
        out << tr("The gateway IP \"%1\" is not an IPv4 address.", "@error").arg(m_ip);
    else if (const quint32 top = quint32(a) >> 24;
             top == 0 || top == 127 || top >= 224 || (quint32(a) >> 16) == 0xA9FE)
        // 0/8, loopback, link-local, multicast and reserved: never a gateway on a vRack network.
        out << tr("The gateway IP %1 is in a loopback, link-local, multicast or reserved range: "
                  "use an address of your vRack network.", "@error").arg(m_ip);
    if (prefix < 0)
        out << tr("The netmask \"%1\" is not a dotted netmask such as 255.255.255.0.", "@error").arg(m_netmask);
    else if (prefix < 8 || prefix > 30)
        out << tr("The netmask %1 (/%2) leaves no room for a gateway: use /8 to /30.", "@error").arg(m_netmask).arg(prefix);
    if (a >= 0 && prefix >= 8 && prefix <= 30) {
        const Ipv4Block net(quint32(a), prefix);
        if (quint32(a) == net.first())
            out << tr("%1 is the network address of %2: choose a host address.", "@error").arg(m_ip, net.toString());
        else if (quint32(a) == net.last())
            out << tr("%1 is the broadcast address of %2: choose a host address.", "@error").arg(m_ip, net.toString());
    }
    // vSphere limits a distributed portgroup's name to 80 characters: a longer one cannot exist.
    constexpr int maxPortgroupLength = 80;
    if (m_portgroup.isEmpty())
        out << tr("Enter the name of the vRack portgroup created under this datacenter.", "@error");
    else if (m_portgroup.size() > maxPortgroupLength)
        out << tr("The portgroup name is too long: vSphere allows at most %1 characters.", "@error")
                        .arg(maxPortgroupLength);
    if (!m_snat.isEmpty() && addressOf(m_snat) < 0)
        out << tr("The source-NAT address \"%1\" is not an IPv4 address.", "@error").arg(m_snat);
    if (m_datacenterId <= 0)
        out << tr("Choose a datacenter.", "@error");
    return out;
}

QString PrivateGatewayModel::gatewayNetwork() const
{
    const qint64 a = addressOf(m_ip);
    const int prefix = prefixOf(m_netmask);
    if (a < 0 || prefix < 0)
        return {};
    return Ipv4Block(quint32(a), prefix).toString();
}

// ---- Reading ------------------------------------------------------------------------------

void PrivateGatewayModel::refresh()
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
    op->onFinished(this, [this](const Result<Unit> &r) {
        deriveStatus();
        emit changed();
        emit refreshed(r.ok());
    });
    const QString base = ctx->servicePath() + u"/datacenter"_s;
    ApiClient *api = ctx->api();
    auto found = std::make_shared<QList<Datacenter>>();
    CallGroup *group = op->group();
    group->add(api->get(base), [api, base, group, found](const QJsonValue &ids) {
        for (const QJsonValue &v : ids.toArray()) {
            const qint64 id = v.toInteger();
            // A datacenter whose entry cannot be read is still listed, without its name.
            group->addResult(api->get(u"%1/%2"_s.arg(base).arg(id)), [found, id](const Result<QJsonValue> &d) {
                *found << Datacenter{id, d.ok() ? d.value().toObject().value("name"_L1).toString() : QString()};
            });
        }
    });
    // Where NSX Manager is (or that NSX-T is not enabled), for the hosts-file lines: read here
    // too, since stage 3 may never have run in this session. A failure leaves the hosts check
    // "not known" (reported), never a name made up; it does not fail the gateway's read.
    group->addResult(api->get(ctx->servicePath() + u"/nsxt"_s), [this](const Result<QJsonValue> &n) {
        StageContext *ctx = context();
        if (!n.ok()) {
            if (n.error().kind != ApiError::Kind::Canceled)
                reportError(n.error());
            return;
        }
        ServiceHosts hosts = ctx->serviceHosts();
        hosts.setNsxt(n.value().toObject());
        ctx->setServiceHosts(hosts);
    });
    group->onAllFinished(op->scope(), [this, op, found](const Result<Unit> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            op->fail(r.error());
            return;
        }
        std::sort(found->begin(), found->end(), [](const Datacenter &a, const Datacenter &b) { return a.id < b.id; });
        m_datacenters = *found;
        if (m_datacenterId <= 0 && !m_datacenters.isEmpty())
            m_datacenterId = m_datacenters.first().id;
        readGateway(op, [this, op](bool ok) {
            m_refreshed = ok || m_refreshed;
            if (ok)
                op->succeed();
            else
                op->fail(lastError()); // reported by readGateway()
        });
    });
}

void PrivateGatewayModel::readGateway(StageOperation *op, std::function<void(bool)> then)
{
    if (m_datacenterId <= 0) {
        m_state.clear();
        then(true);
        return;
    }
    op->onAnswer(context()->api()->get(
            u"%1/datacenter/%2/privateGateway"_s.arg(context()->servicePath()).arg(m_datacenterId)),
                 [this, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            then(false);
            return;
        }
        const QJsonObject o = r.value().toObject();
        m_state = o.value("state"_L1).toString();
        m_serverIp = o.value("customerIp"_L1).toString();
        m_serverNetmask = o.value("customerNetmask"_L1).toString();
        m_serverPortgroup = o.value("customerPortGroup"_L1).toString();
        if (m_state == "enabled"_L1 && m_ip.isEmpty()) {
            m_ip = m_serverIp;
            m_netmask = m_serverNetmask;
            m_portgroup = m_serverPortgroup;
        }
        followTransition();
        then(true);
    });
}

void PrivateGatewayModel::followTransition()
{
    // Changing with no task of ours followed (its answer was lost, or another session started
    // it): read again every 2 s until it settles, or the page would wait forever.
    if ((m_state != "enabling"_L1 && m_state != "disabling"_L1) || isTaskRunning()) {
        m_settle->stop();
        return;
    }
    adoptPendingTask();
    if (m_settle->isRunning())
        m_settle->again(2000);
    else
        m_settle->start(2000);
}

void PrivateGatewayModel::adoptPendingTask()
{
    if (m_adoption || m_datacenterId <= 0 || !context() || !context()->api())
        return;
    StageOperation *op = startOperation();
    m_adoption = op;
    PendingTaskSearch::Query query;
    query.listPath = u"%1/datacenter/%2/task"_s.arg(context()->servicePath()).arg(m_datacenterId);
    query.detailBase = context()->servicePath();
    // One list of the datacenter's tasks and a few details (PendingTaskSearch), not one list per
    // unfinished state; the settle reads run it every 2 s while a change goes on.
    m_pendingSearch.run(context()->api(), op->group(), op->scope(), query, [this, op](qint64 newest) {
        if (newest <= 0 || isTaskRunning()) {
            op->succeed(); // nothing pending: the settle reads go on
            return;
        }
        qCInfo(lcStage) << "privateGateway: following the pending task" << newest;
        m_lastTaskId = newest;
        m_settle->stop();
        TaskRun *run = m_poller->follow(TaskPoller::servicePath(context()->serviceName(), newest));
        run->onFinished(op->scope(), [this, op](const TaskRun::End &end) {
            if (end.error)
                reportError(*end.error);
            op->succeed();
            refresh();
        });
        deriveStatus();
    });
}

// ---- The lock-out guard -------------------------------------------------------------------

LockoutGuard::Target PrivateGatewayModel::guardTarget() const
{
    return LockoutGuard::Target{m_ip, gatewayNetwork(), m_snat};
}

void PrivateGatewayModel::runChecks()
{
    if (isChecking())
        return;
    if (gatewayNetwork().isEmpty()) {
        reportValidationError(tr("Enter the gateway IP and netmask first.", "@error"));
        return;
    }
    m_guard->run(guardTarget());
}

QString PrivateGatewayModel::confirmationPhrase() const
{
    //: Typed by the user to enable the gateway despite failing checks; %1 the service name
    return tr("I may lose access to %1", "@info confirmation phrase").arg(context() ? context()->serviceName() : QString());
}

bool PrivateGatewayModel::changeAllowed(const QString &typedConfirmation) const
{
    if (typedConfirmation.trimmed() == confirmationPhrase())
        return true;
    const LockoutGuard::Target target = m_guard->target();
    // Green for these very inputs (a change of input resets the checks; this says so twice).
    return !isChecking() && allChecksPass() && target.ip == m_ip && target.network == gatewayNetwork()
            && target.snat == m_snat;
}

bool PrivateGatewayModel::disableAllowed(const QString &typedConfirmation) const
{
    if (typedConfirmation.trimmed() == confirmationPhrase())
        return true;
    // Disabling takes the private address away: whoever reaches vSphere through it (the hosts
    // file sends the names there) is cut off. Only a check of that address that found the hosts
    // file not sending them there says the user is on another path.
    return !isChecking() && !m_serverIp.isEmpty() && m_guard->target().ip == m_serverIp
            && m_guard->resultOf(GuardCheck::Id::HostsFile) == GuardCheck::Result::Fail;
}

bool PrivateGatewayModel::guardAllowsChange(const QString &typedConfirmation)
{
    if (typedConfirmation.trimmed() != confirmationPhrase())
        m_guard->recheckNow(); // what the checks saw, still true at the moment of the change?
    if (changeAllowed(typedConfirmation))
        return true;
    reportValidationError(tr("Some checks are not green, or no longer are. Fix them and check again, or type \"%1\" "
                             "to accept the risk of losing access to vSphere.", "@error").arg(confirmationPhrase()));
    return false;
}

// ---- Actions ------------------------------------------------------------------------------

StageOperation *PrivateGatewayModel::startAction()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        reportValidationError(tr("Choose a service first.", "@error"));
        return nullptr;
    }
    if ((m_action && m_action->isRunning()) || isTaskRunning()) {
        reportValidationError(tr("A change of the private gateway is still running. Wait for it to finish.", "@error"));
        return nullptr;
    }
    clearError();
    StageOperation *op = startOperation();
    m_action = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        deriveStatus();
        emit changed();
        emit actionFinished(r.ok());
    });
    return op;
}

void PrivateGatewayModel::post(StageOperation *op, const QString &what, const QJsonValue &body)
{
    const QString path = u"%1/datacenter/%2/privateGateway/%3"_s.arg(context()->servicePath()).arg(m_datacenterId).arg(what);
    qCInfo(lcStage) << "privateGateway:" << what;
    // The gateway is read back after the change (or its failure, never retried blindly): that
    // read belongs to the action, not to a refresh that may run meanwhile.
    auto readBack = [this, op](bool ok) {
        readGateway(op, [this, op, ok](bool read) {
            m_refreshed = true;
            if (ok && read)
                op->succeed();
            else
                op->fail(lastError()); // reported where it failed
        });
    };
    op->onAnswer(context()->api()->post(path, body), [this, op, readBack](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::Canceled) {
                op->fail(r.error());
                return;
            }
            reportError(r.error());
            readBack(false);
            return;
        }
        const qint64 taskId = TaskPoller::taskIdOf(r.value().toObject());
        if (taskId <= 0) {
            readBack(true);
            return;
        }
        m_lastTaskId = taskId;
        TaskRun *run = m_poller->follow(TaskPoller::servicePath(context()->serviceName(), taskId));
        run->onFinished(op->scope(), [this, readBack](const TaskRun::End &end) {
            if (end.error)
                reportError(*end.error);
            readBack(end.ok());
        });
        deriveStatus();
    });
}

bool PrivateGatewayModel::enable(const QString &typedConfirmation)
{
    const QStringList problems = inputProblems();
    if (!problems.isEmpty()) {
        reportValidationError(problems.first());
        return false;
    }
    if (!guardAllowsChange(typedConfirmation))
        return false;
    if (m_state == "enabling"_L1 || m_state == "disabling"_L1) {
        reportValidationError(tr("The private gateway is being changed (%1). Wait, then refresh.", "@error").arg(m_state));
        return false;
    }
    if (m_state == "enabled"_L1) {
        if (m_serverIp == m_ip && m_serverNetmask == m_netmask && m_serverPortgroup == m_portgroup) {
            QTimer::singleShot(0, this, [this] { emit actionFinished(true); }); // already so: nothing to send
            return true;
        }
        return reconfigure(typedConfirmation);
    }
    StageOperation *op = startAction();
    if (!op)
        return false;
    post(op, u"enable"_s, QJsonObject{{u"ip"_s, m_ip}, {u"netmask"_s, m_netmask}, {u"portgroup"_s, m_portgroup}});
    return true;
}

bool PrivateGatewayModel::disable(const QString &typedConfirmation)
{
    if (m_state == "disabled"_L1) {
        QTimer::singleShot(0, this, [this] { emit actionFinished(true); });
        return true;
    }
    if (typedConfirmation.trimmed() != confirmationPhrase())
        m_guard->recheckNow(); // the hosts file as it is now
    if (!disableAllowed(typedConfirmation)) {
        reportValidationError(tr("Disabling the private gateway cuts off whoever reaches vSphere through %1 "
                                 "(your hosts file may send its names there). Check that it does not, or type "
                                 "\"%2\" to accept the risk.", "@error")
                                      .arg(m_serverIp, confirmationPhrase()));
        return false;
    }
    StageOperation *op = startAction();
    if (!op)
        return false;
    post(op, u"disable"_s, QJsonValue(QJsonValue::Undefined));
    return true;
}

bool PrivateGatewayModel::reconfigure(const QString &typedConfirmation)
{
    const QStringList problems = inputProblems();
    if (!problems.isEmpty()) {
        reportValidationError(problems.first());
        return false;
    }
    if (m_state != "enabled"_L1) {
        reportValidationError(tr("Only an enabled private gateway can be reconfigured.", "@error"));
        return false;
    }
    // Moving an enabled gateway is the same risk as enabling it: the same guard.
    if (!guardAllowsChange(typedConfirmation))
        return false;
    StageOperation *op = startAction();
    if (!op)
        return false;
    post(op, u"reconfigure"_s, QJsonObject{{u"ip"_s, m_ip}, {u"netmask"_s, m_netmask}, {u"portgroup"_s, m_portgroup}});
    return true;
}

bool PrivateGatewayModel::addGatewayNetworkToAllowed()
{
    const QString network = gatewayNetwork();
    AllowedNetworksService *allowed = context() ? context()->allowedNetworks() : nullptr;
    if (!allowed || !allowed->hasSource() || network.isEmpty()) {
        reportValidationError(tr("Enter the gateway IP and netmask first.", "@error"));
        return false;
    }
    // Busy until the add has ended: the page offers no second add meanwhile (a lost answer
    // makes the add look for its task first, which outlives the error it shows).
    StageOperation *op = startOperation();
    allowed->ensureAllowed({network}, tr("Private gateway network", "@info allowed network description"),
                           op->scope(), [this, op](const Result<Unit> &r) {
        if (!r.ok())
            reportError(r.error());
        m_guard->evaluateAllowed(guardTarget());
        emit checksChanged();
        if (r.ok())
            op->succeed();
        else
            op->fail(r.error());
    });
    return true;
}

void PrivateGatewayModel::cancel()
{
    m_poller->stop();
    StageModel::cancel(); // every operation ends with Canceled: refreshed(false), actionFinished(false)
}

} // namespace snc
