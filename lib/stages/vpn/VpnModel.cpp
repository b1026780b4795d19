// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/VpnModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "core/SecretFile.h"
#include "core/WhenAll.h"
#include "crypto/RandomSecret.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/vpn/NsxClient.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

const QString kIke = u"/infra/ipsec-vpn-ike-profiles/snc-wizard-ike"_s;
const QString kTunnel = u"/infra/ipsec-vpn-tunnel-profiles/snc-wizard-esp"_s;
const QString kDpd = u"/infra/ipsec-vpn-dpd-profiles/snc-wizard-dpd"_s;
const QString kService = u"/infra/tier-0s/ovh-T0-gw/ipsec-vpn-services/snc-wizard-ipsec"_s;
const QString kEndpoint = kService + u"/local-endpoints/snc-wizard-le"_s;
const QString kSession = kService + u"/sessions/snc-wizard-session"_s;
constexpr int kPskLength = 32; // 32 of 62 symbols: about 190 bits

} // namespace

VpnModel::VpnModel(StageContext *context, QObject *parent)
    : StageModel(context, parent),
      m_nsx(new NsxClient(context && context->api() ? context->api()->networkAccessManager()
                                                    : new QNetworkAccessManager(this),
                          this)),
      m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &VpnModel::pollStatus);
    resetOnServiceChange();
}

VpnModel::~VpnModel() = default;

void VpnModel::forgetService()
{
    m_settings = VpnSettings{};
    m_freeAddresses.clear();
    m_nsx->setCredentials(u"admin"_s, SecretBytes());
    m_needsPassword = false;
    m_refreshed = false;
    forgetFreshPsk();
    setSessionState(SessionState::Unknown, {}, 0, 0);
    m_sessionReadAt = QDateTime();
}

QString VpnModel::servicePath() { return kService; }
QString VpnModel::sessionPath() { return kSession; }

QString VpnModel::statusText() const
{
    switch (status()) {
    case Status::Done:
        return tr("VPN session up (%1 of %2 tunnels)", "@info stage status").arg(m_tunnelsUp).arg(m_tunnelsTotal);
    case Status::WaitingForUser:
        return tr("The NSX password is needed", "@info stage status");
    case Status::InProgress:
        return tr("VPN being configured or negotiating", "@info stage status");
    case Status::Failed:
        return tr("VPN session down", "@info stage status");
    case Status::NotStarted:
        return tr("No VPN configured yet", "@info stage status");
    default:
        return StageModel::statusText();
    }
}

QString VpnModel::sessionText() const
{
    const QString peer = m_settings.peerAddress;
    switch (m_state) {
    case SessionState::Up:
        return tr("UP: %1 of %2 tunnel(s) negotiated with %3.", "@info").arg(m_tunnelsUp).arg(m_tunnelsTotal).arg(peer);
    case SessionState::Negotiating:
        return tr("Negotiating: IKE is talking to the peer %1…", "@info").arg(peer);
    case SessionState::Down:
        if (m_failReason.isEmpty())
            return tr("DOWN: no answer from the peer %1 yet. Check that your gateway is configured "
                      "(swanctl.conf below) and reachable on UDP 500 and 4500.", "@info").arg(peer);
        //: %1 NSX's reason, %2 peer address
        return tr("DOWN: %1. Check that your gateway %2 is up, reachable on UDP 500 and 4500, and "
                  "uses the same pre-shared key and proposals (swanctl.conf below).", "@info").arg(m_failReason, peer);
    case SessionState::NotConfigured:
        return tr("No VPN session is configured on the NSX Manager yet.", "@info");
    case SessionState::Unknown:
        break;
    }
    return tr("Session state unknown.", "@info");
}

