// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/WizardSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QSettings;

namespace snc {

class AdminSecurityModel;
class ActivationModel;
class AllowedNetworksModel;
class ApiClient;
class Clock;
class ConnectionModel;
class PrivateGatewayModel;
class SecretStore;
class StageContext;
class VmEncryptionModel;
class VpnModel;

/**
 * @brief Owns the StageContext, the ConnectionModel (step 0) and the six stage models; handles
 * navigation and the (non-secret) progress remembered in QSettings.
 *
 * Pages: 0 = connection, 1..6 = stages. canGoNext() is derived from the current page's
 * completion (connection: connected with a service chosen; stage n: status Done). canGoBack()
 * is true above page 0. Navigation never triggers side effects.
 *
 * refreshAll() asks every stage to re-read the live API; when all have answered,
 * refreshAllFinished() is emitted and, if resumeAfterRefresh was requested (resume()), the
 * current page moves to the first stage that is not done. The six stage models are created
 * once, with the controller, and live as long as it does.
 *
 * Does not own the ApiClient, SecretStore, Clock or QSettings.
 */
class WizardController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY navigationChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY navigationChanged)
    Q_PROPERTY(bool refreshing READ isRefreshing NOTIFY refreshingChanged)
public:
    WizardController(ApiClient *api, SecretStore *secrets, Clock *clock, QSettings *settings,
                     QObject *parent = nullptr);
    ~WizardController() override;

    StageContext *context() const { return m_context; }
    WizardSettings *settings() { return &m_settings; }
    ConnectionModel *connection() const { return m_connection; }
    AllowedNetworksModel *allowedNetworks() const;
    AdminSecurityModel *adminSecurity() const;
    VpnModel *vpn() const;
    PrivateGatewayModel *privateGateway() const;
    VmEncryptionModel *vmEncryption() const;
    ActivationModel *activation() const;

    static constexpr int stageCount = 6;
    /// Stages 1..6 in order.
    QList<StageModel *> stages() const { return m_stages; }
    /// Stage `number` (1..6), or the connection for 0; nullptr otherwise.
    StageModel *stage(int number) const;

    int currentPage() const { return m_currentPage; }
    void setCurrentPage(int page);
    bool canGoNext() const;
    /// Above page 0 and the current stage can be left (StageModel::canLeave()).
    bool canGoBack() const;
    void goNext();
    void goBack();
    /// The first stage (1..6) not Done; 0 when not connected; 6 when all are done.
    int firstIncompletePage() const;

    /// Re-derives every stage's status from the API (no side effect).
    void refreshAll();
    /**
     * @brief Re-reads stage 1, then each next stage while the one before is done, and stops at
     * the first stage not done (no side effect). The stages after it are left as they are (Unknown
     * for a new service) and are read when their page is entered: the reads a new service or a
     * restart needs, not six stages' worth. Ends like refreshAll() (refreshingChanged,
     * refreshAllFinished, and the jump of resume()).
     */
    void refreshUntilIncomplete();
    bool isRefreshing() const { return m_pendingRefresh > 0; }
    /**
     * @brief After a start: restores region/service from the settings, ConnectionModel::resume(),
     * then refreshAll() and moves to the first stage not done.
     */
    void resume();
    /**
     * @brief Stops everything in flight (the connection's and every stage's operations) and
     * writes the progress to the settings: the window calls it when it closes, the session before
     * it tears down, so no reply lands on a half-destroyed page. Safe to call twice.
     */
    void shutdown();

signals:
    void currentPageChanged(int page);
    void navigationChanged();
    void refreshingChanged(bool refreshing);
    void refreshAllFinished();
    /// setCurrentPage() was refused because the current stage cannot be left (reason translated).
    void leaveRefused(const QString &reason);

private:
    void createStages();
    void wireStage(StageModel *model);
    void onServiceChanged();
    void refreshChain(int number);
    void endRefresh();

    StageContext *m_context;
    WizardSettings m_settings;
    ConnectionModel *m_connection;
    QList<StageModel *> m_stages;
    int m_currentPage = 0;
    int m_pendingRefresh = 0;
    bool m_jumpAfterRefresh = false;
    bool m_shutdown = false;
};

} // namespace snc
