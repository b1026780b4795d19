// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiValueText.h"


#include <initializer_list>

namespace snc {

namespace {
// The API's enums differ in case (NSX says UP, OKMS says CREATING, OVHcloud v1 says enabled):
// compare without case so one table serves each kind.
bool is(const QString &raw, const char *value)
{
    return raw.compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
}
} // namespace

QString ApiValueText::unknown(const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return tr("unknown", "@info API value");
    //: %1 is the value exactly as OVHcloud sent it, which the wizard does not know
    return tr("unknown (%1)", "@info API value").arg(raw);
}

QString ApiValueText::taskState(const QString &raw)
{
    // dedicatedCloud.TaskStateEnum, compared exactly: OVHcloud spells these in one case only.
    const auto in = [&raw](std::initializer_list<const char *> states) {
        for (const char *s : states) {
            if (raw == QLatin1String(s))
                return true;
        }
        return false;
    };
    if (in({"todo", "toCreate", "waitingTodo"}))
        return tr("waiting to start", "@info task state");
    if (in({"doing", "waitingForChilds"}))
        return tr("in progress", "@info task state");
    if (in({"fixing"}))
        return tr("being fixed by OVHcloud", "@info task state");
    if (in({"toCancel"}))
        return tr("being canceled", "@info task state");
    if (in({"done"}))
        return tr("done", "@info task state");
    if (in({"error"}))
        return tr("failed", "@info task state");
    if (in({"canceled"}))
        return tr("canceled", "@info task state");
    if (in({"unknown"})) // a published state: OVHcloud is checking the task
        return tr("being checked by OVHcloud", "@info task state");
    return unknown(raw);
}

QString ApiValueText::taskName(const QString &raw)
{
    if (is(raw, "changeUserProperties") || is(raw, "changeProperties"))
        return tr("change of a user's settings", "@info task name");
    if (is(raw, "changeUserRight"))
        return tr("change of a user's rights", "@info task name");
    if (is(raw, "enableSecurityOption"))
        return tr("enabling of a security option", "@info task name");
    if (is(raw, "testTokenValidation"))
        return tr("test of the SMS validation", "@info task name");
    if (is(raw, "addAllowedNetwork") || is(raw, "createAllowedNetwork"))
        return tr("addition of an allowed network", "@info task name");
    if (is(raw, "removeAllowedNetwork") || is(raw, "deleteAllowedNetwork"))
        return tr("removal of an allowed network", "@info task name");
    if (is(raw, "createVmEncryptionKms"))
        return tr("registration of the key management server", "@info task name");
    if (raw.contains(QLatin1String("PrivateGateway"), Qt::CaseInsensitive))
        return tr("change of the private gateway", "@info task name");
    if (is(raw, "enableSnc") || is(raw, "snc"))
        return tr("enabling of SecNumCloud", "@info task name");
    return unknown(raw);
}

QString ApiValueText::userState(const QString &raw)
{
    if (is(raw, "enabled"))
        return tr("active", "@info user state");
    if (is(raw, "disabled"))
        return tr("disabled", "@info user state");
    if (is(raw, "creating") || is(raw, "toCreate"))
        return tr("being created", "@info user state");
    if (is(raw, "deleting") || is(raw, "toDelete"))
        return tr("being deleted", "@info user state");
    if (is(raw, "toEnable") || is(raw, "enabling"))
        return tr("being activated", "@info user state");
    if (is(raw, "toDisable") || is(raw, "disabling"))
        return tr("being disabled", "@info user state");
    if (is(raw, "error"))
        return tr("in error", "@info user state");
    return unknown(raw);
}

QString ApiValueText::optionState(const QString &raw)
{
    if (is(raw, "enabled") || is(raw, "delivered") || is(raw, "active"))
        return tr("active", "@info option state");
    if (is(raw, "disabled") || is(raw, "notDelivered"))
        return tr("not active", "@info option state");
    if (is(raw, "enabling") || is(raw, "pending") || is(raw, "toEnable") || is(raw, "delivering"))
        return tr("being enabled", "@info option state");
    if (is(raw, "disabling") || is(raw, "toDisable"))
        return tr("being disabled", "@info option state");
    if (is(raw, "error"))
        return tr("in error", "@info option state");
    if (is(raw, "available"))
        return tr("available", "@info option state");
    if (is(raw, "creating") || is(raw, "toCreate"))
        return tr("being set up", "@info option state");
    if (is(raw, "toUpdate") || is(raw, "updating"))
        return tr("being updated", "@info option state");
    if (is(raw, "toDelete") || is(raw, "deleting"))
        return tr("being removed", "@info option state");
    return unknown(raw);
}

QString ApiValueText::optionName(const QString &raw)
{
    if (is(raw, "snc"))
        return tr("SecNumCloud", "@info option name");
    if (is(raw, "tokenValidation"))
        return tr("SMS validation of sensitive operations", "@info option name");
    if (is(raw, "secureInterface") || is(raw, "twoFA") || is(raw, "twoFactorAuthentication"))
        return tr("two-factor sign-in to vSphere", "@info option name");
    if (is(raw, "nsxt") || is(raw, "nsx"))
        return tr("NSX network virtualisation", "@info option name");
    if (is(raw, "vmEncryption"))
        return tr("virtual machine encryption", "@info option name");
    return unknown(raw);
}

QString ApiValueText::optionNames(const QStringList &raws)
{
    QStringList names;
    for (const QString &raw : raws)
        names << optionName(raw);
    return names.join(QLatin1String(", "));
}

QString ApiValueText::tunnelState(const QString &raw)
{
    if (is(raw, "UP") || is(raw, "SUCCESS"))
        return tr("connected", "@info tunnel state");
    if (is(raw, "DOWN") || is(raw, "FAILED"))
        return tr("not connected", "@info tunnel state");
    if (is(raw, "NEGOTIATING") || is(raw, "IN_PROGRESS"))
        return tr("connecting", "@info tunnel state");
    if (is(raw, "DEGRADED"))
        return tr("partly connected", "@info tunnel state");
    return unknown(raw);
}

QString ApiValueText::credentialState(const QString &raw)
{
    if (is(raw, "CREATING") || is(raw, "PENDING"))
        return tr("being issued", "@info credential state");
    if (is(raw, "READY") || is(raw, "ACTIVE"))
        return tr("ready", "@info credential state");
    if (is(raw, "EXPIRED"))
        return tr("expired", "@info credential state");
    if (is(raw, "DELETING"))
        return tr("being deleted", "@info credential state");
    if (is(raw, "ERROR"))
        return tr("in error", "@info credential state");
    return unknown(raw);
}

QString ApiValueText::deliveryState(const QString &raw)
{
    if (is(raw, "sent") || is(raw, "sending") || is(raw, "pending"))
        return tr("sent", "@info message delivery");
    if (is(raw, "delivered") || is(raw, "done"))
        return tr("delivered", "@info message delivery");
    if (is(raw, "failed") || is(raw, "error") || is(raw, "undelivered"))
        return tr("not delivered", "@info message delivery");
    return unknown(raw);
}

QString ApiValueText::networkState(const QString &raw)
{
    if (is(raw, "allowed") || is(raw, "enabled"))
        return tr("allowed", "@item network state");
    if (is(raw, "toDelete"))
        return tr("being deleted", "@item network state");
    if (is(raw, "toUpdate"))
        return tr("being updated", "@item network state");
    if (is(raw, "toCreate") || is(raw, "creating"))
        return tr("being added", "@item network state");
    if (is(raw, "filtered"))
        return tr("only allowed networks", "@info access policy");
    if (is(raw, "open") || is(raw, "disabled"))
        return tr("open to every address", "@info access policy");
    return unknown(raw);
}

} // namespace snc
