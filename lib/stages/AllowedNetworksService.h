// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "stages/Ipv4Block.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace snc {

/**
 * @brief The allowed networks of the service being onboarded, as every stage that needs them
 * sees them: "which blocks are active" and "ensure these blocks are allowed" (issue 14).
 *
 * Stages depend on this service, not on each other: the VPN (stage 3) makes sure the customer's
 * subnets are allowed, the private gateway (stage 4) checks and adds its network, without knowing
 * the stage-1 model. One per StageContext (StageContext::allowedNetworks()).
 *
 * The service does not talk to the API itself: a Source does (the stage-1 model registers as the
 * source when it is made), so that adding a block is always stage 1's one add, with its checks,
 * its search for a lost answer's task and its read-back. What the service adds is the
 * coordination: blocks already inside an active one are not sent, the blocks to add are added one
 * at a time (stage 1 runs one change at a time) and waited for, and a block that an earlier
 * ensureAllowed() is already adding is waited for, never sent a second time.
 *
 * Does not own its source; without one (no stage-1 model), reads and ensures fail with
 * Kind::NotFound.
 */
class AllowedNetworksService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<Unit> &)>;

    /// What the service needs from whoever reads and changes the allowed networks (stage 1).
    class Source
    {
    public:
        virtual ~Source() = default;
        /// The blocks as last read (entries not being deleted).
        virtual QList<Ipv4Block> activeBlocks() const = 0;
        /// The blocks as last read whose state is `allowed` (not being created, changed, deleted
        /// or in error): the only ones a connection is sure to pass.
        virtual QList<Ipv4Block> allowedBlocks() const = 0;
        /// Re-reads the list; `done` once (its `context` alive).
        virtual void readBlocks(QObject *context, Done done) = 0;
        /// Adds `block` (checks, POST, task, read-back); `done` once (its `context` alive).
        virtual void addBlock(const QString &block, const QString &description, QObject *context, Done done) = 0;
    };

    explicit AllowedNetworksService(QObject *parent = nullptr);
    ~AllowedNetworksService() override;

    /// `source` reads and adds from now on, while `owner` lives (the stage-1 model, which is both).
    void setSource(QObject *owner, Source *source);
    bool hasSource() const { return m_owner && m_source; }

    /// The active blocks as last read; empty without a source.
    QList<Ipv4Block> activeBlocks() const;
    /// The blocks in state `allowed` as last read; empty without a source.
    QList<Ipv4Block> allowedBlocks() const;
    /// The source calls it when its list, as last read, changed (or was forgotten): changed().
    void notifyChanged() { emit changed(); }
    /// The blocks of `wanted` that no active block contains, as "a.b.c.d/n".
    QStringList missingBlocks(const QList<Ipv4Block> &wanted) const;
    /// Reads the list again, then `done` (activeBlocks() is then fresh).
    void readActiveBlocks(QObject *context, Done done);
    /**
     * @brief Makes sure each of `blocks` is inside an allowed network, then `done` once (always
     * asynchronously). Blocks already covered send nothing; the others are added one after the
     * other, each waited for to its end (task and read-back); one being added for an earlier
     * call is waited for, not added again. Stops at the first failure (its error).
     */
    void ensureAllowed(const QStringList &blocks, const QString &description, QObject *context, Done done);
    /// True while an add of the service is queued or running.
    bool isAdding() const { return !m_queue.isEmpty(); }

signals:
    /// The list as last read changed, or the source changed (what the lock-out guard rechecks).
    void changed();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    struct Add
    {
        QString block;
        QString description;
        QList<Waiter> waiters;
        bool started = false;
    };
    /// `blocks` from `index` on, one at a time.
    void ensureFrom(QStringList blocks, int index, const QString &description, QObject *context, Done done);
    void ensureOne(const QString &block, const QString &description, QObject *context, Done done);
    void startNext();
    bool covered(const Ipv4Block &block) const;

    QPointer<QObject> m_owner;
    Source *m_source = nullptr;
    QList<Add> m_queue; ///< the front one runs
};

} // namespace snc
