// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/WizardController.h"

#include "stages/StageContext.h"
#include "stages/activation/ActivationModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "stages/connection/ConnectionModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/gateway/PrivateGatewayModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/vpn/VpnModel.h"

#include "api/ApiClient.h"

#include <memory>

namespace snc {

WizardController::WizardController(ApiClient *api, SecretStore *secrets, Clock *clock,
                                   QSettings *settings, QObject *parent)
    : QObject(parent),
      m_context(new StageContext(api, secrets, clock, this)),
      m_settings(settings),
      m_connection(new ConnectionModel(m_context, &m_settings, this))
{
    connect(m_connection, &StageModel::statusChanged, this, &WizardController::navigationChanged);
    connect(m_connection, &ConnectionModel::selectedServiceChanged, this, &WizardController::navigationChanged);
    connect(m_context, &StageContext::serviceChanged, this, &WizardController::onServiceChanged);
    createStages();
    // Stages read overlapping resources (the allowed networks for stages 1, 3, 4 and 6, the
    // service for 1 and 6, …): identical reads waiting together in the queue go out once (#7).
    // Reads that cannot change during a session (password policy, IP block, account) go out once.
    if (api) {
        api->setShareQueuedReads(true);
        api->setKeepLastingReads(true);
    }
}

WizardController::~WizardController()
{
    // Stages first: they hold pointers into the context.
    qDeleteAll(m_stages);
    m_stages.clear();
}

void WizardController::shutdown()
{
    if (m_shutdown)
        return;
    m_shutdown = true;
    m_connection->cancel();
    for (StageModel *stage : std::as_const(m_stages))
        stage->cancel();
    m_settings.sync();
}

void WizardController::createStages()
{
    auto *networks = new AllowedNetworksModel(m_context, this);
    auto *security = new AdminSecurityModel(m_context, this);
    security->setSettings(&m_settings);
    m_stages << networks << security;
    // Stages 3 and 4 reach stage 1's networks and stage 3's session through the context's services.
    m_stages << new VpnModel(m_context, this);
    auto *gateway = new PrivateGatewayModel(m_context, this);
    m_stages << gateway;
    m_stages << new VmEncryptionModel(m_context, this);
    auto *activation = new ActivationModel(m_context, this);
    // The report's networks and gateway come from their own stages when those have read them and
    // are not reading again (a refresh of everything reads them once, shared): one read each.
    activation->setReportDetailsSource([networks, gateway]() -> std::optional<ActivationModel::ReportDetails> {
        const auto read = [](const StageModel *m) { return m->status() != StageModel::Status::Unknown && !m->isBusy(); };
        const auto datacenters = gateway->datacenters();
        if (!read(networks) || !read(gateway) || datacenters.size() != 1 || datacenters.first().id != gateway->datacenterId())
            return std::nullopt;
        ActivationModel::ReportDetails details;
        details.userAccessPolicy = networks->userAccessPolicy();
        for (const AllowedNetwork &n : networks->networks()) {
            if (n.state == QLatin1String("allowed"))
                details.allowedNetworks << n.network;
        }
        details.gateways << ActivationModel::ReportDetails::Gateway{gateway->datacenterId(), gateway->serverIp(),
                                                                    gateway->serverNetmask(), gateway->serverPortgroup(),
                                                                    gateway->state()};
        return details;
    });
    m_stages << activation;
    for (StageModel *s : std::as_const(m_stages))
        wireStage(s);
}

void WizardController::wireStage(StageModel *model)
{
    connect(model, &StageModel::statusChanged, this, &WizardController::navigationChanged);
    connect(model, &StageModel::completeChanged, this, &WizardController::navigationChanged);
    connect(model, &StageModel::canLeaveChanged, this, &WizardController::navigationChanged);
}

VmEncryptionModel *WizardController::vmEncryption() const
{
    return qobject_cast<VmEncryptionModel *>(stage(5));
}

ActivationModel *WizardController::activation() const
{
    return qobject_cast<ActivationModel *>(stage(6));
}

bool WizardController::canGoBack() const
{
    const StageModel *s = stage(m_currentPage);
    return m_currentPage > 0 && (!s || s->canLeave());
}

AllowedNetworksModel *WizardController::allowedNetworks() const
{
    return qobject_cast<AllowedNetworksModel *>(stage(1));
}

AdminSecurityModel *WizardController::adminSecurity() const
{
    return qobject_cast<AdminSecurityModel *>(stage(2));
}

VpnModel *WizardController::vpn() const
{
    return qobject_cast<VpnModel *>(stage(3));
}

PrivateGatewayModel *WizardController::privateGateway() const
{
    return qobject_cast<PrivateGatewayModel *>(stage(4));
}

StageModel *WizardController::stage(int number) const
{
    if (number == 0)
        return m_connection;
    if (number < 1 || number > m_stages.size())
        return nullptr;
    return m_stages.at(number - 1);
}

void WizardController::setCurrentPage(int page)
{
    page = qBound(0, page, stageCount);
    if (page == m_currentPage)
        return;
    // A stage holding something that would be lost (an unsaved private key) keeps the page.
    if (const StageModel *current = stage(m_currentPage); current && !current->canLeave()) {
        emit leaveRefused(current->leaveBlockedReason());
        emit currentPageChanged(m_currentPage);
        return;
    }
    m_currentPage = page;
    m_settings.setCurrentStage(page);
    emit currentPageChanged(page);
    emit navigationChanged();
}

bool WizardController::canGoNext() const
{
    if (m_currentPage >= stageCount)
        return false;
    const StageModel *s = stage(m_currentPage);
    return s && s->isComplete();
}

void WizardController::goNext()
{
    if (canGoNext())
        setCurrentPage(m_currentPage + 1);
}

void WizardController::goBack()
{
    if (canGoBack())
        setCurrentPage(m_currentPage - 1);
}

int WizardController::firstIncompletePage() const
{
    if (!m_connection->isComplete())
        return 0;
    for (int n = 1; n <= stageCount; ++n) {
        if (!stage(n)->isComplete())
            return n;
    }
    return stageCount;
}

void WizardController::refreshAll()
{
    if (isRefreshing())
        return;
    m_pendingRefresh = int(m_stages.size());
    emit refreshingChanged(true);
    const QList<StageModel *> stages = m_stages;
    for (StageModel *s : stages) {
        // One answer per stage for this round, whatever else the stage emits later.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(s, &StageModel::refreshed, this, [this, connection](bool) {
            QObject::disconnect(*connection);
            if (--m_pendingRefresh > 0)
                return;
            endRefresh();
        });
        s->refresh();
    }
}

