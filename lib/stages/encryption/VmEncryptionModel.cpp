// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5: reading the state, the KMIP endpoint and the KMS registration. The access credential
// (key, CSR, saving) is in VmEncryptionCredential.cpp.
#include "stages/encryption/VmEncryptionModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "crypto/KeyGenerationJob.h"
#include "crypto/TlsProbe.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

VmEncryptionModel::VmEncryptionModel(StageContext *context, QObject *parent)
    : StageModel(context, parent), m_credentialTimer(new QTimer(this)),
      m_probe(new crypto::TlsProbe(this)),
      m_poller(createForwardingTaskPoller(this))
{
    m_credentialTimer->setSingleShot(true);
    connect(m_credentialTimer, &QTimer::timeout, this, &VmEncryptionModel::pollCredential);
    connect(m_probe, &crypto::TlsProbe::finished, this, [this](bool ok) {
        if (m_probeOp)
            m_probeOp->succeed(); // the probe has answered, whatever it found
        const auto &o = m_probe->outcome();
        m_kmipErrors = o.verificationErrors;
        if (ok && !o.chain.isEmpty() && o.address.protocol() == QAbstractSocket::IPv4Protocol) {
            m_kmipCertificate = o.chain.first();
            m_kmipAddress = o.address.toString();
        } else {
            m_kmipCertificate.reset();
            m_kmipAddress.clear();
            //: %1 host:port of the KMIP endpoint, %2 technical reason
            reportValidationError(tr("Could not read the certificate of the KMS at %1: %2", "@error")
                                          .arg(u"%1:%2"_s.arg(m_kmipHost).arg(m_kmipPort), o.error));
        }
        deriveStatus();
        emit changed();
        emit probeFinished(ok && m_kmipCertificate.has_value());
    });
    resetOnServiceChange();
}

void VmEncryptionModel::forgetService()
{
    m_kms.clear();
    m_refreshedOnce = false;
}

VmEncryptionModel::~VmEncryptionModel()
{
    // The key job may still run: it discards and wipes its result by itself.
    if (m_keyJob)
        m_keyJob->deleteLater();
}

QString VmEncryptionModel::statusText() const
{
    switch (status()) {
    case Status::Done:
        return tr("A KMS is registered for VM encryption", "@info stage status");
    case Status::WaitingForUser:
        if (hasUnsavedKey())
            return tr("Save the private key of the access credential", "@info stage status");
        return tr("Check and confirm the certificate of the KMS", "@info stage status");
    case Status::InProgress:
        return tr("In progress", "@info stage status");
    case Status::NotStarted:
        if (m_refreshedOnce && m_okms.isEmpty())
            return tr("No OVHcloud KMS yet: order one first", "@info stage status");
        return tr("No KMS registered yet", "@info stage status");
    default:
        return StageModel::statusText();
    }
}

QString VmEncryptionModel::orderHelpText()
{
    return tr("You have no OVHcloud KMS (OKMS) yet. Order one in the OVHcloud Control Panel: Hosted "
              "Private Cloud › Identity, Security & Operations › Key Management Service › Order a "
              "KMS. Choose the region of your vSphere service (for a PCC in Roubaix: Europe – "
              "France – Roubaix, eu-west-rbx); keys and access certificates are stored in that "
              "region. Then come back and refresh.", "@info");
}

QString VmEncryptionModel::leaveBlockedReason() const
{
    if (!hasUnsavedKey())
        return {};
    return tr("The private key of the access credential is not saved yet. Save it in the keychain "
              "or in a file first: it cannot be downloaded again.", "@info");
}

std::optional<OkmsInstance> VmEncryptionModel::selectedOkms() const
{
    for (const OkmsInstance &o : m_okms) {
        if (o.id == m_selectedOkms)
            return o;
    }
    return std::nullopt;
}

void VmEncryptionModel::setSelectedOkmsId(const QString &id)
{
    if (id == m_selectedOkms)
        return;
    m_selectedOkms = id;
    m_kmipCertificate.reset();
    m_kmipAddress.clear();
    emit changed();
}

// ---- Reading ----------------------------------------------------------------------------------

void VmEncryptionModel::refresh()
{
    // A refresh asked while one runs is answered by the running one (one refreshed() for both).
    if (m_read && m_read->isRunning())
        return;
    StageOperation *op = startRead(false);
    if (!op) {
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    m_read = op;
    op->onFinished(this, [this](const Result<Unit> &r) { emit refreshed(r.ok()); });
}

StageOperation *VmEncryptionModel::startRead(bool registeredKmsOnly)
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        setStatus(Status::Unknown);
        return nullptr;
    }
    StageOperation *op = startOperation();
    load(op, registeredKmsOnly, [this, op](bool ok) {
        if (ok)
            op->succeed();
        else
            op->fail(lastError()); // reported by load()
    });
    return op;
}

