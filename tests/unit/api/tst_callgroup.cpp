// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CallGroup (issue 14): parallel calls over a real socket (FakeHttpServer) end together, with the
// first failure; calls added from a handler count; an abandoned group runs nothing more.
#include "api/ApiCall.h"
#include "api/CallGroup.h"
#include "unit/api/ApiTestFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace snc;
using namespace snc::test;

class TestCallGroup : public QObject
{
    Q_OBJECT
private slots:
    void endsOnceEveryCallHasAnsweredIncludingThoseAddedByAHandler()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &r) {
            if (r.path() == "/1.0/list")
                return FakeResponse::json(200, "[1,2,3]");
            FakeResponse item = FakeResponse::json(200, "{\"id\":" + r.path().mid(r.path().lastIndexOf('/') + 1) + '}');
            item.delayMs = 30; // the items answer after the list's handler has returned
            return item;
        };
        QObject context;
        auto *group = new CallGroup(&context);
        QList<int> items;
        group->add(f.client->get(QStringLiteral("/list")), [&](const QJsonValue &ids) {
            for (const QJsonValue &id : ids.toArray()) {
                group->add(f.client->get(QStringLiteral("/item/%1").arg(id.toInt())),
                           [&](const QJsonValue &item) { items << item.toObject().value(QLatin1String("id")).toInt(); });
            }
        });
        int ends = 0;
        bool ok = false;
        group->onAllFinished(&context, [&](const Result<Unit> &r) {
            ++ends;
            ok = r.ok();
            std::sort(items.begin(), items.end());
        });
        QTRY_COMPARE_WITH_TIMEOUT(ends, 1, 10000);
        QVERIFY(ok);
        QCOMPARE(items, (QList<int>{1, 2, 3})); // all three answered before the end
        QCoreApplication::processEvents();
        QCOMPARE(ends, 1);
    }

    void theFirstFailureIsTheGroupsAndAHandlerMayAcceptA404()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &r) {
            if (r.path() == "/1.0/gone")
                return FakeResponse::json(404, R"({"message":"The requested object does not exist"})");
            if (r.path() == "/1.0/refused")
                return FakeResponse::json(403, R"({"errorCode":"NOT_GRANTED_CALL","message":"This call has not been granted"})");
            return FakeResponse::json(200, "{}");
        };
        QObject context;
        auto *group = new CallGroup(&context);
        bool sawGone = false;
        group->addResult(f.client->get(QStringLiteral("/gone")), [&](const Result<QJsonValue> &r) {
            sawGone = !r.ok() && r.error().kind == ApiError::Kind::NotFound; // accepted: not a failure
        });
        group->add(f.client->get(QStringLiteral("/fine")));
        std::optional<Result<Unit>> end;
        group->onAllFinished(&context, [&](const Result<Unit> &r) { end = r; });
        QTRY_VERIFY_WITH_TIMEOUT(end.has_value(), 10000);
        QVERIFY(sawGone);
        QVERIFY(end->ok());

        auto *failing = new CallGroup(&context);
        failing->add(f.client->get(QStringLiteral("/refused")));
        failing->add(f.client->get(QStringLiteral("/fine")));
        end.reset();
        failing->onAllFinished(&context, [&](const Result<Unit> &r) { end = r; });
        QTRY_VERIFY_WITH_TIMEOUT(end.has_value(), 10000);
        QVERIFY(!end->ok());
        QCOMPARE(end->error().kind, ApiError::Kind::NotGranted);
    }

    void anEmptyGroupAnswersFromTheEventLoop()
    {
        QObject context;
        auto *group = new CallGroup(&context);
        int ends = 0;
        group->onAllFinished(&context, [&](const Result<Unit> &r) { ends += r.ok() ? 1 : 100; });
        QCOMPARE(ends, 0); // never synchronously
        QTRY_COMPARE(ends, 1);
    }

    void anAbandonedGroupAbortsItsCallsAndRunsNothing()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &) { return FakeResponse::hang(); };
        QObject context;
        QPointer<CallGroup> group = new CallGroup(&context);
        int handlers = 0;
        ApiCall *call = f.client->get(QStringLiteral("/slow"));
        QSignalSpy callFinished(call, &ApiCall::finished);
        group->add(call, [&](const QJsonValue &) { ++handlers; });
        group->onAllFinished(&context, [&](const Result<Unit> &) { ++handlers; });
        const auto onTheWire = [&f] {
            const QList<FakeRequest> requests = f.server.requests();
            return std::any_of(requests.cbegin(), requests.cend(),
                               [](const FakeRequest &r) { return r.path() == "/1.0/slow"; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(onTheWire(), 10000);
        group->abandon();
        QCOMPARE(callFinished.size(), 1); // aborted at once
        QCoreApplication::processEvents();
        QCOMPARE(handlers, 0);
        delete group; // no second abort, nothing runs
        QCOMPARE(handlers, 0);
    }
};

QTEST_GUILESS_MAIN(TestCallGroup)
#include "tst_callgroup.moc"
