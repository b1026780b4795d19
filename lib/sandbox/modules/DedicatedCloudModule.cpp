// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "Outbox.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/TaskEngine.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace snc::sandbox {

using dc::str;

namespace {

QJsonObject deliveredAdmin()
{
    return QJsonObject{
            {str("userId"), 11223},
            {str("login"), str("admin")},
            {str("name"), str("admin")},
            {str("firstName"), QJsonValue::Null},
            {str("lastName"), QJsonValue::Null},
            {str("email"), QJsonValue::Null},
            {str("phoneNumber"), QJsonValue::Null},
            {str("isTokenValidator"), false},
            {str("canManageRights"), true},
            {str("canManageNetwork"), true},
            {str("canManageIpFailOvers"), true},
            {str("fullAdminRo"), false},
            // null: "as delivered", the adminNsxRight switch says which (publicUser())
            {str("nsxRight"), QJsonValue::Null},
            {str("encryptionRight"), false},
            {str("receiveAlerts"), false},
            {str("isEnableManageable"), true},
            {str("state"), str("delivered")},
            {str("activationState"), str("disabled")},
            {str("type"), str("user")},
            {str("identityProviderId"), QJsonValue::Null},
            {str("identityProviderType"), QJsonValue::Null},
    };
}

// The admin's right on the practice datacenter (1, DedicatedCloudInfraModule), the published
// `dedicatedCloud.Right`; its networkRole "as delivered" comes from the adminNetworkRole switch.
QJsonObject deliveredAdminRight()
{
    return QJsonObject{
            {str("rightId"), 5501},
            {str("datacenterId"), 1},
            {str("right"), str("readwrite")},
            {str("canAddRessource"), true},
            {str("vmNetworkRole"), str("admin")},
            {str("networkRole"), QJsonValue::Null},
    };
}

QJsonObject deliveredService(const QString &sn, const QString &host)
{
    return QJsonObject{
            {str("serviceName"), sn},
            {str("description"), str("SecNumCloud vSphere (practice)")},
            {str("location"), str("rbx2")},
            {str("state"), str("delivered")},
            {str("managementInterface"), str("vsphere")},
            {str("version"), QJsonObject{{str("major"), str("8.0")},
                                         {str("minor"), str("3")},
                                         {str("build"), str("24322831")}}},
            {str("webInterfaceUrl"), str("https://%1/ui").arg(host)},
            {str("vScopeUrl"), str("https://%1/vScope").arg(host)},
            {str("certifiedInterfaceUrl"), str("https://%1/secure/").arg(host)},
            {str("advancedSecurity"), true},
            {str("userAccessPolicy"), str("open")},
            {str("userLogoutPolicy"), str("first")},
            {str("userSessionTimeout"), 900},
            {str("userLimitConcurrentSession"), 50},
            {str("generation"), str("2.0")},
            {str("productReference"), str("EPCC")},
            {str("commercialRange"), str("vsphere")},
            {str("servicePackName"), str("snc")},
            {str("spla"), false},
            {str("sslV3"), false},
            {str("bandwidth"), str("10000 Mbps")},
            {str("billingType"), str("monthly")},
            {str("canMigrateToVCD"), false},
    };
}

} // namespace

// ---------------------------------------------------------------------------------------------

QJsonObject DedicatedCloudModule::Network::toJson() const
{
    return QJsonObject{{str("networkAccessId"), id},
                       {str("network"), network},
                       {str("description"), dc::orNull(description)},
                       {str("state"), state}};
}

qint64 DedicatedCloudModule::User::id() const
{
    return info.value(str("userId")).toInteger();
}

QString DedicatedCloudModule::User::login() const
{
    return info.value(str("login")).toString();
}

QString DedicatedCloudModule::Service::name() const
{
    return properties.value(str("serviceName")).toString();
}

DedicatedCloudModule::DedicatedCloudModule(Outbox *outbox) : m_outbox(outbox)
{
    resetToDelivered();
}

DedicatedCloudModule::~DedicatedCloudModule() = default;

QList<DedicatedCloudModule::DemoService> DedicatedCloudModule::demoServices()
{
    // Two PCCs whose FQDNs end in different TLDs, as OVHcloud's do (`.com`, `.de`, `.ca`, …):
    // a client that builds `<sn>.ovh.com` instead of reading the API fails on the second.
    return {{defaultServiceName(), str("pcc-192-0-2-1.ovh.com")},
            {secondServiceName(), str("pcc-198-51-100-7.ovh.de")}};
}

