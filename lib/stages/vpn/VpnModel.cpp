// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/VpnModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "core/Log.h"
#include "core/WhenAll.h"
#include "stages/AllowedNetworksService.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/vpn/NsxApplyChain.h"
#include "stages/vpn/NsxClient.h"
#include "stages/vpn/NsxCredentials.h"
#include "stages/vpn/NsxLogin.h"
#include "stages/vpn/NsxUserRight.h"
#include "stages/vpn/VpnReport.h"
#include "secrets/SecretKeys.h"
#include "stages/vpn/SwanctlExport.h"

#include <QHash>
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

const QString kIke = NsxApplyChain::ikeProfilePath();
const QString kTunnel = NsxApplyChain::tunnelProfilePath();

} // namespace

VpnModel::VpnModel(StageContext *context, QObject *parent)
    : StageModel(context, parent),
      m_nsx(new NsxClient(context && context->api() ? context->api()->networkAccessManager()
                                                    : new QNetworkAccessManager(this),
                          this)),
      m_monitor(new VpnSessionMonitor(m_nsx, context, this)),
      m_chain(new NsxApplyChain(m_nsx, context, this)),
      m_export(new SwanctlExport(context, this)),
      m_credentials(new NsxCredentials(m_nsx, context, this)),
      m_poller(createTaskPoller()),
      m_right(new NsxUserRight(context, m_poller, this)),
      m_pskRecord(context, QStringLiteral("ipsecPsk"))
{
    connect(m_monitor, &VpnSessionMonitor::stateChanged, this, &VpnModel::sessionStateChanged);
    connect(m_monitor, &VpnSessionMonitor::polled, this, &VpnModel::deriveStatus);
    if (context) {
        context->vpnStatus()->setSource(this, this);
        // The lock-out guard rechecks when the session's state changes (a VPN that drops).
        connect(this, &VpnModel::sessionStateChanged, context->vpnStatus(), &VpnStatusService::notifyChanged);
    }
    resetOnServiceChange();
}

VpnModel::~VpnModel() = default;

void VpnModel::forgetService()
{
    m_settings = VpnSettings{};
    m_nsxt = NsxtOption{};
    m_tier0Id.clear();
    m_monitor->setSessionPath(QString());
    m_freeAddresses.clear();
    m_publicBlock = PublicBlockAddresses{};
    m_credentials->setLogin(QString()); // the next service's admin@<its FQDN>
    m_credentials->forget();
    m_right->forget();
    m_needsPassword = false;
    m_refreshed = false;
    forgetFreshPsk();
    m_monitor->reset();
}

QString VpnModel::servicePath() const { return NsxApplyChain::servicePath(m_tier0Id); }
QString VpnModel::sessionPath() const { return NsxApplyChain::sessionPath(m_tier0Id); }

QString VpnModel::statusText() const
{
    switch (status()) {
    case Status::Done:
        return tr("VPN session up (%1 of %2 tunnels)", "@info stage status").arg(m_monitor->tunnelsUp()).arg(m_monitor->tunnelsTotal());
    case Status::WaitingForUser:
        if (nsxRightMissing() && !m_needsPassword)
            return m_right->nsxRightMissing() ? tr("The NSX right is missing", "@info stage status")
                                              : tr("The network role NSX needs is missing", "@info stage status");
        if (!m_needsPassword && m_pskRecord.isPending())
            return tr("Store the pre-shared key, then confirm it is stored", "@info stage status");
        return tr("The NSX password is needed", "@info stage status");
    case Status::InProgress:
        return tr("VPN being configured or negotiating", "@info stage status");
    case Status::Failed:
        if (m_nsxt.read && !m_nsxt.isUsable())
            return tr("NSX-T is not enabled on this service", "@info stage status");
        return tr("VPN session down", "@info stage status");
    case Status::NotStarted:
        return tr("No VPN configured yet", "@info stage status");
    default:
        return StageModel::statusText();
    }
}

QString VpnModel::sessionText() const
{
    return m_monitor->text(m_settings.peerAddress);
}

