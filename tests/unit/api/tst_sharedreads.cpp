// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient::setShareQueuedReads (issue #7, fewer requests): identical GETs waiting together in
// the queue go out once; a change in between, or an aborted leader, never leaves a caller with
// an out-of-date answer or none.
#include "unit/api/ApiTestFixture.h"

#include <QTest>

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
