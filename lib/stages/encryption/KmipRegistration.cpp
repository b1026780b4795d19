// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/encryption/KmipRegistration.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "crypto/TlsProbe.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/PendingTaskSearch.h"
#include "tasks/TaskPoller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

KmipRegistration::KmipRegistration(StageContext *context, TaskPoller *poller,
                                   std::function<StageOperation *()> startOperation, QObject *parent)
    : QObject(parent), m_context(context), m_startOperation(std::move(startOperation)),
      m_probe(new crypto::TlsProbe(this)), m_poller(poller)
{
    connect(m_probe, &crypto::TlsProbe::finished, this, [this](bool ok) {
        if (m_probeOp)
            m_probeOp->succeed(); // the probe has answered, whatever it found
        const auto &o = m_probe->outcome();
        m_errors = o.verificationErrors;
        m_verified = false;
        if (ok && !o.chain.isEmpty() && o.address.protocol() == QAbstractSocket::IPv4Protocol) {
            m_certificate = o.chain.first();
            m_address = o.address.toString();
            m_verified = o.verified;
            if (!m_verified)
                qCWarning(lcStage) << "vmEncryption: the KMS certificate did not verify against the OKMS public CA";
        } else {
            m_certificate.reset();
            m_address.clear();
            //: %1 host:port of the KMIP endpoint, %2 technical reason
            refuse(tr("Could not read the certificate of the KMS at %1: %2", "@error")
                           .arg(u"%1:%2"_s.arg(m_host).arg(m_port), o.error));
        }
        emit changed();
        emit probeFinished(ok && m_certificate.has_value());
    });
    connect(m_poller, &TaskPoller::runningChanged, this, &KmipRegistration::changed);
    // A registration waits for the customer to configure vCenter, maybe for hours: after its
    // first minute, one read every 30 s is enough (and measured on the injected clock).
    m_poller->setClock(context ? context->clock() : nullptr);
    connect(m_poller, &TaskPoller::taskRead, this, [this](const QJsonObject &) {
        const bool slow = nowMs() - m_followStartedMs >= fastPhaseMs();
        m_poller->setIntervalMs(slow ? slowPollMs() : fastPollMs());
        emit changed(); // the description may have changed
    });
}

qint64 KmipRegistration::nowMs() const
{
    return m_context && m_context->clock() ? m_context->clock()->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QString KmipRegistration::taskDescription() const
{
    return m_poller->isRunning() ? m_poller->lastTask().value("description"_L1).toString() : QString();
}

void KmipRegistration::refuse(const QString &message)
{
    emit errorOccurred(ApiError::localCheck(message));
}

// ---- The KMS's certificate --------------------------------------------------------------------

bool KmipRegistration::isProbing() const
{
    // From the publicCA read (the operation) to the TLS probe's answer.
    return (m_probeOp && m_probeOp->isRunning()) || m_probe->isRunning();
}

void KmipRegistration::forgetCertificate()
{
    m_certificate.reset();
    m_verified = false;
    m_errors.clear();
    m_address.clear();
}

bool KmipRegistration::probe(const OkmsInstance &okms, bool rsa)
{
    if (isProbing())
        return true;
    // The endpoint that matches the credential vCenter will present: an RSA certificate is
    // accepted on kmipRsaEndpoint only (OVHcloud's VMware guide asks for RSA).
    const QString endpoint = (rsa ? okms.kmipRsaEndpoint : okms.kmipEndpoint).trimmed();
    if (rsa && endpoint.isEmpty()) {
        //: %1 OKMS id
        refuse(tr("Your OVHcloud KMS %1 publishes no KMIP endpoint for RSA certificates. Create the "
                  "access credential with the EC P-256 key type, then read the certificate again.", "@error")
                       .arg(okms.id));
        return false;
    }
    m_rsa = rsa;
    // "host:port"; the KMIP port is 5696 when none is given.
    const int colon = endpoint.lastIndexOf(u':');
    m_host = colon > 0 ? endpoint.left(colon) : endpoint;
    bool ok = true;
    const uint port = colon > 0 ? endpoint.mid(colon + 1).toUInt(&ok) : 5696;
    if (m_host.isEmpty() || !ok || port == 0 || port > 65535) {
        refuse(tr("The KMIP endpoint \"%1\" is not a host and port.", "@error").arg(endpoint));
        return false;
    }
    m_port = quint16(port);
    emit errorCleared();
    forgetCertificate();
    // Busy until the probe has answered (the TlsProbe::finished handler ends the operation).
    StageOperation *op = m_startOperation();
    m_probeOp = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (!r.ok()) // canceled, or the public CA could not be read (the probe did not run)
            emit probeFinished(false);
    });
    // The OKMS's public CA signs its KMIP certificate: read it through the signed API, and trust
    // nothing else for the KMIP endpoint. Without it there is nothing to verify against: stop.
    const QString okmsId = okms.id;
    const QString caField = rsa ? u"publicRsaCA"_s : u"publicCA"_s;
    op->onAnswer(m_context->api()->get(u"/v2/okms/resource/%1"_s.arg(encodePathSegment(okmsId)),
                                       QUrlQuery(u"publicCA=true"_s)),
                 [this, op, okmsId, caField](const Result<QJsonValue> &r) {
        if (!r.ok() && r.error().kind == ApiError::Kind::Canceled) {
            op->fail(r.error());
            return;
        }
        QList<QSslCertificate> cas;
        if (r.ok())
            cas = QSslCertificate::fromData(r.value().toObject().value(caField).toString().toLatin1(), QSsl::Pem);
        cas.removeIf([](const QSslCertificate &c) { return c.isNull(); });
        if (cas.isEmpty()) {
            const QString why = r.ok() ? u"no %1 in the answer"_s.arg(caField) : r.error().details;
            qCWarning(lcStage) << "vmEncryption: the OKMS public CA could not be read:" << why;
            //: %1 OKMS id. Shown instead of the KMS certificate; nothing was probed.
            refuse(tr("The public certificate authority of your OVHcloud KMS %1 could not be read, so the "
                      "KMS's certificate cannot be checked and was not read. Check that your API access "
                      "may read this KMS (OKMS rights in IAM) and that the OVHcloud API answers, then "
                      "read the certificate again.", "@error").arg(okmsId));
            ApiError e = r.ok() ? ApiError::make(ApiError::Kind::Validation, why) : r.error();
            op->fail(e);
            emit changed();
            return;
        }
        m_probe->setCaCertificates(cas);
        m_probe->start(m_host, m_port);
    });
    emit changed();
    return true;
}

