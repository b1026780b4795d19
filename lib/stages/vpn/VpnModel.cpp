// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/VpnModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "core/WhenAll.h"
#include "stages/AllowedNetworksService.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/vpn/NsxApplyChain.h"
#include "stages/vpn/NsxClient.h"
#include "stages/vpn/NsxCredentials.h"
#include "stages/vpn/NsxLogin.h"
#include "stages/vpn/NsxSessionReader.h"
#include "stages/vpn/NsxUserRight.h"
#include "stages/vpn/PskCustody.h"
#include "stages/vpn/PublicBlockReader.h"
#include "stages/vpn/VpnAllowedNetworks.h"
#include "stages/vpn/VpnReport.h"
#include "stages/vpn/SwanctlExport.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

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
      m_reader(new NsxSessionReader(m_nsx, m_monitor, m_chain, m_credentials, context,
                                    [this](const ApiError &e) { reportError(e); }, this)),
      m_psk(new PskCustody(context, this))
{
    connect(m_psk, &PskCustody::freshChanged, this, &VpnModel::freshPskChanged);
    connect(m_psk, &PskCustody::storedChanged, this, &VpnModel::pskStoredChanged);
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
    m_reader->forget();
    m_monitor->setSessionPath(QString());
    m_freeAddresses.clear();
    m_publicBlock = PublicBlockAddresses{};
    m_credentials->setLogin(QString()); // the next service's admin@<its FQDN>
    m_credentials->forget();
    m_right->forget();
    m_refreshed = false;
    forgetFreshPsk();
    m_monitor->reset();
}

bool VpnModel::needsPassword() const
{
    return m_reader->needsPassword();
}

QString VpnModel::servicePath() const { return m_reader->servicePath(); }
QString VpnModel::sessionPath() const { return m_reader->sessionPath(); }

QString VpnModel::statusText() const
{
    switch (status()) {
    case Status::Done:
        return tr("VPN session up (%1 of %2 tunnels)", "@info stage status").arg(m_monitor->tunnelsUp()).arg(m_monitor->tunnelsTotal());
    case Status::WaitingForUser:
        if (nsxRightMissing() && !needsPassword())
            return m_right->nsxRightMissing() ? tr("The NSX right is missing", "@info stage status")
                                              : tr("The network role NSX needs is missing", "@info stage status");
        if (!needsPassword() && m_psk->isConfirmationOwed())
            return tr("Store the pre-shared key, then confirm it is stored", "@info stage status");
        return tr("The NSX password is needed", "@info stage status");
    case Status::InProgress:
        return tr("VPN being configured or negotiating", "@info stage status");
    case Status::Failed:
        if (m_reader->nsxt().read && !m_reader->nsxt().isUsable())
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
    } else if (m_reader->nsxt().read && !m_reader->nsxt().isUsable()) {
        setStatus(Status::Failed); // nothing can be done here until NSX-T is enabled
    } else if (needsPassword() || nsxRightMissing()) {
        setStatus(Status::WaitingForUser);
    } else if (sessionState() == SessionState::Up) {
        // Not done while the key shown once may not be stored anywhere but NSX (issue 18 item 8).
        setStatus(m_psk->isConfirmationOwed() ? Status::WaitingForUser : Status::Done);
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
    m_reader->prepareClient();
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
        m_psk->recoverOwed();
    });
    // The free addresses (API) and the NSX configuration are read side by side; only the NSX
    // read decides whether the refresh succeeded (the addresses are a convenience).
    auto part = whenAll(2, [this, op](bool ok) {
        if (ok)
            op->succeed();
        else
            op->fail(lastError()); // reported by the reader
    });
    loadFreeAddresses(op, [part] { part(true); });
    // Where NSX Manager is comes first: with NSX-T not enabled there is nothing to log in to.
    m_reader->readNsxtOption(op, true, [this, op, part](bool usable) {
        if (!usable) {
            part(false); // reported by readNsxtOption()
            return;
        }
        // The login's NSX right, from the API, before NSX is asked anything: NSX refuses a
        // user without it, whatever words it uses (issue 17, item 2).
        m_right->read(op, nsxLogin(), [this, op, part](const Result<Unit> &right) {
            if (!right.ok() && right.error().kind != ApiError::Kind::Canceled)
                reportError(right.error()); // not known: NSX's own answer will say
            m_reader->ensureCredentials(op, [this, op, part](bool have) {
                if (!have || nsxRightMissing()) {
                    part(true); // the page asks for the password, or offers the grant
                    return;
                }
                m_reader->findTier0(op, [this, op, part](bool found) {
                    if (!found) {
                        part(false); // reported by findTier0()
                        return;
                    }
                    m_reader->readSession(op, &m_settings, part);
                });
            });
        });
    });
}

