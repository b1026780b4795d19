// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/PublicBlockReader.h"

#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc::PublicBlockReader {

void read(StageContext *context, StageOperation *op, std::function<void(const ApiError &)> report,
          std::function<void(std::optional<PublicBlockAddresses>)> then)
{
    const QString base = context->servicePath() + u"/ip"_s;
    ApiClient *api = context->api();
    // Per block, in the order listed: its model (network, gateway) and its addresses in use.
    struct Read
    {
        QStringList blocks;
        QHash<QString, QJsonObject> models;
        QHash<QString, QJsonArray> details;
        bool failed = false;
    };
    auto read = std::make_shared<Read>();
    auto fail = [read, report = std::move(report)](const ApiError &e) {
        read->failed = true;
        report(e);
    };
    CallGroup *group = op->group();
    group->addResult(api->get(base), [api, base, group, read, fail](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        for (const QJsonValue &b : r.value().toArray()) {
            const QString block = b.toString();
            read->blocks << block;
            const QString path = u"%1/%2"_s.arg(base, encodePathSegment(block));
            group->addResult(api->get(path), [read, block, fail](const Result<QJsonValue> &m) {
                if (m.ok())
                    read->models.insert(block, m.value().toObject());
                else
                    fail(m.error());
            });
            group->addResult(api->get(path + u"/details"_s), [read, block, fail](const Result<QJsonValue> &d) {
                if (d.ok())
                    read->details.insert(block, d.value().toArray());
                else
                    fail(d.error());
            });
        }
    });
    group->onAllFinished(op->scope(), [read, then = std::move(then)](const Result<Unit> &) {
        if (read->failed) {
            then(std::nullopt);
            return;
        }
        PublicBlockAddresses addresses;
        for (const QString &block : std::as_const(read->blocks))
            addresses.addBlock(read->models.value(block), read->details.value(block));
        then(addresses);
    });
}

} // namespace snc::PublicBlockReader
