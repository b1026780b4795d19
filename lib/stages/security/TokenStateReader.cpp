// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/TokenStateReader.h"

#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "stages/StageOperation.h"
#include "tasks/TaskPoller.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

QJsonObject TokenServerState::running() const
{
    // The newest running task wins (there should be one at most).
    QJsonObject newest;
    for (const QJsonObject &t : tasks) {
        if (!TaskPoller::isFinalState(t.value("state"_L1).toString())
            && (newest.isEmpty() || TaskPoller::taskIdOf(t) > TaskPoller::taskIdOf(newest)))
            newest = t;
    }
    return newest;
}

QJsonObject TokenServerState::ended(qint64 id) const
{
    if (id <= 0)
        return {};
    for (const QJsonObject &t : tasks) {
        if (TaskPoller::taskIdOf(t) == id && TaskPoller::isFinalState(t.value("state"_L1).toString()))
            return t;
    }
    return {};
}

QStringList TokenStateReader::taskNames()
{
    // The SMS names the operation "testTokenValidation" (guide, step 2). One name only: every
    // name searched costs calls against the API's rate limit on each refresh.
    return {u"testTokenValidation"_s};
}

void TokenStateReader::read(StageOperation *op, ApiClient *api, const QString &base, qint64 remembered, Done done)
{
    auto read = std::make_shared<TokenServerState>();
    CallGroup *group = op->group();
    // A 404 (a task or list not there) is "nothing there", not a failure.
    auto getTask = [api, base, read, group](qint64 id) {
        group->addResult(api->get(u"%1/task/%2"_s.arg(base).arg(id)), [read, group](const Result<QJsonValue> &r) {
            if (r.ok() && r.value().isObject())
                read->tasks << r.value().toObject();
            else if (!r.ok() && r.error().kind != ApiError::Kind::NotFound)
                group->fail(r.error());
        });
    };
    // The service's token tasks are listed only while the option is pending: a token task ends
    // (done) before the option is delivered, so once it is not pending no token task can wait
    // for a token (2 list reads fewer over a full run). A remembered task is read either way.
    auto listTokenTasks = [api, base, group, getTask, remembered] {
        for (const QString &name : taskNames()) {
            QUrlQuery q;
            q.addQueryItem(u"name"_s, name);
            group->addResult(api->get(base + "/task"_L1, q), [group, getTask, remembered](const Result<QJsonValue> &r) {
                if (r.ok()) {
                    QList<qint64> ids;
                    for (const QJsonValue &v : r.value().toArray())
                        ids << qint64(v.toDouble());
                    // The newest is enough: one token task at a time, older ones ended long ago.
                    const auto newest = std::max_element(ids.begin(), ids.end());
                    if (newest != ids.end() && *newest != remembered)
                        getTask(*newest);
                } else if (r.error().kind != ApiError::Kind::NotFound) {
                    group->fail(r.error());
                }
            });
        }
    };
    group->add(api->get(base + "/securityOptions/pendingOptions"_L1), [read, listTokenTasks](const QJsonValue &v) {
        for (const QJsonValue &o : v.toArray())
            read->pendingOptions << o.toString();
        if (read->pendingOptions.contains(optionName()))
            listTokenTasks();
    });
    if (remembered > 0)
        getTask(remembered);
    group->onAllFinished(op->scope(), [read, done](const Result<Unit> &r) {
        if (r.ok())
            done(*read);
        else
            done(r.error());
    });
}

} // namespace snc
