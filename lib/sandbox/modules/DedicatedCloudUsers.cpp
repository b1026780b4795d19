// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 2: users (`/dedicatedCloud/{sn}/user…`) and the password policy.
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "sandbox/TaskEngine.h"
#include "sandbox/UnpublishedChoices.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace snc::sandbox {

using dc::str;

namespace {

// changeProperties parameter -> field of the user object (only tokenValidator is renamed).
QString userField(const QString &parameter)
{
    static const QStringList booleans = {
            str("canManageIpFailOvers"), str("canManageNetwork"), str("canManageRights"),
            str("encryptionRight"), str("fullAdminRo"), str("nsxRight"), str("receiveAlerts")};
    if (parameter == str("tokenValidator"))
        return str("isTokenValidator");
    if (booleans.contains(parameter) || parameter == str("email") || parameter == str("firstName")
        || parameter == str("lastName") || parameter == str("phoneNumber"))
        return parameter;
    return {};
}

} // namespace

QJsonObject DedicatedCloudModule::passwordPolicy()
{
    QJsonArray denied;
    for (const char *c : {"\"", "'", "\\", "`", " "})
        denied.append(str(c));
    return QJsonObject{
            {str("minLength"), 12},
            {str("maxLength"), 64},
            {str("deniedChars"), denied},
            {str("letterMandatory"), true},
            {str("digitMandatory"), true},
            {str("specialMandatory"), true},
            {str("uppercaseLetterMandatory"), true},
            {str("lowercaseLetterMandatory"), true},
            {str("historyCheck"), 3},
            {str("validityPeriod"), 180},
    };
}

QStringList DedicatedCloudModule::passwordProblems(const QString &password)
{
    const QJsonObject policy = passwordPolicy();
    QStringList problems;
    if (password.size() < policy.value(str("minLength")).toInt())
        problems << str("minLength");
    if (password.size() > policy.value(str("maxLength")).toInt())
        problems << str("maxLength");
    bool letter = false, digit = false, special = false, upper = false, lower = false;
    bool denied = false, printable = true;
    const QJsonArray deniedChars = policy.value(str("deniedChars")).toArray();
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            printable = false;
        for (const QJsonValue &d : deniedChars) {
            if (d.toString() == QString(c))
                denied = true;
        }
        if (c.isDigit())
            digit = true;
        else if (c.isLetter())
            letter = true, upper = upper || c.isUpper(), lower = lower || c.isLower();
        else if (c.unicode() > 0x20 && c.unicode() < 0x7f)
            special = true;
    }
    if (!printable)
        problems << str("printable");
    if (denied)
        problems << str("deniedChars");
    if (policy.value(str("letterMandatory")).toBool() && !letter)
        problems << str("letterMandatory");
    if (policy.value(str("digitMandatory")).toBool() && !digit)
        problems << str("digitMandatory");
    if (policy.value(str("specialMandatory")).toBool() && !special)
        problems << str("specialMandatory");
    if (policy.value(str("uppercaseLetterMandatory")).toBool() && !upper)
        problems << str("uppercaseLetterMandatory");
    if (policy.value(str("lowercaseLetterMandatory")).toBool() && !lower)
        problems << str("lowercaseLetterMandatory");
    return problems;
}

SandboxResponse DedicatedCloudModule::getPasswordPolicy(SandboxRequest &r)
{
    return withService(r, [](Service &) { return SandboxResponse::json(passwordPolicy()); });
}

SandboxResponse DedicatedCloudModule::listUsers(SandboxRequest &r)
{
    return withService(r, [&](Service &s) -> SandboxResponse {
        const QString name = r.query.queryItemValue(str("name"), QUrl::FullyDecoded);
        QJsonArray ids;
        for (const auto &[id, u] : s.users) {
            if (name.isEmpty() || u.info.value(str("name")).toString() == name || u.login() == name)
                ids.append(id);
        }
        return SandboxResponse::json(ids);
    });
}

std::optional<SandboxResponse> DedicatedCloudModule::findUser(const SandboxRequest &r, Service **s,
                                                              User **u)
{
    *s = service(r.param(str("serviceName")));
    if (!*s)
        return SandboxResponse::notFound(r.param(str("serviceName")));
    const auto it = (*s)->users.find(dc::idParam(r, str("userId")));
    if (it == (*s)->users.end())
        return SandboxResponse::notFound(r.param(str("userId")));
    *u = &it->second;
    return std::nullopt;
}