// ---- The registration -------------------------------------------------------------------------

bool KmipRegistration::isTaskRunning() const
{
    return m_poller->isRunning();
}

bool KmipRegistration::isDelivered() const
{
    return std::any_of(m_kms.begin(), m_kms.end(), [](const RegisteredKms &k) { return k.state == "delivered"_L1; });
}

bool KmipRegistration::isChanging() const
{
    return std::any_of(m_kms.begin(), m_kms.end(), [](const RegisteredKms &k) {
        return k.state != "delivered"_L1 && k.state != "error"_L1;
    });
}

void KmipRegistration::addReads(CallGroup *group, std::shared_ptr<QList<RegisteredKms>> into) const
{
    ApiClient *api = m_context->api();
    const QString base = m_context->servicePath() + "/vmEncryption/kms"_L1;
    // A 404 is "nothing there", not a failure.
    auto failUnlessNotFound = [group](const ApiError &e) {
        if (e.kind != ApiError::Kind::NotFound)
            group->fail(e);
    };
    group->addResult(api->get(base), [api, base, into, group, failUnlessNotFound](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            failUnlessNotFound(r.error());
            return;
        }
        for (const QJsonValue &idValue : r.value().toArray()) {
            const qint64 id = idValue.toInteger();
            group->addResult(api->get(u"%1/%2"_s.arg(base).arg(id)), [into, failUnlessNotFound, id](const Result<QJsonValue> &e) {
                if (e.ok())
                    *into << parse(e.value().toObject(), id);
                else
                    failUnlessNotFound(e.error());
            });
        }
    });
}

void KmipRegistration::setRegistered(QList<RegisteredKms> kms)
{
    std::sort(kms.begin(), kms.end(), [](const RegisteredKms &a, const RegisteredKms &b) { return a.kmsId < b.kmsId; });
    m_kms = std::move(kms);
}

void KmipRegistration::clear()
{
    m_kms.clear();
    m_pendingSearch.forget();
}

void KmipRegistration::cancel()
{
    m_poller->stop();
    m_probe->cancel();
}

RegisteredKms KmipRegistration::parse(const QJsonObject &o, qint64 id)
{
    RegisteredKms k;
    k.kmsId = o.value("kmsId"_L1).toInteger(id);
    k.ip = o.value("ip"_L1).toString();
    k.port = o.value("kmsTcpPort"_L1).toInt(5696);
    k.sslThumbprint = o.value("sslThumbprint"_L1).toString();
    k.description = o.value("description"_L1).toString();
    k.state = o.value("state"_L1).toString();
    return k;
}

void KmipRegistration::readRegistered(StageOperation *op, std::function<void(const ApiError *)> then)
{
    CallGroup *group = op->group();
    auto kms = std::make_shared<QList<RegisteredKms>>();
    addReads(group, kms);
    group->onAllFinished(op->scope(), [this, kms, then](const Result<Unit> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                emit errorOccurred(r.error());
            then(&r.error());
            return;
        }
        setRegistered(*kms);
        emit changed();
        then(nullptr);
    });
}

