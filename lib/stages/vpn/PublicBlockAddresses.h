// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/Ipv4Block.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace snc {

/**
 * @brief Which addresses of the PCC's public blocks are free for stage 3's NSX local endpoint,
 * computed from the published models only. Pure value.
 *
 * `GET …/ip/{network}` is a dedicatedCloud.Ip (`network`, `gateway`, `netmask`, …) and
 * `GET …/ip/{network}/details` lists the addresses in use, each with a usage of the published
 * dedicatedCloud.IpUsageEnum (`nsxt`, `reserved`, `vm`): there is no "free" usage, so free is
 * computed: the block, minus every listed address (whatever its usage, known or not), minus the
 * network, broadcast and gateway addresses, which the details may or may not list.
 *
 * Safe when the gateway is missing from the model (or not an address of the block): the first
 * and the last usable addresses, where a gateway usually sits, are then not offered either.
 */
class PublicBlockAddresses
{
    Q_DECLARE_TR_FUNCTIONS(PublicBlockAddresses)
public:
    /// One block as the API describes it.
    struct Block
    {
        Ipv4Block network;
        std::optional<quint32> gateway; ///< the model's `gateway`, when it is an address of the block
        QHash<quint32, QString> used;   ///< listed address -> usage (as given)
    };

    /// Adds a block from its dedicatedCloud.Ip object and its details array; false (nothing
    /// added) when the object names no valid IPv4 block.
    bool addBlock(const QJsonObject &ip, const QJsonArray &details);
    bool isEmpty() const { return m_blocks.isEmpty(); }
    QList<Block> blocks() const { return m_blocks; }

    /// Free addresses, block after block, in address order.
    QStringList freeAddresses() const;
    /// Why `address` cannot be the local endpoint (translated), empty when it is free.
    QString refusal(const QString &address) const;

private:
    /// Empty when free; otherwise why not (translated).
    QString usageOf(const Block &block, quint32 address) const;

    QList<Block> m_blocks;
};

} // namespace snc
