// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient::setShareQueuedReads (issue #7, fewer requests): identical GETs waiting together in
// the queue go out once; a change in between, or an aborted leader, never leaves a caller with
// an out-of-date answer or none.
#include "unit/api/ApiTestFixture.h"

#include <QJsonObject>
#include <QTest>

#include <memory>
#include <utility>

using namespace snc;
using namespace snc::test;

namespace {
int countOf(const FakeHttpServer &server, const QByteArray &target)
{
    int n = 0;
    const auto requests = server.requests();
    for (const FakeRequest &r : requests)
        n += r.target == target ? 1 : 0;
    return n;
}
} // namespace

class TestSharedReads : public QObject
{
    Q_OBJECT
private slots:
    void identicalQueuedReadsGoOutOnce()
    {
        ApiFixture f;
        f.client->setShareQueuedReads(true);
        int served = 0;
        f.route = [&served](const FakeRequest &r) {
            return FakeResponse::json(200, "{\"path\":\"" + r.path() + "\",\"n\":" + QByteArray::number(++served) + "}");
        };
        const QList<ApiFixture::Slot> a{ApiFixture::track(f.client->get(QStringLiteral("/a"))),
                                        ApiFixture::track(f.client->get(QStringLiteral("/a"))),
                                        ApiFixture::track(f.client->get(QStringLiteral("/a")))};
        const ApiFixture::Slot b = ApiFixture::track(f.client->get(QStringLiteral("/b")));
        QVERIFY(ApiFixture::waitAll(a + QList<ApiFixture::Slot>{b}));
        QCOMPARE(countOf(f.server, "/1.0/a"), 1);
        QCOMPARE(countOf(f.server, "/1.0/b"), 1);
        for (const ApiFixture::Slot &s : a) {
            QVERIFY2((*s)->ok(), ApiFixture::describe(*s).constData());
            QCOMPARE((*s)->value(), (*a.first())->value());
        }
    }

    void aChangeInBetweenIsReadAgain()
    {
        ApiFixture f;
        f.client->setShareQueuedReads(true);
        const ApiFixture::Slot before = ApiFixture::track(f.client->get(QStringLiteral("/c")));
        const ApiFixture::Slot change = ApiFixture::track(f.client->post(QStringLiteral("/x")));
        const ApiFixture::Slot after = ApiFixture::track(f.client->get(QStringLiteral("/c")));
        QVERIFY(ApiFixture::waitAll({before, change, after}));
        QCOMPARE(countOf(f.server, "/1.0/c"), 2);
    }

    // Reads that cannot change during a session go out once; others every time; a new consumer
    // key (maybe another account) forgets them; a failed read is not remembered.
    void lastingReadsGoOutOnce()
    {
        ApiFixture f;
        f.client->setKeepLastingReads(true);
        auto failNext = std::make_shared<bool>(true);
        f.route = [failNext](const FakeRequest &r) {
            if (r.path() == "/1.0/dedicatedCloud/pcc-1/passwordPolicy" && std::exchange(*failNext, false))
                return FakeResponse::json(404, R"({"message":"not yet"})");
            return FakeResponse::json(200, R"({"nichandle":"xx1-ovh","minLength":12})");
        };
        const QString policy = QStringLiteral("/dedicatedCloud/pcc-1/passwordPolicy");
        QVERIFY(!ApiFixture::wait(f.client->get(policy))->ok());
        for (int i = 0; i < 3; ++i) {
            const auto r = ApiFixture::wait(f.client->get(policy));
            QVERIFY2(r && r->ok(), ApiFixture::describe(r).constData());
            QCOMPARE(r->value().toObject().value(QStringLiteral("minLength")).toInt(), 12);
            QVERIFY(ApiFixture::wait(f.client->get(QStringLiteral("/me")))->ok());
            QVERIFY(ApiFixture::wait(f.client->get(QStringLiteral("/dedicatedCloud/pcc-1")))->ok());
        }
        QCOMPARE(countOf(f.server, "/1.0/dedicatedCloud/pcc-1/passwordPolicy"), 2); // the 404, then one
        QCOMPARE(countOf(f.server, "/1.0/me"), 1);
        QCOMPARE(countOf(f.server, "/1.0/dedicatedCloud/pcc-1"), 3);
        f.client->setConsumerKey(SecretBytes::fromString(QStringLiteral("another-consumer-key")));
        QVERIFY(ApiFixture::wait(f.client->get(QStringLiteral("/me")))->ok());
        QCOMPARE(countOf(f.server, "/1.0/me"), 2);
        QVERIFY(ApiClient::isLastingRead(QStringLiteral("/dedicatedCloud/pcc-1/ip/192.0.2.0%2F28/details")));
        QVERIFY(!ApiClient::isLastingRead(QStringLiteral("/dedicatedCloud/pcc-1/allowedNetwork")));
        QVERIFY(ApiClient::isLastingRead(QStringLiteral("/dedicatedCloud/pcc-1/datacenter/1")));
        QVERIFY(!ApiClient::isLastingRead(QStringLiteral("/dedicatedCloud/pcc-1/datacenter")));
        QVERIFY(!ApiClient::isLastingRead(QStringLiteral("/dedicatedCloud/pcc-1/datacenter/1/privateGateway")));
    }

