// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/encryption/OkmsCredentialFlow.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "crypto/KeyGenerationJob.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/encryption/KeyCustody.h"
#include "core/Poller.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// OKMS shows a key it made (`privateKeyPEM`, no CSR) once: it goes straight into SecretBytes and
/// the text copy made to read it is wiped. The field is not removed from `credential`: that would
/// deep-copy the JSON, key included, into one more buffer out of reach (onAnswer() never reads
/// it). What remains is Qt's own: the reply's bytes and the parsed document (SECURITY.md, item 11).
SecretBytes takePrivateKey(const QJsonObject &credential)
{
    QString pem = credential.value("privateKeyPEM"_L1).toString();
    SecretBytes key(pem.toUtf8());
    wipe(pem);
    return key;
}

} // namespace

OkmsCredentialFlow::OkmsCredentialFlow(StageContext *context, KeyCustody *custody,
                                       std::function<StageOperation *()> startOperation, QObject *parent)
    : QObject(parent), m_context(context), m_custody(custody), m_startOperation(std::move(startOperation)),
      m_wait(new Poller(this))
{
    // Measured on the injected clock: tests run the two minutes fast, and a credential is not
    // given up because the wall clock jumped.
    m_wait->setClock(context ? context->clock() : nullptr);
    m_wait->setTimeoutMs(timeoutMs());
    connect(m_wait, &Poller::due, this, &OkmsCredentialFlow::poll);
    connect(m_wait, &Poller::expired, this, [this] {
        // The wizard's own verdict (OVHcloud gives none): shown as a plain message.
        ApiError e = ApiError::make(ApiError::Kind::Validation, u"credential still CREATING"_s);
        //: %n minutes waited
        e.serverMessage = tr("The access credential is still being created after %n minute(s). OVHcloud "
                             "may be slow: refresh later, or delete it and create another one.", "@error",
                             int(timeoutMs() / 60000));
        fail(e);
    });
}

OkmsCredentialFlow::~OkmsCredentialFlow()
{
    // The key job may still run: it discards and wipes its result by itself.
    if (m_keyJob)
        m_keyJob->deleteLater();
}

bool OkmsCredentialFlow::isUnderWay() const
{
    return m_state == State::GeneratingKey || m_state == State::Requesting || m_state == State::WaitingForReady;
}

void OkmsCredentialFlow::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool OkmsCredentialFlow::create(const Request &request)
{
    // Idempotent: one credential per visit of the page; a finished one is never re-requested.
    if (m_state != State::None && m_state != State::Failed)
        return true;
    if (m_state == State::Failed && m_credentialId.isEmpty() && request.useCsr && !m_csr.isEmpty()
        && m_custody->hasKey() && m_csrName == request.name && m_csrAlgorithm == request.algorithm) {
        retry(request);
        return true;
    }
    if (m_custody->hasUnsavedKey()) {
        emit errorOccurred(ApiError::localCheck(KeyCustody::unsavedKeyReason()));
        return false;
    }
    emit errorCleared();
    m_request = request;
    m_csr.clear();
    m_custody->reset();
    m_custody->setCredential(request.okmsId, QString());
    m_credentialId.clear();
    m_credentialStatus.clear();
    // One operation from the key to the POST's answer; its end is the flow's failure, if any.
    StageOperation *op = m_startOperation();
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (!r.ok())
            fail(r.error());
    });
    if (!request.useCsr) {
        post(op, {});
        return true;
    }
    setState(State::GeneratingKey);
    auto *job = new crypto::KeyGenerationJob(this);
    m_keyJob = job;
    connect(job, &crypto::KeyGenerationJob::finished, op->scope(), [this, op, job](bool ok) {
        crypto::KeyGenerationJob::Outcome outcome = job->takeResult();
        if (!ok || !outcome.keyPair || outcome.certificateRequestPem.isEmpty()) {
            qCWarning(lcStage) << "okms: key generation failed:" << outcome.error;
            op->fail(ApiError::make(ApiError::Kind::Crypto, outcome.error));
            return;
        }
        m_csr = outcome.certificateRequestPem;
        m_csrName = m_request.name;
        m_csrAlgorithm = m_request.algorithm;
        m_csrFirstSentAtMs = m_context->serverNowMs() - 60000;
        m_custody->hold(std::move(outcome.keyPair->privateKeyPem));
        m_custody->keepRecoveryCopy(op, m_request.okmsId, m_csrName, [this, op] { post(op, m_csr); });
    });
    // Whoever listens (or not, after a cancel): the job goes once it has answered.
    connect(job, &crypto::KeyGenerationJob::finished, job, &QObject::deleteLater);
    job->start(request.algorithm, request.name);
    return true;
}

