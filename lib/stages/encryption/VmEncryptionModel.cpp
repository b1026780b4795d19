// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5: the inputs, reading the state, the status and the report. The credential, the key and
// the KMIP registration are the parts this model composes (see the header).
#include "stages/encryption/VmEncryptionModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "stages/ApiValueText.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

VmEncryptionModel::VmEncryptionModel(StageContext *context, QObject *parent)
    : StageModel(context, parent)
{
    // The parts run their async work as operations of this model: one busy, one cancel().
    auto start = [this] { return startOperation(); };
    m_custody = new KeyCustody(context, start, this);
    m_flow = new OkmsCredentialFlow(context, m_custody, start, this);
    m_registration = new KmipRegistration(context, createTaskPoller(), start, this);

    auto update = [this] {
        deriveStatus();
        emit changed();
    };
    connect(m_custody, &KeyCustody::errorOccurred, this, &VmEncryptionModel::reportError);
    connect(m_flow, &OkmsCredentialFlow::errorOccurred, this, &VmEncryptionModel::reportError);
    connect(m_registration, &KmipRegistration::errorOccurred, this, &VmEncryptionModel::reportError);
    connect(m_custody, &KeyCustody::errorCleared, this, &VmEncryptionModel::clearError);
    connect(m_flow, &OkmsCredentialFlow::errorCleared, this, &VmEncryptionModel::clearError);
    connect(m_registration, &KmipRegistration::errorCleared, this, &VmEncryptionModel::clearError);

    connect(m_custody, &KeyCustody::keyChanged, this, [this, update] {
        update();
        emit keySavedChanged();
        emit canLeaveChanged();
    });
    connect(m_custody, &KeyCustody::keySaved, this, [this] {
        if (m_flow->state() == CredentialState::Ready)
            emit actionFinished(true);
    });
    connect(m_flow, &OkmsCredentialFlow::stateChanged, this, [this](CredentialState state) {
        deriveStatus();
        emit credentialStateChanged(state);
        emit changed();
    });
    connect(m_flow, &OkmsCredentialFlow::credentialStatusChanged, this, &StageModel::changed);
    connect(m_flow, &OkmsCredentialFlow::ready, this, [this, update] {
        ++m_readyCredentials;
        update();
        if (!hasUnsavedKey())
            emit actionFinished(true);
    });
    connect(m_flow, &OkmsCredentialFlow::failed, this, [this] { emit actionFinished(false); });
    connect(m_registration, &KmipRegistration::changed, this, update);
    connect(m_registration, &KmipRegistration::probeFinished, this, &VmEncryptionModel::probeFinished);
    connect(m_registration, &KmipRegistration::registrationFinished, this, [this](bool ok) {
        deriveStatus();
        emit actionFinished(ok);
    });
    resetOnServiceChange();
    requireManualStep(QStringLiteral("kms.vcenterKeyProvider"));
}

VmEncryptionModel::~VmEncryptionModel() = default;

namespace {

/// The expiry the completion screen shows: the wizard's credential's (it is the one vCenter was
/// given), else the first READY one to expire. Only OKMS's own `expiredAt`, never computed.
QDateTime credentialExpiryIn(const QJsonArray &credentials, const QString &ownId)
{
    QDateTime first;
    for (const QJsonValue &v : credentials) {
        const QJsonObject c = v.toObject();
        const QDateTime expiry = QDateTime::fromString(c.value("expiredAt"_L1).toString(), Qt::ISODate);
        if (!expiry.isValid())
            continue;
        if (!ownId.isEmpty() && c.value("id"_L1).toString() == ownId)
            return expiry.toUTC();
        if (c.value("status"_L1).toString() == "READY"_L1 && (!first.isValid() || expiry < first))
            first = expiry.toUTC();
    }
    return first;
}

} // namespace

void VmEncryptionModel::forgetService()
{
    m_credentialExpiry = {};
    m_registration->clear();
    m_refreshedOnce = false;
}

void VmEncryptionModel::cancel()
{
    m_registration->cancel();
    m_flow->cancel();
    StageModel::cancel();
}

QString VmEncryptionModel::manualStepLabel() const
{
    return tr("I have configured the vCenter key provider", "@option:check");
}

QString VmEncryptionModel::manualStepRequest() const
{
    //: Follows "Your turn: " in the page's status line
    return tr("configure the key provider in vCenter, then tick “I have configured the vCenter key provider”", "@info status");
}

bool VmEncryptionModel::taskWaitsForCustomer() const
{
    // OVHcloud describes the registration's task as waiting for the customer (KmipRegistration).
    return isTaskRunning() && !registrationTaskDescription().isEmpty();
}