QJsonObject DedicatedCloudModule::enabledNsxt(const QString &fqdn)
{
    // GET …/nsxt, the published `dedicatedCloud.Nsxt` (NSX-T's manager is `nsxt.` + the FQDN).
    return QJsonObject{{str("state"), str("enabled")},
                       {str("url"), str("https://nsxt.%1").arg(fqdn)},
                       {str("version"), str("4.1.2.3")}};
}

void DedicatedCloudModule::resetToDelivered()
{
    m_services.clear();
    for (const DemoService &demo : demoServices()) {
        Service s;
        s.properties = deliveredService(demo.name, demo.fqdn);
        s.nsxt = enabledNsxt(demo.fqdn);
        User admin;
        admin.info = deliveredAdmin();
        admin.rights.emplace(deliveredAdminRight().value(str("rightId")).toInteger(), deliveredAdminRight());
        s.users.emplace(admin.id(), std::move(admin));
        s.optionStates.insert(str("advancedSecurity"), str("delivered"));
        s.optionStates.insert(str("tokenValidation"), str("pending"));
        s.optionStates.insert(str("snc"), str("pending"));
        m_services.emplace(demo.name, std::move(s));
    }
    m_nextNetworkId = 1001;
}

QString DedicatedCloudModule::fqdnOf(const Service &service)
{
    return QUrl(service.properties.value(str("certifiedInterfaceUrl")).toString()).host().toLower();
}

QString DedicatedCloudModule::serviceForPccHost(const QString &host) const
{
    for (const auto &[name, s] : m_services) {
        if (!host.isEmpty() && fqdnOf(s) == host.toLower())
            return name;
    }
    return {};
}

QString DedicatedCloudModule::serviceForNsxHost(const QString &host) const
{
    for (const auto &[name, s] : m_services) {
        if (s.nsxt.value(str("state")).toString() != str("enabled"))
            continue;
        if (!host.isEmpty() && QUrl(s.nsxt.value(str("url")).toString()).host().toLower() == host.toLower())
            return name;
    }
    return {};
}

DedicatedCloudModule::Service *DedicatedCloudModule::service(const QString &serviceName)
{
    const auto it = m_services.find(serviceName);
    return it == m_services.end() ? nullptr : &it->second;
}

void DedicatedCloudModule::attach(SandboxContext *context)
{
    m_context = context;
    registerTaskKinds();
    // One gate for every module's tasks (networks, users, gateway, KMS): only this module knows
    // whether a service's tokenValidation is active and who receives the SMS.
    context->tasks->setTokenGate([this](Task &t) { return gateSensitiveTask(t); }, tokenLifetimeMs);
}

void DedicatedCloudModule::registerTaskKinds()
{
    TaskEngine *tasks = m_context->tasks;
    auto kind = [](const char *name, qint64 todoMs, qint64 doingMs) {
        TaskKind k;
        k.kind = str("dedicatedCloud.") + str(name);
        k.name = str(name);
        k.todoMs = todoMs;
        k.doingMs = doingMs;
        return k;
    };

    TaskKind add = kind("addAllowedNetwork", 1000, 3000);
    add.onDone = [this](Task &t) { applyNetworkTask(t, true); };
    add.onCanceled = add.onError = [this](Task &t) { applyNetworkTask(t, false); };
    tasks->registerKind(add);

    TaskKind modify = kind("modifyAllowedNetwork", 1000, 3000);
    modify.onDone = [this](Task &t) { applyNetworkTask(t, true); };
    modify.onCanceled = modify.onError = [this](Task &t) { applyNetworkTask(t, false); };
    tasks->registerKind(modify);

    TaskKind remove = kind("removeAllowedNetwork", 1000, 3000);
    remove.onDone = [this](Task &t) { applyNetworkTask(t, true); };
    remove.onCanceled = remove.onError = [this](Task &t) { applyNetworkTask(t, false); };
    tasks->registerKind(remove);

    TaskKind user = kind("changeUserProperties", 1000, 2000);
    user.onDone = [this](Task &t) { applyUserTask(t); };
    tasks->registerKind(user);

    TaskKind right = kind("changeUserRight", 1000, 2000);
    right.onDone = [this](Task &t) { applyUserRightTask(t); };
    tasks->registerKind(right);

    TaskKind update = kind("updateService", 1000, 3000);
    update.onDone = [this](Task &t) { applyServiceTask(t); };
    tasks->registerKind(update);

    TaskKind token = kind("testTokenValidation", 500, 0);
    token.type = str("securityOption");
    token.waitsForExternal = true;
    token.deadlineMs = tokenLifetimeMs;
    token.onDone = [this](Task &t) { onTokenValidated(t); };
    token.onCanceled = [this](Task &t) { onTokenExpired(t); };
    tasks->registerKind(token);

    // The task resumePendingEnabling {option: tokenValidation} returns when the switch
    // tokenTaskReturned is other-task (UNPUBLISHED.md): it ends by itself and changes nothing;
    // the testTokenValidation task beside it is the one the SMS names.
    TaskKind tokenRequest = kind("enableSecurityOption", 500, 1500);
    tokenRequest.kind = str("dedicatedCloud.tokenValidationRequest");
    tokenRequest.type = str("securityOption");
    tasks->registerKind(tokenRequest);

    TaskKind snc = kind("enableSecurityOption", 2000, 8000);
    snc.type = str("securityOption");
    snc.onDone = [this](Task &t) { finishSecurityOptionTask(t); };
    tasks->registerKind(snc);
}