void OkmsCredentialFlow::retry(const Request &request)
{
    // Only the POST failed: the private key never left this computer and stays valid, saved or
    // not, for the same CSR. A lost request may have created the credential: look first.
    m_request = request;
    emit errorCleared();
    setState(State::Requesting);
    qCInfo(lcStage) << "okms: retrying the credential request with the same key pair";
    StageOperation *op = m_startOperation();
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (!r.ok())
            fail(r.error());
    });
    findLost(op, m_csrFirstSentAtMs, [this, op](const ApiError *readError) {
        if (readError)
            op->fail(*readError);
        else
            post(op, m_csr);
    });
}

void OkmsCredentialFlow::post(StageOperation *op, const QByteArray &csr)
{
    setState(State::Requesting);
    QJsonObject body{{u"name"_s, m_request.name},
                     {u"identityURNs"_s, QJsonArray::fromStringList(m_request.identityUrns)},
                     {u"description"_s, m_request.description},
                     {u"validity"_s, m_request.validityDays}};
    // Without a CSR too: OKMS then makes a key of that type (its default would be ECDSA).
    body.insert(u"certificateType"_s, m_request.algorithm == crypto::KeyAlgorithm::EcP256 ? u"ECDSA"_s : u"RSA"_s);
    if (!csr.isEmpty())
        body.insert(u"csr"_s, QString::fromLatin1(csr));
    qCInfo(lcStage) << "okms: requesting a credential" << (csr.isEmpty() ? "without CSR" : "from a CSR");
    // Server time of the request, with a minute of tolerance: a credential created from it is
    // newer than this.
    const qint64 sentAtMs = m_context->serverNowMs() - 60000;
    ApiCall *call = m_context->api()->post(
            u"/v2/okms/resource/%1/credential"_s.arg(encodePathSegment(m_request.okmsId)), body);
    op->onAnswer(call, [this, op, fromCsr = !csr.isEmpty(), sentAtMs](const Result<QJsonValue> &r) {
        const bool mayHaveRun = !r.ok()
                && (r.error().kind == ApiError::Kind::Network || r.error().kind == ApiError::Kind::Timeout
                    || r.error().kind == ApiError::Kind::ServerError);
        if (mayHaveRun && fromCsr) {
            // The answer was lost, not necessarily the call: re-read the credentials before
            // anything is posted again, and follow the one made from our CSR if it exists.
            qCInfo(lcStage) << "okms: credential request unanswered; reading the credentials before retrying";
            findLost(op, sentAtMs, [op, error = r.error()](const ApiError *) { op->fail(error); });
            return;
        }
        if (!r.ok()) {
            op->fail(r.error());
            return;
        }
        const QJsonObject credential = r.value().toObject();
        m_credentialId = credential.value("id"_L1).toString();
        m_custody->setCredential(m_request.okmsId, m_credentialId);
        if (SecretBytes key = takePrivateKey(credential); !key.isEmpty())
            m_custody->hold(std::move(key));
        op->succeed();
        startWaiting();
        onAnswer(credential);
    });
}

void OkmsCredentialFlow::findLost(StageOperation *op, qint64 sentAtMs, std::function<void(const ApiError *)> notFound)
{
    ApiCall *call = m_context->api()->get(
            u"/v2/okms/resource/%1/credential"_s.arg(encodePathSegment(m_request.okmsId)));
    op->onAnswer(call, [this, op, sentAtMs, notFound](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            notFound(&r.error());
            return;
        }
        QJsonObject found;
        const QJsonArray list = r.value().toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject c = v.toObject();
            const qint64 created = QDateTime::fromString(c.value("createdAt"_L1).toString(), Qt::ISODate).toMSecsSinceEpoch();
            if (c.value("name"_L1).toString() == m_request.name && c.value("fromCSR"_L1).toBool()
                && created >= sentAtMs && c.value("status"_L1).toString() != "EXPIRED"_L1)
                found = c;
        }
        if (found.isEmpty()) {
            notFound(nullptr);
            return;
        }
        qCInfo(lcStage) << "okms: the lost request had created credential" << found.value("id"_L1).toString();
        m_credentialId = found.value("id"_L1).toString();
        m_custody->setCredential(m_request.okmsId, m_credentialId);
        op->succeed();
        startWaiting();
        onAnswer(found);
    });
}

