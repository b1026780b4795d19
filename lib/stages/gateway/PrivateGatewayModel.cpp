// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/gateway/PrivateGatewayModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "core/WhenAll.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/networks/Ipv4Block.h"
#include "stages/vpn/VpnModel.h"
#include "tasks/TaskPoller.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrentRun>

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
    : StageModel(context, parent), m_hostsPath(defaultHostsFilePath()),
      m_poller(createTaskPoller())
{
    resetChecks();
    connect(m_poller, &TaskPoller::progressChanged, this, &StageModel::changed);
    resetOnServiceChange();
}

PrivateGatewayModel::~PrivateGatewayModel() = default;

void PrivateGatewayModel::forgetService()
{
    m_datacenters.clear();
    m_datacenterId = 0;
    m_state.clear();
    m_refreshed = false;
    m_lastTaskId = 0;
    resetChecks();
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

void PrivateGatewayModel::setVpn(VpnModel *vpn)
{
    m_vpn = vpn;
}

void PrivateGatewayModel::setAllowedNetworks(AllowedNetworksModel *networks)
{
    m_allowed = networks;
}


QString PrivateGatewayModel::defaultHostsFilePath()
{
#ifdef Q_OS_WIN
    return u"C:/Windows/System32/drivers/etc/hosts"_s;
#else
    return u"/etc/hosts"_s;
#endif
}

QString PrivateGatewayModel::statusText() const
{
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
    emit changed();
}

void PrivateGatewayModel::setInputs(const QString &ip, const QString &netmask, const QString &portgroup,
                                    const QString &snatAddress)
{
    const bool guardInputs = ip.trimmed() != m_ip || netmask.trimmed() != m_netmask || snatAddress.trimmed() != m_snat;
    m_ip = ip.trimmed();
    m_netmask = netmask.trimmed();
    m_portgroup = portgroup.trimmed();
    m_snat = snatAddress.trimmed();
    if (guardInputs)
        resetChecks(); // the checks were for other values
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
        if ((m_state == "enabling"_L1 || m_state == "disabling"_L1) && !isTaskRunning()
            && !m_transitionReadScheduled) {
            // Changing with no task of ours followed (its answer was lost, or another session
            // started it): read again every 2 s until it settles, or the page would wait forever.
            m_transitionReadScheduled = true;
            QTimer::singleShot(2000, this, [this] {
                m_transitionReadScheduled = false;
                if (!isTaskRunning() && (m_state == "enabling"_L1 || m_state == "disabling"_L1))
                    refresh();
            });
        }
        then(true);
    });
}

// ---- The lock-out guard -------------------------------------------------------------------

void PrivateGatewayModel::resetChecks()
{
    m_checks.clear();
    for (GuardCheck::Id id : {GuardCheck::Id::AllowedNetwork, GuardCheck::Id::VpnUp, GuardCheck::Id::HostsFile,
                              GuardCheck::Id::Warning}) {
        GuardCheck c;
        c.id = id;
        c.result = id == GuardCheck::Id::Warning ? GuardCheck::Result::Info : GuardCheck::Result::Unknown;
        m_checks << c;
    }
    setCheck(GuardCheck::Id::Warning, GuardCheck::Result::Info,
             tr("Once enabled, vSphere is no longer reachable from the internet: only from the "
                "gateway's network, through the vRack, your VPN or source-NAT.", "@info"));
    emit checksChanged();
}

void PrivateGatewayModel::setCheck(GuardCheck::Id id, GuardCheck::Result result, const QString &detail)
{
    for (GuardCheck &c : m_checks) {
        if (c.id != id)
            continue;
        c.result = result;
        c.detail = detail;
        switch (id) {
        case GuardCheck::Id::AllowedNetwork:
            c.title = tr("The gateway's network (or your source-NAT address) is an allowed network", "@title check");
            break;
        case GuardCheck::Id::VpnUp:
            c.title = tr("The VPN session from stage 3 is up", "@title check");
            break;
        case GuardCheck::Id::HostsFile:
            c.title = tr("Your hosts file maps the vSphere names to the private address", "@title check");
            break;
        case GuardCheck::Id::Warning:
            c.title = tr("Internet access to vSphere ends", "@title check");
            break;
        }
    }
}

bool PrivateGatewayModel::allChecksPass() const
{
    return std::all_of(m_checks.begin(), m_checks.end(), [](const GuardCheck &c) {
        return c.result == GuardCheck::Result::Pass || c.result == GuardCheck::Result::Info;
    });
}

QStringList PrivateGatewayModel::hostNames() const
{
    const QString sn = context() ? context()->serviceName() : QString();
    if (sn.isEmpty())
        return {};
    return {sn + u".ovh.com"_s, u"nsx."_s + sn + u".ovh.com"_s, u"vrops."_s + sn + u".ovh.com"_s};
}

QString PrivateGatewayModel::hostsLine() const
{
    return (QStringList{m_ip.isEmpty() ? u"<ip>"_s : m_ip} + hostNames()).join(u' ');
}

