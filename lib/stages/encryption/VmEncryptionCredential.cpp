// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5: the OKMS access credential — local key + CSR (preferred) or OKMS's one-time
// privateKeyPEM, the key saved before anything else, the credential followed until READY.
#include "stages/encryption/VmEncryptionModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "core/SecretFile.h"
#include "crypto/KeyGenerationJob.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Writes `data` atomically, owner-only from its first byte (SecretFile: QSaveFile would give its
/// temporary file the permissions of a file it replaces); the group/other read bits of
/// `permissions` (a public certificate) are added once the content is complete.
bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
               QString *error, SecretFile::Overwrite overwrite = SecretFile::Overwrite::Replace,
               bool *exists = nullptr)
{
    unsigned mode = 0600;
    if (permissions & QFileDevice::ReadGroup)
        mode |= 0040;
    if (permissions & QFileDevice::ReadOther)
        mode |= 0004;
    const SecretFile::Outcome outcome = SecretFile::write(path, data, overwrite, error, mode);
    if (exists)
        *exists = outcome == SecretFile::Outcome::Exists;
    return outcome == SecretFile::Outcome::Written;
}

/// "<dir>/vcenter.key" → "<dir>/vcenter.crt"; any other name gets ".crt" appended.
QString certificatePathFor(const QString &keyPath)
{
    if (keyPath.endsWith(".key"_L1))
        return keyPath.chopped(4) + ".crt"_L1;
    if (keyPath.endsWith(".pem"_L1))
        return keyPath.chopped(4) + ".crt.pem"_L1;
    return keyPath + ".crt"_L1;
}

} // namespace

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
        emit changed();
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
        emit changed();
    }
}

void VmEncryptionModel::setValidityDays(int days)
{
    if (days != m_validityDays) {
        m_validityDays = days;
        emit changed();
    }
}

void VmEncryptionModel::setUseCsr(bool useCsr)
{
    if (useCsr != m_useCsr) {
        m_useCsr = useCsr;
        emit changed();
    }
}

