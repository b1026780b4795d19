// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17 item 3: once tokenValidation is active, sensitive operations wait for an SMS token.
// Which operations are sensitive is not published (UNPUBLISHED.md, sensitiveOperations): the
// switch names them by the keys of kOperations.
#include "DedicatedCloudModule.h"

#include "DedicatedCloudCommon.h"
#include "Outbox.h"
#include "PracticeMessages.h"
#include "SandboxOtp.h"
#include "sandbox/TaskEngine.h"
#include "sandbox/UnpublishedChoices.h"

#include <QUrlQuery>

namespace snc::sandbox {

using dc::str;

namespace {

/// The switch's operation keys and the task kinds they stand for.
struct SensitiveKind
{
    const char *key;
    const char *kind;
};
constexpr SensitiveKind kOperations[] = {
        {"allowedNetworkAdd", "dedicatedCloud.addAllowedNetwork"},
        {"allowedNetworkModify", "dedicatedCloud.modifyAllowedNetwork"},
        {"allowedNetworkDelete", "dedicatedCloud.removeAllowedNetwork"},
        {"userProperties", "dedicatedCloud.changeUserProperties"},
        {"serviceUpdate", "dedicatedCloud.updateService"},
        {"privateGatewayEnable", "dedicatedCloud.enablePrivateGateway"},
        {"privateGatewayDisable", "dedicatedCloud.disablePrivateGateway"},
        {"privateGatewayReconfigure", "dedicatedCloud.reconfigurePrivateGateway"},
        {"kmsRegistration", "dedicatedCloud.createVmEncryptionKms"},
        {"securityOptionEnable", "dedicatedCloud.enableSecurityOption"},
};

QString operationKey(const QString &kind)
{
    for (const SensitiveKind &k : kOperations) {
        if (kind == QLatin1String(k.kind))
            return str(k.key);
    }
    return {};
}

const QString &tokenKey()
{
    static const QString key = str("operationToken");
    return key;
}

} // namespace

bool DedicatedCloudModule::gateSensitiveTask(Task &task)
{
    Service *s = service(task.serviceName);
    if (!s || s->optionStates.value(str("tokenValidation")) != str("delivered"))
        return false;
    const QString key = operationKey(task.kind);
    if (key.isEmpty()
        || !UnpublishedChoices::isSensitive(
                m_context->unpublished->value(UnpublishedChoices::sensitiveOperations()), key))
        return false;
    const QString token = otp::randomDigits(6);
    task.payload.insert(tokenKey(), token);
    // Says why it waits, unless it has words of its own (the KMS registration's), kept as they are.
    if (task.description.isEmpty()) {
        task.description = str("Waiting for the validation token sent by SMS");
        task.payload.insert(str("tokenDescribed"), true);
    }
    // The add-network task gets its (unpublished) name after creation: say that one.
    const QString name = task.kind == str("dedicatedCloud.addAllowedNetwork") ? addNetworkTaskName() : task.name;
    QUrl link = m_context->baseUrl;
    link.setPath(str("/secure/%1/operation-validation").arg(s->name()));
    QUrlQuery q;
    q.addQueryItem(str("task"), QString::number(task.id));
    q.addQueryItem(str("token"), token);
    link.setQuery(q);
    // Every enabled token validator with a phone gets it, as for the stage-2 test operation.
    for (const auto &[id, u] : s->users) {
        const QString phone = u.info.value(str("phoneNumber")).toString();
        if (phone.isEmpty() || !u.info.value(str("isTokenValidator")).toBool()
            || u.info.value(str("activationState")).toString() != str("enabled"))
            continue;
        const QString body = practice::tokenRequestSms(m_context->accountLanguage, u.login(), name, task.id,
                                                       s->name(), token, link.toString());
        m_outbox->sendSms(phone, body, token, task.id);
    }
    m_context->mutated();
    return true;
}

bool DedicatedCloudModule::needsOperationToken(const Task &task)
{
    return task.name == tokenTaskName() || task.payload.contains(tokenKey());
}

QString DedicatedCloudModule::operationTokenOf(const Task &task)
{
    return task.payload.value(task.name == tokenTaskName() ? str("token") : tokenKey()).toString();
}

bool DedicatedCloudModule::acceptOperationToken(const Task &task)
{
    if (task.name == tokenTaskName())
        return m_context->tasks->complete(task.id);
    const qint64 id = task.id;
    const QString serviceName = task.serviceName;
    const QString name = task.name;
    if (!m_context->tasks->release(id))
        return false;
    if (Task *t = m_context->tasks->mutableTask(id); t && t->payload.value(str("tokenDescribed")).toBool()) {
        t->description.clear();
        t->payload.remove(str("tokenDescribed"));
        m_context->tasks->markChanged();
    }
    Service *s = service(serviceName);
    if (!s)
        return true;
    for (const auto &[uid, u] : s->users) {
        const QString phone = u.info.value(str("phoneNumber")).toString();
        if (phone.isEmpty() || !u.info.value(str("isTokenValidator")).toBool())
            continue;
        m_outbox->sendSms(phone, practice::tokenValidatedSms(m_context->accountLanguage, name, id, serviceName), {});
    }
    return true;
}

} // namespace snc::sandbox