QList<StageModel::ReportFact> VpnModel::reportFacts() const
{
    return VpnReport::facts(m_settings, *m_monitor);
}

void VpnModel::setSettings(const VpnSettings &settings)
{
    m_settings = settings;
    emit settingsChanged();
    emit changed();
}

QStringList VpnModel::validationProblems() const
{
    QStringList problems = m_settings.problems(context() && context()->isPracticeSandbox());
    // Checked against the block as read, before the wizard's own endpoint exists (once it does,
    // the API may list its address as in use by NSX).
    const QString local = m_settings.localAddress.trimmed();
    const bool bareAddress = !local.contains(u'/') && Ipv4Block::parse(local).isValid();
    const bool noSessionYet = sessionState() == SessionState::NotConfigured || sessionState() == SessionState::Unknown;
    if (!m_publicBlock.isEmpty() && bareAddress && noSessionYet) {
        if (const QString why = m_publicBlock.refusal(local); !why.isEmpty())
            problems << why;
    }
    return problems;
}

void VpnModel::deriveStatus()
{
    if (!context() || context()->serviceName().isEmpty() || !m_refreshed) {
        setStatus(Status::Unknown);
    } else if (m_nsxt.read && !m_nsxt.isUsable()) {
        setStatus(Status::Failed); // nothing can be done here until NSX-T is enabled
    } else if (m_needsPassword || nsxRightMissing()) {
        setStatus(Status::WaitingForUser);
    } else if (sessionState() == SessionState::Up) {
        // Not done while the key shown once may not be stored anywhere but NSX (issue 18 item 8).
        setStatus(m_pskRecord.isPending() ? Status::WaitingForUser : Status::Done);
    } else if (isApplying() || sessionState() == SessionState::Negotiating) {
        setStatus(Status::InProgress);
    } else if (sessionState() == SessionState::Down) {
        setStatus(failReason().isEmpty() ? Status::InProgress : Status::Failed);
    } else if (sessionState() == SessionState::NotConfigured) {
        setStatus(Status::NotStarted);
    } else {
        setStatus(Status::Unknown);
    }
}

void VpnModel::prepareClient()
{
    StageContext *ctx = context();
    // NSX Manager's address is the one GET …/nsxt gave (empty until read): never built.
    m_nsx->setBaseUrl(ctx->reachable(m_nsxt.policyBase()));
    m_nsx->setPinnedCaCertificates(ctx->pinnedCaCertificates());
    // The login follows the host names, which may be read after the password was.
    m_nsx->setUser(m_credentials->login());
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
        recoverOwedPsk();
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
    // Where NSX Manager is comes first: with NSX-T not enabled there is nothing to log in to.
    readNsxtOption(op, true, [this, op, part](bool usable) {
        if (!usable) {
            part(false); // reported by readNsxtOption()
            return;
        }
        // The login's NSX right, from the API, before NSX is asked anything: NSX refuses a
        // user without it, whatever words it uses (issue 17, item 2).
        m_right->read(op, nsxLogin(), [this, op, part](const Result<Unit> &right) {
            if (!right.ok() && right.error().kind != ApiError::Kind::Canceled)
                reportError(right.error()); // not known: NSX's own answer will say
            ensureCredentials(op, [this, op, part](bool have) {
                if (!have || nsxRightMissing()) {
                    part(true); // the page asks for the password, or offers the grant
                    return;
                }
                findTier0(op, [this, op, part](bool found) {
                    if (!found) {
                        part(false); // reported by findTier0()
                        return;
                    }
                    readNsx(op, part);
                });
            });
        });
    });
}

void VpnModel::findTier0(StageOperation *op, std::function<void(bool)> then)
{
    if (!m_tier0Id.isEmpty()) {
        then(true);
        return;
    }
    // OVHcloud names its Tier-0 "ovh-T0-gw" in NSX's interface; the Policy id behind that
    // display name is not published, so it is read from the list.
    m_nsx->get(u"/infra/tier-0s"_s, op->scope(), [this, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().errorCode == "NSX_AUTH"_L1) {
                m_needsPassword = true;
                m_credentials->forget();
            }
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
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
        reportError(e);
        then(false);
    });
}