void VmEncryptionModel::load(StageOperation *op, bool registeredKmsOnly, std::function<void(bool)> then)
{
    if (!m_refreshedOnce)
        registeredKmsOnly = false;
    ApiClient *api = context()->api();
    const QString base = context()->servicePath() + "/vmEncryption/kms"_L1;
    struct Read
    {
        QList<OkmsInstance> okms;
        QList<RegisteredKms> kms;
        QJsonArray credentials;
        int ready = 0;
        QString nic;
    };
    auto read = std::make_shared<Read>();
    CallGroup *group = op->group();
    // A 404 is "nothing there", not a failure.
    auto failUnlessNotFound = [group](const ApiError &e) {
        if (e.kind != ApiError::Kind::NotFound)
            group->fail(e);
    };

    group->addResult(api->get(base), [api, base, read, group, failUnlessNotFound](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            failUnlessNotFound(r.error());
            return;
        }
        for (const QJsonValue &idValue : r.value().toArray()) {
            const qint64 id = idValue.toInteger();
            group->addResult(api->get(u"%1/%2"_s.arg(base).arg(id)), [read, failUnlessNotFound, id](const Result<QJsonValue> &e) {
                if (e.ok())
                    read->kms << parseRegisteredKms(e.value().toObject(), id);
                else
                    failUnlessNotFound(e.error());
            });
        }
    });
    if (!registeredKmsOnly) {
        // OKMS instances, then the selected one's credentials.
        group->addResult(api->getAllPages(u"/v2/okms/resource"_s), [this, api, read, group, failUnlessNotFound](const Result<QJsonValue> &r) {
            if (!r.ok()) {
                failUnlessNotFound(r.error());
                return;
            }
            for (const QJsonValue &v : r.value().toArray()) {
                const QJsonObject o = v.toObject();
                OkmsInstance i;
                i.id = o.value("id"_L1).toString();
                i.region = o.value("region"_L1).toString();
                i.kmipEndpoint = o.value("kmipEndpoint"_L1).toString();
                i.displayName = o.value("iam"_L1).toObject().value("displayName"_L1).toString();
                if (!i.id.isEmpty())
                    read->okms << i;
            }
            bool keep = false;
            for (const OkmsInstance &i : std::as_const(read->okms))
                keep = keep || i.id == m_selectedOkms;
            if (!keep)
                m_selectedOkms = read->okms.isEmpty() ? QString() : read->okms.first().id;
            if (m_selectedOkms.isEmpty())
                return;
            group->addResult(api->getAllPages(u"/v2/okms/resource/%1/credential"_s.arg(encodePathSegment(m_selectedOkms))),
                             [read, failUnlessNotFound](const Result<QJsonValue> &c) {
                if (!c.ok()) {
                    failUnlessNotFound(c.error());
                    return;
                }
                read->credentials = c.value().toArray();
                for (const QJsonValue &v : std::as_const(read->credentials))
                    read->ready += v.toObject().value("status"_L1).toString() == "READY"_L1 ? 1 : 0;
            });
        });
        // Only a convenience (the default identity): a failure here is not an error.
        group->addResult(api->get(u"/me"_s), [read](const Result<QJsonValue> &r) {
            if (r.ok())
                read->nic = r.value().toObject().value("nichandle"_L1).toString();
        });
    }
    group->onAllFinished(op->scope(), [this, read, registeredKmsOnly, then](const Result<Unit> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            then(false);
            return;
        }
        std::sort(read->kms.begin(), read->kms.end(),
                  [](const RegisteredKms &a, const RegisteredKms &b) { return a.kmsId < b.kmsId; });
        m_kms = read->kms;
        auto finish = [this, then] {
            deriveStatus();
            emit changed();
            then(true);
        };
        if (registeredKmsOnly) {
            finish();
            return;
        }
        m_okms = read->okms;
        m_readyCredentials = read->ready;
        if (!read->nic.isEmpty()) {
            const QString id = context()->endpoint().id;
            const QString zone = id == "ovh-ca"_L1 ? u"ca"_s : id == "ovh-us"_L1 ? u"us"_s : u"eu"_s;
            m_defaultUrn = u"urn:v1:%1:identity:account:%2"_s.arg(zone, read->nic);
            if (m_urns.isEmpty())
                m_urns = {m_defaultUrn};
        }
        if (m_name.isEmpty())
            m_name = u"vcenter-%1"_s.arg(context()->serviceName()).left(50);
        m_refreshedOnce = true;
        // After a restart: the credential a killed wizard was creating, if its key was kept.
        if (!resumeCredential(read->credentials, finish))
            finish();
    });
}