QString PrivateGatewayModel::hostsInstructions() const
{
    const QString line = hostsLine();
    QStringList out;
    out << tr("Linux: add this line to /etc/hosts (as root, e.g. sudo nano /etc/hosts):", "@info") << u"    "_s + line;
    out << tr("macOS: add the same line to /etc/hosts (sudo nano /etc/hosts), then run: sudo dscacheutil "
              "-flushcache; sudo killall -HUP mDNSResponder", "@info") << u"    "_s + line;
    out << tr("Windows: add the same line to C:\\Windows\\System32\\drivers\\etc\\hosts (Notepad run as "
              "administrator), then run: ipconfig /flushdns", "@info") << u"    "_s + line;
    out << tr("The TLS certificate keeps the same names, so the browser and the VMRC consoles keep working.", "@info");
    return out.join(u'\n');
}

QStringList PrivateGatewayModel::missingHostNames(const QString &content, const QString &ip, const QStringList &names)
{
    QStringList missing = names;
    static const QRegularExpression space(u"\\s+"_s);
    const QStringList lines = content.split(u'\n');
    for (QString line : lines) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        const QStringList tokens = line.split(space, Qt::SkipEmptyParts);
        if (tokens.size() < 2 || tokens.first() != ip)
            continue;
        for (qsizetype i = 1; i < tokens.size(); ++i) {
            for (qsizetype m = missing.size() - 1; m >= 0; --m) {
                if (tokens.at(i).compare(missing.at(m), Qt::CaseInsensitive) == 0)
                    missing.removeAt(m);
            }
        }
    }
    return missing;
}

namespace {

struct HostsRead
{
    bool ok = false;
    QString content; ///< the first MiB, when ok
    QString error;   ///< QFile's reason, when not ok
};

// Runs on a worker thread: touches nothing but its argument.
HostsRead readHostsFile(const QString &path)
{
    HostsRead read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = file.errorString();
        return read;
    }
    read.content = QString::fromUtf8(file.read(1024 * 1024));
    read.ok = true;
    return read;
}

} // namespace

void PrivateGatewayModel::checkHostsFile(std::function<void(bool)> done)
{
    const QString path = m_hostsPath;
    const QString ip = m_ip;
    const QStringList names = hostNames();
    auto *watcher = new QFutureWatcher<HostsRead>(this);
    connect(watcher, &QFutureWatcher<HostsRead>::finished, this, [this, watcher, path, ip, names, done] {
        watcher->deleteLater();
        const HostsRead read = watcher->result();
        if (!read.ok) {
            setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Fail,
                     tr("%1 could not be read (%2). Add the line below, then check again.", "@info")
                             .arg(path, read.error));
        } else if (const QStringList missing = missingHostNames(read.content, ip, names); missing.isEmpty()) {
            setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Pass,
                     tr("%1 maps %2 to %3.", "@info").arg(path, names.join(u", "_s), ip));
        } else {
            setCheck(GuardCheck::Id::HostsFile, GuardCheck::Result::Fail,
                     tr("%1 does not map %2 to %3. Add the line below, then check again.", "@info")
                             .arg(path, missing.join(u", "_s), ip));
        }
        done(true);
    });
    watcher->setFuture(QtConcurrent::run(readHostsFile, path));
}

void PrivateGatewayModel::evaluateAllowed()
{
    const QString network = gatewayNetwork();
    const QList<Ipv4Block> allowed = m_allowed ? m_allowed->activeBlocks() : QList<Ipv4Block>();
    const Ipv4Block gw = Ipv4Block::parse(network);
    const Ipv4Block snat = m_snat.isEmpty() ? Ipv4Block() : Ipv4Block::parse(m_snat);
    for (const Ipv4Block &a : allowed) {
        if (gw.isValid() && a.contains(gw)) {
            setCheck(GuardCheck::Id::AllowedNetwork, GuardCheck::Result::Pass,
                     tr("%1 is inside the allowed network %2.", "@info").arg(network, a.toString()));
            return;
        }
        if (snat.isValid() && a.contains(snat)) {
            setCheck(GuardCheck::Id::AllowedNetwork, GuardCheck::Result::Pass,
                     tr("The source-NAT address %1 is inside the allowed network %2.", "@info").arg(m_snat, a.toString()));
            return;
        }
    }
    setCheck(GuardCheck::Id::AllowedNetwork, GuardCheck::Result::Fail,
             tr("Neither %1 nor a source-NAT address is an allowed network: once the gateway is on, "
                "vSphere would refuse you. Add %1 to the allowed networks.", "@info").arg(network));
}

