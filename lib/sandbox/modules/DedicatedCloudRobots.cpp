// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The robots of a service (`/dedicatedCloud/{sn}/robot[/{name}]`): the only place where OVHcloud
// publishes its task names (issue 16). A client that looks for a task it may have started reads
// the real names here instead of guessing them.
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "sandbox/UnpublishedChoices.h"

#include <QJsonArray>

namespace snc::sandbox {

using dc::str;

namespace {

/// One robot: the task kind it runs (TaskEngine key suffix), its type and description.
/// `criticity` values are not published (a string in the Robot model): UNPUBLISHED.md.
struct RobotSpec
{
    const char *kind;
    const char *type;
    const char *criticity;
    const char *description;
};

// clang-format off
constexpr RobotSpec kRobots[] = {
    {"addAllowedNetwork", "generic", "low", "Add a network allowed to reach the vCenter"},
    {"modifyAllowedNetwork", "generic", "low", "Change a network allowed to reach the vCenter"},
    {"removeAllowedNetwork", "generic", "low", "Remove a network allowed to reach the vCenter"},
    {"changeUserProperties", "generic", "low", "Change the properties of a user"},
    {"changeUserRight", "generic", "low", "Change the rights of a user on a datacenter"},
    {"updateService", "generic", "low", "Change the properties of the service"},
    {"testTokenValidation", "securityOption", "high", "Validate an operation with the SMS token"},
    {"enableSecurityOption", "securityOption", "high", "Enable a security option"},
};
// clang-format on

} // namespace

QString DedicatedCloudModule::addNetworkTaskName() const
{
    return m_context->unpublished->value(UnpublishedChoices::addNetworkTaskName());
}

namespace {

QString robotName(const RobotSpec &spec, const QString &addNetworkName)
{
    const QString kind = str(spec.kind);
    return kind == str("addAllowedNetwork") ? addNetworkName : kind;
}

} // namespace

SandboxResponse DedicatedCloudModule::listRobots(SandboxRequest &r)
{
    return withService(r, [&](Service &) {
        QJsonArray names;
        for (const RobotSpec &spec : kRobots)
            names.append(robotName(spec, addNetworkTaskName()));
        return SandboxResponse::json(names);
    });
}

SandboxResponse DedicatedCloudModule::getRobot(SandboxRequest &r)
{
    return withService(r, [&](Service &) {
        const QString name = r.param(str("name"));
        for (const RobotSpec &spec : kRobots) {
            if (robotName(spec, addNetworkTaskName()) != name)
                continue;
            return SandboxResponse::json(QJsonObject{{str("name"), name},
                                                     {str("type"), str(spec.type)},
                                                     {str("description"), str(spec.description)},
                                                     {str("criticity"), str(spec.criticity)},
                                                     {str("enabled"), true}});
        }
        return SandboxResponse::notFound(name);
    });
}

} // namespace snc::sandbox