SandboxResponse DedicatedCloudModule::getUser(SandboxRequest &r)
{
    Service *s = nullptr;
    User *u = nullptr;
    if (auto refused = findUser(r, &s, &u))
        return *refused;
    return SandboxResponse::json(publicUser(*u));
}

QJsonObject DedicatedCloudModule::publicUser(const User &u) const
{
    QJsonObject info = u.info;
    // Never changed since delivery: whether OVHcloud delivers admin with the NSX right is not
    // published (UNPUBLISHED.md, adminNsxRight).
    if (info.value(str("nsxRight")).isNull())
        info.insert(str("nsxRight"), m_context->unpublished->is(UnpublishedChoices::adminNsxRight(), str("granted")));
    return info;
}

bool DedicatedCloudModule::userHasNsxRight(const QString &serviceName, const QString &login) const
{
    const auto it = m_services.find(serviceName);
    if (it == m_services.end())
        return false;
    for (const auto &[id, u] : it->second.users) {
        if (u.login() == login)
            return publicUser(u).value(str("nsxRight")).toBool();
    }
    return false;
}

SandboxResponse DedicatedCloudModule::changeUserProperties(SandboxRequest &r)
{
    Service *s = nullptr;
    User *u = nullptr;
    if (auto refused = findUser(r, &s, &u))
        return *refused;
    return dc::withBody(r, [&](const QJsonObject &body) -> SandboxResponse {
        // OVH's forms (control panel regexes, API notes Stage 2).
        static const QRegularExpression phone(str("^\\+[0-9]{1,4}\\.[0-9]{5,15}$"));
        static const QRegularExpression email(str("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
        QJsonObject changes;
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString field = userField(it.key());
            const QJsonValue v = it.value();
            if (field.isEmpty())
                return SandboxResponse::error(400, str("Unknown parameter %1").arg(it.key()));
            if (v.isNull())
                continue; // OVH clients send null for "unchanged"
            if (it.key() == str("phoneNumber")) {
                if (!v.isString() || !phone.match(v.toString()).hasMatch())
                    return SandboxResponse::error(
                            400, str("Invalid phone number %1: expected the form +33.612345678")
                                         .arg(v.toString()));
            } else if (it.key() == str("email")) {
                if (!v.isString() || !email.match(v.toString()).hasMatch())
                    return SandboxResponse::error(
                            400, str("Invalid e-mail address %1").arg(v.toString()));
            } else if (it.key() == str("firstName") || it.key() == str("lastName")) {
                if (!v.isString())
                    return SandboxResponse::error(400, str("Invalid value for %1").arg(it.key()));
            } else if (!v.isBool()) {
                return SandboxResponse::error(
                        400, str("Invalid value for %1: expected true or false").arg(it.key()));
            }
            changes.insert(field, v);
        }
        if (changes.isEmpty())
            return SandboxResponse::error(400, str("Nothing to change"));
        const qint64 taskId = m_context->tasks->create(str("dedicatedCloud.changeUserProperties"),
                                                       s->name(), QJsonObject{{str("userId"), u->id()}},
                                                       QJsonObject{{str("changes"), changes}});
        return taskResponse(taskId);
    });
}

SandboxResponse DedicatedCloudModule::listUserTasks(SandboxRequest &r)
{
    Service *s = nullptr;
    User *u = nullptr;
    if (auto refused = findUser(r, &s, &u))
        return *refused;
    return taskList(*s, r, str("userId"), u->id());
}

SandboxResponse DedicatedCloudModule::getUserTask(SandboxRequest &r)
{
    Service *s = nullptr;
    User *u = nullptr;
    if (auto refused = findUser(r, &s, &u))
        return *refused;
    return taskDetails(*s, r, str("userId"), u->id());
}

void DedicatedCloudModule::applyUserTask(Task &task)
{
    Service *s = service(task.serviceName);
    if (!s)
        return;
    const auto it = s->users.find(task.related.value(str("userId")).toInteger());
    if (it == s->users.end())
        return;
    const QJsonObject changes = task.payload.value(str("changes")).toObject();
    for (auto c = changes.begin(); c != changes.end(); ++c)
        it->second.info.insert(c.key(), c.value());
    m_context->mutated();
}

} // namespace snc::sandbox
