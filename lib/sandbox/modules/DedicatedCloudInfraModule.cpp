// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DedicatedCloudInfraModule.h"

#include "DedicatedCloudCommon.h"
#include "DedicatedCloudModule.h"
#include "sandbox/Router.h"
#include "sandbox/TaskEngine.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {

constexpr qint64 kDatacenterId = 1;

std::optional<quint32> parseAddress(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    quint32 a = 0;
    for (int i = 1; i <= 4; ++i) {
        const int o = m.captured(i).toInt();
        if (o > 255)
            return std::nullopt;
        a = (a << 8) | quint32(o);
    }
    return a;
}

QString addressText(quint32 a)
{
    return u"%1.%2.%3.%4"_s.arg(a >> 24).arg((a >> 16) & 255).arg((a >> 8) & 255).arg(a & 255);
}

/// Prefix length of a dotted, contiguous netmask; -1 otherwise.
int maskPrefix(const QString &netmask)
{
    const auto m = parseAddress(netmask);
    if (!m)
        return -1;
    int bits = 0;
    quint32 v = *m;
    while (v & 0x80000000u) {
        ++bits;
        v <<= 1;
    }
    return v == 0 ? bits : -1;
}

/// Checks ip/netmask/portgroup as OVH's enable would; empty when fine.
QString checkGatewayConfig(const QString &ip, const QString &netmask, const QString &portgroup)
{
    const auto addr = parseAddress(ip);
    if (!addr)
        return u"Invalid value for ip: %1 is not an IPv4 address"_s.arg(ip);
    const int prefix = maskPrefix(netmask);
    if (prefix < 0)
        return u"Invalid value for netmask: %1 is not a dotted netmask (e.g. 255.255.255.0)"_s.arg(netmask);
    if (prefix < 8 || prefix > 30)
        return u"Invalid value for netmask: %1 (/%2) must be between /8 and /30"_s.arg(netmask).arg(prefix);
    const quint32 mask = ~quint32(0) << (32 - prefix);
    const quint32 network = *addr & mask;
    const quint32 broadcast = network | ~mask;
    if (*addr == network)
        return u"Invalid value for ip: %1 is the network address of %2/%3"_s.arg(ip, addressText(network)).arg(prefix);
    if (*addr == broadcast)
        return u"Invalid value for ip: %1 is the broadcast address of %2/%3"_s.arg(ip, addressText(network)).arg(prefix);
    if (!DedicatedCloudInfraModule::portgroups().contains(portgroup))
        return u"The portgroup \"%1\" does not exist under this datacenter"_s.arg(portgroup);
    return {};
}

} // namespace

QJsonObject DedicatedCloudInfraModule::Gateway::toJson() const
{
    return QJsonObject{{u"customerIp"_s, dc::orNull(ip)},
                       {u"customerNetmask"_s, dc::orNull(netmask)},
                       {u"customerPortGroup"_s, dc::orNull(portgroup)},
                       {u"state"_s, state}};
}

DedicatedCloudInfraModule::DedicatedCloudInfraModule(DedicatedCloudModule *dedicatedCloud)
    : m_dedicatedCloud(dedicatedCloud)
{
}

DedicatedCloudInfraModule::~DedicatedCloudInfraModule() = default;

bool DedicatedCloudInfraModule::hasService(const QString &serviceName) const
{
    return m_dedicatedCloud && m_dedicatedCloud->services().count(serviceName) > 0;
}

DedicatedCloudInfraModule::Gateway *DedicatedCloudInfraModule::gateway(const QString &serviceName,
                                                                       qint64 datacenterId)
{
    if (!hasService(serviceName) || datacenterId != kDatacenterId)
        return nullptr;
    return &m_gateways[serviceName][datacenterId]; // created "disabled" on first use
}

