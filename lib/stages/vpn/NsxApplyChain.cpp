// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/NsxApplyChain.h"

#include "core/ApiError.h"
#include "crypto/RandomSecret.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"
#include "stages/vpn/NsxClient.h"
#include "stages/vpn/VpnSettings.h"

#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {
constexpr int kPskLength = 32; // 32 of 62 symbols: about 190 bits
} // namespace

NsxApplyChain::NsxApplyChain(NsxClient *nsx, StageContext *context, QObject *parent)
    : QObject(parent), m_nsx(nsx), m_context(context)
{
}

QString NsxApplyChain::ikeProfilePath() { return u"/infra/ipsec-vpn-ike-profiles/snc-wizard-ike"_s; }
QString NsxApplyChain::tunnelProfilePath() { return u"/infra/ipsec-vpn-tunnel-profiles/snc-wizard-esp"_s; }
QString NsxApplyChain::dpdProfilePath() { return u"/infra/ipsec-vpn-dpd-profiles/snc-wizard-dpd"_s; }
QString NsxApplyChain::servicePath(const QString &tier0)
{
    return u"/infra/tier-0s/%1/ipsec-vpn-services/snc-wizard-ipsec"_s.arg(tier0);
}
QString NsxApplyChain::endpointPath(const QString &tier0) { return servicePath(tier0) + u"/local-endpoints/snc-wizard-le"_s; }
QString NsxApplyChain::sessionPath(const QString &tier0) { return servicePath(tier0) + u"/sessions/snc-wizard-session"_s; }

void NsxApplyChain::run(QObject *scope, const VpnSettings &settings, const SecretBytes &freshPsk,
                        std::function<void(const SecretBytes &)> onNewPsk,
                        std::function<void(const Result<Unit> &)> done)
{
    withPsk(scope, freshPsk, std::move(onNewPsk), [this, scope, settings, done](const Result<SecretBytes> &psk) {
        if (!psk.ok()) {
            done(psk.error());
            return;
        }
        const VpnSettings &s = settings;
        Steps steps{{ikeProfilePath(), s.ikeProfileBody()},
                    {tunnelProfilePath(), s.tunnelProfileBody()},
                    {dpdProfilePath(), s.dpdProfileBody()},
                    {servicePath(m_tier0), VpnSettings::serviceBody()},
                    {endpointPath(m_tier0), s.localEndpointBody()}};
        // The session last: it refers to the others, and its body carries the PSK as bytes.
        auto session = std::make_shared<SecretBytes>(s.sessionBody(endpointPath(m_tier0), ikeProfilePath(),
                                                                   tunnelProfilePath(), dpdProfilePath(), psk.value()));
        if (session->isEmpty()) {
            done(ApiError::make(ApiError::Kind::Crypto, u"PSK not writable in the session body"_s));
            return;
        }
        patch(scope, steps, [this, scope, session, done](const Result<Unit> &r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            m_nsx->patchBytes(sessionPath(m_tier0), std::move(*session), scope, [done](const Result<QJsonValue> &p) {
                if (!p.ok()) {
                    done(p.error());
                    return;
                }
                done(Unit{});
            });
        });
    });
}

void NsxApplyChain::withPsk(QObject *scope, const SecretBytes &freshPsk,
                            std::function<void(const SecretBytes &)> onNewPsk,
                            std::function<void(const Result<SecretBytes> &)> then)
{
    if (!freshPsk.isEmpty()) {
        then(freshPsk.clone());
        return;
    }
    SecretStore *store = m_context ? m_context->secrets() : nullptr;
    if (!store) {
        then(ApiError::make(ApiError::Kind::NotFound, u"no secret store"_s));
        return;
    }
    const QString key = SecretKeys::nsxIpsecPsk(m_context->secretScope(), m_context->serviceName());
    m_context->readSecret(key, SecretKeys::Legacy::nsxIpsecPsk(m_context->serviceName()), scope,
                          [scope, store, key, onNewPsk, then](Result<SecretBytes> read) {
        if (read.ok()) {
            then(std::move(read.value()));
            return;
        }
        if (read.error().kind != ApiError::Kind::NotFound) {
            then(read.error());
            return;
        }
        // First apply: a new key, kept before anything is sent so it is never lost.
        SecretBytes psk = crypto::randomString(kPskLength);
        if (psk.isEmpty()) {
            then(ApiError::make(ApiError::Kind::Crypto, u"random PSK"_s));
            return;
        }
        SecretWriteJob *write = store->write(key, psk.clone());
        auto shared = std::make_shared<SecretBytes>(std::move(psk));
        write->onFinished(scope, [write, shared, onNewPsk, then] {
            if (write->error()) {
                then(*write->error());
                return;
            }
            onNewPsk(*shared);
            then(shared->clone());
        });
    });
}

void NsxApplyChain::patch(QObject *scope, Steps steps, std::function<void(const Result<Unit> &)> done)
{
    if (steps.isEmpty()) {
        done(Unit{});
        return;
    }
    const auto step = steps.takeFirst();
    m_nsx->patch(step.first, step.second, scope, [this, scope, steps, done](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        patch(scope, steps, done);
    });
}

} // namespace snc