QList<StageModel::ReportFact> VpnModel::reportFacts() const
{
    QList<ReportFact> facts;
    if (m_state == SessionState::Unknown || m_state == SessionState::NotConfigured) {
        if (m_sessionReadAt.isValid())
            facts << ReportFact{tr("VPN session status", "@label report"), sessionText()};
        return facts;
    }
    const auto blocksText = [](const QStringList &subnets) {
        QStringList out;
        for (const Ipv4Block &b : VpnSettings::blocks(subnets))
            out << b.toString();
        return out.join(u", "_s);
    };
    const QString group = VpnSettings::strongSwanGroup(m_settings.dhGroup);
    //: %1 IPv4 address, %2 IKE identity
    facts << ReportFact{tr("VPN peer", "@label report"),
                        tr("%1 (identity %2)", "@info report").arg(m_settings.peerAddress, m_settings.effectivePeerId())};
    facts << ReportFact{tr("NSX local endpoint", "@label report"), m_settings.localAddress};
    facts << ReportFact{tr("Subnets on the PCC side", "@label report"), blocksText(m_settings.pccSubnets)};
    facts << ReportFact{tr("Subnets on the customer side", "@label report"), blocksText(m_settings.customerSubnets)};
    //: %1 NSX object path, %2 proposal in strongSwan notation, %3 lifetime in seconds
    facts << ReportFact{tr("IKE profile", "@label report"),
                        tr("%1: IKEv2, %2, lifetime %3 s", "@info report")
                                .arg(kIke, u"aes256gcm16-prfsha256-%1"_s.arg(group))
                                .arg(m_settings.ikeLifetime)};
    //: %1 NSX object path, %2 proposal in strongSwan notation, %3 lifetime in seconds
    facts << ReportFact{tr("IPsec tunnel profile", "@label report"),
                        tr("%1: ESP, %2, PFS, lifetime %3 s", "@info report")
                                .arg(kTunnel, u"aes256gcm16-%1"_s.arg(group))
                                .arg(m_settings.espLifetime)};
    facts << ReportFact{tr("VPN session", "@label report"), kSession};
    //: %1 session state in words, %2 date and time (UTC)
    facts << ReportFact{tr("VPN session status", "@label report"),
                        tr("%1 (read %2)", "@info report")
                                .arg(sessionText(),
                                     m_sessionReadAt.isValid()
                                             ? QLocale().toString(m_sessionReadAt, QLocale::ShortFormat) + u" UTC"_s
                                             : tr("never", "@info report"))};
    return facts;
}

void VpnModel::setSettings(const VpnSettings &settings)
{
    m_settings = settings;
    emit changed();
}

QStringList VpnModel::validationProblems() const
{
    QStringList problems = m_settings.problems(context() && context()->isPracticeSandbox());
    if (!m_freeAddresses.isEmpty() && !m_settings.localAddress.isEmpty()
        && !m_freeAddresses.contains(m_settings.localAddress.trimmed()) && m_state == SessionState::NotConfigured)
        problems << tr("%1 is not a free address of the PCC's public block.", "@error").arg(m_settings.localAddress);
    return problems;
}

void VpnModel::setSessionState(SessionState state, const QString &reason, int up, int total)
{
    const bool same = state == m_state && reason == m_failReason && up == m_tunnelsUp && total == m_tunnelsTotal;
    m_state = state;
    m_failReason = reason;
    m_tunnelsUp = up;
    m_tunnelsTotal = total;
    if (!same)
        emit sessionStateChanged();
}

void VpnModel::deriveStatus()
{
    if (!context() || context()->serviceName().isEmpty() || !m_refreshed) {
        setStatus(Status::Unknown);
    } else if (m_needsPassword) {
        setStatus(Status::WaitingForUser);
    } else if (m_state == SessionState::Up) {
        setStatus(Status::Done);
    } else if (isApplying() || m_state == SessionState::Negotiating) {
        setStatus(Status::InProgress);
    } else if (m_state == SessionState::Down) {
        setStatus(m_failReason.isEmpty() ? Status::InProgress : Status::Failed);
    } else if (m_state == SessionState::NotConfigured) {
        setStatus(Status::NotStarted);
    } else {
        setStatus(Status::Unknown);
    }
}

void VpnModel::prepareClient()
{
    StageContext *ctx = context();
    m_nsx->setBaseUrl(NsxClient::policyBaseFor(*ctx));
    m_nsx->setPinnedCaCertificates(ctx->pinnedCaCertificates());
}

// ---- Reading ------------------------------------------------------------------------------