QString VmEncryptionModel::statusText() const
{
    if (awaitsManualStep())
        return manualStepRequest();
    switch (status()) {
    case Status::Done:
        return tr("A KMS is registered for VM encryption", "@info stage status");
    case Status::WaitingForUser:
        if (hasUnsavedKey())
            return tr("Save the private key of the access credential", "@info stage status");
        return tr("Check and confirm the certificate of the KMS", "@info stage status");
    case Status::InProgress:
        if (isTaskRunning())
            return tr("The KMS registration waits until vCenter is configured", "@info stage status");
        return tr("In progress", "@info stage status");
    case Status::NotStarted:
        if (m_refreshedOnce && m_okms.isEmpty())
            return tr("No OVHcloud KMS yet: order one first", "@info stage status");
        return tr("No KMS registered yet", "@info stage status");
    default:
        return StageModel::statusText();
    }
}

QString VmEncryptionModel::ovhcloudWork() const
{
    switch (credentialState()) {
    case CredentialState::Requesting:
    case CredentialState::WaitingForReady:
        return tr("issuing the access credential for vCenter", "@info status");
    case CredentialState::None:
    case CredentialState::GeneratingKey: // this computer's work, not OVHcloud's
    case CredentialState::Ready:
    case CredentialState::Failed:
        break;
    }
    return {};
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
    return hasUnsavedKey() ? KeyCustody::unsavedKeyReason() : QString();
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
    m_registration->forgetCertificate();
    inputEdited();
}

void VmEncryptionModel::inputEdited()
{
    emit inputChanged();
    emit changed();
}

bool VmEncryptionModel::isValidIdentityUrn(const QString &urn)
{
    static const QRegularExpression re(
            u"^urn:v1:(eu|ca|us|labeu):identity:(account|user|group|credential)(:[A-Za-z0-9._-]+)+(/[A-Za-z0-9._@-]+)?$"_s);
    return re.match(urn).hasMatch();
}

void VmEncryptionModel::setCredentialName(const QString &name)
{
    if (name != m_name) {
        m_name = name;
        inputEdited();
    }
}

void VmEncryptionModel::setIdentityUrns(const QStringList &urns)
{
    QStringList clean;
    for (const QString &u : urns) {
        if (!u.trimmed().isEmpty())
            clean << u.trimmed();
    }
    if (clean != m_urns) {
        m_urns = clean;
        inputEdited();
    }
}

void VmEncryptionModel::setValidityDays(int days)
{
    if (days != m_validityDays) {
        m_validityDays = days;
        inputEdited();
    }
}

void VmEncryptionModel::setUseCsr(bool useCsr)
{
    if (useCsr != m_useCsr) {
        m_useCsr = useCsr;
        inputEdited();
    }
}

void VmEncryptionModel::setKeyAlgorithm(crypto::KeyAlgorithm algorithm)
{
    if (algorithm != m_algorithm) {
        m_algorithm = algorithm;
        // Another key type, another KMIP endpoint: a certificate read for the other one is not
        // the one to register (unless the credential already decides, see usesRsaEndpoint()).
        if (m_custody->certificatePem().isEmpty())
            m_registration->forgetCertificate();
        inputEdited();
    }
}

bool VmEncryptionModel::usesRsaEndpoint() const
{
    // The credential vCenter will present decides; before there is one, the key type chosen.
    const QByteArray issued = m_custody->certificatePem();
    if (!issued.isEmpty()) {
        const QSslCertificate certificate(issued, QSsl::Pem);
        if (!certificate.isNull())
            return certificate.publicKey().algorithm() == QSsl::Rsa;
    }
    return m_algorithm != crypto::KeyAlgorithm::EcP256;
}

QStringList VmEncryptionModel::credentialInputProblems() const
{
    QStringList problems;
    if (m_okms.isEmpty() || !selectedOkms())
        problems << tr("No OVHcloud KMS is chosen.", "@error");
    const QString name = m_name.trimmed();
    if (name.isEmpty() || name.size() > 50)
        problems << tr("The credential name must have 1 to 50 characters.", "@error");
    if (m_urns.isEmpty() || m_urns.size() > 25)
        problems << tr("Give 1 to 25 identities (URNs) allowed to use the credential.", "@error");
    for (const QString &urn : m_urns) {
        if (!isValidIdentityUrn(urn))
            //: %1 what the person typed
            problems << tr("\"%1\" is not an identity URN (e.g. urn:v1:eu:identity:account:xx1111-ovh).",
                           "@error").arg(urn);
    }
    if (m_validityDays < 1 || m_validityDays > 365)
        problems << tr("The validity must be between 1 and 365 days.", "@error");
    return problems;
}