void WizardController::endRefresh()
{
    m_pendingRefresh = 0;
    emit refreshingChanged(false);
    emit navigationChanged();
    if (m_jumpAfterRefresh) {
        m_jumpAfterRefresh = false;
        setCurrentPage(firstIncompletePage());
    }
    emit refreshAllFinished();
}

void WizardController::refreshUntilIncomplete()
{
    if (isRefreshing())
        return;
    m_pendingRefresh = 1; // the chain counts as one refresh
    emit refreshingChanged(true);
    refreshChain(1);
}

void WizardController::refreshChain(int number)
{
    StageModel *s = stage(number);
    if (!s) {
        endRefresh();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(s, &StageModel::refreshed, this, [this, number, connection](bool ok) {
        QObject::disconnect(*connection);
        const StageModel *read = stage(number);
        if (ok && read && read->isComplete() && number < stageCount)
            refreshChain(number + 1);
        else
            endRefresh();
    });
    s->refresh();
}

void WizardController::resume()
{
    m_jumpAfterRefresh = true;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_connection, &StageModel::refreshed, this, [this, connection](bool ok) {
        QObject::disconnect(*connection);
        if (ok && m_connection->isComplete()) {
            refreshUntilIncomplete(); // then to the first stage not done
        } else {
            // Not connected (keys missing, authorization expired, no service): start there.
            m_jumpAfterRefresh = false;
            setCurrentPage(0);
            emit refreshAllFinished();
        }
    });
    m_connection->resume();
}

void WizardController::onServiceChanged()
{
    emit navigationChanged();
}

} // namespace snc
