// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnpublishedChoices.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

const QList<UnpublishedChoices::Switch> &UnpublishedChoices::switches()
{
    // The first value is the default; UNPUBLISHED.md says why for each.
    static const QList<Switch> list = {
            {consumerKeyPending(),
             {u"invalid-credential-403"_s, u"invalid-signature-400"_s, u"not-validated-403"_s},
             u"answer to a signed call with a consumer key still pending validation"_s},
            {tokenTaskReturned(),
             {u"token-task"_s, u"other-task"_s},
             u"the task resumePendingEnabling {option: tokenValidation} returns"_s},
            {addNetworkTaskName(),
             {u"addAllowedNetwork"_s, u"createAllowedNetwork"_s},
             u"the name of the task POST .../allowedNetwork starts"_s},
            {adminNsxRight(),
             {u"granted"_s, u"not-granted"_s},
             u"whether the delivered admin user has the NSX right (nsxRight)"_s},
            {adminNetworkRole(),
             {u"admin"_s, u"readonly"_s, u"noAccess"_s},
             u"the networkRole of the delivered admin's datacenter right (NSX needs manager or admin)"_s},
            {sensitiveOperations(),
             {u"none"_s, u"standard"_s, u"all"_s},
             u"the operations that wait for an SMS token once tokenValidation is active "
             u"(or a comma-separated list of operation keys)"_s},
            {tokenRequestWhilePending(),
             {u"replace"_s, u"keep-both"_s, u"refuse"_s},
             u"asking for stage 2's SMS token again while one is pending: the old one is canceled, "
             u"both stay valid, or the request is refused"_s},
    };
    return list;
}

const QStringList &UnpublishedChoices::sensitiveOperationKeys()
{
    // DedicatedCloudOperationTokens.cpp maps each key to its task kind.
    static const QStringList keys{u"allowedNetworkAdd"_s,    u"allowedNetworkModify"_s,
                                  u"allowedNetworkDelete"_s, u"userProperties"_s,
                                  u"serviceUpdate"_s,        u"privateGatewayEnable"_s,
                                  u"privateGatewayDisable"_s, u"privateGatewayReconfigure"_s,
                                  u"kmsRegistration"_s,      u"securityOptionEnable"_s};
    return keys;
}

const QStringList &UnpublishedChoices::standardSensitiveOperations()
{
    // The set: what changes who reaches the PCC, who may do what, and its security.
    static const QStringList keys{u"allowedNetworkAdd"_s,    u"allowedNetworkDelete"_s,
                                  u"userProperties"_s,       u"privateGatewayEnable"_s,
                                  u"privateGatewayDisable"_s, u"privateGatewayReconfigure"_s,
                                  u"kmsRegistration"_s,      u"securityOptionEnable"_s};
    return keys;
}

bool UnpublishedChoices::isSensitive(const QString &value, const QString &key)
{
    if (value == u"all"_s)
        return true;
    if (value == u"none"_s)
        return false;
    if (value == u"standard"_s)
        return standardSensitiveOperations().contains(key);
    return value.split(u',', Qt::SkipEmptyParts).contains(key);
}

QString UnpublishedChoices::problem(const QString &name, const QString &value)
{
    QStringList names;
    for (const Switch &s : switches()) {
        if (s.name == name) {
            if (s.values.contains(value))
                return {};
            if (name == sensitiveOperations() && !value.isEmpty()) {
                // A list of operation keys: every key must be known.
                const QStringList keys = value.split(u',', Qt::SkipEmptyParts);
                const bool known = !keys.isEmpty() && std::all_of(keys.cbegin(), keys.cend(), [](const QString &k) {
                    return sensitiveOperationKeys().contains(k);
                });
                if (known)
                    return {};
                return u"'%1' is not a value of %2 (one of: %3, or a comma-separated list of: %4)"_s.arg(
                        value, name, s.values.join(u", "_s), sensitiveOperationKeys().join(u", "_s));
            }
            return u"'%1' is not a value of %2 (one of: %3)"_s.arg(value, name, s.values.join(u", "_s));
        }
        names << s.name;
    }
    return u"'%1' is not an unpublished-behaviour switch (one of: %2)"_s.arg(name, names.join(u", "_s));
}

std::optional<std::pair<QString, QString>> UnpublishedChoices::parseAssignment(const QString &text, QString *why)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0) {
        if (why)
            *why = u"'%1' is not NAME=VALUE"_s.arg(text);
        return std::nullopt;
    }
    const QString name = text.left(eq).trimmed();
    const QString value = text.mid(eq + 1).trimmed();
    if (const QString p = problem(name, value); !p.isEmpty()) {
        if (why)
            *why = p;
        return std::nullopt;
    }
    return std::make_pair(name, value);
}

bool UnpublishedChoices::set(const QString &name, const QString &value, QString *why)
{
    if (const QString p = problem(name, value); !p.isEmpty()) {
        if (why)
            *why = p;
        return false;
    }
    m_values.insert(name, value);
    return true;
}

QString UnpublishedChoices::value(const QString &name) const
{
    if (const auto it = m_values.constFind(name); it != m_values.cend())
        return *it;
    for (const Switch &s : switches()) {
        if (s.name == name)
            return s.values.first();
    }
    return {};
}

QJsonObject UnpublishedChoices::toJson() const
{
    QJsonObject o;
    for (const Switch &s : switches())
        o.insert(s.name, value(s.name));
    return o;
}

} // namespace snc::sandbox