    // A block's details (the addresses in use) change without the wizard: they are kept for a
    // couple of minutes, and a change under the service's /ip forgets them at once; the
    // list of blocks lasts the session.
    void ipDetailsAreKeptForAWhileOnly()
    {
        ApiFixture f;
        f.client->setKeepLastingReads(true);
        f.route = [](const FakeRequest &) { return FakeResponse::json(200, R"([])"); };
        const QString details = QStringLiteral("/dedicatedCloud/pcc-1/ip/192.0.2.0%2F28/details");
        const QString block = QStringLiteral("/dedicatedCloud/pcc-1/ip/192.0.2.0%2F28");
        const QString blocks = QStringLiteral("/dedicatedCloud/pcc-1/ip");
        const QByteArray detailsTarget = "/1.0/dedicatedCloud/pcc-1/ip/192.0.2.0%2F28/details";
        const QByteArray blocksTarget = "/1.0/dedicatedCloud/pcc-1/ip";
        auto readBoth = [&] {
            return ApiFixture::wait(f.client->get(details))->ok() && ApiFixture::wait(f.client->get(blocks))->ok();
        };
        // Moving the client's clock makes the fake server refuse the next signed request once
        // (the client then reads the server time again): a read that goes out counts 1 or 2.
        const auto details_ = [&] { return countOf(f.server, detailsTarget); };
        const auto blocks_ = [&] { return countOf(f.server, blocksTarget); };
        QVERIFY(readBoth());
        f.clock.advanceMs(LastingReads::lifetimeMs(details) - 1);
        QVERIFY(readBoth());
        QCOMPARE(details_(), 1); // still fresh
        f.clock.advanceMs(1);
        QVERIFY(readBoth());
        QVERIFY(details_() > 1); // too old: read again
        const int before = details_();
        QVERIFY(ApiFixture::wait(f.client->post(QStringLiteral("/dedicatedCloud/pcc-1/allowedNetwork")))->ok());
        QVERIFY(readBoth());
        QCOMPARE(details_(), before); // a change elsewhere leaves them
        QCOMPARE(blocks_(), 1);
        QVERIFY(ApiFixture::wait(f.client->put(block, QJsonObject{}))->ok());
        QVERIFY(readBoth());
        QCOMPARE(details_(), before + 1); // a change to the block forgets them
        QCOMPARE(blocks_(), 2);           // and the list of blocks
        f.clock.advanceMs(24LL * 3600'000);
        QVERIFY(readBoth());
        QCOMPARE(blocks_(), 2); // otherwise kept for the session
        QCOMPARE(LastingReads::lifetimeMs(QStringLiteral("/dedicatedCloud/pcc-1/passwordPolicy")), -1);
    }

    void finishedTasksGoOutOnce()
    {
        ApiFixture f;
        f.client->setKeepLastingReads(true);
        // Task 1 runs for two reads then is done; task 2 is in error (support may reset it).
        auto reads = std::make_shared<int>(0);
        f.route = [reads](const FakeRequest &r) {
            if (r.path() == "/1.0/dedicatedCloud/pcc-1/task/1")
                return FakeResponse::json(200, ++*reads < 3 ? R"({"taskId":1,"state":"doing"})"
                                                             : R"({"taskId":1,"state":"done"})");
            if (r.path() == "/1.0/dedicatedCloud/pcc-1/user/7/task/3")
                return FakeResponse::json(200, R"({"taskId":3,"state":"canceled"})");
            return FakeResponse::json(200, R"({"taskId":2,"state":"error"})");
        };
        const QString one = QStringLiteral("/dedicatedCloud/pcc-1/task/1");
        for (int i = 0; i < 5; ++i) {
            const auto r = ApiFixture::wait(f.client->get(one));
            QVERIFY2(r && r->ok(), ApiFixture::describe(r).constData());
            QCOMPARE(r->value().toObject().value(QStringLiteral("state")).toString(),
                     i < 2 ? QStringLiteral("doing") : QStringLiteral("done"));
            QVERIFY(ApiFixture::wait(f.client->get(QStringLiteral("/dedicatedCloud/pcc-1/task/2")))->ok());
            QVERIFY(ApiFixture::wait(f.client->get(QStringLiteral("/dedicatedCloud/pcc-1/user/7/task/3")))->ok());
        }
        QCOMPARE(countOf(f.server, "/1.0/dedicatedCloud/pcc-1/task/1"), 3); // doing, doing, done
        QCOMPARE(countOf(f.server, "/1.0/dedicatedCloud/pcc-1/task/2"), 5); // error: read every time
        QCOMPARE(countOf(f.server, "/1.0/dedicatedCloud/pcc-1/user/7/task/3"), 1);
        QVERIFY(!ApiClient::isTaskRead(QStringLiteral("/dedicatedCloud/pcc-1/task")));
        QVERIFY(!ApiClient::isLastingAnswer(QStringLiteral("/dedicatedCloud/pcc-1/allowedNetwork/5"),
                                            QJsonObject{{QStringLiteral("state"), QStringLiteral("done")}}));
    }

    void offByDefault()
    {
        ApiFixture f;
        const ApiFixture::Slot one = ApiFixture::track(f.client->get(QStringLiteral("/e")));
        const ApiFixture::Slot two = ApiFixture::track(f.client->get(QStringLiteral("/e")));
        QVERIFY(ApiFixture::waitAll({one, two}));
        QCOMPARE(countOf(f.server, "/1.0/e"), 2);
    }

    void anAbortedLeaderHandsOver()
    {
        ApiFixture f;
        f.client->setShareQueuedReads(true);
        ApiCall *leader = f.client->get(QStringLiteral("/d"));
        const ApiFixture::Slot aborted = ApiFixture::track(leader);
        const ApiFixture::Slot waiting = ApiFixture::track(f.client->get(QStringLiteral("/d")));
        leader->abort();
        QVERIFY(ApiFixture::waitAll({aborted, waiting}));
        QCOMPARE((*aborted)->error().kind, ApiError::Kind::Canceled);
        QVERIFY2((*waiting)->ok(), ApiFixture::describe(*waiting).constData());
        QCOMPARE(countOf(f.server, "/1.0/d"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedReads)
#include "tst_sharedreads.moc"
