// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/NsxSessionReader.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/WhenAll.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/vpn/NsxApplyChain.h"
#include "stages/vpn/NsxClient.h"
#include "stages/vpn/NsxCredentials.h"
#include "stages/vpn/VpnSessionMonitor.h"
#include "stages/vpn/VpnSettings.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

NsxSessionReader::NsxSessionReader(NsxClient *nsx, VpnSessionMonitor *monitor, NsxApplyChain *chain,
                                   NsxCredentials *credentials, StageContext *context, Report report,
                                   QObject *parent)
    : QObject(parent), m_nsx(nsx), m_monitor(monitor), m_chain(chain), m_credentials(credentials),
      m_context(context), m_report(std::move(report))
{
}

QString NsxSessionReader::servicePath() const { return NsxApplyChain::servicePath(m_tier0Id); }
QString NsxSessionReader::sessionPath() const { return NsxApplyChain::sessionPath(m_tier0Id); }

void NsxSessionReader::forget()
{
    m_nsxt = NsxtOption{};
    m_tier0Id.clear();
    m_needsPassword = false;
}

void NsxSessionReader::prepareClient()
{
    // NSX Manager's address is the one GET …/nsxt gave (empty until read): never built.
    m_nsx->setBaseUrl(m_context->reachable(m_nsxt.policyBase()));
    m_nsx->setPinnedCaCertificates(m_context->pinnedCaCertificates());
    // The login follows the host names, which may be read after the password was.
    m_nsx->setUser(m_credentials->login());
}

void NsxSessionReader::noteRefusal(const ApiError &error)
{
    if (error.errorCode == "NSX_AUTH"_L1) {
        m_needsPassword = true;
        m_credentials->forget();
    }
}

void NsxSessionReader::readNsxtOption(StageOperation *op, bool again, std::function<void(bool)> then)
{
    if (!again && m_nsxt.isUsable()) {
        then(true);
        return;
    }
    StageContext *ctx = m_context;
    op->onAnswer(ctx->api()->get(ctx->servicePath() + u"/nsxt"_s), [this, then](const Result<QJsonValue> &r) {
        StageContext *ctx = m_context;
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                m_report(r.error());
            then(false);
            return;
        }
        m_nsxt = NsxtOption::fromJson(r.value().toObject());
        // The hosts-file lines of stage 4 name NSX Manager as OVHcloud gave it (or none).
        ServiceHosts hosts = ctx->serviceHosts();
        hosts.setNsxt(r.value().toObject());
        ctx->setServiceHosts(hosts);
        if (!m_nsxt.isUsable()) {
            m_report(m_nsxt.notUsableError(ctx->serviceName()));
            then(false);
            return;
        }
        prepareClient();
        then(true);
    });
}

void NsxSessionReader::ensureCredentials(StageOperation *op, std::function<void(bool)> then)
{
    m_credentials->ensure(op->scope(), [this, then](const Result<Unit> &r) {
        m_needsPassword = !r.ok();
        if (!r.ok() && r.error().kind != ApiError::Kind::NotFound && r.error().kind != ApiError::Kind::Canceled)
            m_report(r.error());
        then(r.ok());
    });
}

void NsxSessionReader::findTier0(StageOperation *op, std::function<void(bool)> then)
{
    if (!m_tier0Id.isEmpty()) {
        then(true);
        return;
    }
    // OVHcloud names its Tier-0 "ovh-T0-gw" in NSX's interface; the Policy id behind that
    // display name is not published, so it is read from the list.
    m_nsx->get(u"/infra/tier-0s"_s, op->scope(), [this, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            noteRefusal(r.error());
            if (r.error().kind != ApiError::Kind::Canceled)
                m_report(r.error());
            then(false);
            return;
        }
        for (const QJsonValue &t0 : r.value().toObject().value("results"_L1).toArray()) {
            const QJsonObject o = t0.toObject();
            if (o.value("display_name"_L1).toString() == NsxApplyChain::tier0DisplayName()
                && !o.value("id"_L1).toString().isEmpty()) {
                m_tier0Id = o.value("id"_L1).toString();
                m_chain->setTier0(m_tier0Id);
                m_monitor->setSessionPath(sessionPath());
                then(true);
                return;
            }
        }
        ApiError e = ApiError::make(ApiError::Kind::Validation, u"nsx: no tier-0 ovh-T0-gw"_s);
        e.errorCode = u"NSX_NO_TIER0"_s;
        //: %1 the Tier-0's display name (ovh-T0-gw)
        e.serverMessage = tr("NSX Manager lists no Tier-0 gateway named %1, which OVHcloud creates with "
                             "NSX-T. Check in NSX's interface (Networking, Tier-0 Gateways) that it "
                             "exists and that this user may see it; otherwise contact OVHcloud support.",
                             "@error").arg(NsxApplyChain::tier0DisplayName());
        m_report(e);
        then(false);
    });
}

void NsxSessionReader::readSession(StageOperation *op, VpnSettings *settings, std::function<void(bool)> then)
{
    m_nsx->get(sessionPath(), op->scope(), [this, op, settings, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::NotFound) {
                m_monitor->setState(VpnSessionMonitor::State::NotConfigured);
                then(true);
                return;
            }
            noteRefusal(r.error());
            if (r.error().kind != ApiError::Kind::Canceled)
                m_report(r.error());
            then(false);
            return;
        }
        const QJsonObject session = r.value().toObject();
        settings->readSession(session);
        const QString le = session.value("local_endpoint_path"_L1).toString();
        auto done = whenAll(3, then);
        m_nsx->get(le.isEmpty() ? NsxApplyChain::endpointPath(m_tier0Id) : le, op->scope(),
                   [settings, done](const Result<QJsonValue> &e) {
            if (e.ok())
                settings->localAddress = e.value().toObject().value("local_address"_L1).toString();
            done(e.ok());
        });
        m_nsx->get(session.value("ike_profile_path"_L1).toString(NsxApplyChain::ikeProfilePath()), op->scope(),
                   [settings, done](const Result<QJsonValue> &p) {
            if (p.ok()) {
                const QJsonObject o = p.value().toObject();
                const QString group = o.value("dh_groups"_L1).toArray().at(0).toString();
                if (group.startsWith("GROUP"_L1))
                    settings->dhGroup = group.mid(5).toInt();
                settings->ikeLifetime = o.value("sa_life_time"_L1).toInt(settings->ikeLifetime);
            }
            done(true);
        });
        readStatus(op, done);
    });
}

void NsxSessionReader::readStatus(StageOperation *op, std::function<void(bool)> then)
{
    m_monitor->read(op->scope(), [this, then](const Result<Unit> &r) {
        if (!r.ok() && r.error().kind != ApiError::Kind::Canceled)
            m_report(r.error());
        then(r.ok());
    });
}

} // namespace snc