void PrivateGatewayModel::evaluateVpn()
{
    if (!m_vpn) {
        setCheck(GuardCheck::Id::VpnUp, GuardCheck::Result::Fail, tr("Stage 3 is not available.", "@info"));
        return;
    }
    const bool up = m_vpn->sessionState() == VpnModel::SessionState::Up;
    setCheck(GuardCheck::Id::VpnUp, up ? GuardCheck::Result::Pass : GuardCheck::Result::Fail,
             up ? m_vpn->sessionText()
                : tr("%1 Without the VPN, the private network is out of your reach. Finish stage 3 first.", "@info")
                          .arg(m_vpn->sessionText()));
}

void PrivateGatewayModel::runChecks()
{
    if (m_checking)
        return;
    if (gatewayNetwork().isEmpty()) {
        reportValidationError(tr("Enter the gateway IP and netmask first.", "@error"));
        return;
    }
    m_checking = true;
    // The allowed networks, the VPN and the hosts file are checked side by side.
    auto done = whenAll(3, [this](bool) {
        m_checking = false;
        emit checksChanged();
        emit changed();
    });
    checkHostsFile(done);
    if (m_allowed) {
        // refreshed() answers this refresh() only (a stage-1 action's read-back does not emit it).
        connect(m_allowed, &StageModel::refreshed, this, [this, done] {
            evaluateAllowed();
            done(true);
        }, Qt::SingleShotConnection);
        m_allowed->refresh();
    } else {
        evaluateAllowed();
        QTimer::singleShot(0, this, [done] { done(true); });
    }
    if (m_vpn) {
        connect(m_vpn, &VpnModel::sessionStateChanged, this, [this, done] {
            evaluateVpn();
            done(true);
        }, Qt::SingleShotConnection);
        m_vpn->refreshSessionStatus();
    } else {
        evaluateVpn();
        QTimer::singleShot(0, this, [done] { done(true); });
    }
    emit checksChanged();
}

QString PrivateGatewayModel::confirmationPhrase() const
{
    //: Typed by the user to enable the gateway despite failing checks; %1 the service name
    return tr("I may lose access to %1", "@info confirmation phrase").arg(context() ? context()->serviceName() : QString());
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
    if (!allChecksPass() && typedConfirmation.trimmed() != confirmationPhrase()) {
        reportValidationError(tr("Some checks are not green. Fix them, or type \"%1\" to accept the risk of "
                                 "losing access to vSphere.", "@error").arg(confirmationPhrase()));
        return false;
    }
    if (m_state == "enabling"_L1 || m_state == "disabling"_L1) {
        reportValidationError(tr("The private gateway is being changed (%1). Wait, then refresh.", "@error").arg(m_state));
        return false;
    }
    if (m_state == "enabled"_L1) {
        if (m_serverIp == m_ip && m_serverNetmask == m_netmask && m_serverPortgroup == m_portgroup) {
            QTimer::singleShot(0, this, [this] { emit actionFinished(true); }); // already so: nothing to send
            return true;
        }
        return reconfigure();
    }
    StageOperation *op = startAction();
    if (!op)
        return false;
    post(op, u"enable"_s, QJsonObject{{u"ip"_s, m_ip}, {u"netmask"_s, m_netmask}, {u"portgroup"_s, m_portgroup}});
    return true;
}

bool PrivateGatewayModel::disable()
{
    if (m_state == "disabled"_L1) {
        QTimer::singleShot(0, this, [this] { emit actionFinished(true); });
        return true;
    }
    StageOperation *op = startAction();
    if (!op)
        return false;
    post(op, u"disable"_s, QJsonValue(QJsonValue::Undefined));
    return true;
}

bool PrivateGatewayModel::reconfigure()
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
    StageOperation *op = startAction();
    if (!op)
        return false;
    post(op, u"reconfigure"_s, QJsonObject{{u"ip"_s, m_ip}, {u"netmask"_s, m_netmask}, {u"portgroup"_s, m_portgroup}});
    return true;
}

bool PrivateGatewayModel::addGatewayNetworkToAllowed()
{
    const QString network = gatewayNetwork();
    if (!m_allowed || network.isEmpty()) {
        reportValidationError(tr("Enter the gateway IP and netmask first.", "@error"));
        return false;
    }
    // Busy until the add has ended: the page offers no second add meanwhile (a lost answer
    // makes the add look for its task first, which outlives the error it shows).
    StageOperation *op = startOperation();
    connect(m_allowed, &AllowedNetworksModel::actionFinished, op->scope(), [this, op](bool ok) {
        if (!ok)
            reportError(m_allowed->lastError());
        evaluateAllowed();
        emit checksChanged();
        if (ok)
            op->succeed();
        else
            op->fail(m_allowed->lastError());
    }, Qt::SingleShotConnection);
    if (!m_allowed->addNetwork(network, tr("Private gateway network", "@info allowed network description"))) {
        reportError(m_allowed->lastError());
        op->fail(m_allowed->lastError());
        return false;
    }
    return true;
}

void PrivateGatewayModel::cancel()
{
    m_poller->stop();
    StageModel::cancel(); // every operation ends with Canceled: refreshed(false), actionFinished(false)
}

} // namespace snc