RegisteredKms VmEncryptionModel::parseRegisteredKms(const QJsonObject &o, qint64 id)
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

void VmEncryptionModel::deriveStatus()
{
    if (!m_refreshedOnce) {
        setStatus(Status::Unknown);
        return;
    }
    const bool delivered = std::any_of(m_kms.begin(), m_kms.end(),
                                       [](const RegisteredKms &k) { return k.state == "delivered"_L1; });
    const bool changing = std::any_of(m_kms.begin(), m_kms.end(), [](const RegisteredKms &k) {
        return k.state != "delivered"_L1 && k.state != "error"_L1;
    });
    const bool credentialBusy = m_credentialState == CredentialState::GeneratingKey
            || m_credentialState == CredentialState::Requesting
            || m_credentialState == CredentialState::WaitingForReady;
    if (hasUnsavedKey())
        setStatus(Status::WaitingForUser);
    else if (delivered && m_readyCredentials > 0 && !isTaskRunning() && !credentialBusy)
        setStatus(Status::Done);
    else if (isTaskRunning() || changing || credentialBusy)
        setStatus(Status::InProgress);
    else if (m_kmipCertificate && !delivered)
        setStatus(Status::WaitingForUser);
    else if (delivered || m_readyCredentials > 0 || m_credentialState != CredentialState::None)
        setStatus(Status::InProgress);
    else
        setStatus(Status::NotStarted);
}

QList<StageModel::ReportFact> VmEncryptionModel::reportFacts() const
{
    QList<ReportFact> facts;
    if (const auto okms = selectedOkms()) {
        facts << ReportFact{tr("OVHcloud KMS", "@label report"),
                            u"%1 (%2)"_s.arg(okms->id, okms->region)};
        facts << ReportFact{tr("KMIP endpoint", "@label report"), okms->kmipEndpoint};
    }
    for (const RegisteredKms &k : m_kms) {
        //: %1 IP address, %2 TCP port, %3 state ("delivered")
        facts << ReportFact{tr("Registered KMS", "@label report"),
                            tr("%1, port %2, state %3", "@info report").arg(k.ip).arg(k.port).arg(k.state)};
        facts << ReportFact{tr("KMS certificate SHA-1 thumbprint", "@label report"), k.sslThumbprint};
    }
    facts << ReportFact{tr("Access credentials ready", "@label report"), QString::number(m_readyCredentials)};
    if (!m_credentialId.isEmpty())
        facts << ReportFact{tr("Access credential created by the wizard", "@label report"), m_credentialId};
    return facts;
}

// ---- KMIP endpoint ----------------------------------------------------------------------------

bool VmEncryptionModel::isProbing() const
{
    return m_probeStarting || m_probe->isRunning();
}

bool VmEncryptionModel::probeKmip()
{
    const auto okms = selectedOkms();
    if (!okms || !context() || !context()->api()) {
        reportValidationError(tr("Choose an OVHcloud KMS first.", "@error"));
        return false;
    }
    if (isProbing())
        return true;
    // "host:port"; the KMIP port is 5696 when none is given.
    const QString endpoint = okms->kmipEndpoint.trimmed();
    const int colon = endpoint.lastIndexOf(u':');
    m_kmipHost = colon > 0 ? endpoint.left(colon) : endpoint;
    bool ok = true;
    const uint port = colon > 0 ? endpoint.mid(colon + 1).toUInt(&ok) : 5696;
    if (m_kmipHost.isEmpty() || !ok || port == 0 || port > 65535) {
        reportValidationError(tr("The KMIP endpoint \"%1\" is not a host and port.", "@error").arg(endpoint));
        return false;
    }
    m_kmipPort = quint16(port);
    clearError();
    m_kmipCertificate.reset();
    m_kmipAddress.clear();
    m_probeStarting = true;
    // Busy until the probe has answered (the TlsProbe::finished handler ends the operation).
    StageOperation *op = startOperation();
    m_probeOp = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        m_probeStarting = false;
        if (!r.ok() && r.error().kind == ApiError::Kind::Canceled)
            emit probeFinished(false);
    });
    // The OKMS's public CA signs its KMIP certificate: fetch it to verify what the probe reads.
    op->onAnswer(context()->api()->get(u"/v2/okms/resource/%1"_s.arg(encodePathSegment(okms->id)),
                                       QUrlQuery(u"publicCA=true"_s)),
                 [this](const Result<QJsonValue> &r) {
        m_probeStarting = false;
        QList<QSslCertificate> cas = context()->pinnedCaCertificates();
        if (r.ok())
            cas += QSslCertificate::fromData(r.value().toObject().value("publicCA"_L1).toString().toLatin1(), QSsl::Pem);
        startProbe(cas);
    });
    emit changed();
    return true;
}