void VpnModel::refresh()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        setStatus(Status::Unknown);
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    // A refresh asked while one runs is answered by the running one (one refreshed() for both).
    if (m_read && m_read->isRunning())
        return;
    prepareClient();
    StageOperation *op = startOperation();
    m_read = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (r.ok() || r.error().kind != ApiError::Kind::Canceled) {
            m_refreshed = true;
            deriveStatus();
            emit changed();
        }
        emit refreshed(r.ok());
    });
    // The free addresses (API) and the NSX configuration are read side by side; only the NSX
    // read decides whether the refresh succeeded (the addresses are a convenience).
    auto part = whenAll(2, [this, op](bool ok) {
        if (ok)
            op->succeed();
        else
            op->fail(lastError()); // reported by readNsx()
    });
    loadFreeAddresses(op, [part] { part(true); });
    ensureCredentials(op, [this, op, part](bool have) {
        if (!have) {
            part(true);
            return;
        }
        readNsx(op, part);
    });
}

void VpnModel::loadFreeAddresses(StageOperation *op, std::function<void()> then)
{
    StageContext *ctx = context();
    const QString base = ctx->servicePath() + u"/ip"_s;
    ApiClient *api = ctx->api();
    auto collected = std::make_shared<std::optional<QStringList>>();
    // Each failure is shown; none fails the refresh.
    auto report = [this](const ApiError &e) {
        if (e.kind != ApiError::Kind::Canceled)
            reportError(e);
    };
    CallGroup *group = op->group();
    group->addResult(api->get(base), [api, base, group, collected, report](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            report(r.error());
            return;
        }
        *collected = QStringList();
        for (const QJsonValue &b : r.value().toArray()) {
            group->addResult(api->get(u"%1/%2/details"_s.arg(base, encodePathSegment(b.toString()))),
                             [collected, report](const Result<QJsonValue> &d) {
                if (!d.ok()) {
                    report(d.error());
                    return;
                }
                for (const QJsonValue &ip : d.value().toArray()) {
                    if (ip.toObject().value("usage"_L1).toString() == "free"_L1)
                        **collected << ip.toObject().value("ip"_L1).toString();
                }
            });
        }
    });
    group->onAllFinished(op->scope(), [this, collected, then](const Result<Unit> &) {
        if (collected->has_value()) {
            m_freeAddresses = **collected;
            if (m_settings.localAddress.isEmpty() && !m_freeAddresses.isEmpty())
                m_settings.localAddress = m_freeAddresses.first();
        }
        then();
    });
}

void VpnModel::ensureCredentials(StageOperation *op, std::function<void(bool)> then)
{
    if (m_nsx->hasCredentials()) {
        then(true);
        return;
    }
    SecretStore *store = context()->secrets();
    if (!store) {
        m_needsPassword = true;
        then(false);
        return;
    }
    SecretReadJob *job = store->read(SecretKeys::nsxAdminPassword(context()->serviceName()));
    job->onFinished(op->scope(), [this, job, then] {
        if (job->result().ok()) {
            m_nsx->setCredentials(u"admin"_s, job->takeSecret());
            m_needsPassword = false;
            then(true);
            return;
        }
        m_needsPassword = true;
        if (job->error() && job->error()->kind != ApiError::Kind::NotFound
            && job->error()->kind != ApiError::Kind::Canceled)
            reportError(*job->error());
        then(false);
    });
}

void VpnModel::setNsxPassword(const SecretBytes &password)
{
    if (password.isEmpty()) {
        reportValidationError(tr("Enter the admin password defined in stage 2.", "@error"));
        return;
    }
    clearError();
    m_nsx->setCredentials(u"admin"_s, password.clone());
    m_needsPassword = false;
    if (StageContext *ctx = context(); ctx && ctx->secrets() && !ctx->serviceName().isEmpty()) {
        SecretWriteJob *job = ctx->secrets()->write(SecretKeys::nsxAdminPassword(ctx->serviceName()), password.clone());
        job->onFinished(this, [this, job] {
            if (job->error() && job->error()->kind != ApiError::Kind::Canceled)
                reportError(*job->error()); // still usable for this session
        });
    }
    refresh();
}