void VpnModel::readNsxtOption(StageOperation *op, bool again, std::function<void(bool)> then)
{
    StageContext *ctx = context();
    if (!again && m_nsxt.isUsable()) {
        then(true);
        return;
    }
    op->onAnswer(ctx->api()->get(ctx->servicePath() + u"/nsxt"_s), [this, then](const Result<QJsonValue> &r) {
        StageContext *ctx = context();
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            then(false);
            return;
        }
        m_nsxt = NsxtOption::fromJson(r.value().toObject());
        // The hosts-file lines of stage 4 name NSX Manager as OVHcloud gave it (or none).
        ServiceHosts hosts = ctx->serviceHosts();
        hosts.setNsxt(r.value().toObject());
        ctx->setServiceHosts(hosts);
        if (!m_nsxt.isUsable()) {
            reportError(m_nsxt.notUsableError(ctx->serviceName()));
            then(false);
            return;
        }
        prepareClient();
        then(true);
    });
}

void VpnModel::loadFreeAddresses(StageOperation *op, std::function<void()> then)
{
    StageContext *ctx = context();
    const QString base = ctx->servicePath() + u"/ip"_s;
    ApiClient *api = ctx->api();
    // Per block, in the order listed: its model (network, gateway) and its addresses in use.
    struct Read
    {
        QStringList blocks;
        QHash<QString, QJsonObject> models;
        QHash<QString, QJsonArray> details;
        bool failed = false;
    };
    auto read = std::make_shared<Read>();
    // Each failure is shown; none fails the refresh (the addresses are then not offered).
    auto report = [this, read](const ApiError &e) {
        read->failed = true;
        if (e.kind != ApiError::Kind::Canceled)
            reportError(e);
    };
    CallGroup *group = op->group();
    group->addResult(api->get(base), [api, base, group, read, report](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            report(r.error());
            return;
        }
        for (const QJsonValue &b : r.value().toArray()) {
            const QString block = b.toString();
            read->blocks << block;
            const QString path = u"%1/%2"_s.arg(base, encodePathSegment(block));
            group->addResult(api->get(path), [read, block, report](const Result<QJsonValue> &m) {
                if (m.ok())
                    read->models.insert(block, m.value().toObject());
                else
                    report(m.error());
            });
            group->addResult(api->get(path + u"/details"_s), [read, block, report](const Result<QJsonValue> &d) {
                if (d.ok())
                    read->details.insert(block, d.value().toArray());
                else
                    report(d.error());
            });
        }
    });
    group->onAllFinished(op->scope(), [this, read, then](const Result<Unit> &) {
        if (!read->failed) {
            PublicBlockAddresses addresses;
            for (const QString &block : std::as_const(read->blocks))
                addresses.addBlock(read->models.value(block), read->details.value(block));
            m_publicBlock = addresses;
            m_freeAddresses = addresses.freeAddresses();
            if (m_settings.localAddress.isEmpty() && !m_freeAddresses.isEmpty())
                m_settings.localAddress = m_freeAddresses.first();
        }
        then();
    });
}

void VpnModel::ensureCredentials(StageOperation *op, std::function<void(bool)> then)
{
    m_credentials->ensure(op->scope(), [this, then](const Result<Unit> &r) {
        m_needsPassword = !r.ok();
        if (!r.ok() && r.error().kind != ApiError::Kind::NotFound && r.error().kind != ApiError::Kind::Canceled)
            reportError(r.error());
        then(r.ok());
    });
}

QString VpnModel::nsxLogin() const
{
    return m_credentials->login();
}

bool VpnModel::setNsxLogin(const QString &login)
{
    const QString wanted = login.trimmed();
    const QString suggestion = context() ? NsxLogin::defaultFor(context()->serviceHosts()) : QString();
    if (!wanted.isEmpty()) {
        if (const QString problem = NsxLogin::problem(wanted, suggestion); !problem.isEmpty()) {
            reportValidationError(problem);
            return false;
        }
    }
    if (wanted == m_credentials->login())
        return true;
    m_credentials->setLogin(wanted);
    m_right->forget(); // another user: its right is read again
    emit settingsChanged();
    emit changed();
    return true;
}

