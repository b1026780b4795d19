// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjector.h"
#include "SandboxHttp.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <functional>
#include <optional>

namespace snc::sandbox {

/// Who may call a route and how it is checked (see SandboxServer for the dispatch order).
enum class RouteAccess {
    Public,          ///< API, no authentication (`/auth/time`)
    ApplicationKey,  ///< API, `X-Ovh-Application` only (`POST /auth/credential`)
    Signed,          ///< API, full OVH signature + consumer key + access rules
    Browser,         ///< the HTML validation page a person opens (`/auth/`)
    SecureInterface, ///< the simulated secure interface (`/secure/…`), JSON, no API signature
    Introspection,   ///< `/sandbox/…`, loopback peers only, never faulted
};

using RouteHandler = std::function<SandboxResponse(SandboxRequest &)>;

struct Route
{
    QByteArray method;
    QString pattern;         ///< "/1.0/dedicatedCloud/{serviceName}/allowedNetwork"
    RouteAccess access = RouteAccess::Signed;
    FaultScope faultScope = FaultScope::Full;
    RouteHandler handler;
    bool mutating = false;   ///< POST/PUT/DELETE: eligible for "executed, then dropped"
    QStringList segments;

    QString key() const { return QString::fromLatin1(method) + u' ' + pattern; }
};

/**
 * @brief One line of a module's route table: method, pattern, access and the named member
 * function that handles it (see Router::addTable()). The fault scope is the access kind's default.
 */
template <class Module>
struct RouteSpec
{
    using Handler = SandboxResponse (Module::*)(SandboxRequest &);
    const char *method;
    QStringView pattern;
    RouteAccess access;
    Handler handler;
};

/**
 * @brief The sandbox's own route table: method + path pattern with `{param}` segments.
 *
 * Literal segments win over parameters (so `/task` beats `/{option}`). API routes are registered
 * with the `/1.0` or `/v2` prefix; `/v1` requests are served by the `/1.0` routes.
 */
class Router
{
public:
    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool otherMethodMatched = false; ///< the path exists with another method (405)
    };

    /// Adds a route. The fault scope defaults from the access kind (Full for API routes,
    /// LatencyOnly for the secure interface, None for the browser page and introspection).
    void add(const QByteArray &method, const QString &pattern, RouteAccess access,
             RouteHandler handler, std::optional<FaultScope> faultScope = std::nullopt);
    /// Adds every route of a module's table, in order; handlers are called on `module`, which
    /// must outlive the router.
    template <class Module, std::size_t N>
    void addTable(Module *module, const RouteSpec<Module> (&table)[N])
    {
        for (const RouteSpec<Module> &spec : table) {
            add(spec.method, spec.pattern.toString(), spec.access,
                [module, handler = spec.handler](SandboxRequest &request) {
                    return (module->*handler)(request);
                });
        }
    }
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace snc::sandbox