// ---- Reading ----------------------------------------------------------------------------------

void VmEncryptionModel::refresh()
{
    // A refresh asked while one runs is answered by the running one (one refreshed() for both).
    if (m_read && m_read->isRunning())
        return;
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        setStatus(Status::Unknown);
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    StageOperation *op = startOperation();
    m_read = op;
    op->onFinished(this, [this](const Result<Unit> &r) { emit refreshed(r.ok()); });
    load(op);
}

struct VmEncryptionModel::Read
{
    QList<OkmsInstance> okms;
    std::shared_ptr<QList<RegisteredKms>> kms = std::make_shared<QList<RegisteredKms>>();
    QJsonArray credentials;
    int ready = 0;
    QString nic;
};

void VmEncryptionModel::addOkmsReads(CallGroup *group, std::shared_ptr<Read> read)
{
    ApiClient *api = context()->api();
    // A 404 is "nothing there", not a failure.
    auto failUnlessNotFound = [group](const ApiError &e) {
        if (e.kind != ApiError::Kind::NotFound)
            group->fail(e);
    };
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
            i.kmipRsaEndpoint = o.value("kmipRsaEndpoint"_L1).toString();
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
}

void VmEncryptionModel::load(StageOperation *op)
{
    ApiClient *api = context()->api();
    auto read = std::make_shared<Read>();
    CallGroup *group = op->group();
    m_registration->addReads(group, read->kms);
    addOkmsReads(group, read);
    // Only a convenience (the default identity): a failure here is not an error.
    group->addResult(api->get(u"/me"_s), [read](const Result<QJsonValue> &r) {
        if (r.ok())
            read->nic = r.value().toObject().value("nichandle"_L1).toString();
    });
    group->onAllFinished(op->scope(), [this, op, read](const Result<Unit> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            op->fail(r.error());
            return;
        }
        m_registration->setRegistered(*read->kms);
        m_okms = read->okms;
        m_readyCredentials = read->ready;
        m_credentialExpiry = credentialExpiryIn(read->credentials, credentialId());
        if (!read->nic.isEmpty()) {
            const QString id = context()->endpoint().id;
            const QString zone = id == "ovh-ca"_L1 ? u"ca"_s : id == "ovh-us"_L1 ? u"us"_s : u"eu"_s;
            m_defaultUrn = u"urn:v1:%1:identity:account:%2"_s.arg(zone, read->nic);
            if (m_urns.isEmpty())
                m_urns = {m_defaultUrn};
        }
        if (m_name.isEmpty())
            m_name = u"vcenter-%1"_s.arg(context()->serviceName()).left(50);
        emit inputChanged(); // the defaults above, and the OKMS kept or chosen
        m_refreshedOnce = true;
        auto finish = [this, op] {
            deriveStatus();
            emit changed();
            op->succeed();
        };
        // After a restart: the credential a killed wizard was creating, if its key was kept.
        if (!resumeCredential(op, read->credentials, finish))
            finish();
        // After a restart too: a registration still waiting for vCenter is followed again.
        m_registration->resumePending();
    });
}

bool VmEncryptionModel::resumeCredential(StageOperation *op, const QJsonArray &credentials, std::function<void()> then)
{
    if (m_flow->state() != CredentialState::None || m_flow->isGeneratingKey())
        return false;
    const QString okmsId = m_selectedOkms;
    const QString name = m_name.trimmed();
    return m_custody->resume(op, okmsId, name, credentials, [this, okmsId, name](KeyCustody::Kept &kept) {
        // Something started meanwhile: it wins.
        if (m_flow->state() != CredentialState::None || m_custody->hasKey() || m_selectedOkms != okmsId)
            return;
        if (kept.credential.value("status"_L1).toString() == "READY"_L1)
            --m_readyCredentials; // counted by the read, and again when the flow sees it READY
        const QJsonObject credential = kept.credential;
        m_custody->adopt(kept, okmsId, name);
        m_flow->adopt(okmsId, name, credential);
    }, std::move(then));
}

