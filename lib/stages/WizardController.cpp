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
#include "core/WhenAll.h"
#include "stages/OnboardingTasks.h"

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
    connect(m_connection, &ConnectionModel::selectedServiceChanged, this, &WizardController::onServiceChosen);
    connect(m_connection, &ConnectionModel::stateChanged, this, &WizardController::onConnectionStateChanged);
    connect(m_connection, &StageModel::openUrlRequested, this, &WizardController::openUrlRequested);
    connect(m_context, &StageContext::serviceChanged, this, &WizardController::onServiceChanged);
    // The tasks this onboarding followed are kept with the session state, for the report.
    m_context->onboardingTasks()->setSettings(&m_settings);
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
    // The stages' reads end canceled: the round in flight, if any, neither moves the page nor
    // ends any more.
    delete m_refreshRound;
    m_refreshRound = nullptr;
    m_jumpAfterRefresh = false;
    m_connection->cancel();
    for (StageModel *stage : std::as_const(m_stages))
        stage->cancel();
    m_settings.sync();
}

void WizardController::createStages()
{
    StageTable::Build build;
    build.context = m_context;
    build.settings = &m_settings;
    build.parent = this;
    build.earlier = [this](int number) { return stage(number); };
    for (const StageTable::Entry &entry : StageTable::entries()) {
        Q_ASSERT(entry.number == m_stages.size() + 1);
        m_stages << entry.createModel(build);
    }
    for (StageModel *s : std::as_const(m_stages))
        wireStage(s);
}

void WizardController::wireStage(StageModel *model)
{
    connect(model, &StageModel::statusChanged, this, &WizardController::navigationChanged);
    connect(model, &StageModel::completeChanged, this, &WizardController::navigationChanged);
    connect(model, &StageModel::canLeaveChanged, this, &WizardController::navigationChanged);
    // The reason next to a disabled Next follows what the stage says and does.
    connect(model, &StageModel::busyChanged, this, &WizardController::navigationChanged);
    connect(model, &StageModel::manualStepChanged, this, &WizardController::navigationChanged);
    model->setConfirmationSettings(&m_settings); // the customer's confirmations survive a restart
    // Stage 2's secure interface reaches here through its model (AdminSecurityModel forwards it):
    // one path per URL, so nothing has to drop a duplicate.
    connect(model, &StageModel::openUrlRequested, this, &WizardController::openUrlRequested);
}

void WizardController::finish()
{
    if (m_currentPage != completionPage)
        return;
    m_finished = true;
    m_settings.sync();
    emit finishRequested();
}

void WizardController::openUrl(const QUrl &url)
{
    if (url.isValid())
        emit openUrlRequested(url);
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
    page = qBound(0, page, int(completionPage));
    // The completion screen follows a done stage 6 only.
    if (page == completionPage && !(stage(stageCount) && stage(stageCount)->isComplete()))
        page = m_currentPage;
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
    enterPage(page);
    emit currentPageChanged(page);
    emit navigationChanged();
}

bool WizardController::canGoNext() const
{
    if (m_currentPage >= completionPage)
        return false;
    const StageModel *s = stage(m_currentPage);
    return s && s->isComplete();
}