void DedicatedCloudModule::registerRoutes(Router &router)
{
    using M = DedicatedCloudModule;
    constexpr RouteAccess signed_ = RouteAccess::Signed;
    // clang-format off
    static const RouteSpec<M> kApiRoutes[] = {
        // service, tasks, geolocation (DedicatedCloudService.cpp)
        {"GET", u"/1.0/dedicatedCloud", signed_, &M::listServices},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}", signed_, &M::getService},
        {"PUT", u"/1.0/dedicatedCloud/{serviceName}", signed_, &M::updateService},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/nsxt", signed_, &M::getNsxt},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/task", signed_, &M::listServiceTasks},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/task/{taskId}", signed_, &M::getServiceTask},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/robot", signed_, &M::listRobots},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/robot/{name}", signed_, &M::getRobot},
        {"POST", u"/1.0/me/geolocation", signed_, &M::geolocate},
        // allowed networks (DedicatedCloudNetworks.cpp)
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/allowedNetwork", signed_, &M::listAllowedNetworks},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/allowedNetwork", signed_, &M::addAllowedNetwork},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/allowedNetwork/{networkAccessId}", signed_, &M::getAllowedNetwork},
        {"PUT", u"/1.0/dedicatedCloud/{serviceName}/allowedNetwork/{networkAccessId}", signed_, &M::modifyAllowedNetwork},
        {"DELETE", u"/1.0/dedicatedCloud/{serviceName}/allowedNetwork/{networkAccessId}", signed_, &M::removeAllowedNetwork},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/allowedNetwork/{networkAccessId}/task", signed_, &M::listAllowedNetworkTasks},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/allowedNetwork/{networkAccessId}/task/{taskId}", signed_, &M::getAllowedNetworkTask},
        // users and password policy (DedicatedCloudUsers.cpp)
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/passwordPolicy", signed_, &M::getPasswordPolicy},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/user", signed_, &M::listUsers},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/user/{userId}", signed_, &M::getUser},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/user/{userId}/changeProperties", signed_, &M::changeUserProperties},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/user/{userId}/right", signed_, &M::listUserRights},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/user/{userId}/right/{rightId}", signed_, &M::getUserRight},
        {"PUT", u"/1.0/dedicatedCloud/{serviceName}/user/{userId}/right/{rightId}", signed_, &M::changeUserRight},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/user/{userId}/task", signed_, &M::listUserTasks},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/user/{userId}/task/{taskId}", signed_, &M::getUserTask},
        // security options (DedicatedCloudSecurity.cpp)
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/securityOptions", signed_, &M::getSecurityOptions},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/securityOptions/pendingOptions", signed_, &M::listPendingOptions},
        {"POST", u"/1.0/dedicatedCloud/{serviceName}/securityOptions/resumePendingEnabling", signed_, &M::resumePendingEnabling},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/securityOptions/compatibilityMatrix", signed_, &M::getCompatibilityMatrix},
        {"GET", u"/1.0/dedicatedCloud/{serviceName}/securityOptions/dependenciesTree", signed_, &M::getDependenciesTree},
    };
    // clang-format on
    router.addTable(this, kApiRoutes);

    // The secure interface (DedicatedCloudSecureInterface.cpp, RouteAccess::SecureInterface):
    // every handler gets the service, known to exist and to allow the caller's address.
    struct Secure
    {
        const char *method;
        QStringView pattern;
        SecureHandler handler;
    };
    // clang-format off
    static const Secure kSecureRoutes[] = {
        {"GET", u"/secure/{serviceName}", &M::describeSecureInterface},
        {"GET", u"/secure/{serviceName}/", &M::describeSecureInterface},
        {"POST", u"/secure/{serviceName}/password-lost", &M::startPasswordReset},
        {"POST", u"/secure/{serviceName}/password-lost/codes", &M::checkResetCodes},
        {"POST", u"/secure/{serviceName}/password-lost/password", &M::setResetPassword},
        {"POST", u"/secure/{serviceName}/password-lost/totp", &M::enrollResetTotp},
        {"POST", u"/secure/{serviceName}/password-lost/cancel", &M::cancelPasswordReset},
        {"GET", u"/secure/{serviceName}/operation-validation", &M::describeOperation},
        {"POST", u"/secure/{serviceName}/operation-validation", &M::validateOperation},
    };
    // clang-format on
    for (const Secure &route : kSecureRoutes) {
        router.add(route.method, route.pattern.toString(), RouteAccess::SecureInterface,
                   [this, handler = route.handler](SandboxRequest &request) {
                       return withSecureService(request, handler);
                   });
        // The same page under the host name the API publishes (certifiedInterfaceUrl):
        // https://<fqdn>/secure/… is served as /site/<fqdn>/secure/… (the name does not resolve).
        QString byHost = route.pattern.toString();
        byHost.replace(str("/secure/{serviceName}"), str("/site/{pccHost}/secure"));
        router.add(route.method, byHost, RouteAccess::SecureInterface,
                   [this, handler = route.handler](SandboxRequest &request) {
                       // An unknown host stays in the 404's message ("No service <host>").
                       const QString host = request.param(str("pccHost"));
                       const QString sn = serviceForPccHost(host);
                       request.params.insert(str("serviceName"), sn.isEmpty() ? host : sn);
                       return withSecureService(request, handler);
                   });
    }
}