void VmEncryptionModel::setKeyAlgorithm(crypto::KeyAlgorithm algorithm)
{
    if (algorithm != m_algorithm) {
        m_algorithm = algorithm;
        emit changed();
    }
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

void VmEncryptionModel::setCredentialState(CredentialState state)
{
    if (state == m_credentialState)
        return;
    m_credentialState = state;
    deriveStatus();
    emit credentialStateChanged(state);
    emit changed();
}

bool VmEncryptionModel::createCredential()
{
    const QStringList problems = credentialInputProblems();
    if (!problems.isEmpty()) {
        reportValidationError(problems.join(u' '));
        return false;
    }
    // Idempotent: one credential per visit of the page; a finished one is never re-requested.
    if (m_credentialState != CredentialState::None && m_credentialState != CredentialState::Failed)
        return true;
    if (m_credentialState == CredentialState::Failed && m_credentialId.isEmpty() && m_useCsr && !m_csr.isEmpty()
        && !m_privateKey.isEmpty() && m_csrName == m_name.trimmed() && m_csrAlgorithm == m_algorithm) {
        // Only the POST failed: the private key never left this computer and stays valid, saved
        // or not, for the same CSR. A lost request may have created the credential: look first.
        clearError();
        setCredentialState(CredentialState::Requesting);
        qCInfo(lcStage) << "okms: retrying the credential request with the same key pair";
        findLostCredential(m_csrFirstSentAtMs, [this](bool found, const ApiError *readError) {
            if (found)
                return;
            if (readError)
                failCredential(*readError);
            else
                postCredential(m_csr);
        });
        return true;
    }
    if (hasUnsavedKey()) {
        reportValidationError(leaveBlockedReason());
        return false;
    }
    clearError();
    m_csr.clear();
    m_privateKey.clear();
    m_keyStorage = KeyStorage::None;
    m_keyFile.clear();
    m_certificateFile.clear();
    m_certificatePem.clear();
    m_certificateMatches = false;
    m_credentialId.clear();
    m_credentialStatus.clear();
    if (!m_useCsr) {
        postCredential({});
        return true;
    }
    setCredentialState(CredentialState::GeneratingKey);
    beginWork();
    auto *job = new crypto::KeyGenerationJob(this);
    m_keyJob = job;
    connect(job, &crypto::KeyGenerationJob::finished, this, [this, job](bool ok) {
        endWork();
        job->deleteLater();
        crypto::KeyGenerationJob::Outcome outcome = job->takeResult();
        if (!ok || !outcome.keyPair || outcome.certificateRequestPem.isEmpty()) {
            qCWarning(lcStage) << "okms: key generation failed:" << outcome.error;
            failCredential(ApiError::make(ApiError::Kind::Crypto, outcome.error));
            return;
        }
        m_privateKey = std::move(outcome.keyPair->privateKeyPem);
        m_csr = outcome.certificateRequestPem;
        m_csrName = m_name.trimmed();
        m_csrAlgorithm = m_algorithm;
        m_csrFirstSentAtMs = context()->serverNowMs() - 60000;
        emit keySavedChanged();
        emit canLeaveChanged();
        keepRecoveryCopyThenPost();
    });
    job->start(m_algorithm, m_name.trimmed());
    return true;
}

void VmEncryptionModel::postCredential(const QByteArray &csr)
{
    setCredentialState(CredentialState::Requesting);
    QJsonObject body{{u"name"_s, m_name.trimmed()},
                     {u"identityURNs"_s, QJsonArray::fromStringList(m_urns)},
                     {u"description"_s, tr("vCenter key provider for %1", "@info credential description")
                                                .arg(context()->serviceName()).left(200)},
                     {u"validity"_s, m_validityDays}};
    if (!csr.isEmpty()) {
        body.insert(u"csr"_s, QString::fromLatin1(csr));
        body.insert(u"certificateType"_s, m_algorithm == crypto::KeyAlgorithm::EcP256 ? u"ECDSA"_s : u"RSA"_s);
    }
    beginWork();
    qCInfo(lcStage) << "okms: requesting a credential" << (csr.isEmpty() ? "without CSR" : "from a CSR");
    // Server time of the request, with a minute of tolerance: a credential created from it is
    // newer than this.
    const qint64 sentAtMs = context()->serverNowMs() - 60000;
    ApiCall *call = track(context()->api()->post(
            u"/v2/okms/resource/%1/credential"_s.arg(encodePathSegment(m_selectedOkms)), body));
    call->onFinished(this, [this, fromCsr = !csr.isEmpty(), sentAtMs](const Result<QJsonValue> &r) {
        endWork();
        const bool mayHaveRun = !r.ok()
                && (r.error().kind == ApiError::Kind::Network || r.error().kind == ApiError::Kind::Timeout
                    || r.error().kind == ApiError::Kind::ServerError);
        if (mayHaveRun && fromCsr) {
            // The answer was lost, not necessarily the call: re-read the credentials before
            // anything is posted again, and follow the one made from our CSR if it exists.
            adoptLostCredential(r.error(), sentAtMs);
            return;
        }
        if (!r.ok()) {
            failCredential(r.error());
            return;
        }
        QJsonObject credential = r.value().toObject();
        m_credentialId = credential.value("id"_L1).toString();
        const QString keyPem = credential.value("privateKeyPEM"_L1).toString();
        if (!keyPem.isEmpty()) {
            // Shown once by OKMS: from here it only lives in SecretBytes until saved.
            m_privateKey = SecretBytes(keyPem.toLatin1());
            credential.remove("privateKeyPEM"_L1);
            emit keySavedChanged();
            emit canLeaveChanged();
        }
        m_credentialDeadlineMs = context()->serverNowMs() + credentialTimeoutMs();
        setCredentialState(CredentialState::WaitingForReady);
        onCredentialAnswer(credential);
    });
}

void VmEncryptionModel::adoptLostCredential(const ApiError &error, qint64 sentAtMs)
{
    qCInfo(lcStage) << "okms: credential request unanswered; reading the credentials before retrying";
    findLostCredential(sentAtMs, [this, error](bool found, const ApiError *) {
        if (!found)
            failCredential(error);
    });
}

void VmEncryptionModel::findLostCredential(qint64 sentAtMs, std::function<void(bool, const ApiError *)> then)
{
    beginWork();
    ApiCall *call = track(context()->api()->get(
            u"/v2/okms/resource/%1/credential"_s.arg(encodePathSegment(m_selectedOkms))));
    call->onFinished(this, [this, sentAtMs, then](const Result<QJsonValue> &r) {
        endWork();
        if (!r.ok()) {
            then(false, &r.error());
            return;
        }
        QJsonObject found;
        const QJsonArray list = r.value().toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject c = v.toObject();
            const qint64 created = QDateTime::fromString(c.value("createdAt"_L1).toString(), Qt::ISODate).toMSecsSinceEpoch();
            if (c.value("name"_L1).toString() == m_name.trimmed() && c.value("fromCSR"_L1).toBool()
                && created >= sentAtMs && c.value("status"_L1).toString() != "EXPIRED"_L1)
                found = c;
        }
        if (found.isEmpty()) {
            then(false, nullptr);
            return;
        }
        qCInfo(lcStage) << "okms: the lost request had created credential" << found.value("id"_L1).toString();
        m_credentialId = found.value("id"_L1).toString();
        m_credentialDeadlineMs = context()->serverNowMs() + credentialTimeoutMs();
        setCredentialState(CredentialState::WaitingForReady);
        then(true, nullptr);
        onCredentialAnswer(found);
    });
}