void VpnModel::readNsx(StageOperation *op, std::function<void(bool)> then)
{
    m_nsx->get(kSession, op->scope(), [this, op, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::NotFound) {
                setSessionState(SessionState::NotConfigured, {}, 0, 0);
                then(true);
                return;
            }
            if (r.error().errorCode == "NSX_AUTH"_L1) {
                m_needsPassword = true;
                m_nsx->setCredentials(u"admin"_s, SecretBytes());
            }
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            then(false);
            return;
        }
        const QJsonObject session = r.value().toObject();
        m_settings.readSession(session);
        const QString le = session.value("local_endpoint_path"_L1).toString();
        auto done = whenAll(3, then);
        m_nsx->get(le.isEmpty() ? kEndpoint : le, op->scope(), [this, done](const Result<QJsonValue> &e) {
            if (e.ok())
                m_settings.localAddress = e.value().toObject().value("local_address"_L1).toString();
            done(e.ok());
        });
        m_nsx->get(session.value("ike_profile_path"_L1).toString(kIke), op->scope(), [this, done](const Result<QJsonValue> &p) {
            if (p.ok()) {
                const QJsonObject o = p.value().toObject();
                const QString group = o.value("dh_groups"_L1).toArray().at(0).toString();
                if (group.startsWith("GROUP"_L1))
                    m_settings.dhGroup = group.mid(5).toInt();
                m_settings.ikeLifetime = o.value("sa_life_time"_L1).toInt(m_settings.ikeLifetime);
            }
            done(true);
        });
        readStatus(op, done);
    });
}

void VpnModel::readStatus(StageOperation *op, std::function<void(bool)> then)
{
    m_nsx->get(kSession + u"/detailed-status"_s, op->scope(), [this, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::NotFound) {
                m_sessionReadAt = QDateTime::fromMSecsSinceEpoch(context()->serverNowMs(), Qt::UTC);
                setSessionState(SessionState::NotConfigured, {}, 0, 0);
            } else if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            then(r.error().kind == ApiError::Kind::NotFound);
            return;
        }
        const QJsonObject st = r.value().toObject().value("results"_L1).toArray().at(0).toObject();
        const QString runtime = st.value("runtime_status"_L1).toString();
        const QJsonObject ike = st.value("ike_status"_L1).toObject();
        const QString ikeState = ike.value("ike_session_state"_L1).toString();
        QString reason = ike.value("fail_reason"_L1).toString();
        if (reason.isEmpty())
            reason = st.value("alarm"_L1).toObject().value("message"_L1).toString();
        const int up = st.value("negotiated_tunnels"_L1).toInt();
        const int total = st.value("total_tunnels"_L1).toInt();
        m_sessionReadAt = QDateTime::fromMSecsSinceEpoch(context()->serverNowMs(), Qt::UTC);
        SessionState state = SessionState::Down;
        if (runtime == "UP"_L1)
            state = SessionState::Up;
        else if (ikeState == "NEGOTIATING"_L1)
            state = SessionState::Negotiating;
        setSessionState(state, state == SessionState::Down ? reason : QString(), up, total);
        then(true);
    });
}

void VpnModel::refreshSessionStatus()
{
    StageContext *ctx = context();
    if (!ctx || ctx->serviceName().isEmpty())
        return;
    prepareClient();
    StageOperation *op = startOperation();
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (r.ok()) {
            m_refreshed = true;
            deriveStatus();
        }
        emit sessionStateChanged();
    });
    ensureCredentials(op, [this, op](bool have) {
        if (!have) {
            op->fail(ApiError::make(ApiError::Kind::NotFound, u"no NSX credentials"_s));
            return;
        }
        readStatus(op, [op](bool) { op->succeed(); });
    });
}

// ---- Applying -----------------------------------------------------------------------------

