// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PendingTaskSearch, the one search for the task of a lost answer (stages 1, 4 and 5): one list,
// then at most N details, newest first, skipping the tasks already seen settled; and the one
// settled rule (TaskState) that ApiClient's answer cache uses too.
#include "api/CallGroup.h"
#include "api/TaskState.h"
#include "tasks/PendingTaskSearch.h"
#include "unit/api/ApiTestFixture.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace snc;
using namespace snc::test;

class TestPendingTaskSearch : public QObject
{
    Q_OBJECT

    struct Rig
    {
        ApiFixture f;
        QHash<qint64, QByteArray> states; ///< the service's tasks: id → state
        QList<QByteArray> lists, details; ///< what the server was asked
        bool listFails = false;

        Rig()
        {
            f.client->setRateLimitPerMinute(60000, 1000);
            f.route = [this](const FakeRequest &r) {
                const QByteArray path = r.path();
                if (path == "/1.0/dedicatedCloud/pcc-1/task") {
                    lists << r.target;
                    if (listFails)
                        return FakeResponse::json(404, R"({"message":"gone"})");
                    QByteArray ids;
                    for (auto it = states.cbegin(); it != states.cend(); ++it)
                        ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(it.key());
                    return FakeResponse::json(200, "[" + ids + "]");
                }
                const qint64 id = path.mid(path.lastIndexOf('/') + 1).toLongLong();
                details << path;
                const qint64 networkAccessId = id % 2 ? 0 : 70 + id; // even tasks concern a network
                return FakeResponse::json(200, R"({"taskId":)" + QByteArray::number(id) + R"(,"state":")"
                                                       + states.value(id) + R"(","networkAccessId":)"
                                                       + QByteArray::number(networkAccessId) + "}");
            };
        }

        qint64 search(PendingTaskSearch &search, PendingTaskSearch::Query query)
        {
            query.listPath = QStringLiteral("/dedicatedCloud/pcc-1/task");
            query.detailBase = QStringLiteral("/dedicatedCloud/pcc-1");
            QObject scope;
            auto *group = new CallGroup(&scope);
            qint64 found = -1;
            search.run(f.client.get(), group, &scope, query, [&found](qint64 id) { found = id; });
            QTest::qWaitFor([&found] { return found >= 0; }, 10000); // -1: no answer, fails the caller
            return found;
        }
    };

private slots:
    void settledIsDoneOrCanceled_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("settled");
        for (const char *s : {"done", "canceled"})
            QTest::newRow(s) << QString::fromLatin1(s) << true;
        for (const char *s : {"error", "doing", "todo", "toCreate", "waitingTodo", "fixing", "unknown", "toCancel"})
            QTest::newRow(s) << QString::fromLatin1(s) << false;
    }
    void settledIsDoneOrCanceled()
    {
        QFETCH(QString, state);
        QFETCH(bool, settled);
        QCOMPARE(TaskState::isSettledState(state), settled);
        // ApiClient keeps a task's answer by the same rule.
        const QJsonObject task{{QStringLiteral("state"), state}};
        QCOMPARE(ApiClient::isLastingAnswer(QStringLiteral("/dedicatedCloud/pcc-1/task/7"), task), settled);
    }

    void oneListThenTheNewestFewAndNeverTheSettledAgain()
    {
        Rig rig;
        rig.states = {{1, "doing"}, {2, "todo"}, {3, "done"}, {4, "error"}, {5, "doing"},
                      {6, "todo"}, {7, "canceled"}, {8, "done"}};
        PendingTaskSearch search;
        // Newest first, five details at most: 8 and 7 settled, 6 unfinished (the answer), 5, 4.
        QCOMPARE(rig.search(search, {}), qint64(6));
        QCOMPARE(rig.lists.size(), 1);
        QCOMPARE(rig.details.size(), 5);
        QVERIFY(!rig.lists.first().contains("state="));
        QCOMPARE(search.settledTasks(), (QSet<qint64>{8, 7}));

        // Settled tasks are no candidates any more: 6, 5, 4, 3 and 2 are read; 3 is settled too.
        rig.details.clear();
        rig.states.insert(6, "done");
        QCOMPARE(rig.search(search, {}), qint64(5));
        QCOMPARE(rig.lists.size(), 2);
        std::sort(rig.details.begin(), rig.details.end()); // sent together, answered in any order
        QCOMPARE(rig.details, (QList<QByteArray>{"/1.0/dedicatedCloud/pcc-1/task/2", "/1.0/dedicatedCloud/pcc-1/task/3",
                                                 "/1.0/dedicatedCloud/pcc-1/task/4", "/1.0/dedicatedCloud/pcc-1/task/5",
                                                 "/1.0/dedicatedCloud/pcc-1/task/6"}));
        QCOMPARE(search.settledTasks(), (QSet<qint64>{8, 7, 6, 3}));

        search.forget(); // another service
        QVERIFY(search.settledTasks().isEmpty());
    }

    void theCallerSaysWhichTaskAndHowManyDetails()
    {
        Rig rig;
        rig.states = {{1, "doing"}, {2, "todo"}, {3, "doing"}};
        PendingTaskSearch search;
        PendingTaskSearch::Query query;
        query.accept = [](const QJsonObject &task) { return task.value(QStringLiteral("networkAccessId")).toInt() > 0; };
        QCOMPARE(rig.search(search, query), qint64(2)); // 3 concerns no network
        QCOMPARE(rig.details.size(), 3);

        rig.details.clear();
        PendingTaskSearch::Query one;
        one.filter.addQueryItem(QStringLiteral("name"), QStringLiteral("createVmEncryptionKms"));
        one.maxDetails = 1;
        QCOMPARE(rig.search(search, one), qint64(3));
        QCOMPARE(rig.details.size(), 1);
        QVERIFY(rig.lists.last().endsWith("?name=createVmEncryptionKms"));
    }

    void aFailedListFindsNothing()
    {
        Rig rig;
        rig.listFails = true;
        PendingTaskSearch search;
        QCOMPARE(rig.search(search, {}), qint64(0));
        QVERIFY(rig.details.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPendingTaskSearch)
#include "tst_pendingtasksearch.moc"
