// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/NsxCredentials.h"

#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"
#include "stages/vpn/NsxClient.h"
#include "stages/vpn/NsxLogin.h"

using namespace Qt::StringLiterals;

namespace snc {

NsxCredentials::NsxCredentials(NsxClient *nsx, StageContext *context, QObject *parent)
    : QObject(parent), m_nsx(nsx), m_context(context)
{
}

void NsxCredentials::ensure(QObject *scope, std::function<void(const Result<Unit> &)> then)
{
    if (m_nsx->hasCredentials()) {
        then(Unit{});
        return;
    }
    if (!m_context || !m_context->secrets()) {
        then(ApiError::make(ApiError::Kind::NotFound, u"no secret store"_s));
        return;
    }
    const QString sn = m_context->serviceName();
    m_context->readSecret(SecretKeys::nsxAdminPassword(m_context->secretScope(), sn),
                          SecretKeys::Legacy::nsxAdminPassword(sn), scope,
                          [this, then](Result<SecretBytes> read) {
        if (read.ok()) {
            m_nsx->setCredentials(login(), std::move(read.value()));
            then(Unit{});
            return;
        }
        then(read.error());
    });
}

void NsxCredentials::keep(const SecretBytes &password, std::function<void(const ApiError &)> onStoreError)
{
    m_nsx->setCredentials(login(), password.clone());
    if (!m_context || !m_context->secrets() || m_context->serviceName().isEmpty())
        return;
    SecretWriteJob *job = m_context->secrets()->write(SecretKeys::nsxAdminPassword(m_context->secretScope(),
                                                                                   m_context->serviceName()),
                                                      password.clone());
    job->onFinished(this, [job, onStoreError] {
        if (job->error() && job->error()->kind != ApiError::Kind::Canceled)
            onStoreError(*job->error());
    });
}

void NsxCredentials::forget()
{
    m_nsx->setCredentials(login(), SecretBytes());
}

QString NsxCredentials::login() const
{
    if (!m_login.isEmpty())
        return m_login;
    return m_context ? NsxLogin::defaultFor(m_context->serviceHosts()) : QString();
}

void NsxCredentials::setLogin(const QString &login)
{
    m_login = login.trimmed();
    m_nsx->setUser(this->login());
}

} // namespace snc