void VpnModel::withPsk(StageOperation *op, std::function<void(SecretBytes)> then)
{
    if (!m_freshPsk.isEmpty()) {
        then(m_freshPsk.clone());
        return;
    }
    SecretStore *store = context()->secrets();
    const QString key = SecretKeys::nsxIpsecPsk(context()->serviceName());
    SecretReadJob *job = store->read(key);
    job->onFinished(op->scope(), [this, op, job, store, key, then] {
        if (job->result().ok()) {
            then(job->takeSecret());
            return;
        }
        if (!job->error() || job->error()->kind != ApiError::Kind::NotFound) {
            if (job->error())
                reportError(*job->error());
            then(SecretBytes());
            return;
        }
        // First apply: a new key, kept before anything is sent so it is never lost.
        SecretBytes psk = crypto::randomString(kPskLength);
        if (psk.isEmpty()) {
            reportError(ApiError::make(ApiError::Kind::Crypto, u"random PSK"_s));
            then(SecretBytes());
            return;
        }
        SecretWriteJob *write = store->write(key, psk.clone());
        auto shared = std::make_shared<SecretBytes>(std::move(psk));
        write->onFinished(op->scope(), [this, write, shared, then] {
            if (write->error()) {
                reportError(*write->error());
                then(SecretBytes());
                return;
            }
            m_freshPsk = shared->clone();
            emit freshPskChanged();
            then(shared->clone());
        });
    });
}

bool VpnModel::apply()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || ctx->serviceName().isEmpty()) {
        reportValidationError(tr("Choose a service first.", "@error"));
        return false;
    }
    const QStringList problems = validationProblems();
    if (!problems.isEmpty()) {
        reportValidationError(problems.first());
        return false;
    }
    if (!m_nsx->hasCredentials()) {
        reportValidationError(tr("Enter the NSX password (the admin password defined in stage 2) first.", "@error"));
        return false;
    }
    if (isApplying()) {
        reportValidationError(tr("The VPN is already being applied.", "@error"));
        return false;
    }
    clearError();
    prepareClient();
    StageOperation *op = startOperation();
    m_apply = op;
    m_polls = 0;
    op->onFinished(this, [this](const Result<Unit> &r) {
        m_pollTimer->stop();
        m_refreshed = true;
        deriveStatus();
        emit changed();
        emit applyFinished(r.ok());
    });
    deriveStatus();
    qCInfo(lcStage) << "vpn: applying the NSX configuration";
    withPsk(op, [this, op](SecretBytes psk) {
        if (psk.isEmpty()) {
            op->fail(lastError());
            return;
        }
        const VpnSettings s = m_settings;
        QList<QPair<QString, QJsonObject>> steps{
                {kIke, s.ikeProfileBody()},
                {kTunnel, s.tunnelProfileBody()},
                {kDpd, s.dpdProfileBody()},
                {kService, VpnSettings::serviceBody()},
                {kEndpoint, s.localEndpointBody()},
                {kSession, s.sessionBody(kEndpoint, kIke, kTunnel, kDpd, psk)}};
        patchChain(op, steps, [this, op](bool ok) {
            if (!ok) {
                op->fail(lastError());
                return;
            }
            setSessionState(SessionState::Negotiating, {}, 0, m_tunnelsTotal);
            m_pollTimer->start(qMin(m_statusIntervalMs, 500));
        });
    });
    return true;
}

void VpnModel::patchChain(StageOperation *op, QList<QPair<QString, QJsonObject>> steps, std::function<void(bool)> then)
{
    if (steps.isEmpty()) {
        then(true);
        return;
    }
    const auto step = steps.takeFirst();
    m_nsx->patch(step.first, step.second, op->scope(), [this, op, steps, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            then(false);
            return;
        }
        patchChain(op, steps, then);
    });
}

void VpnModel::pollStatus()
{
    StageOperation *op = m_apply;
    if (!op || !op->isRunning())
        return;
    ++m_polls;
    readStatus(op, [this, op](bool read) {
        if (m_state == SessionState::Up) {
            op->succeed();
            return;
        }
        if (m_state == SessionState::Down && !m_failReason.isEmpty()) {
            reportValidationError(sessionText());
            op->fail(lastError());
            return;
        }
        if (!read || m_polls >= m_maxPolls) {
            if (read)
                reportValidationError(tr("The session is not up after %n check(s): %1", "@error", m_polls).arg(sessionText()));
            op->fail(lastError());
            return;
        }
        deriveStatus();
        m_pollTimer->start(m_statusIntervalMs);
    });
}

bool VpnModel::isApplying() const
{
    return m_apply && m_apply->isRunning();
}

void VpnModel::forgetFreshPsk()
{
    if (m_freshPsk.isEmpty())
        return;
    m_freshPsk = SecretBytes();
    emit freshPskChanged();
}

