// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/connection/ConnectionStore.h"

#include "core/ApiError.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"
#include "stages/WizardSettings.h"
#include "stages/connection/ConnectionKeys.h"

#include <memory>

namespace snc {

ConnectionStore::ConnectionStore(StageContext *context, WizardSettings *settings, QObject *parent)
    : QObject(parent), m_context(context), m_settings(settings)
{
}

bool ConnectionStore::hasStore() const
{
    return m_context && m_context->secrets();
}

QString ConnectionStore::rememberedEndpointId(bool sandboxGiven) const
{
    QString id = m_settings ? m_settings->endpointId() : QString();
    if (id.isEmpty() || (id == ConnectionKeys::sandboxEndpointId() && !sandboxGiven))
        id = sandboxGiven ? ConnectionKeys::sandboxEndpointId() : QStringLiteral("ovh-eu");
    return id;
}

QString ConnectionStore::rememberedApplicationKey() const
{
    return m_settings ? m_settings->applicationKey() : QString();
}

QString ConnectionStore::rememberedServiceName() const
{
    return m_settings ? m_settings->serviceName() : QString();
}

void ConnectionStore::rememberEndpointId(const QString &id)
{
    if (m_settings)
        m_settings->setEndpointId(id);
}

void ConnectionStore::rememberServiceName(const QString &serviceName)
{
    if (m_settings)
        m_settings->setServiceName(serviceName);
}

void ConnectionStore::writeFailed()
{
    if (!m_warning.isEmpty())
        return;
    // Keep going for this session; say plainly that nothing will be remembered.
    m_warning = tr("The system keychain is not available: the secrets are kept for "
                   "this session only and you will have to authorize again next time.",
                   "@info");
    emit warningChanged();
}

void ConnectionStore::storeKeys(const ConnectionKeys &keys, QObject *scope, std::function<void()> next)
{
    if (m_settings) {
        m_settings->setEndpointId(keys.endpointId);
        m_settings->setApplicationKey(keys.applicationKey);
    }
    if (!hasStore()) {
        next();
        return;
    }
    SecretWriteJob *job = m_context->secrets()->write(
            SecretKeys::ovhApplicationSecret(keys.endpointId, keys.applicationKey), keys.applicationSecret.clone());
    job->onFinished(scope, [this, job, next] {
        if (job->error() && job->error()->kind != ApiError::Kind::Canceled)
            writeFailed();
        next();
    });
}

void ConnectionStore::storeConsumerKey(const ConnectionKeys &keys, SecretBytes consumerKey)
{
    if (!hasStore())
        return;
    SecretWriteJob *job = m_context->secrets()->write(
            SecretKeys::ovhConsumerKey(keys.endpointId, keys.applicationKey), std::move(consumerKey));
    job->onFinished(this, [this, job] {
        if (job->error() && job->error()->kind != ApiError::Kind::Canceled)
            writeFailed();
    });
}

void ConnectionStore::forgetConsumerKey(const ConnectionKeys &keys)
{
    if (hasStore() && !keys.applicationKey.isEmpty())
        m_context->secrets()->remove(SecretKeys::ovhConsumerKey(keys.endpointId, keys.applicationKey));
}

void ConnectionStore::readStored(const ConnectionKeys &keys, QObject *scope,
                                   std::function<void(SecretBytes, SecretBytes)> done)
{
    if (!hasStore()) {
        done({}, {});
        return;
    }
    SecretStore *store = m_context->secrets();
    const QString consumerKeyName = SecretKeys::ovhConsumerKey(keys.endpointId, keys.applicationKey);
    auto secret = std::make_shared<SecretBytes>();
    auto readConsumerKey = [store, consumerKeyName, scope, secret, done] {
        SecretReadJob *job = store->read(consumerKeyName);
        job->onFinished(scope, [job, secret, done] { done(std::move(*secret), job->takeSecret()); });
    };
    if (keys.isSandbox()) {
        readConsumerKey();
        return;
    }
    SecretReadJob *job = store->read(SecretKeys::ovhApplicationSecret(keys.endpointId, keys.applicationKey));
    job->onFinished(scope, [job, secret, readConsumerKey] {
        *secret = job->takeSecret();
        readConsumerKey();
    });
}

} // namespace snc
