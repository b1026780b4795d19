// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5, dedicatedCloud side: the KMS registered for VM encryption (`…/vmEncryption/kms`).
#include "OkmsModule.h"

#include "DedicatedCloudCommon.h"
#include "DedicatedCloudModule.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/TaskEngine.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>

namespace snc::sandbox {

using dc::str;

namespace {

QString colonHexOf(const QByteArray &digest)
{
    const QByteArray hex = digest.toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

} // namespace

QJsonObject OkmsModule::Kms::toJson(quint16 port) const
{
    return QJsonObject{{str("kmsId"), id},
                       {str("ip"), ip},
                       {str("kmsTcpPort"), port ? int(port) : 5696},
                       {str("sslThumbprint"), sslThumbprint},
                       {str("description"), dc::orNull(description)},
                       {str("state"), state}};
}

bool OkmsModule::isKmsRegistered(const QString &serviceName) const
{
    const QStringList expected{kmipSha1Thumbprint(), kmipRsaSha1Thumbprint()};
    for (const auto &[id, k] : m_kms) {
        if (k.serviceName == serviceName && k.state == str("delivered")
            && (kmipSha1Thumbprint().isEmpty() || expected.contains(k.sslThumbprint)))
            return true;
    }
    return false;
}

quint16 OkmsModule::portForThumbprint(const QString &sha1) const
{
    return !sha1.isEmpty() && sha1 == kmipRsaSha1Thumbprint() ? kmipRsaPort() : kmipPort();
}

int OkmsModule::configureVCenter(const QString &serviceName)
{
    m_context->tasks->advance();
    const auto waiting = m_context->tasks->tasks([&serviceName](const Task &t) {
        // A registration still waiting for its SMS token has not reached vCenter yet.
        return t.name == str("createVmEncryptionKms") && t.serviceName == serviceName && !t.isFinished()
                && !t.gated;
    });
    int completed = 0;
    for (const Task *t : waiting) {
        // A registration made with a delay is not a waiting task: it ends now all the same.
        if (Task *task = m_context->tasks->mutableTask(t->id)) {
            task->waiting = true;
            completed += m_context->tasks->complete(t->id) ? 1 : 0;
        }
    }
    return completed;
}

void OkmsModule::setVCenterConfiguredAfterMs(qint64 ms)
{
    m_vCenterConfiguredAfterMs = qMax<qint64>(0, ms);
    if (m_context)
        registerTaskKinds(); // the kind is replaced: tasks made from now on follow it
}

// Control route: `{"serviceName": "pcc-…"}`, the customer has configured vCenter.
SandboxResponse OkmsModule::configureVCenterKnob(SandboxRequest &r)
{
    bool ok = false;
    const QJsonObject body = r.json(&ok).toObject();
    const QString sn = body.value(str("serviceName")).toString();
    if (!ok || sn.isEmpty())
        return SandboxResponse::error(400, str("Expected {\"serviceName\": \"pcc-…\"}"));
    if (!m_dc->service(sn))
        return SandboxResponse::notFound(sn);
    return SandboxResponse::json(QJsonObject{{str("completed"), configureVCenter(sn)}});
}

QString OkmsModule::checkThumbprint(const QString &thumbprint, QString *normalized)
{
    static const QRegularExpression re(
            str("^(([0-9A-Fa-f]{2}:){19}|([0-9A-Fa-f]{2}:){31})[0-9A-Fa-f]{2}$"));
    if (!re.match(thumbprint).hasMatch())
        return str("Invalid sslThumbprint: colon-separated hexadecimal pairs of a SHA-1 (20 bytes) "
                   "or SHA-256 (32 bytes) fingerprint are expected");
    *normalized = thumbprint.toUpper();
    QString why;
    if (!ensureKmipListener(&why))
        return why;
    const bool sha256 = normalized->size() > 59;
    // Either endpoint's certificate (ECDSA or RSA): the one vCenter will use.
    for (const QByteArray &pem : {m_kmip.certificatePem(), m_kmipRsa.certificatePem()}) {
        const QSslCertificate cert(pem, QSsl::Pem);
        if (*normalized != colonHexOf(cert.digest(sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1)))
            continue;
        if (sha256) // stored as OVHcloud shows it: the SHA-1 form vCenter uses
            *normalized = colonHexOf(cert.digest(QCryptographicHash::Sha1));
        return {};
    }
    return str("The sslThumbprint %1 does not match the certificate presented by the KMS "
               "server (the %2 fingerprint of its DER certificate is expected)")
            .arg(*normalized, sha256 ? str("SHA-256") : str("SHA-1"));
}

void OkmsModule::registerTaskKinds()
{
    auto kind = [](const char *name, qint64 todoMs, qint64 doingMs) {
        TaskKind k;
        k.kind = str("dedicatedCloud.") + str(name);
        k.name = str(name);
        k.todoMs = todoMs;
        k.doingMs = doingMs;
        return k;
    };
    // Waits for the customer to configure vCenter (configureVCenter()), or that long.
    TaskKind create = kind("createVmEncryptionKms", 1000, m_vCenterConfiguredAfterMs);
    create.waitsForExternal = m_vCenterConfiguredAfterMs <= 0;
    create.onDone = [this](Task &t) { applyKmsTask(t, true); };
    create.onError = create.onCanceled = [this](Task &t) { applyKmsTask(t, false); };
    m_context->tasks->registerKind(create);
    TaskKind modify = kind("modifyVmEncryptionKms", 1000, 3000);
    modify.onDone = [this](Task &t) { applyKmsTask(t, true); };
    modify.onError = modify.onCanceled = [this](Task &t) { applyKmsTask(t, false); };
    m_context->tasks->registerKind(modify);
    TaskKind remove = kind("removeVmEncryptionKms", 1000, 3000);
    remove.onDone = [this](Task &t) { applyKmsTask(t, true); };
    remove.onError = remove.onCanceled = [this](Task &t) { applyKmsTask(t, false); };
    m_context->tasks->registerKind(remove);
}

void OkmsModule::applyKmsTask(Task &task, bool done)
{
    const auto it = m_kms.find(task.related.value(str("kmsId")).toInteger());
    if (it == m_kms.end())
        return;
    Kms &k = it->second;
    if (task.name == str("createVmEncryptionKms")) {
        k.state = done ? str("delivered") : str("error");
        task.description = done ? str("KMS server configured") : task.description;
        if (!done)
            m_context->stats->reportRemoved(str("vmEncryptionKms"), k.serviceName + u'/' + k.ip);
    } else if (task.name == str("modifyVmEncryptionKms")) {
        if (done)
            k.sslThumbprint = task.payload.value(str("sslThumbprint")).toString(k.sslThumbprint);
        if (done && task.payload.contains(str("description")))
            k.description = task.payload.value(str("description")).toString();
        k.state = str("delivered");
    } else if (done) {
        m_context->stats->reportRemoved(str("vmEncryptionKms"), k.serviceName + u'/' + k.ip);
        m_kms.erase(it);
    } else {
        k.state = str("delivered");
    }
    m_context->mutated();
}

SandboxResponse OkmsModule::createKms(SandboxRequest &r)
{
    const QString sn = r.param(str("serviceName"));
    if (!m_dc->service(sn))
        return SandboxResponse::notFound(sn);
    SandboxResponse error;
    const auto body = dc::bodyObject(r, &error);
    if (!body)
        return error;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != str("ip") && it.key() != str("sslThumbprint") && it.key() != str("description"))
            return SandboxResponse::error(400, str("Unknown property %1").arg(it.key()));
    }
    const QString ip = body->value(str("ip")).toString().trimmed();
    const QHostAddress address(ip);
    if (ip.isEmpty() || address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol)
        return SandboxResponse::error(400, str("Invalid ip: an IPv4 address is expected (a domain "
                                               "name cannot be registered)"));
    const QString thumbprint = body->value(str("sslThumbprint")).toString().trimmed();
    if (thumbprint.isEmpty())
        return SandboxResponse::error(400, str("Missing parameter sslThumbprint"));
    QString normalized;
    const QString refusal = checkThumbprint(thumbprint, &normalized);
    if (!refusal.isEmpty())
        return SandboxResponse::error(400, refusal);
    const QString description = body->value(str("description")).toString();
    if (description.size() > 255)
        return SandboxResponse::error(400, str("Invalid description: at most 255 characters"));
    for (const auto &[id, k] : m_kms) {
        if (k.serviceName == sn && k.ip == address.toString() && k.state != str("error"))
            return SandboxResponse::error(409, str("A KMS server with the IP %1 is already registered "
                                                   "(kmsId %2)").arg(k.ip).arg(k.id));
    }
    Kms k;
    k.id = m_nextKmsId++;
    k.serviceName = sn;
    k.ip = address.toString();
    k.sslThumbprint = normalized;
    k.description = description;
    k.state = str("creating");
    const qint64 kmsId = k.id;
    m_kms.emplace(kmsId, std::move(k));
    m_context->stats->reportCreated(str("vmEncryptionKms"), sn + u'/' + address.toString());
    const qint64 taskId = m_context->tasks->create(
            str("dedicatedCloud.createVmEncryptionKms"), sn, QJsonObject{{str("kmsId"), kmsId}}, {},
            str("Waiting for customer to configure the KMS Server..."));
    m_context->mutated();
    return SandboxResponse::json(TaskEngine::toJson(*m_context->tasks->task(taskId)));
}

