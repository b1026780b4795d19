// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/encryption/KeyCustody.h"

#include "core/Log.h"
#include "core/SecretFile.h"
#include "crypto/KeyGenerationJob.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

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

KeyCustody::KeyCustody(StageContext *context, std::function<StageOperation *()> startOperation, QObject *parent)
    : QObject(parent), m_context(context), m_startOperation(std::move(startOperation))
{
}

QString KeyCustody::secretScope() const
{
    return m_context ? m_context->secretScope() : QString();
}

QString KeyCustody::unsavedKeyReason()
{
    return tr("The private key of the access credential is not saved yet. Save it in the keychain "
              "or in a file first: it cannot be downloaded again.", "@info");
}

void KeyCustody::refuse(const QString &message)
{
    emit errorOccurred(ApiError::localCheck(message));
}

void KeyCustody::setCredential(const QString &okmsId, const QString &credentialId)
{
    m_okmsId = okmsId;
    m_credentialId = credentialId;
}

void KeyCustody::reset()
{
    m_key.clear();
    m_storage = Storage::None;
    m_keyFile.clear();
    m_certificateFile.clear();
    m_certificatePem.clear();
    m_certificateMatches = false;
}

void KeyCustody::hold(SecretBytes key)
{
    m_key = std::move(key);
    emit keyChanged();
}

bool KeyCustody::acceptCertificate(const QByteArray &pem)
{
    m_certificatePem = pem;
    m_certificateMatches = hasKey() && crypto::certificateMatchesKey(m_certificatePem, m_key);
    if (m_certificateMatches)
        saveCertificateAlongside();
    return m_certificateMatches;
}

std::optional<crypto::CertificateInfo> KeyCustody::certificate() const
{
    if (m_certificatePem.isEmpty())
        return std::nullopt;
    return crypto::CertificateInfo::fromPem(m_certificatePem);
}

bool KeyCustody::saveToKeychain()
{
    SecretStore *store = m_context ? m_context->secrets() : nullptr;
    if (m_key.isEmpty() || !store) {
        refuse(tr("There is no private key to save.", "@error"));
        return false;
    }
    StageOperation *op = m_startOperation();
    SecretWriteJob *job = store->write(SecretKeys::okmsPrivateKey(secretScope(), m_okmsId, m_credentialId), m_key.clone());
    job->onFinished(op->scope(), [this, op, job] {
        if (const ApiError *e = job->error()) {
            emit errorOccurred(*e);
            op->fail(*e);
            return;
        }
        m_storage = Storage::Keychain;
        emit errorCleared();
        saveCertificateAlongside();
        emit keyChanged();
        emit keySaved();
        op->succeed();
    });
    return true;
}

bool KeyCustody::saveToFile(const QString &path)
{
    if (m_key.isEmpty()) {
        refuse(tr("There is no private key to save.", "@error"));
        return false;
    }
    if (path.trimmed().isEmpty() || QFileInfo(path).isDir()) {
        refuse(tr("Choose a file name for the private key.", "@error"));
        return false;
    }
    // A typed path may name a file that matters (another key): ask before replacing it. The
    // same path saved again is the answer.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool confirmed = std::exchange(m_keyFileAwaitingReplace, QString()) == absolute;
    QString why;
    bool exists = false;
    if (!writeFile(path, m_key.expose(), ownerOnly, &why,
                   confirmed ? SecretFile::Overwrite::Replace : SecretFile::Overwrite::Refuse, &exists)) {
        if (exists) {
            m_keyFileAwaitingReplace = absolute;
            //: %1 file path
            refuse(tr("%1 already exists. Save again to replace it, or choose another name.", "@error").arg(path));
            return false;
        }
        //: %1 file path, %2 system reason
        refuse(tr("Could not save the private key to %1: %2", "@error").arg(path, why));
        return false;
    }
    m_storage = Storage::File;
    m_keyFile = path;
    // Where the key is (not the key): a wizard restarted before the KMS is registered finds it.
    if (SecretStore *store = m_context ? m_context->secrets() : nullptr; store && !m_credentialId.isEmpty()) {
        SecretWriteJob *job = store->write(SecretKeys::okmsPrivateKeyFile(secretScope(), m_okmsId, m_credentialId),
                                           SecretBytes(QFileInfo(path).absoluteFilePath().toUtf8()));
        job->onFinished(this, [job] {
            if (job->error())
                qCWarning(lcStage) << "okms: the keychain did not keep where the private key file is";
        });
    }
    emit errorCleared();
    saveCertificateAlongside();
    emit keyChanged();
    emit keySaved();
    return true;
}