// -- addresses -----------------------------------------------------------------------------------

bool DedicatedCloudModule::parseIpv4Block(const QString &text, QString *canonical, quint32 *base,
                                          int *prefix, QString *error)
{
    static const QRegularExpression re(
            str("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        *error = str("Invalid IPv4 block %1: expected a.b.c.d/n").arg(text);
        return false;
    }
    quint32 addr = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = m.captured(i).toInt();
        if (octet > 255) {
            *error = str("Invalid IPv4 address in %1").arg(text);
            return false;
        }
        addr = (addr << 8) | quint32(octet);
    }
    const int bits = m.captured(5).isEmpty() ? 32 : m.captured(5).toInt();
    if (bits > 32) {
        *error = str("Invalid prefix length in %1").arg(text);
        return false;
    }
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    if ((addr & ~mask) != 0) {
        *error = str("Invalid IPv4 block %1: host bits are set (did you mean %2/%3?)")
                         .arg(text, QHostAddress(addr & mask).toString())
                         .arg(bits);
        return false;
    }
    *canonical = str("%1/%2").arg(QHostAddress(addr).toString()).arg(bits);
    *base = addr;
    *prefix = bits;
    return true;
}

bool DedicatedCloudModule::isAddressAllowed(const Service &service, const QString &address) const
{
    const QHostAddress addr(address);
    if (addr.isNull())
        return false;
    for (const auto &[id, n] : service.networks) {
        if (!n.created)
            continue;
        const auto subnet = QHostAddress::parseSubnet(n.network);
        if (!subnet.first.isNull() && addr.isInSubnet(subnet))
            return true;
    }
    return false;
}

// -- state ---------------------------------------------------------------------------------------

