// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/AllowedNetworksService.h"

#include "core/ApiError.h"
#include "core/Log.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

ApiError noSource()
{
    return ApiError::make(ApiError::Kind::NotFound, u"stage 1 is not available"_s);
}

/// Runs `done(result)` from the event loop, if `context` still lives.
void later(QObject *context, const AllowedNetworksService::Done &done, Result<Unit> result)
{
    QTimer::singleShot(0, context, [done, result = std::move(result)] { done(result); });
}

} // namespace

AllowedNetworksService::AllowedNetworksService(QObject *parent) : QObject(parent) {}

AllowedNetworksService::~AllowedNetworksService() = default;

void AllowedNetworksService::setSource(QObject *owner, Source *source)
{
    m_owner = owner;
    m_source = source;
    if (owner) // its end takes its list away
        connect(owner, &QObject::destroyed, this, &AllowedNetworksService::changed, Qt::UniqueConnection);
    emit changed();
}

QList<Ipv4Block> AllowedNetworksService::activeBlocks() const
{
    return hasSource() ? m_source->activeBlocks() : QList<Ipv4Block>();
}

QList<Ipv4Block> AllowedNetworksService::allowedBlocks() const
{
    return hasSource() ? m_source->allowedBlocks() : QList<Ipv4Block>();
}

bool AllowedNetworksService::covered(const Ipv4Block &block) const
{
    const QList<Ipv4Block> active = activeBlocks();
    return std::any_of(active.cbegin(), active.cend(), [&block](const Ipv4Block &a) { return a.contains(block); });
}

QStringList AllowedNetworksService::missingBlocks(const QList<Ipv4Block> &wanted) const
{
    QStringList out;
    for (const Ipv4Block &b : wanted) {
        if (b.isValid() && !covered(b))
            out << b.toString();
    }
    return out;
}

void AllowedNetworksService::readActiveBlocks(QObject *context, Done done)
{
    if (!hasSource()) {
        later(context, done, noSource());
        return;
    }
    m_source->readBlocks(context, std::move(done));
}

void AllowedNetworksService::ensureAllowed(const QStringList &blocks, const QString &description,
                                           QObject *context, Done done)
{
    // The first answer always comes from the event loop: callers set up before it arrives.
    QTimer::singleShot(0, context, [this, blocks, description, context, done] {
        ensureFrom(blocks, 0, description, context, done);
    });
}

void AllowedNetworksService::ensureFrom(QStringList blocks, int index, const QString &description,
                                        QObject *context, Done done)
{
    if (index >= blocks.size()) {
        done(Unit{});
        return;
    }
    ensureOne(blocks.at(index), description, context,
              [this, blocks, index, description, context, done](const Result<Unit> &r) {
        if (!r.ok()) {
            done(r);
            return;
        }
        ensureFrom(blocks, index + 1, description, context, done);
    });
}

void AllowedNetworksService::ensureOne(const QString &input, const QString &description, QObject *context, Done done)
{
    if (!hasSource()) {
        done(noSource());
        return;
    }
    const Ipv4Block block = Ipv4Block::parse(input);
    const QString key = block.isValid() ? block.toString() : input;
    for (Add &add : m_queue) {
        if (add.block == key) { // being added for someone else: wait for that one
            add.waiters.append(Waiter{context, std::move(done)});
            return;
        }
    }
    if (block.isValid() && covered(block)) {
        done(Unit{});
        return;
    }
    m_queue.append(Add{key, description, {Waiter{context, std::move(done)}}});
    startNext();
}

void AllowedNetworksService::startNext()
{
    if (m_queue.isEmpty() || m_queue.first().started)
        return;
    Add &add = m_queue.first();
    add.started = true;
    const Ipv4Block block = Ipv4Block::parse(add.block);
    auto finish = [this](const Result<Unit> &r) {
        if (m_queue.isEmpty())
            return;
        const QList<Waiter> waiters = m_queue.takeFirst().waiters;
        startNext();
        for (const Waiter &w : waiters) {
            if (w.context)
                w.done(r);
        }
    };
    if (!hasSource()) {
        finish(noSource());
        return;
    }
    if (block.isValid() && covered(block)) { // an earlier add covered it meanwhile
        finish(Unit{});
        return;
    }
    qCInfo(lcStage) << "allowed networks: adding" << add.block;
    m_source->addBlock(add.block, add.description, this, finish);
}

} // namespace snc