QList<DedicatedCloudInfraModule::UsedAddress> DedicatedCloudInfraModule::usedAddresses()
{
    // What `…/ip/{network}/details` lists: only addresses in use, with the published usage enum
    // (dedicatedCloud.IpUsageEnum: nsxt, reserved, vm). Free addresses are not listed; the
    // network, broadcast and gateway addresses are not either (they follow from the block's
    // model) — one plausible answer, lib/sandbox/UNPUBLISHED.md.
    return {{u"192.0.2.1"_s, u"reserved"_s, u"vCenter"_s},
            {u"192.0.2.2"_s, u"reserved"_s, u"OVHcloud router"_s},
            {u"192.0.2.3"_s, u"reserved"_s, u"OVHcloud router"_s},
            {u"192.0.2.4"_s, u"nsxt"_s, u"ovh-T0-gw uplink"_s},
            {u"192.0.2.9"_s, u"vm"_s, u"demo-vm-01"_s}};
}

QString DedicatedCloudInfraModule::addressUsage(const QString &serviceName, const QString &address) const
{
    const auto a = parseAddress(address);
    if (!hasService(serviceName) || !a)
        return {};
    const quint32 base = *parseAddress(u"192.0.2.0"_s);
    if (*a < base || *a > base + 15)
        return {};
    if (*a == base)
        return u"network"_s;
    if (*a == base + 15)
        return u"broadcast"_s;
    if (addressText(*a) == publicGateway())
        return u"gateway"_s;
    for (const UsedAddress &u : usedAddresses()) {
        if (u.ip == addressText(*a))
            return u.usage;
    }
    return u"free"_s;
}

bool DedicatedCloudInfraModule::privateGatewayEnabled(const QString &serviceName) const
{
    const auto it = m_gateways.find(serviceName);
    if (it == m_gateways.end())
        return false;
    for (const Gateway &g : it.value()) {
        if (g.state == "enabled"_L1)
            return true;
    }
    return false;
}

void DedicatedCloudInfraModule::attach(SandboxContext *context)
{
    m_context = context;
    for (const char *name : {"enablePrivateGateway", "disablePrivateGateway", "reconfigurePrivateGateway"}) {
        TaskKind k;
        k.kind = u"dedicatedCloud."_s + QLatin1String(name);
        k.name = QLatin1String(name);
        k.todoMs = 2000;
        k.doingMs = 8000;
        k.onDone = [this](Task &t) { applyGatewayTask(t, true); };
        k.onError = k.onCanceled = [this](Task &t) { applyGatewayTask(t, false); };
        context->tasks->registerKind(k);
    }
}

SandboxResponse DedicatedCloudInfraModule::taskResponse(qint64 taskId) const
{
    const Task *t = m_context->tasks->task(taskId);
    return t ? SandboxResponse::json(TaskEngine::toJson(*t))
             : SandboxResponse::error(500, u"Task %1 vanished"_s.arg(taskId));
}

void DedicatedCloudInfraModule::applyGatewayTask(Task &task, bool done)
{
    Gateway *g = gateway(task.serviceName, task.related.value(u"datacenterId"_s).toInteger());
    if (!g)
        return;
    const QJsonObject p = task.payload;
    if (task.name == "disablePrivateGateway"_L1) {
        if (done) {
            *g = Gateway{};
        } else {
            g->state = u"enabled"_s;
        }
    } else if (task.name == "enablePrivateGateway"_L1) {
        g->state = done ? u"enabled"_s : u"error"_s;
        if (done) {
            g->ip = p.value(u"ip"_s).toString();
            g->netmask = p.value(u"netmask"_s).toString();
            g->portgroup = p.value(u"portgroup"_s).toString();
        }
    } else { // reconfigure
        g->state = u"enabled"_s;
        if (done) {
            g->ip = p.value(u"ip"_s).toString();
            g->netmask = p.value(u"netmask"_s).toString();
            g->portgroup = p.value(u"portgroup"_s).toString();
        }
    }
    m_context->mutated();
}