void VmEncryptionModel::pollCredential()
{
    if (m_credentialState != CredentialState::WaitingForReady || m_credentialId.isEmpty())
        return;
    ApiCall *call = track(context()->api()->get(u"/v2/okms/resource/%1/credential/%2"_s.arg(
            encodePathSegment(m_selectedOkms), encodePathSegment(m_credentialId))));
    call->onFinished(this, [this](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::Canceled)
                return;
            const ApiError::Kind k = r.error().kind;
            const bool transient = k == ApiError::Kind::ServerError || k == ApiError::Kind::RateLimited
                    || k == ApiError::Kind::Network || k == ApiError::Kind::Timeout;
            if (transient && context()->serverNowMs() <= m_credentialDeadlineMs) {
                // Only this read failed: the credential exists and is still followed. Failing here
                // would offer "create" again, i.e. a second credential (tst_faults seed 11 in CI).
                qCInfo(lcStage) << "okms: credential read failed; reading it again shortly";
                const int retryAfterMs = r.error().retryAfterSeconds > 0 ? r.error().retryAfterSeconds * 1000 : 0;
                m_credentialTimer->start(std::max(2000, retryAfterMs));
                return;
            }
            if (k == ApiError::Kind::NotFound)
                forgetRecoveryCopy(); // deleted: its key is of no use any more
            failCredential(r.error());
            return;
        }
        onCredentialAnswer(r.value().toObject());
    });
}

void VmEncryptionModel::onCredentialAnswer(const QJsonObject &credential)
{
    m_credentialStatus = credential.value("status"_L1).toString();
    emit changed();
    if (m_credentialStatus == "READY"_L1) {
        m_certificatePem = credential.value("certificatePEM"_L1).toString().toLatin1();
        m_certificateMatches = !m_privateKey.isEmpty()
                && crypto::certificateMatchesKey(m_certificatePem, m_privateKey);
        if (!m_certificateMatches) {
            failCredential(ApiError::make(ApiError::Kind::Crypto, u"certificate does not match the key"_s));
            return;
        }
        ++m_readyCredentials;
        setCredentialState(CredentialState::Ready);
        saveCertificateAlongside();
        if (!hasUnsavedKey())
            emit actionFinished(true);
        return;
    }
    if (m_credentialStatus == "ERROR"_L1 || m_credentialStatus == "EXPIRED"_L1 || m_credentialStatus == "DELETING"_L1) {
        forgetRecoveryCopy();
        failCredential(ApiError::make(ApiError::Kind::ServerError, u"credential %1"_s.arg(m_credentialStatus)));
        return;
    }
    if (context()->serverNowMs() > m_credentialDeadlineMs) {
        // The wizard's own verdict (OVHcloud gives none): shown as a plain message.
        ApiError e = ApiError::make(ApiError::Kind::Validation, u"credential still CREATING"_s);
        //: %n minutes waited
        e.serverMessage = tr("The access credential is still being created after %n minute(s). OVHcloud "
                             "may be slow: refresh later, or delete it and create another one.", "@error",
                             int(credentialTimeoutMs() / 60000));
        failCredential(e);
        return;
    }
    m_credentialTimer->start(2000);
}

void VmEncryptionModel::failCredential(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Crypto && error.details.contains("does not match"_L1)) {
        ApiError e = ApiError::make(ApiError::Kind::Validation, error.details);
        e.serverMessage = tr("The certificate OVHcloud issued does not match the private key. Do not "
                             "use it; create another credential.", "@error");
        reportError(e);
    } else if (error.kind != ApiError::Kind::Canceled) {
        reportError(error);
    }
    setCredentialState(CredentialState::Failed);
    emit actionFinished(false);
}