SandboxResponse OkmsModule::getVmEncryption(SandboxRequest &r)
{
    const QString sn = r.param(str("serviceName"));
    if (!m_dc->service(sn))
        return SandboxResponse::notFound(sn);
    return SandboxResponse::json(QJsonObject{
            {str("state"), isKmsRegistered(sn) ? str("enabled") : str("disabled")}});
}

SandboxResponse OkmsModule::listKms(SandboxRequest &r)
{
    const QString sn = r.param(str("serviceName"));
    if (!m_dc->service(sn))
        return SandboxResponse::notFound(sn);
    QJsonArray ids;
    for (const auto &[id, k] : m_kms) {
        if (k.serviceName == sn)
            ids.append(id);
    }
    return SandboxResponse::json(ids);
}

OkmsModule::Kms *OkmsModule::findKms(const SandboxRequest &r)
{
    const auto it = m_kms.find(dc::idParam(r, str("kmsId")));
    return it != m_kms.end() && it->second.serviceName == r.param(str("serviceName"))
            ? &it->second : nullptr;
}

SandboxResponse OkmsModule::getKms(SandboxRequest &r)
{
    const Kms *k = findKms(r);
    return k ? SandboxResponse::json(k->toJson(portForThumbprint(k->sslThumbprint)))
             : SandboxResponse::notFound(r.param(str("kmsId")));
}