void VmEncryptionModel::deriveStatus()
{
    if (!m_refreshedOnce) {
        setStatus(Status::Unknown);
        return;
    }
    const bool delivered = m_registration->isDelivered();
    const bool changing = m_registration->isChanging();
    const bool credentialBusy = m_flow->isUnderWay();
    const bool taskRunning = isTaskRunning();
    if (hasUnsavedKey())
        setStatus(Status::WaitingForUser);
    else if (delivered && m_readyCredentials > 0 && !taskRunning && !credentialBusy)
        setStatus(Status::Done);
    else if (taskRunning || changing || credentialBusy)
        setStatus(Status::InProgress);
    else if (kmipCertificate() && !delivered)
        setStatus(Status::WaitingForUser);
    else if (delivered || m_readyCredentials > 0 || credentialState() != CredentialState::None)
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
        facts << ReportFact{tr("KMIP endpoint", "@label report"),
                            usesRsaEndpoint() && !okms->kmipRsaEndpoint.isEmpty() ? okms->kmipRsaEndpoint : okms->kmipEndpoint};
    }
    for (const RegisteredKms &k : m_registration->registered()) {
        //: %1 IP address, %2 TCP port, %3 state ("delivered")
        facts << ReportFact{tr("Registered KMS", "@label report"),
                            tr("%1, port %2, state %3", "@info report").arg(k.ip).arg(k.port).arg(ApiValueText::optionState(k.state))};
        facts << ReportFact{tr("KMS certificate SHA-1 thumbprint", "@label report"), k.sslThumbprint};
    }
    facts << ReportFact{tr("Access credentials ready", "@label report"), QString::number(m_readyCredentials)};
    if (!credentialId().isEmpty())
        facts << ReportFact{tr("Access credential created by the wizard", "@label report"), credentialId()};
    return facts;
}

// ---- Actions ----------------------------------------------------------------------------------

bool VmEncryptionModel::createCredential()
{
    const QStringList problems = credentialInputProblems();
    if (!problems.isEmpty()) {
        reportValidationError(problems.join(u' '));
        return false;
    }
    OkmsCredentialFlow::Request request;
    request.okmsId = m_selectedOkms;
    request.name = m_name.trimmed();
    request.identityUrns = m_urns;
    request.validityDays = m_validityDays;
    request.useCsr = m_useCsr;
    request.algorithm = m_algorithm;
    request.description = tr("vCenter key provider for %1", "@info credential description")
                                  .arg(context()->serviceName()).left(200);
    return m_flow->create(request);
}

bool VmEncryptionModel::probeKmip()
{
    const auto okms = selectedOkms();
    if (!okms || !context() || !context()->api()) {
        reportValidationError(tr("Choose an OVHcloud KMS first.", "@error"));
        return false;
    }
    return m_registration->probe(*okms, usesRsaEndpoint());
}

bool VmEncryptionModel::registerKms()
{
    if (!kmipCertificate() || kmipAddress().isEmpty()) {
        reportValidationError(tr("Read and check the certificate of the KMS first.", "@error"));
        return false;
    }
    if (isTaskRunning() || isBusy()) {
        reportValidationError(tr("Wait for the current operation to finish.", "@error"));
        return false;
    }
    const auto okms = selectedOkms();
    return m_registration->registerKms(okms ? tr("OVHcloud KMS %1", "@info kms description").arg(okms->region) : QString());
}

QString VmEncryptionModel::vCenterInstructions() const
{
    const QString host = kmipHost().isEmpty() ? u"<region>.okms.ovh.net"_s : kmipHost();
    //: %1 KMIP host, %2 port
    QString steps = tr("While OVHcloud opens the way to the KMS, configure vCenter: Configure › Security › Key "
                       "Providers › Add › Add Standard Key Provider. Give it a name, enter the KMS address %1 "
                       "and port %2. Then select it and choose \"Trust KMS\" (or upload its certificate), and "
                       "\"Make KMS trust vCenter\" › \"KMS certificate and private key\": upload the "
                       "certificate and the private key saved in this stage.", "@info").arg(host).arg(kmipPort() ? kmipPort() : 5696);
    // Where they are, so nobody has to look for them hours later.
    if (keyStorage() == KeyStorage::File && !certificateFilePath().isEmpty())
        //: %1 certificate file, %2 private key file
        steps += u' ' + tr("The certificate is %1 and the private key is %2.", "@info").arg(certificateFilePath(), keyFilePath());
    else if (keyStorage() == KeyStorage::File)
        //: %1 private key file
        steps += u' ' + tr("The private key is %1.", "@info").arg(keyFilePath());
    else if (keyStorage() == KeyStorage::Keychain)
        steps += u' ' + tr("The certificate and the private key are in your system keychain, under this "
                           "wizard's name; copy them to files for vCenter.", "@info");
    if (isTaskRunning())
        steps += u' ' + tr("OVHcloud completes the registration once vCenter is configured, which may take a "
                           "while: you may close the wizard and come back, the registration goes on and is "
                           "followed again.", "@info");
    return steps;
}

QString VmEncryptionModel::registrationTaskDescription() const
{
    return m_registration->taskDescription();
}

} // namespace snc