void KeyCustody::saveCertificateAlongside()
{
    if (m_certificatePem.isEmpty())
        return;
    if (m_storage == Storage::File && m_certificateFile.isEmpty()) {
        if (exportCertificate(certificatePathFor(m_keyFile)))
            m_certificateFile = certificatePathFor(m_keyFile);
    } else if (m_storage == Storage::Keychain && m_context && m_context->secrets()) {
        SecretWriteJob *job = m_context->secrets()->write(SecretKeys::okmsCertificate(secretScope(), m_okmsId, m_credentialId),
                                                          SecretBytes(m_certificatePem));
        job->onFinished(this, [job] {
            if (job->error())
                qCWarning(lcStage) << "okms: the certificate could not be kept in the keychain";
        });
    }
    // Once the key is saved and the certificate checked, the wizard needs the key no more.
    if (m_storage != Storage::None && m_certificateMatches) {
        m_key.clear();
        forgetRecoveryCopy();
    }
}

bool KeyCustody::exportCertificate(const QString &path)
{
    if (m_certificatePem.isEmpty()) {
        refuse(tr("The certificate is not issued yet.", "@error"));
        return false;
    }
    QString why;
    if (!writeFile(path, m_certificatePem, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther, &why)) {
        refuse(tr("Could not save the certificate to %1: %2", "@error").arg(path, why));
        return false;
    }
    return true;
}

// ---- Recovery copy and crash resume -----------------------------------------------------------

void KeyCustody::keepRecoveryCopy(StageOperation *op, const QString &okmsId, const QString &name,
                                  std::function<void()> then)
{
    SecretStore *store = m_context ? m_context->secrets() : nullptr;
    if (!store) {
        qCInfo(lcStage) << "okms: no secret store: no recovery copy of the private key is kept";
        then();
        return;
    }
    // Before the CSR leaves: once OKMS knows the credential, a crash must not lose its key.
    const QString key = SecretKeys::okmsRecoveryPrivateKey(secretScope(), okmsId, name);
    SecretWriteJob *job = store->write(key, m_key.clone());
    job->onFinished(op->scope(), [this, job, key, then, persistent = store->isPersistent()] {
        if (const ApiError *e = job->error()) {
            qCWarning(lcStage) << "okms: the keychain kept no recovery copy of the private key:" << e->details
                               << "- a crash before the key is saved would lose the credential";
        } else {
            m_recoveryKey = key;
            if (!persistent)
                qCInfo(lcStage) << "okms: session-only secrets: the recovery copy of the private key "
                                   "does not outlive this run";
        }
        then();
    });
}

void KeyCustody::forgetRecoveryCopy()
{
    SecretStore *store = m_context ? m_context->secrets() : nullptr;
    if (m_recoveryKey.isEmpty() || !store)
        return;
    SecretWriteJob *job = store->remove(m_recoveryKey);
    m_recoveryKey.clear();
    job->onFinished(this, [job] {
        if (job->error())
            qCWarning(lcStage) << "okms: the recovery copy of the private key could not be removed";
    });
}

struct KeyCustody::Recovery
{
    StageOperation *op = nullptr;
    QList<QJsonObject> candidates; ///< newest first
    qsizetype index = 0;
    QString okmsId;
    QString name;
    SecretBytes copy; ///< the recovery copy, if any
    bool mismatch = false;
    std::function<void(Kept &)> adopt;
    std::function<void()> then;
};