void DedicatedCloudInfraModule::registerRoutes(Router &router)
{
    using M = DedicatedCloudInfraModule;
    constexpr RouteAccess signed_ = RouteAccess::Signed;
    // clang-format off
    static const RouteSpec<M> kRoutes[] = {
        // public IP block
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/ip", signed_, &M::listIpBlocks},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/ip/{network}", signed_, &M::getIpBlock},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/ip/{network}/details", signed_, &M::getIpBlockDetails},
        // datacenters and the private gateway
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/datacenter", signed_, &M::listDatacenters},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/datacenter/{datacenterId}", signed_, &M::getDatacenter},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/datacenter/{datacenterId}/privateGateway", signed_, &M::getPrivateGateway},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/datacenter/{datacenterId}/privateGateway/enable", signed_, &M::enablePrivateGateway},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/datacenter/{datacenterId}/privateGateway/disable", signed_, &M::disablePrivateGateway},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/datacenter/{datacenterId}/privateGateway/reconfigure", signed_, &M::reconfigurePrivateGateway},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/datacenter/{datacenterId}/task", signed_, &M::listDatacenterTasks},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/datacenter/{datacenterId}/task/{taskId}", signed_, &M::getDatacenterTask},
    };
    // clang-format on
    router.addTable(this, kRoutes);
}

// -- public IP block ---------------------------------------------------------------------------

SandboxResponse DedicatedCloudInfraModule::listIpBlocks(SandboxRequest &r)
{
    if (!hasService(r.param(u"serviceName"_s)))
        return SandboxResponse::notFound(r.param(u"serviceName"_s));
    return SandboxResponse::json(QJsonArray{publicBlock()});
}

SandboxResponse DedicatedCloudInfraModule::getIpBlock(SandboxRequest &r)
{
    if (!hasService(r.param(u"serviceName"_s)))
        return SandboxResponse::notFound(r.param(u"serviceName"_s));
    if (r.param(u"network"_s) != publicBlock())
        return SandboxResponse::notFound(r.param(u"network"_s));
    return SandboxResponse::json(
            QJsonObject{{u"network"_s, publicBlock()},
                        // dedicatedCloud.Ip requires both; the gateway is the address before
                        // the broadcast one, as on OVHcloud's blocks (UNPUBLISHED.md, C3).
                        {u"gateway"_s, publicGateway()},
                        {u"netmask"_s, u"255.255.255.240"_s},
                        {u"networkName"_s, r.param(u"serviceName"_s) + u"-public"_s},
                        {u"description"_s, u"Public IP block of the PCC"_s},
                        {u"vlanNumber"_s, 0},
                        {u"country"_s, u"fr"_s},
                        {u"register"_s, u"ripe"_s}});
}

SandboxResponse DedicatedCloudInfraModule::getIpBlockDetails(SandboxRequest &r)
{
    const QString sn = r.param(u"serviceName"_s);
    if (!hasService(sn))
        return SandboxResponse::notFound(r.param(u"serviceName"_s));
    if (r.param(u"network"_s) != publicBlock())
        return SandboxResponse::notFound(r.param(u"network"_s));
    QJsonArray out;
    for (const UsedAddress &u : usedAddresses())
        out.append(QJsonObject{{u"ip"_s, u.ip}, {u"usage"_s, u.usage}, {u"usageDetails"_s, u.details}});
    return SandboxResponse::json(out);
}

// -- datacenters and the private gateway --------------------------------------------------------

SandboxResponse DedicatedCloudInfraModule::listDatacenters(SandboxRequest &r)
{
    if (!hasService(r.param(u"serviceName"_s)))
        return SandboxResponse::notFound(r.param(u"serviceName"_s));
    return SandboxResponse::json(QJsonArray{kDatacenterId});
}

