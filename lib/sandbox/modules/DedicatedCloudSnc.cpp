// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 6: what the `snc` option needs from the earlier stages, and the end of its task.
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "sandbox/TaskEngine.h"

#include <QStringList>

namespace snc::sandbox {

using dc::str;

QList<DedicatedCloudModule::SncBlocker> DedicatedCloudModule::sncBlockers(const Service &s) const
{
    QList<SncBlocker> blockers;
    const QString sn = s.name();

    bool anyNetwork = false;
    for (const auto &[id, n] : s.networks)
        anyNetwork = anyNetwork || (n.created && n.state == str("allowed"));
    const bool filtered = s.properties.value(str("userAccessPolicy")).toString() == str("filtered");
    if (!anyNetwork || !filtered) {
        blockers.append({str("ALLOWED_NETWORKS"), 1,
                         !anyNetwork ? str("No network is allowed to reach the vCenter")
                                     : str("The access policy is not filtered (userAccessPolicy is open)")});
    }

    const User *admin = nullptr;
    for (const auto &[id, u] : s.users) {
        if (u.login() == str("admin"))
            admin = &u;
    }
    const bool adminSecured = admin && !admin->info.value(str("phoneNumber")).toString().isEmpty()
            && !admin->info.value(str("email")).toString().isEmpty()
            && admin->info.value(str("isTokenValidator")).toBool()
            && admin->info.value(str("activationState")).toString() == str("enabled")
            && !admin->totpSecret.isEmpty();
    if (!adminSecured)
        blockers.append({str("ADMIN_NOT_SECURED"), 2,
                         str("The admin user is not secured (phone, e-mail, token-validator right, "
                             "password and 2FA)")});
    if (s.optionStates.value(str("tokenValidation")) != str("delivered"))
        blockers.append({str("MISSING_REQUIREMENTS_OPTIONS"), 2,
                         str("The tokenValidation option is not enabled")});

    auto hook = [&sn](const std::function<bool(const QString &)> &f) { return f && f(sn); };
    if (!hook(m_sncHooks.vpnConfigured))
        blockers.append({str("VPN_NOT_CONFIGURED"), 3,
                         str("No IPsec VPN session is configured on the NSX Tier-0 gateway")});
    if (!hook(m_sncHooks.privateGatewayEnabled))
        blockers.append({str("PRIVATE_GATEWAY_DISABLED"), 4,
                         str("The private gateway is not enabled")});
    if (!hook(m_sncHooks.kmsRegistered))
        blockers.append({str("KMS_NOT_REGISTERED"), 5,
                         str("No KMS is registered for VM encryption")});
    return blockers;
}

void DedicatedCloudModule::finishSecurityOptionTask(Task &task)
{
    Service *s = service(task.serviceName);
    if (!s)
        return;
    const QString option = task.payload.value(str("option")).toString();
    if (option == str("snc")) {
        // Checked when the task ends, like OVHcloud's robots: the state may change while it runs.
        const QList<SncBlocker> blockers = sncBlockers(*s);
        if (!blockers.isEmpty()) {
            QStringList reasons;
            for (const SncBlocker &b : blockers)
                reasons << str("%1 (%2)").arg(b.message, b.code);
            task.state = TaskState::Error;
            task.description = str("SecNumCloud cannot be enabled: %1").arg(reasons.join(str("; ")));
            m_context->mutated();
            return;
        }
        task.description = str("SecNumCloud enabled");
    }
    s->optionStates.insert(option, str("delivered"));
    m_context->mutated();
}

} // namespace snc::sandbox
