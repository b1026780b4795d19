// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5, crash and resume: the recovery copy of a generated key kept in the secret store before
// its CSR is sent, and the adoption, after a restart, of the credential the killed wizard created.
#include "stages/encryption/VmEncryptionModel.h"

#include "core/Log.h"
#include "crypto/KeyGenerationJob.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

void VmEncryptionModel::keepRecoveryCopyThenPost()
{
    SecretStore *store = context()->secrets();
    if (!store) {
        qCInfo(lcStage) << "okms: no secret store: no recovery copy of the private key is kept";
        postCredential(m_csr);
        return;
    }
    // Before the CSR leaves: once OKMS knows the credential, a crash must not lose its key.
    const QString key = SecretKeys::okmsRecoveryPrivateKey(m_selectedOkms, m_csrName);
    beginWork();
    SecretWriteJob *job = store->write(key, m_privateKey.clone());
    job->onFinished(this, [this, job, key, persistent = store->isPersistent()] {
        endWork();
        if (const ApiError *e = job->error()) {
            qCWarning(lcStage) << "okms: the keychain kept no recovery copy of the private key:" << e->details
                               << "- a crash before the key is saved would lose the credential";
        } else {
            m_recoveryKey = key;
            if (!persistent)
                qCInfo(lcStage) << "okms: session-only secrets: the recovery copy of the private key "
                                   "does not outlive this run";
        }
        postCredential(m_csr);
    });
}

void VmEncryptionModel::forgetRecoveryCopy()
{
    SecretStore *store = context() ? context()->secrets() : nullptr;
    if (m_recoveryKey.isEmpty() || !store)
        return;
    SecretWriteJob *job = store->remove(m_recoveryKey);
    m_recoveryKey.clear();
    job->onFinished(this, [job] {
        if (job->error())
            qCWarning(lcStage) << "okms: the recovery copy of the private key could not be removed";
    });
}

struct VmEncryptionModel::Recovery
{
    QList<QJsonObject> candidates; ///< newest first
    qsizetype index = 0;
    QString okmsId;
    QString name;
    SecretBytes copy; ///< the recovery copy, if any
    bool mismatch = false;
    std::function<void()> then;
};

bool VmEncryptionModel::resumeCredential(const QJsonArray &credentials, std::function<void()> then)
{
    SecretStore *store = context() ? context()->secrets() : nullptr;
    if (!store || m_recovering || m_credentialState != CredentialState::None || !m_privateKey.isEmpty()
        || m_keyStorage != KeyStorage::None || m_keyJob || m_selectedOkms.isEmpty())
        return false;
    auto recovery = std::make_shared<Recovery>();
    recovery->okmsId = m_selectedOkms;
    recovery->name = m_name.trimmed();
    recovery->then = std::move(then);
    for (const QJsonValue &v : credentials) {
        const QJsonObject c = v.toObject();
        const QString status = c.value("status"_L1).toString();
        if (c.value("name"_L1).toString() == recovery->name && c.value("fromCSR"_L1).toBool()
            && !c.value("id"_L1).toString().isEmpty() && (status == "CREATING"_L1 || status == "READY"_L1))
            recovery->candidates << c;
    }
    if (recovery->candidates.isEmpty())
        return false;
    const auto createdAt = [](const QJsonObject &c) {
        return QDateTime::fromString(c.value("createdAt"_L1).toString(), Qt::ISODate).toMSecsSinceEpoch();
    };
    std::stable_sort(recovery->candidates.begin(), recovery->candidates.end(),
                     [createdAt](const QJsonObject &a, const QJsonObject &b) { return createdAt(a) > createdAt(b); });
    m_recovering = true;
    beginWork();
    SecretReadJob *job = store->read(SecretKeys::okmsRecoveryPrivateKey(recovery->okmsId, recovery->name));
    job->onFinished(this, [this, job, recovery] {
        recovery->copy = job->takeSecret();
        recoverNext(recovery);
    });
    return true;
}

void VmEncryptionModel::recoverNext(std::shared_ptr<Recovery> recovery)
{
    SecretStore *store = context() ? context()->secrets() : nullptr;
    if (!store || recovery->index >= recovery->candidates.size()) {
        m_recovering = false;
        endWork();
        if (recovery->mismatch) {
            //: %1 credential name
            reportValidationError(tr("An access credential named %1 exists, but its certificate does not "
                                     "match the private key this computer kept for it: it is not used. "
                                     "Create another credential.", "@error").arg(recovery->name));
        }
        recovery->then();
        return;
    }
    const QJsonObject credential = recovery->candidates.at(recovery->index++);
    const QString id = credential.value("id"_L1).toString();
    // The key the person saved in the keychain or to a file (killed before the KMS was
    // registered), else the recovery copy (killed before the key was saved).
    SecretReadJob *job = store->read(SecretKeys::okmsPrivateKey(recovery->okmsId, id));
    job->onFinished(this, [this, job, store, recovery, credential, id] {
        SecretBytes saved = job->takeSecret();
        if (!saved.isEmpty() && adoptCredential(recovery, credential, std::move(saved), KeyStorage::Keychain))
            return;
        SecretReadJob *where = store->read(SecretKeys::okmsPrivateKeyFile(recovery->okmsId, id));
        where->onFinished(this, [this, where, recovery, credential] {
            const QString path = where->takeSecret().exposeString();
            QFile file(path);
            if (!path.isEmpty() && file.size() < 65536 && file.open(QIODevice::ReadOnly)) {
                SecretBytes key(file.readAll());
                if (!key.isEmpty() && adoptCredential(recovery, credential, std::move(key), KeyStorage::File, path))
                    return;
            }
            if (!recovery->copy.isEmpty()
                && adoptCredential(recovery, credential, recovery->copy.clone(), KeyStorage::None))
                return;
            recoverNext(recovery);
        });
    });
}

bool VmEncryptionModel::adoptCredential(const std::shared_ptr<Recovery> &recovery, const QJsonObject &credential,
                                        SecretBytes key, KeyStorage storage, const QString &keyFile)
{
    const bool ready = credential.value("status"_L1).toString() == "READY"_L1;
    if (ready && !crypto::certificateMatchesKey(credential.value("certificatePEM"_L1).toString().toLatin1(), key)) {
        recovery->mismatch = true;
        return false;
    }
    m_recovering = false;
    endWork();
    if (m_credentialState != CredentialState::None || !m_privateKey.isEmpty() || m_selectedOkms != recovery->okmsId) {
        // Something started meanwhile: it wins.
        recovery->then();
        return true;
    }
    clearError();
    m_credentialId = credential.value("id"_L1).toString();
    m_privateKey = std::move(key);
    m_keyStorage = storage;
    m_keyFile = keyFile;
    m_certificateFile.clear();
    m_csr.clear();
    m_csrName = recovery->name;
    m_recoveryKey = SecretKeys::okmsRecoveryPrivateKey(recovery->okmsId, recovery->name);
    qCInfo(lcStage) << "okms: resuming credential" << m_credentialId
                    << (storage == KeyStorage::Keychain ? "(key saved in the keychain)"
                        : storage == KeyStorage::File   ? "(key saved to a file)"
                                                        : "(recovery copy of its key)");
    if (ready)
        --m_readyCredentials; // counted by the read, and again by onCredentialAnswer()
    m_credentialDeadlineMs = context()->serverNowMs() + credentialTimeoutMs();
    setCredentialState(CredentialState::WaitingForReady);
    emit keySavedChanged();
    emit canLeaveChanged();
    onCredentialAnswer(credential);
    recovery->then();
    return true;
}

} // namespace snc