SandboxResponse OkmsModule::removeKms(SandboxRequest &r)
{
    Kms *k = findKms(r);
    if (!k)
        return SandboxResponse::notFound(r.param(str("kmsId")));
    if (k->state != str("delivered") && k->state != str("error"))
        return SandboxResponse::error(
                409, str("The KMS server %1 is being changed (state %2)").arg(k->id).arg(k->state));
    k->state = str("toDelete");
    const qint64 taskId = m_context->tasks->create(str("dedicatedCloud.removeVmEncryptionKms"),
                                                   k->serviceName,
                                                   QJsonObject{{str("kmsId"), k->id}});
    m_context->mutated();
    return SandboxResponse::json(TaskEngine::toJson(*m_context->tasks->task(taskId)));
}

SandboxResponse OkmsModule::changeKmsProperties(SandboxRequest &r)
{
    Kms *k = findKms(r);
    if (!k)
        return SandboxResponse::notFound(r.param(str("kmsId")));
    SandboxResponse error;
    const auto body = dc::bodyObject(r, &error);
    if (!body)
        return error;
    QString normalized;
    const QString refusal =
            checkThumbprint(body->value(str("sslThumbprint")).toString().trimmed(), &normalized);
    if (!refusal.isEmpty())
        return SandboxResponse::error(400, refusal);
    if (k->state != str("delivered"))
        return SandboxResponse::error(
                409, str("The KMS server %1 is being changed (state %2)").arg(k->id).arg(k->state));
    QJsonObject payload{{str("sslThumbprint"), normalized}};
    if (body->contains(str("description")))
        payload.insert(str("description"), body->value(str("description")).toString());
    k->state = str("toUpdate");
    const qint64 taskId = m_context->tasks->create(str("dedicatedCloud.modifyVmEncryptionKms"),
                                                   k->serviceName,
                                                   QJsonObject{{str("kmsId"), k->id}}, payload);
    m_context->mutated();
    return SandboxResponse::json(TaskEngine::toJson(*m_context->tasks->task(taskId)));
}

} // namespace snc::sandbox
