// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/StageContext.h"

#include "api/ApiClient.h"
#include "core/Clock.h"
#include "secrets/SecretStore.h"
#include "stages/AllowedNetworksService.h"
#include "stages/OnboardingTasks.h"
#include "stages/TokenValidationOption.h"
#include "stages/VpnStatusService.h"

#include <QDateTime>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace snc {

StageContext::StageContext(ApiClient *api, SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent), m_api(api), m_secrets(secrets), m_clock(clock),
      m_allowedNetworks(new AllowedNetworksService(this)), m_vpnStatus(new VpnStatusService(this)),
      m_onboardingTasks(new OnboardingTasks(this)), m_tokenValidation(new TokenValidationOption(this))
{
}

void StageContext::setServiceName(const QString &serviceName, const ServiceHosts &hosts)
{
    if (m_serviceName == serviceName) {
        if (hosts.isKnown())
            setServiceHosts(hosts);
        return;
    }
    m_serviceName = serviceName;
    m_hosts = hosts; // another service's names never serve this one
    emit serviceChanged(serviceName);
}

QString StageContext::servicePath() const
{
    if (m_serviceName.isEmpty())
        return {};
    return u"/dedicatedCloud/%1"_s.arg(encodePathSegment(m_serviceName));
}

void StageContext::setEndpoint(const Endpoint &endpoint, bool practiceSandbox)
{
    const bool same = m_endpoint.id == endpoint.id && m_endpoint.apiBase == endpoint.apiBase
            && m_practiceSandbox == practiceSandbox;
    const bool hadEndpoint = m_endpoint.isValid();
    m_endpoint = endpoint;
    m_practiceSandbox = practiceSandbox;
    if (same)
        return;
    emit endpointChanged();
    // The service of the same name on another server is another service: the stages forget it.
    if (hadEndpoint && !m_serviceName.isEmpty())
        emit serviceChanged(m_serviceName);
}

QString StageContext::secretScope() const
{
    if (!m_endpoint.isValid())
        return {};
    if (isProductionEndpoint())
        return m_endpoint.id;
    const QUrl &base = m_endpoint.apiBase;
    const int port = base.port(base.scheme() == "http"_L1 ? 80 : 443);
    return u"custom:%1:%2"_s.arg(base.host().toLower()).arg(port);
}

QString StageContext::onboardingKey() const
{
    // Per endpoint: the practice sandbox and OVHcloud may have a service of the same name.
    if (m_serviceName.isEmpty())
        return {};
    return secretScope() + u'|' + m_serviceName;
}

bool StageContext::isProductionEndpoint() const
{
    if (m_practiceSandbox || !m_endpoint.isValid() || m_endpoint.isCustom())
        return false;
    const Endpoint known = Endpoint::forId(m_endpoint.id);
    return known.isValid() && known.apiBase == m_endpoint.apiBase;
}

void StageContext::readSecret(const QString &scopedKey, const QString &legacyKey, QObject *scope,
                              std::function<void(Result<SecretBytes>)> then)
{
    SecretStore *store = m_secrets;
    if (!store) {
        then(ApiError::make(ApiError::Kind::NotFound, u"no secret store"_s));
        return;
    }
    const bool migrate = !legacyKey.isEmpty() && isProductionEndpoint();
    SecretReadJob *job = store->read(scopedKey);
    job->onFinished(scope, [job, store, scope, scopedKey, legacyKey, migrate, then] {
        const bool notFound = !job->result().ok() && job->error()
                && job->error()->kind == ApiError::Kind::NotFound;
        if (!notFound || !migrate) {
            if (job->result().ok())
                then(job->takeSecret());
            else
                then(job->error() ? *job->error() : ApiError::make(ApiError::Kind::Keychain, u"read"_s));
            return;
        }
        SecretReadJob *old = store->read(legacyKey);
        old->onFinished(scope, [old, store, scopedKey, legacyKey, then] {
            if (!old->result().ok()) {
                then(old->error() ? *old->error() : ApiError::make(ApiError::Kind::NotFound, u"read"_s));
                return;
            }
            SecretBytes value = old->takeSecret();
            SecretWriteJob *write = store->write(scopedKey, value.clone());
            // The old entry goes only once the scoped copy is written.
            QObject::connect(write, &SecretJob::finished, store, [write, store, legacyKey] {
                if (write->result().ok())
                    store->remove(legacyKey);
            });
            then(std::move(value));
        });
    });
}

void StageContext::setServiceHosts(const ServiceHosts &given)
{
    ServiceHosts hosts = given;
    hosts.keepNsxtOf(m_hosts); // a re-read of the service says nothing of /nsxt
    if (m_hosts == hosts)
        return;
    m_hosts = hosts;
    emit serviceHostsChanged();
}

QUrl StageContext::reachable(const QUrl &published) const
{
    if (published.isEmpty() || !m_practiceSandbox)
        return published;
    // The sandbox serves https://<host>/<path> as <sandbox>/site/<host>/<path>: the wizard keeps
    // the published host name (what it shows, maps and logs in with) and only the route changes.
    QUrl url = m_endpoint.apiBase;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(u"%1/site/%2%3"_s.arg(base, published.host().toLower(),
                                      published.path().isEmpty() ? u"/"_s : published.path()));
    url.setQuery(published.query());
    return url;
}

QUrl StageContext::secureInterfaceBase() const
{
    if (m_serviceName.isEmpty())
        return {};
    return reachable(m_hosts.secureInterface());
}

QUrl StageContext::operationValidationUrl(qint64 taskId, const QString &token) const
{
    const QUrl base = secureInterfaceBase();
    if (base.isEmpty())
        return {};
    QUrl url = base.resolved(QUrl(u"operation-validation"_s));
    QUrlQuery q;
    q.addQueryItem(u"task"_s, QString::number(taskId));
    q.addQueryItem(u"token"_s, token);
    url.setQuery(q);
    return url;
}

qint64 StageContext::serverNowMs() const
{
    const qint64 local = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    const qint64 delta = m_api ? m_api->timeDeltaSeconds() * 1000 : 0;
    return local + delta;
}

} // namespace snc
