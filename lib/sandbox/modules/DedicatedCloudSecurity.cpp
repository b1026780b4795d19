// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 2 (and the entry of stage 6): security options and the 15-minute SMS token. The `snc`
// prerequisites themselves are in DedicatedCloudSnc.cpp.
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "Outbox.h"
#include "PracticeMessages.h"
#include "SandboxOtp.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"
#include "sandbox/UnpublishedChoices.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace snc::sandbox {

using dc::str;

namespace {

// The `option` enum of the API (API notes, Stage 2).
const QStringList &knownOptions()
{
    static const QStringList options = {
            str("accessNetworkFiltered"), str("advancedSecurity"), str("base"), str("contentLibrary"),
            str("grsecKernel"), str("hds"), str("hids"), str("hipaa"), str("logForwarder"), str("nids"),
            str("pcidss"), str("privateCustomerVlan"), str("privateGw"), str("sendLogToCustomer"),
            str("sessionTimeout"), str("sftp"), str("snc"), str("spla"), str("sslV3"), str("tls1.2"),
            str("tokenValidation"), str("twoFa"), str("twoFaFail2ban"), str("vrliForwarder"), str("waf")};
    return options;
}

bool queryBool(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(str(name)).compare(str("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

const Task *DedicatedCloudModule::pendingTokenTask(const QString &serviceName) const
{
    const auto list = m_context->tasks->tasks([&](const Task &t) {
        return t.serviceName == serviceName && t.name == tokenTaskName() && !t.isFinished();
    });
    return list.isEmpty() ? nullptr : list.first();
}

qint64 DedicatedCloudModule::requestTokenValidation(Service &s, QString *error, int *status)
{
    // Not published (UNPUBLISHED.md, tokenRequestWhilePending): what a new request does to the
    // token task still waiting for its token.
    const QString whilePending = m_context->unpublished->value(UnpublishedChoices::tokenRequestWhilePending());
    const Task *pending = pendingTokenTask(s.name());
    if (pending && whilePending == str("refuse")) {
        *status = 409;
        *error = str("A tokenValidation operation (task %1) is already waiting for its token: "
                     "validate it, or wait until it expires")
                         .arg(pending->id);
        return 0;
    }
    // Who receives the token: enabled token validators with a phone and an e-mail address.
    QList<const User *> validators;
    QStringList missing;
    for (const auto &[id, u] : s.users) {
        QStringList lacks;
        if (u.info.value(str("phoneNumber")).toString().isEmpty())
            lacks << str("a phone number");
        if (u.info.value(str("email")).toString().isEmpty())
            lacks << str("an e-mail address");
        if (!u.info.value(str("isTokenValidator")).toBool())
            lacks << str("the token-validator right");
        if (u.info.value(str("activationState")).toString() != str("enabled") || u.totpSecret.isEmpty())
            lacks << str("a password and 2FA defined in the secure interface");
        if (lacks.isEmpty())
            validators.append(&u);
        else if (u.login() == str("admin"))
            missing = lacks;
    }
    if (validators.isEmpty()) {
        *status = 400;
        *error = str("No user can validate the token yet: the admin user needs %1")
                         .arg(missing.join(str(", ")));
        return 0;
    }

    if (whilePending == str("replace")) {
        // The newest token replaces the others: their operations are canceled, their tokens refused.
        while (const Task *old = pendingTokenTask(s.name())) {
            const qint64 oldId = old->id;
            if (Task *t = m_context->tasks->mutableTask(oldId))
                t->payload.insert(str("replaced"), true);
            m_context->tasks->cancel(oldId, str("Replaced by a newer validation token: the operation was "
                                                "canceled and no action was taken"));
        }
    }
    const QString token = otp::randomDigits(6);
    const qint64 taskId = m_context->tasks->create(
            str("dedicatedCloud.testTokenValidation"), s.name(),
            QJsonObject{{str("userId"), validators.first()->id()}},
            QJsonObject{{str("token"), token}, {str("option"), str("tokenValidation")}},
            str("Waiting for the validation token sent by SMS"));
    m_context->stats->reportCreated(str("tokenValidationTask"), s.name());

    QUrl link = m_context->baseUrl;
    link.setPath(str("/secure/%1/operation-validation").arg(s.name()));
    QUrlQuery q;
    q.addQueryItem(str("task"), QString::number(taskId));
    q.addQueryItem(str("token"), token);
    link.setQuery(q);
    for (const User *u : std::as_const(validators)) {
        const QString body = practice::tokenRequestSms(m_context->accountLanguage, u->login(), tokenTaskName(),
                                                       taskId, s.name(), token, link.toString());
        m_outbox->sendSms(u->info.value(str("phoneNumber")).toString(), body, token, taskId);
    }
    m_context->mutated();
    return taskId;
}

void DedicatedCloudModule::onTokenValidated(Task &task)
{
    task.description = str("Operation validated");
    Service *s = service(task.serviceName);
    if (!s)
        return;
    s->optionStates.insert(str("tokenValidation"), str("delivered"));
    m_context->stats->reportRemoved(str("tokenValidationTask"), s->name());
    const auto it = s->users.find(task.related.value(str("userId")).toInteger());
    if (it != s->users.end()) {
        m_outbox->sendSms(it->second.info.value(str("phoneNumber")).toString(),
                          practice::tokenValidatedSms(m_context->accountLanguage, task.name, task.id,
                                                      s->name()),
                          {});
    }
    m_context->mutated();
}

void DedicatedCloudModule::onTokenExpired(Task &task)
{
    if (task.payload.value(str("replaced")).toBool()) {
        m_context->stats->reportRemoved(str("tokenValidationTask"), task.serviceName);
        m_context->mutated();
        return; // canceled by a newer request: its description says so already
    }
    task.payload.insert(str("expired"), true);
    task.description = str("The validation token expired after 15 minutes: the operation was "
                           "canceled and no action was taken");
    m_context->stats->reportRemoved(str("tokenValidationTask"), task.serviceName);
    m_context->mutated();
}

SandboxResponse DedicatedCloudModule::getSecurityOptions(SandboxRequest &r)
{
    return withService(r, [](Service &) {
        return SandboxResponse::json(QJsonObject{{str("state"), str("delivered")}});
    });
}

SandboxResponse DedicatedCloudModule::listPendingOptions(SandboxRequest &r)
{
    return withService(r, [&](Service &s) -> SandboxResponse {
        QJsonArray pending;
        for (auto it = s.optionStates.cbegin(); it != s.optionStates.cend(); ++it) {
            if (it.value() == str("pending"))
                pending.append(it.key());
        }
        return SandboxResponse::json(pending);
    });
}

SandboxResponse DedicatedCloudModule::resumePendingEnabling(SandboxRequest &r)
{
    return withServiceAndBody(r, [&](Service &s, const QJsonObject &body) -> SandboxResponse {
        const QString option = body.value(str("option")).toString();
        if (option.isEmpty())
            return SandboxResponse::error(400, str("Missing parameter option"));
        if (!knownOptions().contains(option))
            return SandboxResponse::error(400, str("Invalid value for option: %1").arg(option));
        if (s.optionStates.value(option) != str("pending"))
            return SandboxResponse::error(400, str("The option %1 is not pending").arg(option));

        if (option == str("tokenValidation")) {
            QString reason;
            int status = 400;
            const qint64 taskId = requestTokenValidation(s, &reason, &status);
            if (taskId == 0)
                return SandboxResponse::error(status, reason);
            // Not published (UNPUBLISHED.md, tokenTaskReturned): whether the task returned is
            // the one the SMS names, or another one beside it.
            if (m_context->unpublished->is(UnpublishedChoices::tokenTaskReturned(), str("other-task")))
                return taskResponse(m_context->tasks->create(
                        str("dedicatedCloud.tokenValidationRequest"), s.name(), {},
                        QJsonObject{{str("option"), option}}));
            return taskResponse(taskId);
        }
        if (option == str("snc"))
            return resumeSncEnabling(s, option);
        return SandboxResponse::error(400, str("The option %1 cannot be resumed here").arg(option));
    });
}

SandboxResponse DedicatedCloudModule::resumeSncEnabling(Service &s, const QString &option)
{
    if (s.optionStates.value(str("tokenValidation")) != str("delivered"))
        return SandboxResponse::error(
                400, str("MISSING_REQUIREMENTS_OPTIONS: enable tokenValidation first"));
    const auto running = m_context->tasks->tasks([&](const Task &t) {
        return t.serviceName == s.name() && t.name == str("enableSecurityOption")
                && !t.isFinished() && t.payload.value(str("option")).toString() == option;
    });
    if (!running.isEmpty())
        return SandboxResponse::error(409, str("The option %1 is already being enabled (task %2)")
                                                   .arg(option)
                                                   .arg(running.first()->id));
    const qint64 taskId = m_context->tasks->create(str("dedicatedCloud.enableSecurityOption"),
                                                   s.name(), {},
                                                   QJsonObject{{str("option"), option}});
    m_context->stats->reportCreated(str("enableSecurityOption"), option);
    return taskResponse(taskId);
}

SandboxResponse DedicatedCloudModule::getCompatibilityMatrix(SandboxRequest &r)
{
    return withService(r, [&](Service &s) -> SandboxResponse {
        const bool showIncompatible = queryBool(r.query, "showIncompatible");
        struct Entry
        {
            const char *name;
            const char *description;
        };
        const Entry entries[] = {
                {"advancedSecurity", "Advanced security"},
                {"accessNetworkFiltered", "Access restricted to allowed networks"},
                {"twoFa", "Two-factor authentication"},
                {"tokenValidation", "Validation of sensitive operations by SMS token"},
                {"privateGw", "Private gateway to the vCenter"},
                {"snc", "SecNumCloud qualification"},
                {"hds", "Health data hosting (HDS)"},
                {"pcidss", "PCI DSS"},
        };
        QJsonArray list;
        for (const Entry &e : entries) {
            const QJsonObject o = compatibilityEntry(s, str(e.name), str(e.description));
            if (o.value(str("compatible")).toBool() || showIncompatible)
                list.append(o);
        }
        return SandboxResponse::json(list);
    });
}

QStringList DedicatedCloudModule::sncRequiredOptions()
{
    return {str("accessNetworkFiltered"), str("advancedSecurity"), str("tokenValidation"), str("privateGw")};
}

QString DedicatedCloudModule::compatibilityState(const Service &s, const QString &name) const
{
    if (name == str("twoFa"))
        return str("delivered");
    if (name == str("privateGw"))
        return m_sncHooks.privateGatewayEnabled && m_sncHooks.privateGatewayEnabled(s.name())
                ? str("delivered") : str("disabled");
    return s.optionStates.value(name, str("disabled"));
}

QJsonObject DedicatedCloudModule::compatibilityEntry(const Service &s, const QString &name,
                                                     const QString &description)
{
    const QString state = compatibilityState(s, name);
    const bool enabled = state == str("delivered");
    QJsonObject o{{str("name"), name},
                  {str("description"), description},
                  {str("enabled"), enabled},
                  {str("state"), state}};
    bool compatible = true;
    QStringList missingOptions;
    if (name == str("snc") && !enabled) {
        for (const QString &required : sncRequiredOptions()) {
            if (compatibilityState(s, required) != str("delivered"))
                missingOptions << required;
        }
    }
    const QList<SncBlocker> blockers = name == str("snc") && !enabled ? sncBlockers(s)
                                                                       : QList<SncBlocker>();
    if (!missingOptions.isEmpty()) {
        // The published generic code for "a required option is missing" (securityOption.ErrorEnum).
        compatible = false;
        o.insert(str("reason"), QJsonObject{{str("code"), str("MISSING_REQUIREMENTS_OPTIONS")},
                                            {str("message"), str("Missing required options: %1")
                                                                     .arg(missingOptions.join(str(", ")))}});
    } else if (!blockers.isEmpty()) {
        // Prerequisites that are no security option (admin, VPN, KMS): which code OVHcloud would
        // give is not published (UNPUBLISHED.md); the message names them.
        compatible = false;
        QStringList reasons;
        for (const SncBlocker &b : blockers)
            reasons << b.message;
        o.insert(str("reason"), QJsonObject{{str("code"), str("ACTION_IMPOSSIBLE")},
                                            {str("message"), str("Requires: %1").arg(reasons.join(str("; ")))}});
    } else if (name == str("hds") || name == str("pcidss")) {
        compatible = false;
        o.insert(str("reason"), QJsonObject{{str("code"), str("CONFLICTING_OPTIONS")},
                                            {str("message"), str("Ordered as a service pack")}});
    }
    o.insert(str("compatible"), compatible);
    return o;
}

SandboxResponse DedicatedCloudModule::getDependenciesTree(SandboxRequest &r)
{
    return withService(r, [&](Service &) -> SandboxResponse {
        const QString option = r.query.queryItemValue(str("option"));
        if (option.isEmpty())
            return SandboxResponse::error(400, str("Missing parameter option"));
        if (!knownOptions().contains(option))
            return SandboxResponse::error(400, str("Invalid value for option: %1").arg(option));
        // The published dedicatedCloud.securityOption.DependenciesTree: these three fields only.
        QStringList required;
        if (option == str("snc"))
            required = sncRequiredOptions();
        else if (option == str("tokenValidation") || option == str("twoFa"))
            required = {str("advancedSecurity")};
        const QJsonObject tree{{str("requires"), QJsonArray::fromStringList(required)},
                               {str("depends"), QJsonArray()},
                               {str("conflicts"), QJsonArray()}};
        return SandboxResponse::json(tree);
    });
}

} // namespace snc::sandbox