void VmEncryptionModel::startProbe(const QList<QSslCertificate> &extraCas)
{
    m_probe->setCaCertificates(extraCas);
    m_probe->start(m_kmipHost, m_kmipPort);
}

bool VmEncryptionModel::isTaskRunning() const
{
    return m_poller->isRunning();
}

int VmEncryptionModel::taskProgress() const
{
    return m_poller->progress();
}

QString VmEncryptionModel::taskState() const
{
    return m_poller->state();
}

bool VmEncryptionModel::registerKms()
{
    if (!m_kmipCertificate || m_kmipAddress.isEmpty()) {
        reportValidationError(tr("Read and check the certificate of the KMS first.", "@error"));
        return false;
    }
    if (isTaskRunning() || isBusy()) {
        reportValidationError(tr("Wait for the current operation to finish.", "@error"));
        return false;
    }
    clearError();
    const QString thumbprint = m_kmipCertificate->sha1Thumbprint;
    const QString ip = m_kmipAddress;
    const auto okms = selectedOkms();
    const QString description = okms ? tr("OVHcloud KMS %1", "@info kms description").arg(okms->region) : QString();
    // One operation from the first read to the task's read-back: a refresh meanwhile is another
    // operation and neither cancels nor answers it.
    StageOperation *op = startOperation();
    op->onFinished(this, [this](const Result<Unit> &r) {
        deriveStatus();
        emit actionFinished(r.ok());
    });
    auto readBackThenEnd = [this, op](bool ok) {
        load(op, true, [this, op, ok](bool loaded) {
            if (ok && loaded)
                op->succeed();
            else
                op->fail(lastError()); // reported where it failed
        });
    };
    // Never twice: re-read the list first, reuse an entry with the same address and thumbprint.
    load(op, true, [this, op, thumbprint, ip, description, readBackThenEnd](bool ok) {
        if (!ok) {
            op->fail(lastError());
            return;
        }
        for (const RegisteredKms &k : std::as_const(m_kms)) {
            if (k.ip == ip && k.sslThumbprint.compare(thumbprint, Qt::CaseInsensitive) == 0 && k.state != "error"_L1) {
                qCInfo(lcStage) << "vmEncryption: KMS already registered" << k.kmsId;
                op->succeed();
                return;
            }
        }
        const QJsonObject body{{u"ip"_s, ip}, {u"sslThumbprint"_s, thumbprint}, {u"description"_s, description}};
        op->onAnswer(context()->api()->post(context()->servicePath() + "/vmEncryption/kms"_L1, body),
                     [this, op, readBackThenEnd](const Result<QJsonValue> &r) {
            if (!r.ok()) {
                if (r.error().kind == ApiError::Kind::Canceled) {
                    op->fail(r.error());
                    return;
                }
                reportError(r.error());
                readBackThenEnd(false);
                return;
            }
            const qint64 taskId = TaskPoller::taskIdOf(r.value().toObject());
            if (taskId <= 0) {
                readBackThenEnd(true);
                return;
            }
            m_kmsTaskId = taskId;
            TaskRun *run = m_poller->follow(TaskPoller::servicePath(context()->serviceName(), taskId));
            run->onFinished(op->scope(), [this, readBackThenEnd](const TaskRun::End &end) {
                if (end.error)
                    reportError(*end.error);
                readBackThenEnd(end.ok());
            });
            deriveStatus();
            emit taskProgressChanged(0, m_poller->state());
        });
    });
    return true;
}

QString VmEncryptionModel::vCenterInstructions() const
{
    const QString host = m_kmipHost.isEmpty() ? u"<region>.okms.ovh.net"_s : m_kmipHost;
    //: %1 KMIP host, %2 port
    return tr("While OVHcloud opens the way to the KMS, configure vCenter: Configure › Security › Key "
              "Providers › Add › Add Standard Key Provider. Give it a name, enter the KMS address %1 "
              "and port %2. Then select it and choose \"Trust KMS\" (or upload its certificate), and "
              "\"Make KMS trust vCenter\" › \"KMS certificate and private key\": upload the "
              "certificate and the private key saved in this stage.", "@info").arg(host).arg(m_kmipPort ? m_kmipPort : 5696);
}

void VmEncryptionModel::cancel()
{
    m_poller->stop();
    m_probe->cancel();
    m_credentialTimer->stop();
    StageModel::cancel();
}

} // namespace snc