std::optional<SandboxResponse> DedicatedCloudInfraModule::findGateway(const SandboxRequest &r,
                                                                      Gateway **g)
{
    const QString sn = r.param(u"serviceName"_s);
    if (!hasService(sn))
        return SandboxResponse::notFound(sn);
    *g = gateway(sn, dc::idParam(r, u"datacenterId"_s));
    if (!*g)
        return SandboxResponse::notFound(r.param(u"datacenterId"_s));
    return std::nullopt;
}

SandboxResponse DedicatedCloudInfraModule::getDatacenter(SandboxRequest &r)
{
    Gateway *g = nullptr;
    if (auto refused = findGateway(r, &g))
        return *refused;
    return SandboxResponse::json(QJsonObject{{u"datacenterId"_s, kDatacenterId},
                                             {u"name"_s, u"datacenter1"_s},
                                             {u"description"_s, u"Practice datacenter"_s},
                                             {u"commercialName"_s, u"SDDC"_s},
                                             {u"commercialRangeName"_s, u"SecNumCloud vSphere"_s},
                                             {u"version"_s, u"8.0"_s},
                                             {u"isRemovable"_s, false}});
}

SandboxResponse DedicatedCloudInfraModule::getPrivateGateway(SandboxRequest &r)
{
    Gateway *g = nullptr;
    if (auto refused = findGateway(r, &g))
        return *refused;
    return SandboxResponse::json(g->toJson());
}

SandboxResponse DedicatedCloudInfraModule::createGatewayTask(const QString &sn, const char *name,
                                                             const QJsonObject &payload)
{
    const qint64 id = m_context->tasks->create(u"dedicatedCloud."_s + QLatin1String(name), sn,
                                               QJsonObject{{u"datacenterId"_s, kDatacenterId}},
                                               payload);
    m_context->mutated();
    return taskResponse(id);
}

SandboxResponse DedicatedCloudInfraModule::enablePrivateGateway(SandboxRequest &r)
{
    Gateway *g = nullptr;
    if (auto refused = findGateway(r, &g))
        return *refused;
    return dc::withBody(r, [&](const QJsonObject &body) -> SandboxResponse {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != "ip"_L1 && it.key() != "netmask"_L1 && it.key() != "portgroup"_L1)
                return SandboxResponse::error(400, u"Unknown parameter %1"_s.arg(it.key()));
        }
        for (const char *key : {"ip", "netmask", "portgroup"}) {
            if (!body.value(QLatin1String(key)).isString())
                return SandboxResponse::error(400, u"Missing parameter %1"_s.arg(QLatin1String(key)));
        }
        if (g->state != "disabled"_L1 && g->state != "error"_L1)
            return SandboxResponse::error(
                    409, u"The private gateway is %1 on this datacenter: disable it or use reconfigure"_s.arg(g->state));
        const QString ip = body.value(u"ip"_s).toString();
        const QString netmask = body.value(u"netmask"_s).toString();
        const QString portgroup = body.value(u"portgroup"_s).toString();
        const QString problem = checkGatewayConfig(ip, netmask, portgroup);
        if (!problem.isEmpty())
            return SandboxResponse::error(400, problem);
        g->state = u"enabling"_s;
        return createGatewayTask(r.param(u"serviceName"_s), "enablePrivateGateway", body);
    });
}

SandboxResponse DedicatedCloudInfraModule::disablePrivateGateway(SandboxRequest &r)
{
    Gateway *g = nullptr;
    if (auto refused = findGateway(r, &g))
        return *refused;
    if (g->state != "enabled"_L1)
        return SandboxResponse::error(409, u"The private gateway is %1, not enabled"_s.arg(g->state));
    g->state = u"disabling"_s;
    return createGatewayTask(r.param(u"serviceName"_s), "disablePrivateGateway", {});
}