void OkmsCredentialFlow::adopt(const QString &okmsId, const QString &name, const QJsonObject &credential)
{
    m_request = Request{};
    m_request.okmsId = okmsId;
    m_request.name = name;
    m_csr.clear();
    m_csrName = name;
    m_credentialId = credential.value("id"_L1).toString();
    startWaiting();
    onAnswer(credential);
}

void OkmsCredentialFlow::startWaiting()
{
    // The deadline runs from here: the first read comes pollIntervalMs() after the answer that
    // onAnswer() is about to look at.
    m_wait->start(pollIntervalMs());
    setState(State::WaitingForReady);
}

void OkmsCredentialFlow::cancel()
{
    m_wait->stop();
    if (m_pollCall)
        m_pollCall->abort();
}

void OkmsCredentialFlow::poll()
{
    if (m_state != State::WaitingForReady || m_credentialId.isEmpty() || !m_context || !m_context->api()) {
        m_wait->stop();
        return;
    }
    m_pollCall = m_context->api()->get(u"/v2/okms/resource/%1/credential/%2"_s.arg(
            encodePathSegment(m_request.okmsId), encodePathSegment(m_credentialId)));
    m_pollCall->onFinished(this, [this](const Result<QJsonValue> &r) {
        if (r.ok()) {
            onAnswer(r.value().toObject());
            return;
        }
        const ApiError::Kind k = r.error().kind;
        if (k == ApiError::Kind::Canceled)
            return;
        const bool transient = k == ApiError::Kind::ServerError || k == ApiError::Kind::RateLimited
                || k == ApiError::Kind::Network || k == ApiError::Kind::Timeout;
        if (transient) {
            // Only this read failed: the credential exists and is still followed (until the
            // deadline). Failing here would offer "create" again, i.e. a second credential
            // (tst_faults seed 11 in CI).
            qCInfo(lcStage) << "okms: credential read failed; reading it again shortly";
            const int retryAfterMs = r.error().retryAfterSeconds > 0 ? r.error().retryAfterSeconds * 1000 : 0;
            m_wait->again(std::max(pollIntervalMs(), retryAfterMs));
            return;
        }
        if (k == ApiError::Kind::NotFound)
            m_custody->forgetRecoveryCopy(); // deleted: its key is of no use any more
        fail(r.error());
    });
}

void OkmsCredentialFlow::onAnswer(const QJsonObject &credential)
{
    const QString status = credential.value("status"_L1).toString();
    if (status != m_credentialStatus) {
        m_credentialStatus = status;
        emit credentialStatusChanged();
    }
    if (status == "READY"_L1) {
        m_wait->stop();
        if (!m_custody->acceptCertificate(credential.value("certificatePEM"_L1).toString().toLatin1())) {
            fail(ApiError::make(ApiError::Kind::Crypto, u"certificate does not match the key"_s));
            return;
        }
        setState(State::Ready);
        emit ready();
        return;
    }
    if (status == "ERROR"_L1 || status == "EXPIRED"_L1 || status == "DELETING"_L1) {
        m_custody->forgetRecoveryCopy();
        fail(ApiError::make(ApiError::Kind::ServerError, u"credential %1"_s.arg(status)));
        return;
    }
    // Still CREATING: read it again (or expire, once the deadline has passed).
    m_wait->again(pollIntervalMs());
}

void OkmsCredentialFlow::fail(const ApiError &error)
{
    m_wait->stop();
    if (error.kind == ApiError::Kind::Crypto && error.details.contains("does not match"_L1)) {
        ApiError e = ApiError::make(ApiError::Kind::Validation, error.details);
        e.serverMessage = tr("The certificate OVHcloud issued does not match the private key. Do not "
                             "use it; create another credential.", "@error");
        emit errorOccurred(e);
    } else if (error.kind != ApiError::Kind::Canceled) {
        emit errorOccurred(error);
    }
    setState(State::Failed);
    emit failed();
}

} // namespace snc