void VpnModel::setNsxPassword(const SecretBytes &password)
{
    if (password.isEmpty()) {
        reportValidationError(tr("Enter the admin password defined in stage 2.", "@error"));
        return;
    }
    clearError();
    m_needsPassword = false;
    m_credentials->keep(password, [this](const ApiError &e) { reportError(e); }); // still usable for this session
    refresh();
}

bool VpnModel::nsxRightMissing() const
{
    return m_right->state() == NsxUserRight::State::Missing;
}

QString VpnModel::nsxRightText() const
{
    return m_right->missingText();
}

bool VpnModel::grantNsxRight()
{
    if (!nsxRightMissing() || !context() || !context()->api())
        return false;
    if (isApplying() || (m_grant && m_grant->isRunning())) {
        reportValidationError(tr("A change is still running. Wait for it to finish.", "@error"));
        return false;
    }
    clearError();
    StageOperation *op = startOperation();
    m_grant = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        deriveStatus();
        emit changed();
        emit nsxRightGrantFinished(r.ok());
        if (r.ok())
            refresh(); // NSX can be read now
    });
    //: %1 the user's name (admin)
    if (m_right->nsxRightMissing())
        taskProgress()->setAction(tr("Granting the NSX right to %1", "@info task").arg(m_right->userName()));
    else //: %1 the user's name (admin)
        taskProgress()->setAction(tr("Granting %1 the network role NSX needs", "@info task").arg(m_right->userName()));
    m_right->grant(op, [this, op](const Result<Unit> &r) {
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Canceled)
                reportError(r.error());
            op->fail(r.error());
            return;
        }
        op->succeed();
    });
    return true;
}