SandboxResponse DedicatedCloudInfraModule::reconfigurePrivateGateway(SandboxRequest &r)
{
    Gateway *g = nullptr;
    if (auto refused = findGateway(r, &g))
        return *refused;
    return dc::withBody(r, [&](const QJsonObject &body) -> SandboxResponse {
        if (g->state != "enabled"_L1)
            return SandboxResponse::error(409, u"The private gateway is %1, not enabled"_s.arg(g->state));
        QJsonObject next{{u"ip"_s, g->ip}, {u"netmask"_s, g->netmask}, {u"portgroup"_s, g->portgroup}};
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() == "newDatacenterId"_L1) {
                if (it.value().toInteger(-1) != kDatacenterId)
                    return SandboxResponse::error(400, u"Unknown datacenter %1"_s.arg(it.value().toInteger(-1)));
                continue;
            }
            if (it.key() != "ip"_L1 && it.key() != "netmask"_L1 && it.key() != "portgroup"_L1)
                return SandboxResponse::error(400, u"Unknown parameter %1"_s.arg(it.key()));
            if (!it.value().isString())
                return SandboxResponse::error(400, u"Invalid value for %1"_s.arg(it.key()));
            next.insert(it.key(), it.value());
        }
        const QString problem = checkGatewayConfig(next.value(u"ip"_s).toString(),
                                                   next.value(u"netmask"_s).toString(),
                                                   next.value(u"portgroup"_s).toString());
        if (!problem.isEmpty())
            return SandboxResponse::error(400, problem);
        g->state = u"enabling"_s;
        return createGatewayTask(r.param(u"serviceName"_s), "reconfigurePrivateGateway", next);
    }, true);
}

SandboxResponse DedicatedCloudInfraModule::listDatacenterTasks(SandboxRequest &r)
{
    Gateway *g = nullptr;
    if (auto refused = findGateway(r, &g))
        return *refused;
    const QString sn = r.param(u"serviceName"_s);
    const QString name = r.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const auto list = m_context->tasks->tasks([&](const Task &t) {
        return t.serviceName == sn && t.related.value(u"datacenterId"_s).toInteger() == kDatacenterId
                && (name.isEmpty() || t.name == name);
    });
    QJsonArray ids;
    for (const Task *t : list)
        ids.append(t->id);
    return SandboxResponse::json(ids);
}

SandboxResponse DedicatedCloudInfraModule::getDatacenterTask(SandboxRequest &r)
{
    Gateway *g = nullptr;
    if (auto refused = findGateway(r, &g))
        return *refused;
    const Task *t = m_context->tasks->task(dc::idParam(r, u"taskId"_s));
    if (!t || t->serviceName != r.param(u"serviceName"_s)
        || t->related.value(u"datacenterId"_s).toInteger() != kDatacenterId)
        return SandboxResponse::notFound(r.param(u"taskId"_s));
    return SandboxResponse::json(TaskEngine::toJson(*t));
}

QJsonValue DedicatedCloudInfraModule::saveState() const
{
    QJsonObject services;
    for (auto it = m_gateways.begin(); it != m_gateways.end(); ++it) {
        QJsonObject dcs;
        for (auto g = it.value().begin(); g != it.value().end(); ++g)
            dcs.insert(QString::number(g.key()), g.value().toJson());
        services.insert(it.key(), dcs);
    }
    return QJsonObject{{u"gateways"_s, services}};
}

void DedicatedCloudInfraModule::loadState(const QJsonValue &value)
{
    m_gateways.clear();
    const QJsonObject services = value.toObject().value(u"gateways"_s).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject dcs = it.value().toObject();
        for (auto d = dcs.begin(); d != dcs.end(); ++d) {
            const QJsonObject o = d.value().toObject();
            Gateway g;
            g.state = o.value(u"state"_s).toString(u"disabled"_s);
            g.ip = o.value(u"customerIp"_s).toString();
            g.netmask = o.value(u"customerNetmask"_s).toString();
            g.portgroup = o.value(u"customerPortGroup"_s).toString();
            m_gateways[it.key()].insert(d.key().toLongLong(), g);
        }
    }
}

} // namespace snc::sandbox
