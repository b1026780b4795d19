// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/StageTable.h"
#include "stages/WizardSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

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
 * Pages: 0 = connection, 1..6 = stages, 7 = the completion screen (completionPage: what was done,
 * the report, what to do next, Finish). canGoNext() is derived from the current page's
 * completion (connection: connected with a service chosen; stage n: status Done; stage 6 done
 * leads to the completion screen). canGoBack() is true above page 0. Navigation never triggers
 * side effects; finish() only says the person is done (finishedChanged()), the window closes.
 *
 * The navigation policy lives here, not in the window (issue 14: views render, the controller
 * decides); the window shows currentPage() and forwards gestures:
 * - a page entered whose stage was never read (or was read for another service) is read;
 * - a service chosen while connected reads the stages up to the first one not done
 *   (refreshUntilIncomplete());
 * - a credential refused anywhere (ConnectionModel::State::NeedsReauthorization) moves to page 0,
 *   "authorize again", never a dead end;
 * - every URL a model asks to open comes out once, through openUrlRequested().
 *
 * refreshAll() asks every stage to re-read the live API; when all have answered,
 * refreshAllFinished() is emitted and, if resumeAfterRefresh was requested (resume()), the
 * current page moves to the first stage that is not done. The six stage models are created
 * once, with the controller, and live as long as it does.
 *
 * The stages are built from StageTable (number → model factory), the one registration point.
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

    static constexpr int stageCount = StageTable::count;
    /// The page after the last stage: the completion screen (entered only once stage 6 is done).
    static constexpr int completionPage = stageCount + 1;
    /// Stages 1..6 in order.
    QList<StageModel *> stages() const { return m_stages; }
    /// Stage `number` (1..6), or the connection for 0; nullptr otherwise.
    StageModel *stage(int number) const;

    int currentPage() const { return m_currentPage; }
    void setCurrentPage(int page);
    bool canGoNext() const;
    /**
     * @brief Why Next is disabled, translated, empty when it is enabled (issue 18 item 3: Next is
     * never disabled without its reason next to it): the last page, a connection or service
     * missing, a stage not done (with what it waits for), a key to save first.
     */
    QString nextBlockedReason() const;
    /// Above page 0 and the current stage can be left (StageModel::canLeave()).
    bool canGoBack() const;
    void goNext();
    void goBack();
    /**
     * @brief A page chosen directly (the rail): page 0 always, a stage once connected with a
     * service chosen. True when `page` is the current page afterwards (false when refused, or
     * when the current stage cannot be left: see leaveRefused()).
     */
    bool goTo(int page);
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
    bool isRefreshing() const { return m_refreshRound != nullptr; }
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
    /// Finish on the completion screen: the onboarding is over (nothing is sent).
    void finish();
    /// finish() was called in this session.
    bool isFinished() const { return m_finished; }
    /// Asks for `url` to be opened (a user's gesture, e.g. Help → guide): emits openUrlRequested().
    void openUrl(const QUrl &url);

signals:
    void currentPageChanged(int page);
    void navigationChanged();
    void refreshingChanged(bool refreshing);
    void refreshAllFinished();
    /// finish() was called: the person is done with the wizard (the window closes).
    void finishRequested();
    /// setCurrentPage() was refused because the current stage cannot be left (reason translated).
    void leaveRefused(const QString &reason);
    /**
     * @brief The one relay of the URLs to open: every model's openUrlRequested() (the connection,
     * the six stages, stage 2's secure interface through its model) and openUrl() come out here,
     * once each. The window opens them (or records them, in tests and the autopilot).
     */
    void openUrlRequested(const QUrl &url);

private:
    void createStages();
    void wireStage(StageModel *model);
    void onServiceChanged();
    void onServiceChosen(const QString &service);
    void onConnectionStateChanged();
    /// The page shown is now `page`: its stage is read if it never was.
    void enterPage(int page);
    /// Starts a round of reads; its scope object answers it (see m_refreshRound).
    void beginRefresh(bool all);
    /// Reads stage `number`, then the next while the one read is done (see refreshUntilIncomplete()).
    void refreshChain(int number);
    /// Reads stages `from`..stageCount side by side, then ends the round.
    void refreshFrom(int from);
    void endRefresh();

    StageContext *m_context;
    WizardSettings m_settings;
    ConnectionModel *m_connection;
    QList<StageModel *> m_stages;
    int m_currentPage = 0;
    /// The round of reads in flight (refreshAll() or refreshUntilIncomplete()), nullptr when none:
    /// the context of every stage's answer, so a round's answers die with it (no counter).
    QObject *m_refreshRound = nullptr;
    /// The round reads every stage (refreshAll() asked), not only up to the first not done.
    bool m_readAll = false;
    bool m_jumpAfterRefresh = false;
    bool m_shutdown = false;
    bool m_finished = false;
};

} // namespace snc