// ---- Exports and allowed networks ---------------------------------------------------------

QString VpnModel::summaryText() const
{
    return m_settings.summary(context() ? context()->serviceName() : QString());
}

void VpnModel::exportSwanctl(const QString &path)
{
    if (!context() || !context()->secrets()) {
        emit exportFinished(false, path);
        return;
    }
    auto write = [this, path](const SecretBytes &psk) {
        bool ok = false;
        if (!psk.isEmpty()) {
            // Owner-only from its creation, never open to others for an instant: it carries the PSK.
            QByteArray bytes = swanctlConf(psk).toUtf8();
            QString why;
            ok = SecretFile::write(path, bytes, SecretFile::Overwrite::Replace, &why) == SecretFile::Outcome::Written;
            bytes.fill('\0');
            if (!ok) {
                qCWarning(lcStage) << "vpn: swanctl.conf not written:" << why;
                reportValidationError(tr("Could not write %1.", "@error").arg(path));
            }
        }
        emit exportFinished(ok, path);
    };
    if (!m_freshPsk.isEmpty()) {
        write(m_freshPsk);
        return;
    }
    SecretReadJob *job = context()->secrets()->read(SecretKeys::nsxIpsecPsk(context()->serviceName()));
    job->onFinished(this, [this, job, write] {
        if (!job->result().ok()) {
            reportValidationError(tr("The pre-shared key is not in the keychain: apply the VPN first.", "@error"));
            write(SecretBytes());
            return;
        }
        write(job->takeSecret());
    });
}

void VpnModel::setAllowedNetworks(AllowedNetworksModel *networks)
{
    m_allowed = networks;
}

QStringList VpnModel::missingAllowedNetworks() const
{
    QStringList out;
    if (!m_allowed)
        return out;
    const QList<Ipv4Block> allowed = m_allowed->activeBlocks();
    for (const Ipv4Block &b : VpnSettings::blocks(m_settings.customerSubnets)) {
        const bool covered = std::any_of(allowed.begin(), allowed.end(), [&b](const Ipv4Block &a) { return a.contains(b); });
        if (!covered)
            out << b.toString();
    }
    return out;
}

bool VpnModel::addMissingAllowedNetworks()
{
    const QStringList missing = missingAllowedNetworks();
    if (!m_allowed)
        return false;
    if (missing.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit allowedNetworksAdded(true); });
        return true;
    }
    if (m_addAllowed && m_addAllowed->isRunning())
        return false; // the running add goes on with every missing subnet
    // Busy until the adds have ended, as stage 4's: the page offers no second add meanwhile (a
    // lost answer makes the add look for its task first, which outlives the error it shows).
    StageOperation *op = startOperation();
    m_addAllowed = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (r.ok() || r.error().kind != ApiError::Kind::Canceled)
            emit allowedNetworksAdded(r.ok());
    });
    addNextAllowed(op, missing);
    return true;
}

void VpnModel::addNextAllowed(StageOperation *op, QStringList remaining)
{
    if (remaining.isEmpty() || !m_allowed) {
        if (m_allowed)
            op->succeed();
        else
            op->fail(ApiError::make(ApiError::Kind::NotFound, u"stage 1 is not available"_s));
        return;
    }
    const QString block = remaining.takeFirst();
    connect(m_allowed, &AllowedNetworksModel::actionFinished, op->scope(), [this, op, remaining](bool ok) {
        if (!ok) {
            reportError(m_allowed->lastError());
            op->fail(m_allowed->lastError());
            return;
        }
        // Queued: the stage-1 model finishes its own action first.
        QTimer::singleShot(0, op->scope(), [this, op, remaining] { addNextAllowed(op, remaining); });
    }, Qt::SingleShotConnection);
    if (!m_allowed->addNetwork(block, tr("VPN: your subnet", "@info allowed network description"))) {
        reportError(m_allowed->lastError());
        op->fail(m_allowed->lastError());
    }
}

void VpnModel::cancel()
{
    m_nsx->abortAll();
    m_pollTimer->stop();
    StageModel::cancel(); // every operation ends with Canceled: refreshed(false), applyFinished(false)
}

} // namespace snc
