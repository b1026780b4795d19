// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 15: what one call may receive is bounded (ApiClient::ReplyLimits): a paginated
// list that loops on two cursors, or runs over its page, item or byte budget, and an answer larger
// than the byte cap, end with MalformedResponse instead of running or growing for ever.
#include "ApiTestFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;
using Kind = ApiError::Kind;

class TestApiLimits : public QObject
{
    Q_OBJECT

private slots:
    // A -> B -> A -> …: the cursors seen are remembered, the third page is never asked for twice.
    void alternatingCursorsStop()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &r) {
            const QByteArray next = r.header("X-Pagination-Cursor") == "A" ? "B" : "A";
            return FakeResponse{200, "[1]", {{"X-Pagination-Cursor-Next", next}}};
        };
        const auto r = ApiFixture::wait(f.client->getAllPages(u"/v2/okms/resource"_s), 5000);
        QVERIFY2(r.has_value(), "the list never ended");
        QCOMPARE(r->error().kind, Kind::MalformedResponse);
        QVERIFY(f.server.requestsFor("/v2/okms/resource").size() <= 3);
    }

    // A body above the default cap (8 MiB) is cut off while it downloads, and not retried.
    void hugeBodyRefused()
    {
        ApiFixture f;
        QByteArray huge = "[\"" + QByteArray(12 * 1024 * 1024, 'x') + "\"]";
        f.route = [huge](const FakeRequest &) { return FakeResponse::json(200, huge); };
        const auto r = ApiFixture::wait(f.client->get(u"/dedicatedCloud"_s), 30000);
        QVERIFY(r.has_value());
        QCOMPARE(r->error().kind, Kind::MalformedResponse);
        QCOMPARE(f.server.requestsFor("/1.0/dedicatedCloud").size(), 1);
    }

    void pageItemAndByteBudgets_data()
    {
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<int>("maxItems");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<bool>("ok");
        // Ten pages of three items (7 bytes each: "[1,2,3]").
        QTest::newRow("within every budget") << 10 << 30 << qint64(70) << true;
        QTest::newRow("too many pages") << 9 << 1000 << qint64(1 << 20) << false;
        QTest::newRow("too many items") << 100 << 29 << qint64(1 << 20) << false;
        QTest::newRow("too many bytes in all") << 100 << 1000 << qint64(69) << false;
    }

    void pageItemAndByteBudgets()
    {
        QFETCH(int, maxPages);
        QFETCH(int, maxItems);
        QFETCH(qint64, maxBytes);
        QFETCH(bool, ok);
        ApiFixture f;
        f.client->setReplyLimits({maxBytes, maxPages, maxItems});
        f.route = [](const FakeRequest &r) {
            const int page = r.header("X-Pagination-Cursor").toInt();
            if (page == 9)
                return FakeResponse::json(200, "[1,2,3]");
            return FakeResponse{200, "[1,2,3]", {{"X-Pagination-Cursor-Next", QByteArray::number(page + 1)}}};
        };
        const auto r = ApiFixture::wait(f.client->getAllPages(u"/v2/okms/resource"_s));
        QVERIFY(r.has_value());
        QCOMPARE(r->ok(), ok);
        if (ok)
            QCOMPARE(r->value().toArray().size(), 30);
        else
            QCOMPARE(r->error().kind, Kind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(TestApiLimits)
#include "tst_apilimits.moc"