bool VmEncryptionModel::saveKeyToKeychain()
{
    SecretStore *store = context() ? context()->secrets() : nullptr;
    if (m_privateKey.isEmpty() || !store) {
        reportValidationError(tr("There is no private key to save.", "@error"));
        return false;
    }
    beginWork();
    SecretWriteJob *job = store->write(SecretKeys::okmsPrivateKey(m_selectedOkms, m_credentialId), m_privateKey.clone());
    job->onFinished(this, [this, job] {
        endWork();
        if (const ApiError *e = job->error()) {
            reportError(*e);
            return;
        }
        m_keyStorage = KeyStorage::Keychain;
        clearError();
        saveCertificateAlongside();
        deriveStatus();
        emit keySavedChanged();
        emit canLeaveChanged();
        emit changed();
        if (m_credentialState == CredentialState::Ready)
            emit actionFinished(true);
    });
    return true;
}

bool VmEncryptionModel::saveKeyToFile(const QString &path)
{
    if (m_privateKey.isEmpty()) {
        reportValidationError(tr("There is no private key to save.", "@error"));
        return false;
    }
    if (path.trimmed().isEmpty() || QFileInfo(path).isDir()) {
        reportValidationError(tr("Choose a file name for the private key.", "@error"));
        return false;
    }
    // A typed path may name a file that matters (another key): ask before replacing it. The
    // same path saved again is the answer.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool confirmed = std::exchange(m_keyFileAwaitingReplace, QString()) == absolute;
    QString why;
    bool exists = false;
    if (!writeFile(path, m_privateKey.expose(), ownerOnly, &why,
                   confirmed ? SecretFile::Overwrite::Replace : SecretFile::Overwrite::Refuse, &exists)) {
        if (exists) {
            m_keyFileAwaitingReplace = absolute;
            //: %1 file path
            reportValidationError(tr("%1 already exists. Save again to replace it, or choose another name.", "@error").arg(path));
            return false;
        }
        //: %1 file path, %2 system reason
        reportValidationError(tr("Could not save the private key to %1: %2", "@error").arg(path, why));
        return false;
    }
    m_keyStorage = KeyStorage::File;
    m_keyFile = path;
    // Where the key is (not the key): a wizard restarted before the KMS is registered finds it.
    if (SecretStore *store = context() ? context()->secrets() : nullptr; store && !m_credentialId.isEmpty()) {
        SecretWriteJob *job = store->write(SecretKeys::okmsPrivateKeyFile(m_selectedOkms, m_credentialId),
                                           SecretBytes(QFileInfo(path).absoluteFilePath().toUtf8()));
        job->onFinished(this, [job] {
            if (job->error())
                qCWarning(lcStage) << "okms: the keychain did not keep where the private key file is";
        });
    }
    clearError();
    saveCertificateAlongside();
    deriveStatus();
    emit keySavedChanged();
    emit canLeaveChanged();
    emit changed();
    if (m_credentialState == CredentialState::Ready)
        emit actionFinished(true);
    return true;
}

void VmEncryptionModel::saveCertificateAlongside()
{
    if (m_certificatePem.isEmpty())
        return;
    if (m_keyStorage == KeyStorage::File && m_certificateFile.isEmpty()) {
        if (exportCertificate(certificatePathFor(m_keyFile)))
            m_certificateFile = certificatePathFor(m_keyFile);
    } else if (m_keyStorage == KeyStorage::Keychain && context() && context()->secrets()) {
        SecretWriteJob *job = context()->secrets()->write(SecretKeys::okmsCertificate(m_selectedOkms, m_credentialId),
                                                          SecretBytes(m_certificatePem));
        job->onFinished(this, [job] {
            if (job->error())
                qCWarning(lcStage) << "okms: the certificate could not be kept in the keychain";
        });
    }
    // Once the key is saved and the certificate checked, the wizard needs the key no more.
    if (m_keyStorage != KeyStorage::None && m_credentialState == CredentialState::Ready) {
        m_privateKey.clear();
        forgetRecoveryCopy();
    }
}

bool VmEncryptionModel::exportCertificate(const QString &path)
{
    if (m_certificatePem.isEmpty()) {
        reportValidationError(tr("The certificate is not issued yet.", "@error"));
        return false;
    }
    QString why;
    if (!writeFile(path, m_certificatePem,
                   ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther, &why)) {
        reportValidationError(tr("Could not save the certificate to %1: %2", "@error").arg(path, why));
        return false;
    }
    return true;
}

std::optional<crypto::CertificateInfo> VmEncryptionModel::credentialCertificate() const
{
    if (m_certificatePem.isEmpty())
        return std::nullopt;
    return crypto::CertificateInfo::fromPem(m_certificatePem);
}

} // namespace snc