bool KmipRegistration::registerKms(const QString &description)
{
    if (!m_certificate || m_address.isEmpty())
        return false;
    if (!isVerified()) {
        // No override: vCenter would trust whatever answered on port 5696.
        //: %1 host:port of the KMIP endpoint
        refuse(tr("The certificate of the KMS at %1 was not registered: it does not chain to the public "
                  "certificate authority of your OVHcloud KMS, or it is not for this host name. Someone "
                  "may be answering in place of your KMS. Check the network path and name resolution "
                  "to the KMS, then read the certificate again.", "@error")
                       .arg(u"%1:%2"_s.arg(m_host).arg(m_port)));
        return false;
    }
    emit errorCleared();
    const QString thumbprint = m_certificate->sha1Thumbprint;
    const QString ip = m_address;
    // One operation from the first read to the task's read-back: a refresh meanwhile is another
    // operation and neither cancels nor answers it.
    StageOperation *op = m_startOperation();
    m_followOp = op;
    op->onFinished(this, [this](const Result<Unit> &r) { emit registrationFinished(r.ok()); });
    // Never twice: re-read the list first, reuse an entry with the same address and thumbprint.
    readRegistered(op, [this, op, thumbprint, ip, description](const ApiError *readError) {
        if (readError) {
            op->fail(*readError);
            return;
        }
        for (const RegisteredKms &k : std::as_const(m_kms)) {
            if (k.ip == ip && k.sslThumbprint.compare(thumbprint, Qt::CaseInsensitive) == 0 && k.state != "error"_L1) {
                qCInfo(lcStage) << "vmEncryption: KMS already registered" << k.kmsId;
                op->succeed();
                if (k.state == "creating"_L1)
                    resumePending(); // its task (a lost answer's?) still waits: follow it
                return;
            }
        }
        const QJsonObject body{{u"ip"_s, ip}, {u"sslThumbprint"_s, thumbprint}, {u"description"_s, description}};
        op->onAnswer(m_context->api()->post(m_context->servicePath() + "/vmEncryption/kms"_L1, body),
                     [this, op](const Result<QJsonValue> &r) {
            if (!r.ok()) {
                if (r.error().kind == ApiError::Kind::Canceled) {
                    op->fail(r.error());
                    return;
                }
                emit errorOccurred(r.error());
                readBackThenEnd(op, r.error());
                return;
            }
            const qint64 taskId = TaskPoller::taskIdOf(r.value().toObject());
            if (taskId <= 0) {
                readBackThenEnd(op, std::nullopt);
                return;
            }
            followTask(op, taskId);
        });
    });
    return true;
}

void KmipRegistration::readBackThenEnd(StageOperation *op, std::optional<ApiError> failure)
{
    readRegistered(op, [op, failure](const ApiError *readError) {
        if (failure)
            op->fail(*failure);
        else if (readError)
            op->fail(*readError);
        else
            op->succeed();
    });
}

void KmipRegistration::followTask(StageOperation *op, qint64 taskId)
{
    m_followStartedMs = nowMs();
    m_poller->setIntervalMs(fastPollMs());
    TaskRun *run = m_poller->follow(TaskPoller::servicePath(m_context->serviceName(), taskId));
    // The poller's default gives up on a task still for 30 minutes; this one is still until the
    // customer has configured vCenter, so it is followed for a working day (then: come back later).
    // This run only: the stage's poller follows its other tasks (a removal) with the default.
    run->setMaxStillMs(followMaxStillMs());
    run->onFinished(op->scope(), [this, op](const TaskRun::End &end) {
        if (end.error)
            emit errorOccurred(*end.error);
        std::optional<ApiError> failure;
        if (!end.ok())
            failure = end.error.value_or(ApiError::make(ApiError::Kind::ServerError, u"task not done"_s));
        readBackThenEnd(op, failure);
    });
    emit changed();
}

bool KmipRegistration::resumePending()
{
    const bool creating = std::any_of(m_kms.begin(), m_kms.end(), [](const RegisteredKms &k) { return k.state == "creating"_L1; });
    if (!creating || isTaskRunning() || (m_followOp && m_followOp->isRunning()) || !m_context || !m_context->api())
        return false;
    // Closed while the registration waited for vCenter: its task is still there, follow it again.
    StageOperation *op = m_startOperation();
    m_followOp = op;
    op->onFinished(this, [this](const Result<Unit> &r) { emit registrationFinished(r.ok()); });
    // The newest registration task not known settled (PendingTaskSearch): one list filtered by
    // name, one detail. A registration is posted only after the list is re-read (never twice),
    // so that newest task is the one of the KMS still creating.
    PendingTaskSearch::Query query;
    query.listPath = m_context->servicePath() + "/task"_L1;
    query.filter.addQueryItem(u"name"_s, u"createVmEncryptionKms"_s);
    query.detailBase = m_context->servicePath();
    query.maxDetails = 1;
    m_pendingSearch.run(m_context->api(), op->group(), op->scope(), query, [this, op](qint64 newest) {
        if (newest <= 0) {
            // Nothing to follow (ended meanwhile, or the search failed): the list says the rest.
            readBackThenEnd(op, std::nullopt);
            return;
        }
        qCInfo(lcStage) << "vmEncryption: following the pending KMS registration task" << newest;
        followTask(op, newest);
    });
    return true;
}

} // namespace snc