bool KeyCustody::resume(StageOperation *op, const QString &okmsId, const QString &name, const QJsonArray &credentials,
                        std::function<void(Kept &)> adopt, std::function<void()> then)
{
    SecretStore *store = m_context ? m_context->secrets() : nullptr;
    if (!store || isResuming() || hasKey() || m_storage != Storage::None || okmsId.isEmpty())
        return false;
    auto recovery = std::make_shared<Recovery>();
    recovery->op = op;
    recovery->okmsId = okmsId;
    recovery->name = name;
    recovery->adopt = std::move(adopt);
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
    m_resumeScope = op->scope();
    m_context->readSecret(SecretKeys::okmsRecoveryPrivateKey(secretScope(), recovery->okmsId, recovery->name),
                          SecretKeys::Legacy::okmsRecoveryPrivateKey(recovery->okmsId, recovery->name), op->scope(),
                          [this, recovery](Result<SecretBytes> read) {
        if (read.ok())
            recovery->copy = std::move(read.value());
        recoverNext(recovery);
    });
    return true;
}

void KeyCustody::recoverNext(std::shared_ptr<Recovery> recovery)
{
    SecretStore *store = m_context ? m_context->secrets() : nullptr;
    if (!store || recovery->index >= recovery->candidates.size()) {
        m_resumeScope.clear();
        if (recovery->mismatch) {
            //: %1 credential name
            refuse(tr("An access credential named %1 exists, but its certificate does not "
                      "match the private key this computer kept for it: it is not used. "
                      "Create another credential.", "@error").arg(recovery->name));
        }
        recovery->then();
        return;
    }
    const QJsonObject credential = recovery->candidates.at(recovery->index++);
    const QString id = credential.value("id"_L1).toString();
    QObject *scope = recovery->op->scope();
    // The key the person saved in the keychain or to a file (killed before the KMS was
    // registered), else the recovery copy (killed before the key was saved).
    m_context->readSecret(SecretKeys::okmsPrivateKey(secretScope(), recovery->okmsId, id),
                          SecretKeys::Legacy::okmsPrivateKey(recovery->okmsId, id), scope,
                          [this, scope, recovery, credential, id](Result<SecretBytes> read) {
        SecretBytes saved = read.ok() ? std::move(read.value()) : SecretBytes();
        if (!saved.isEmpty() && offer(recovery, credential, std::move(saved), Storage::Keychain))
            return;
        if (!m_context) {
            recoverNext(recovery);
            return;
        }
        m_context->readSecret(SecretKeys::okmsPrivateKeyFile(secretScope(), recovery->okmsId, id),
                              SecretKeys::Legacy::okmsPrivateKeyFile(recovery->okmsId, id), scope,
                              [this, recovery, credential](Result<SecretBytes> where) {
            const QString path = where.ok() ? where.value().exposeString() : QString();
            QFile file(path);
            if (!path.isEmpty() && file.size() < 65536 && file.open(QIODevice::ReadOnly)) {
                SecretBytes key(file.readAll());
                if (!key.isEmpty() && offer(recovery, credential, std::move(key), Storage::File, path))
                    return;
            }
            if (!recovery->copy.isEmpty() && offer(recovery, credential, recovery->copy.clone(), Storage::None))
                return;
            recoverNext(recovery);
        });
    });
}

bool KeyCustody::offer(const std::shared_ptr<Recovery> &recovery, const QJsonObject &credential, SecretBytes key,
                       Storage storage, const QString &keyFile)
{
    const bool ready = credential.value("status"_L1).toString() == "READY"_L1;
    if (ready && !crypto::certificateMatchesKey(credential.value("certificatePEM"_L1).toString().toLatin1(), key)) {
        recovery->mismatch = true;
        return false;
    }
    m_resumeScope.clear();
    Kept kept{credential, std::move(key), storage, keyFile};
    recovery->adopt(kept); // the model takes it, unless something started meanwhile
    recovery->then();
    return true;
}

void KeyCustody::adopt(Kept &kept, const QString &okmsId, const QString &name)
{
    emit errorCleared();
    m_okmsId = okmsId;
    m_credentialId = kept.credential.value("id"_L1).toString();
    m_key = std::move(kept.key);
    m_storage = kept.storage;
    m_keyFile = kept.keyFile;
    m_certificateFile.clear();
    m_recoveryKey = SecretKeys::okmsRecoveryPrivateKey(secretScope(), okmsId, name);
    qCInfo(lcStage) << "okms: resuming credential" << m_credentialId
                    << (m_storage == Storage::Keychain ? "(key saved in the keychain)"
                        : m_storage == Storage::File   ? "(key saved to a file)"
                                                       : "(recovery copy of its key)");
    emit keyChanged();
}

} // namespace snc