QString WizardController::nextBlockedReason() const
{
    if (canGoNext())
        return {};
    const StageModel *s = stage(m_currentPage);
    if (m_currentPage >= stageCount) {
        if (firstIncompletePage() == stageCount && s && s->isComplete())
            return tr("This is the last stage and every stage is done: nothing comes after it.", "@info next");
        return tr("This is the last stage: nothing comes after it.", "@info next");
    }
    if (m_currentPage == 0)
        return tr("Next is available once you are connected and have chosen a service.", "@info next");
    if (s && s->awaitsManualStep())
        //: %1 the confirmation to tick ("I have stored the pre-shared key in a safe place")
        return tr("Next is available once you tick “%1”.", "@info next").arg(s->manualStepLabel());
    if (s && s->isBusy())
        return tr("Next is available once this stage is done; OVHcloud is being asked.", "@info next");
    //: %1 the stage's status ("No VPN configured yet")
    return tr("Next is available once this stage is done (now: %1).", "@info next").arg(s ? s->statusText() : QString());
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

bool WizardController::goTo(int page)
{
    // Stages need a connection and a service first.
    if (page == 0 || m_connection->isComplete())
        setCurrentPage(page);
    return m_currentPage == page;
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

void WizardController::enterPage(int page)
{
    // A stage never read yet (or read for another service) is read when it is shown; during a
    // round of reads, the round's end reads it if the round did not (it stops at the first stage
    // not done).
    StageModel *model = page > 0 ? stage(page) : nullptr;
    if (model && model->status() == StageModel::Status::Unknown && !model->isBusy() && !isRefreshing())
        model->refresh();
}

void WizardController::beginRefresh(bool all)
{
    m_readAll = all;
    m_refreshRound = new QObject(this);
    emit refreshingChanged(true);
}

void WizardController::refreshAll()
{
    if (isRefreshing()) {
        // A round that stops at the first stage not done (a service just chosen) reads them all.
        m_readAll = true;
        return;
    }
    beginRefresh(true);
    refreshFrom(1);
}

void WizardController::refreshFrom(int from)
{
    // Each stage's own read answers it (StageModel::refreshThen()): an action's read-back that
    // emits refreshed() in the meantime is not taken for it.
    auto answered = whenAll(stageCount - from + 1, [this](bool) { endRefresh(); });
    for (int n = from; n <= stageCount; ++n)
        stage(n)->refreshThen(m_refreshRound, answered);
}

void WizardController::endRefresh()
{
    m_refreshRound->deleteLater(); // what is left of the round answers nothing any more
    m_refreshRound = nullptr;
    m_readAll = false;
    emit refreshingChanged(false);
    emit navigationChanged();
    if (m_jumpAfterRefresh) {
        m_jumpAfterRefresh = false;
        setCurrentPage(firstIncompletePage());
    }
    enterPage(m_currentPage);
    emit refreshAllFinished();
}

void WizardController::refreshUntilIncomplete()
{
    if (isRefreshing())
        return;
    beginRefresh(false);
    refreshChain(1);
}

void WizardController::refreshChain(int number)
{
    stage(number)->refreshThen(m_refreshRound, [this, number](bool ok) {
        if (number >= stageCount)
            endRefresh();
        else if (ok && stage(number)->isComplete())
            refreshChain(number + 1);
        else if (m_readAll)
            refreshFrom(number + 1);
        else
            endRefresh();
    });
}

void WizardController::resume()
{
    m_jumpAfterRefresh = true;
    // resume() is the connection's action, not a refresh(): its refreshed() is its answer.
    connect(m_connection, &StageModel::refreshed, this, [this](bool ok) {
        if (ok && m_connection->isComplete()) {
            refreshUntilIncomplete(); // then to the first stage not done
        } else {
            // Not connected (keys missing, authorization expired, no service): start there.
            m_jumpAfterRefresh = false;
            setCurrentPage(0);
            emit refreshAllFinished();
        }
    }, Qt::SingleShotConnection);
    m_connection->resume();
}

void WizardController::onServiceChanged()
{
    // The settings' one-time move for this onboarding, as an explicit step here (connected before
    // the stages are built, so before any of them reads a confirmation): reads stay reads.
    if (!m_context->secretScope().isEmpty())
        m_settings.migrateManualSteps(m_context->onboardingKey());
    emit navigationChanged();
}

void WizardController::onServiceChosen(const QString &service)
{
    // A new service: stages re-read their state from the API up to the first one not done
    // (read-only); the later ones are read when their page is entered.
    if (!service.isEmpty() && m_connection->state() == ConnectionModel::State::Connected)
        refreshUntilIncomplete();
}

void WizardController::onConnectionStateChanged()
{
    if (m_connection->state() == ConnectionModel::State::NeedsReauthorization)
        setCurrentPage(0); // "authorize again", never a dead end
}

} // namespace snc