QJsonValue DedicatedCloudModule::saveState() const
{
    auto hex = [](const QByteArray &b) { return QString::fromLatin1(b.toHex()); };
    QJsonArray services;
    for (const auto &[name, s] : m_services) {
        QJsonArray networks;
        for (const auto &[id, n] : s.networks) {
            QJsonObject o = n.toJson();
            o.insert(str("created"), n.created);
            networks.append(o);
        }
        QJsonArray users;
        for (const auto &[id, u] : s.users) {
            QJsonArray rights;
            for (const auto &[rightId, right] : u.rights)
                rights.append(right);
            users.append(QJsonObject{{str("info"), u.info},
                                     {str("rights"), rights},
                                     {str("passwordSalt"), hex(u.passwordSalt)},
                                     {str("passwordHash"), hex(u.passwordHash)},
                                     {str("totpSecret"), hex(u.totpSecret)}});
        }
        QJsonObject options;
        for (auto it = s.optionStates.cbegin(); it != s.optionStates.cend(); ++it)
            options.insert(it.key(), it.value());
        QJsonArray sessions;
        for (const ResetSession &r : s.sessions) {
            sessions.append(QJsonObject{
                    {str("id"), r.id}, {str("userId"), r.userId}, {str("step"), r.step},
                    {str("smsCode"), r.smsCode}, {str("emailCode"), r.emailCode},
                    {str("expiresMs"), r.expiresMs}, {str("attempts"), r.attempts},
                    {str("passwordSalt"), hex(r.passwordSalt)},
                    {str("passwordHash"), hex(r.passwordHash)},
                    {str("totpSecret"), hex(r.totpSecret)}});
        }
        services.append(QJsonObject{{str("properties"), s.properties},
                                    {str("nsxt"), s.nsxt},
                                    {str("networks"), networks},
                                    {str("users"), users},
                                    {str("options"), options},
                                    {str("sessions"), sessions}});
    }
    return QJsonObject{{str("nextNetworkId"), m_nextNetworkId}, {str("services"), services}};
}

void DedicatedCloudModule::loadState(const QJsonValue &value)
{
    const QJsonObject root = value.toObject();
    const QJsonArray services = root.value(str("services")).toArray();
    if (services.isEmpty())
        return; // keep the delivered state
    auto unhex = [](const QJsonValue &v) { return QByteArray::fromHex(v.toString().toLatin1()); };
    m_services.clear();
    m_nextNetworkId = qMax<qint64>(1001, root.value(str("nextNetworkId")).toInteger(1001));
    for (const QJsonValue &sv : services) {
        const QJsonObject so = sv.toObject();
        Service s;
        s.properties = so.value(str("properties")).toObject();
        s.nsxt = so.contains(str("nsxt")) ? so.value(str("nsxt")).toObject() : enabledNsxt(fqdnOf(s));
        for (const QJsonValue &nv : so.value(str("networks")).toArray()) {
            const QJsonObject o = nv.toObject();
            Network n;
            n.id = o.value(str("networkAccessId")).toInteger();
            n.network = o.value(str("network")).toString();
            n.description = o.value(str("description")).toString();
            n.state = o.value(str("state")).toString();
            n.created = o.value(str("created")).toBool();
            m_nextNetworkId = qMax(m_nextNetworkId, n.id + 1);
            s.networks.emplace(n.id, std::move(n));
        }
        for (const QJsonValue &uv : so.value(str("users")).toArray()) {
            const QJsonObject o = uv.toObject();
            User u;
            u.info = o.value(str("info")).toObject();
            u.passwordSalt = unhex(o.value(str("passwordSalt")));
            u.passwordHash = unhex(o.value(str("passwordHash")));
            u.totpSecret = unhex(o.value(str("totpSecret")));
            if (o.contains(str("rights"))) {
                for (const QJsonValue &rv : o.value(str("rights")).toArray())
                    u.rights.emplace(rv.toObject().value(str("rightId")).toInteger(), rv.toObject());
            } else if (u.login() == str("admin")) {
                u.rights.emplace(deliveredAdminRight().value(str("rightId")).toInteger(), deliveredAdminRight());
            }
            s.users.emplace(u.id(), std::move(u));
        }
        const QJsonObject options = so.value(str("options")).toObject();
        for (auto it = options.begin(); it != options.end(); ++it)
            s.optionStates.insert(it.key(), it.value().toString());
        for (const QJsonValue &rv : so.value(str("sessions")).toArray()) {
            const QJsonObject o = rv.toObject();
            ResetSession r;
            r.id = o.value(str("id")).toString();
            r.userId = o.value(str("userId")).toInteger();
            r.step = o.value(str("step")).toString();
            r.smsCode = o.value(str("smsCode")).toString();
            r.emailCode = o.value(str("emailCode")).toString();
            r.expiresMs = o.value(str("expiresMs")).toInteger();
            r.attempts = o.value(str("attempts")).toInt();
            r.passwordSalt = unhex(o.value(str("passwordSalt")));
            r.passwordHash = unhex(o.value(str("passwordHash")));
            r.totpSecret = unhex(o.value(str("totpSecret")));
            s.sessions.append(std::move(r));
        }
        const QString name = s.name();
        if (!name.isEmpty())
            m_services.emplace(name, std::move(s));
    }
    if (m_services.empty())
        resetToDelivered();
}

} // namespace snc::sandbox