void VpnModel::readNsx(StageOperation *op, std::function<void(bool)> then)
{
    m_nsx->get(sessionPath(), op->scope(), [this, op, then](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::NotFound) {
                m_monitor->setState(SessionState::NotConfigured);
                then(true);
                return;
            }
            if (r.error().errorCode == "NSX_AUTH"_L1) {
                m_needsPassword = true;
                m_credentials->forget();
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
        m_nsx->get(le.isEmpty() ? NsxApplyChain::endpointPath(m_tier0Id) : le, op->scope(), [this, done](const Result<QJsonValue> &e) {
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
    m_monitor->read(op->scope(), [this, then](const Result<Unit> &r) {
        if (!r.ok() && r.error().kind != ApiError::Kind::Canceled)
            reportError(r.error());
        then(r.ok());
    });
}

void VpnModel::refreshSessionStatus()
{
    startStatusRead();
}

StageOperation *VpnModel::startStatusRead()
{
    StageContext *ctx = context();
    if (!ctx || ctx->serviceName().isEmpty())
        return nullptr;
    prepareClient();
    StageOperation *op = startOperation();
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (r.ok()) {
            m_refreshed = true;
            deriveStatus();
        }
        emit sessionStateChanged();
    });
    readNsxtOption(op, false, [this, op](bool usable) {
        if (!usable) {
            op->fail(ApiError::make(ApiError::Kind::NotFound, u"no NSX-T manager"_s));
            return;
        }
        ensureCredentials(op, [this, op](bool have) {
            if (!have) {
                op->fail(ApiError::make(ApiError::Kind::NotFound, u"no NSX credentials"_s));
                return;
            }
            findTier0(op, [this, op](bool found) {
                if (!found) {
                    op->fail(lastError());
                    return;
                }
                readStatus(op, [op](bool) { op->succeed(); });
            });
        });
    });
    return op;
}

void VpnModel::readSessionStatus(QObject *context, std::function<void()> done)
{
    if (StageOperation *op = startStatusRead()) {
        op->onFinished(context, [done](const Result<Unit> &) { done(); });
        return;
    }
    QTimer::singleShot(0, context, std::move(done));
}

// ---- Applying -----------------------------------------------------------------------------

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
    if (!m_nsxt.isUsable()) {
        if (m_nsxt.read)
            reportError(m_nsxt.notUsableError(ctx->serviceName()));
        else
            reportValidationError(tr("NSX Manager's address is not known yet. Refresh from OVHcloud, then apply.", "@error"));
        return false;
    }
    if (const QString problem = NsxLogin::problem(nsxLogin(), NsxLogin::defaultFor(ctx->serviceHosts()));
        !problem.isEmpty()) {
        reportValidationError(problem); // nothing is sent under a login NSX cannot take
        return false;
    }
    if (nsxRightMissing()) {
        reportValidationError(nsxRightText()); // NSX would refuse it: grant the right first
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
    op->onFinished(this, [this](const Result<Unit> &r) {
        m_monitor->stopWaiting();
        m_refreshed = true;
        deriveStatus();
        emit changed();
        emit applyFinished(r.ok());
    });
    deriveStatus();
    qCInfo(lcStage) << "vpn: applying the NSX configuration";
    const auto keepFreshPsk = [this](const SecretBytes &psk) {
        m_freshPsk = psk.clone();
        m_pskRecord.markShown(); // remembered before it is shown: a crash cannot skip the question
        emit freshPskChanged();
        emit pskStoredChanged();
    };
    findTier0(op, [this, op, keepFreshPsk](bool found) {
        if (!found) {
            op->fail(lastError()); // reported by findTier0()
            return;
        }
        m_chain->run(op->scope(), m_settings, m_freshPsk, keepFreshPsk, [this, op](const Result<Unit> &r) {
            if (!r.ok()) {
                if (r.error().errorCode == "NSX_NO_TIER0"_L1)
                    m_tier0Id.clear(); // the next read looks ovh-T0-gw up again by name
                if (r.error().kind != ApiError::Kind::Canceled)
                    reportError(r.error());
                op->fail(r.error());
                return;
            }
            m_monitor->setState(SessionState::Negotiating, {}, 0, m_monitor->tunnelsTotal());
            waitForSession(op);
        });
    });
    return true;
}

void VpnModel::waitForSession(StageOperation *op)
{
    using End = VpnSessionMonitor::WaitEnd;
    m_monitor->waitUntilUp(op->scope(), m_statusIntervalMs, m_maxPolls, [this, op](End end, const Result<Unit> &read) {
        switch (end) {
        case End::Up:
            op->succeed();
            return;
        case End::Down:
            reportValidationError(sessionText());
            break;
        case End::ReadFailed:
            if (read.error().kind != ApiError::Kind::Canceled)
                reportError(read.error());
            break;
        case End::GaveUp:
            reportValidationError(tr("The session is not up after %n check(s): %1", "@error", m_monitor->polls())
                                          .arg(sessionText()));
            break;
        }
        op->fail(lastError());
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

void VpnModel::setPskStored(bool stored)
{
    m_pskRecord.confirm(stored);
    if (stored)
        forgetFreshPsk();
    deriveStatus();
    emit pskStoredChanged();
    emit changed();
}

void VpnModel::recoverOwedPsk()
{
    StageContext *ctx = context();
    if (!ctx || !m_freshPsk.isEmpty() || !m_pskRecord.isPending() || ctx->serviceName().isEmpty())
        return;
    // A wizard stopped before the user confirmed: the key (kept in the keychain since its first
    // apply) is shown again, so the question can be answered.
    const QString service = ctx->serviceName();
    ctx->readSecret(SecretKeys::nsxIpsecPsk(ctx->secretScope(), service), QString(), this,
                    [this, service](Result<SecretBytes> read) {
        if (!read.ok() || !context() || context()->serviceName() != service || !m_freshPsk.isEmpty()
            || !m_pskRecord.isPending())
            return;
        m_freshPsk = std::move(read.value());
        emit freshPskChanged();
    });
}

// ---- Exports and allowed networks ---------------------------------------------------------

QString VpnModel::summaryText() const
{
    return m_settings.summary(context() ? context()->serviceName() : QString());
}

QString VpnModel::exportProblem() const
{
    return SwanctlExport::refusal(m_settings, context() && context()->isPracticeSandbox());
}

void VpnModel::exportSwanctl(const QString &path)
{
    m_export->write(path, m_settings, m_freshPsk, [this, path](bool ok, const QString &why) {
        if (!why.isEmpty())
            reportValidationError(why);
        emit exportFinished(ok, path);
    });
}

QStringList VpnModel::missingAllowedNetworks() const
{
    AllowedNetworksService *allowed = context() ? context()->allowedNetworks() : nullptr;
    if (!allowed || !allowed->hasSource())
        return {};
    return allowed->missingBlocks(VpnSettings::blocks(m_settings.customerSubnets));
}

void VpnModel::setAdminHosts(const QStringList &hosts)
{
    if (hosts == m_adminHosts)
        return;
    m_adminHosts = hosts;
    emit changed();
}

AllowedNetworksBudget VpnModel::allowedNetworksBudget() const
{
    AllowedNetworksService *allowed = context() ? context()->allowedNetworks() : nullptr;
    QList<Ipv4Block> missing;
    for (const QString &b : missingAllowedNetworks())
        missing << Ipv4Block::parse(b);
    QList<quint32> reach;
    for (const QString &host : QStringList{m_settings.peerAddress} + m_adminHosts) {
        const Ipv4Block b = Ipv4Block::parse(host.trimmed());
        if (b.isValid() && !host.contains(u'/'))
            reach << b.network();
    }
    return AllowedNetworksBudget::propose(missing, allowed ? allowed->activeBlocks() : QList<Ipv4Block>(), reach);
}

bool VpnModel::addMissingAllowedNetworks()
{
    AllowedNetworksService *allowed = context() ? context()->allowedNetworks() : nullptr;
    if (!allowed || !allowed->hasSource())
        return false;
    if (m_addAllowed && m_addAllowed->isRunning())
        return false; // the running add goes on with every missing subnet
    for (const QString &host : std::as_const(m_adminHosts)) {
        if (host.trimmed().contains(u'/') || !Ipv4Block::parse(host.trimmed()).isValid()) {
            reportValidationError(tr("The admin host \"%1\" is not an IPv4 address.", "@error").arg(host.trimmed()));
            return false;
        }
    }
    const AllowedNetworksBudget budget = allowedNetworksBudget();
    if (budget.proposal.isEmpty() && !budget.fitsWhole) {
        // Never a request the API would refuse: said before sending anything.
        reportValidationError(budget.reachCovered
                ? tr("Your VPN gateway and admin hosts are already allowed; your whole subnets do not fit in "
                     "OVHcloud's limit of %1 allowed addresses.", "@error").arg(budget.limit)
                : tr("Your subnets need %1 addresses and only %2 of OVHcloud's %3 allowed addresses are left; "
                     "even your VPN gateway and admin hosts alone do not fit. Delete allowed networks you no "
                     "longer need in stage 1, then try again.", "@error")
                          .arg(budget.wanted).arg(budget.remaining()).arg(budget.limit));
        return false;
    }
    QStringList toAdd;
    for (const Ipv4Block &b : budget.proposal)
        toAdd << b.toString();
    if (toAdd.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit allowedNetworksAdded(true); });
        return true;
    }
    // Busy until the adds have ended, as stage 4's: the page offers no second add meanwhile (a
    // lost answer makes the add look for its task first, which outlives the error it shows).
    StageOperation *op = startOperation();
    m_addAllowed = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (r.ok() || r.error().kind != ApiError::Kind::Canceled)
            emit allowedNetworksAdded(r.ok());
    });
    allowed->ensureAllowed(toAdd, tr("VPN: your subnet", "@info allowed network description"),
                           op->scope(), [this, op](const Result<Unit> &r) {
        if (r.ok()) {
            op->succeed();
            return;
        }
        reportError(r.error());
        op->fail(r.error());
    });
    return true;
}

void VpnModel::cancel()
{
    m_nsx->abortAll();
    m_monitor->stopWaiting();
    StageModel::cancel(); // every operation ends with Canceled: refreshed(false), applyFinished(false)
}

} // namespace snc