void VpnModel::loadFreeAddresses(StageOperation *op, std::function<void()> then)
{
    // Each failure is shown; none fails the refresh (the addresses are then not offered).
    const auto report = [this](const ApiError &e) {
        if (e.kind != ApiError::Kind::Canceled)
            reportError(e);
    };
    PublicBlockReader::read(context(), op, report, [this, then](std::optional<PublicBlockAddresses> addresses) {
        if (addresses) {
            m_publicBlock = *addresses;
            m_freeAddresses = addresses->freeAddresses();
            if (m_settings.localAddress.isEmpty() && !m_freeAddresses.isEmpty())
                m_settings.localAddress = m_freeAddresses.first();
        }
        then();
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
    m_reader->setNeedsPassword(false);
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
    m_reader->readNsxtOption(op, false, [this, op](bool usable) {
        if (!usable) {
            op->fail(ApiError::make(ApiError::Kind::NotFound, u"no NSX-T manager"_s));
            return;
        }
        m_reader->ensureCredentials(op, [this, op](bool have) {
            if (!have) {
                op->fail(ApiError::make(ApiError::Kind::NotFound, u"no NSX credentials"_s));
                return;
            }
            m_reader->findTier0(op, [this, op](bool found) {
                if (!found) {
                    op->fail(lastError());
                    return;
                }
                m_reader->readStatus(op, [op](bool) { op->succeed(); });
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
    if (!m_reader->nsxt().isUsable()) {
        if (m_reader->nsxt().read)
            reportError(m_reader->nsxt().notUsableError(ctx->serviceName()));
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
    const auto keepFreshPsk = [this](const SecretBytes &psk) { m_psk->keepGenerated(psk); };
    m_reader->findTier0(op, [this, op, keepFreshPsk](bool found) {
        if (!found) {
            op->fail(lastError()); // reported by findTier0()
            return;
        }
        m_chain->run(op->scope(), m_settings, m_psk->freshRef(), keepFreshPsk, [this, op](const Result<Unit> &r) {
            if (!r.ok()) {
                if (r.error().errorCode == "NSX_NO_TIER0"_L1)
                    m_reader->forgetTier0(); // the next read looks ovh-T0-gw up again by name
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
    m_psk->forgetFresh();
}

void VpnModel::setPskStored(bool stored)
{
    m_psk->confirm(stored);
    deriveStatus();
    emit pskStoredChanged();
    emit changed();
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
    m_export->write(path, m_settings, m_psk->freshRef(), [this, path](bool ok, const QString &why) {
        if (!why.isEmpty())
            reportValidationError(why);
        emit exportFinished(ok, path);
    });
}

QStringList VpnModel::missingAllowedNetworks() const
{
    return VpnAllowedNetworks::missing(context() ? context()->allowedNetworks() : nullptr, m_settings);
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
    return VpnAllowedNetworks::budget(context() ? context()->allowedNetworks() : nullptr, m_settings, m_adminHosts);
}

bool VpnModel::addMissingAllowedNetworks()
{
    AllowedNetworksService *allowed = context() ? context()->allowedNetworks() : nullptr;
    if (!allowed || !allowed->hasSource())
        return false;
    if (m_addAllowed && m_addAllowed->isRunning())
        return false; // the running add goes on with every missing subnet
    const AllowedNetworksBudget budget = allowedNetworksBudget();
    if (const QString why = VpnAllowedNetworks::refusal(m_adminHosts, budget); !why.isEmpty()) {
        reportValidationError(why);
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
