// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/AllowedNetworksService.h"
#include "stages/StageModel.h"
#include "stages/Ipv4Block.h"
#include "tasks/PendingTaskSearch.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class StageOperation;
class TaskPoller;

/// One entry of GET /dedicatedCloud/{sn}/allowedNetwork/{id}.
struct AllowedNetwork
{
    qint64 networkAccessId = 0;
    QString network;       ///< as the server says, e.g. "203.0.113.7/32"
    QString description;
    QString state;         ///< "allowed" | "toDelete" | "toUpdate"
    Ipv4Block block;       ///< parsed `network` (invalid if the server sent something odd)
};

/**
 * @brief Stage 1 — authorize IP addresses to reach the vCenter.
 *
 * refresh(): GET …/allowedNetwork (ids), GET each entry, GET /dedicatedCloud/{sn}
 * (userAccessPolicy). status(): Done when ≥ 1 entry is `allowed` and the policy is `filtered`;
 * InProgress when a task runs or something is partially done; NotStarted otherwise.
 *
 * Actions (one at a time; each returns false, with lastError() set, when refused locally):
 * - addNetwork(input, description): checkNetwork() first (syntax, refusals, overlaps, 2048 limit);
 *   POST …/allowedNetwork → task followed to done (taskProgress()) → list refreshed.
 * - deleteNetwork(id): DELETE …/allowedNetwork/{id} → task → refresh.
 * - setPolicyFiltered(): PUT /dedicatedCloud/{sn} {"userAccessPolicy":"filtered"} → task → refresh;
 *   does nothing if already filtered.
 * - fetchCurrentPublicAddress(): POST /me/geolocation → currentPublicAddress().
 * Idempotence: adding a block that is already there is refused by the check (nothing sent);
 * deleting an entry already `toDelete` or gone does nothing.
 * actionFinished(ok) ends every action.
 *
 * It is the source of the context's AllowedNetworksService (registered when made): the other
 * stages read the active blocks and add theirs through the service, never through this model.
 */
class AllowedNetworksModel : public StageModel, public AllowedNetworksService::Source
{
    Q_OBJECT
    Q_PROPERTY(QString userAccessPolicy READ userAccessPolicy NOTIFY changed)
    Q_PROPERTY(bool policyFiltered READ isPolicyFiltered NOTIFY changed)
    Q_PROPERTY(QString currentPublicAddress READ currentPublicAddress NOTIFY currentPublicAddressChanged)
    Q_PROPERTY(qint64 totalAddresses READ totalAddresses NOTIFY changed)
public:
    explicit AllowedNetworksModel(StageContext *context, QObject *parent = nullptr);
    ~AllowedNetworksModel() override;

    int number() const override { return 1; }
    QString statusText() const override;
    void refresh() override;
    void cancel() override;

    QList<AllowedNetwork> networks() const { return m_networks; }
    QString userAccessPolicy() const { return m_policy; }
    bool isPolicyFiltered() const { return m_policy == QLatin1String("filtered"); }
    QString currentPublicAddress() const { return m_publicAddress; }
    /// Addresses allowed in total (entries not being deleted).
    qint64 totalAddresses() const;
    /// The blocks that count for overlaps and the limit (entries not `toDelete`).
    QList<Ipv4Block> activeBlocks() const override;
    /// The blocks in state `allowed` only (what the private gateway's lock-out guard counts).
    QList<Ipv4Block> allowedBlocks() const override;

    /// Pure check of an input against the current list, with the sandbox's documentation rule.
    /// Call as the user types.
    Ipv4BlockCheck checkNetwork(const QString &input) const;

    bool addNetwork(const QString &input, const QString &description);
    bool deleteNetwork(qint64 networkAccessId);
    bool setPolicyFiltered();
    void fetchCurrentPublicAddress();

    /// A task of this stage runs (its progress: taskProgress()).
    bool isTaskRunning() const;
    /// Test hook: the poller used for the tasks (interval can be shortened).
    TaskPoller *taskPoller() const { return m_poller; }

signals:
    void currentPublicAddressChanged(const QString &address);
    /// An action ended (after the list was refreshed when it succeeded).
    void actionFinished(bool ok);

private:
    // AllowedNetworksService::Source
    void readBlocks(QObject *context, AllowedNetworksService::Done done) override;
    void addBlock(const QString &block, const QString &description, QObject *context,
                  AllowedNetworksService::Done done) override;

    void forgetService() override;
    void deriveStatus();
    /// What a read covers: everything (a refresh), or after one of our own changes only what it
    /// can have changed (the policy; or the network list, re-reading only entries not known as
    /// "allowed" — an entry that is allowed stays so until it leaves the list).
    enum class LoadScope { All, Policy, Networks };
    /// Reads the list and/or the policy as part of `op`, publishes them, then `then(ok)`.
    void load(StageOperation *op, LoadScope scope, std::function<void(bool ok)> then);
    static AllowedNetwork parseNetwork(const QJsonObject &entry, qint64 id);
    /// The action operation, or nullptr (lastError() set) when refused; `scope` is what it changes.
    StageOperation *startAction(LoadScope scope);
    /// The add's operation (nullptr, lastError() set, when refused locally).
    StageOperation *startAdd(const QString &input, const QString &description);
    /// The local checks of an add; false with lastError() set.
    bool validateAdd(const QString &input, const QString &description);
    /// POSTs the (validated) block.
    void postAdd(StageOperation *op, const QString &input, const QString &description);
    void postAddBody(StageOperation *op, const QJsonObject &body, const QString &text);
    void followTask(StageOperation *op, const QJsonValue &taskValue, const QString &text);
    void readBackThenFinish(StageOperation *op, bool ok);
    void actionCallFailed(StageOperation *op, const ApiError &error);
    /// An add whose answer was lost (network, timeout, 5xx) may have started its task: follow a
    /// pending task about an allowed network not listed yet (matched by networkAccessId, never
    /// by a guessed task name) if there is one, so that a retry never creates it twice.
    void followLostAdd(StageOperation *op, const ApiError &error, const QString &text);
    /// The newest pending creation task of an allowed network this list does not hold yet
    /// (0: none), read as part of `op`: `found(taskId)` (PendingTaskSearch: one list of the
    /// service's tasks, then the details of the newest few not known settled).
    void findPendingAdd(StageOperation *op, std::function<void(qint64 taskId)> found);

    QList<AllowedNetwork> m_networks;
    /// The lost-add search; remembers the tasks it read settled, which cannot be pending.
    PendingTaskSearch m_pendingSearch;
    QString m_policy;
    QString m_publicAddress;
    TaskPoller *m_poller;
    QPointer<StageOperation> m_read;   ///< the refresh running, if any
    QPointer<StageOperation> m_action; ///< the action running, if any (one at a time)
    LoadScope m_actionScope = LoadScope::All; // what the running action can change
    bool m_refreshedOnce = false;
    /// The last read of the list failed (say, the read-back of an add whose task ran): the next
    /// add reads the list first, so that the same network is never added twice.
    bool m_listStale = false;
};

} // namespace snc
