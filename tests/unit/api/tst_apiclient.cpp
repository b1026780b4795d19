// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient over a real socket: headers, signature, exact bytes, clock delta, pagination.
#include "ApiTestFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;
using Kind = ApiError::Kind;

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void signedGet()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &) {
            return FakeResponse{200, R"({"nichandle":"xx1111-ovh"})", {{"X-Ovh-QueryID", "EU.ext-1.abc"}}};
        };
        ApiCall *call = f.client->get(u"/me"_s);
        QCOMPARE(call->method(), u"GET"_s);
        QCOMPARE(call->path(), u"/me"_s);
        const auto r = ApiFixture::wait(call);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), ApiFixture::describe(r).constData());
        QCOMPARE(r->value().toObject().value(u"nichandle"_s).toString(), u"xx1111-ovh"_s);

        // /auth/time first (unsigned, application key only), then the signed call.
        const QList<FakeRequest> reqs = f.server.requests();
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].target, "/1.0/auth/time"_ba);
        QVERIFY(reqs[0].header("X-Ovh-Signature").isEmpty());
        QVERIFY(reqs[0].header("X-Ovh-Consumer").isEmpty());
        const FakeRequest &me = reqs[1];
        QCOMPARE(me.target, "/1.0/me"_ba);
        QCOMPARE(me.header("X-Ovh-Application"), "fixtureApplicationKey"_ba);
        QCOMPARE(me.header("X-Ovh-Consumer"), QByteArray(kConsumer));
        QCOMPARE(me.header("X-Ovh-Timestamp"), "1700000000"_ba);
        QCOMPARE(me.header("X-Ovh-Signature"), f.server.expectedSignature(me, kSecret));
        QVERIFY(me.header("Content-Type").isEmpty()); // no body, no content type
        QVERIFY(me.body.isEmpty());
    }

    // The bytes on the wire are the bytes signed: %-encoded segments, query, non-ASCII body.
    void exactBytes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("queryKey");
        QTest::addColumn<QString>("queryValue");
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("wireBody");
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("cidr segment")
                << "DELETE"_ba << u"/dedicatedCloud/pcc-1/allowedNetwork/"_s + encodePathSegment(u"192.0.2.0/24"_s)
                << QString() << QString() << none
                << "/1.0/dedicatedCloud/pcc-1/allowedNetwork/192.0.2.0%2F24"_ba << QByteArray();
        QTest::newRow("query plus") << "GET"_ba << u"/dedicatedCloud"_s << u"q"_s << u"a+b c/é"_s << none
                                    << "/1.0/dedicatedCloud?q=a%2Bb%20c%2F%C3%A9"_ba << QByteArray();
        QTest::newRow("utf8 body")
                << "POST"_ba << u"/dedicatedCloud/pcc-1/user"_s << QString() << QString()
                << QJsonValue(QJsonObject{{u"name"_s, u"jérôme"_s}, {u"admin"_s, true}})
                << "/1.0/dedicatedCloud/pcc-1/user"_ba << QByteArray(R"({"admin":true,"name":"jérôme"})");
        QTest::newRow("put v2") << "PUT"_ba << u"/v2/okms/resource/abc"_s << QString() << QString()
                                << QJsonValue(QJsonObject{{u"n"_s, 1}})
                                << "/v2/okms/resource/abc"_ba << QByteArray(R"({"n":1})");
        QTest::newRow("empty post") << "POST"_ba << u"/me/geolocation"_s << QString() << QString()
                                    << QJsonValue(QJsonObject{}) << "/1.0/me/geolocation"_ba << "{}"_ba;
    }

    void exactBytes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, queryKey);
        QFETCH(QString, queryValue);
        QFETCH(QJsonValue, body);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, wireBody);
        ApiFixture f;
        QUrlQuery query;
        if (!queryKey.isEmpty())
            query.addQueryItem(queryKey, queryValue);
        const auto r = ApiFixture::wait(f.client->send(method, path, query, body));
        QVERIFY(r && r->ok());
        const FakeRequest req = f.server.requests().last();
        QCOMPARE(req.method, method);
        QCOMPARE(req.target, target);
        QCOMPARE(req.body, wireBody);
        QCOMPARE(req.header("X-Ovh-Signature"), f.server.expectedSignature(req, kSecret));
        QCOMPARE(req.header("Content-Type").startsWith("application/json"), !wireBody.isEmpty());
    }

    void wrongSecretIsInvalidSignature()
    {
        ApiFixture f;
        f.client->setApplicationSecret(SecretBytes("not-the-secret"));
        const auto r = ApiFixture::wait(f.client->get(u"/me"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Kind::InvalidSignature);
        // The clock was re-read once; the unchanged delta proves the secret is at fault, so the
        // request is not repeated.
        QCOMPARE(f.server.requestsFor("/1.0/auth/time").size(), 2);
        QCOMPARE(f.server.requestsFor("/1.0/me").size(), 1);
    }

    void clockDeltaApplied()
    {
        ApiFixture f;
        f.serverTime = 1'700'000'000 + 600; // our clock is 10 minutes behind
        QSignalSpy offset(f.client.get(), &ApiClient::clockOffsetDetected);
        const auto r = ApiFixture::wait(f.client->get(u"/me"_s));
        QVERIFY(r && r->ok());
        QCOMPARE(f.client->timeDeltaSeconds(), 600);
        QCOMPARE(offset.size(), 1);
        QCOMPARE(offset.first().first().toLongLong(), 600);
        QCOMPARE(f.server.requestsFor("/1.0/me").first().header("X-Ovh-Timestamp"), "1700000600"_ba);
        // Cached: a second call does not read the time again.
        QVERIFY(ApiFixture::wait(f.client->get(u"/me"_s))->ok());
        QCOMPARE(f.server.requestsFor("/1.0/auth/time").size(), 1);
    }

    void clockJumpResyncs()
    {
        ApiFixture f;
        QVERIFY(ApiFixture::wait(f.client->get(u"/me"_s))->ok());
        f.clock.jump(3600 * 1000); // resume after an hour of sleep; the server moved on too
        f.serverTime += 3600;
        QVERIFY(!f.client->isTimeDeltaKnown());
        QVERIFY(ApiFixture::wait(f.client->get(u"/me"_s))->ok());
        QCOMPARE(f.server.requestsFor("/1.0/auth/time").size(), 2);
        QCOMPARE(f.client->timeDeltaSeconds(), 0);
    }

    // The server's clock moved under us (no jump signal): the timestamp is refused, the client
    // re-reads the time and repeats that one request — even a POST, which the server refused
    // before acting on it.
    void timestampRefusalResyncsAndRetriesOnce()
    {
        ApiFixture f;
        QVERIFY(ApiFixture::wait(f.client->get(u"/me"_s))->ok());
        f.serverTime += 900;
        const auto r = ApiFixture::wait(f.client->post(u"/dedicatedCloud/pcc-1/allowedNetwork"_s,
                                                       QJsonObject{{u"network"_s, u"192.0.2.0/24"_s}}));
        QVERIFY2(r && r->ok(), ApiFixture::describe(r).constData());
        QCOMPARE(f.server.requestsFor("/1.0/dedicatedCloud/pcc-1/allowedNetwork").size(), 2);
        QCOMPARE(f.client->timeDeltaSeconds(), 900);
    }

    void persistentTimestampRefusalIsClockSkew()
    {
        ApiFixture f;
        f.serverTime = 1'700'000'000 + 7200;
        f.route = [](const FakeRequest &) {
            return FakeResponse::json(400, R"({"errorCode":"QUERY_TIME_OUT","message":"Query out of time"})");
        };
        const auto r = ApiFixture::wait(f.client->get(u"/me"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Kind::ClockSkew);
        QCOMPARE(r->error().clockOffsetSeconds, 7200);
        QVERIFY(r->error().userMessage().contains(u"7200"_s));
        QCOMPARE(f.server.requestsFor("/1.0/me").size(), 2); // one retry only
    }

    void expiredCredentialIsAnnounced()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &) {
            return FakeResponse{403, R"({"errorCode":"INVALID_CREDENTIAL","httpCode":"403 Forbidden","message":"This credential is not valid"})",
                                {{"X-Ovh-QueryID", "EU.ext-2.q"}}};
        };
        QSignalSpy rejected(f.client.get(), &ApiClient::credentialRejected);
        const auto r = ApiFixture::wait(f.client->get(u"/me"_s));
        QCOMPARE(r->error().kind, Kind::CredentialInvalid);
        QCOMPARE(r->error().queryId, u"EU.ext-2.q"_s);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(f.server.requestsFor("/1.0/me").size(), 1);
    }

    void scalarAndEmptyBodies()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &r) {
            if (r.path() == "/1.0/empty")
                return FakeResponse::json(200, "");
            if (r.path() == "/1.0/string")
                return FakeResponse::json(200, "\"pcc-1\"");
            return FakeResponse::json(200, "{not json");
        };
        QVERIFY(ApiFixture::wait(f.client->del(u"/empty"_s))->value().isNull());
        QCOMPARE(ApiFixture::wait(f.client->get(u"/string"_s))->value().toString(), u"pcc-1"_s);
        QCOMPARE(ApiFixture::wait(f.client->get(u"/broken"_s))->error().kind, Kind::MalformedResponse);
    }

    void pagination()
    {
        ApiFixture f;
        f.route = [](const FakeRequest &r) {
            const QByteArray cursor = r.header("X-Pagination-Cursor");
            if (cursor.isEmpty())
                return FakeResponse{200, "[1,2]", {{"X-Pagination-Cursor-Next", "c2"}}};
            if (cursor == "c2")
                return FakeResponse{200, "[3]", {{"X-Pagination-Cursor-Next", "c3"}}};
            return FakeResponse::json(200, "[4,5]");
        };
        const auto r = ApiFixture::wait(f.client->getAllPages(u"/v2/okms/resource"_s));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().toArray(), (QJsonArray{1, 2, 3, 4, 5}));
        const QList<FakeRequest> pages = f.server.requestsFor("/v2/okms/resource");
        QCOMPARE(pages.size(), 3);
        for (const FakeRequest &p : pages)
            QCOMPARE(p.header("X-Ovh-Signature"), f.server.expectedSignature(p, kSecret));
    }

    void missingCredentialsFailWithoutSending()
    {
        ApiFixture f;
        f.client->clearConsumerKey();
        QVERIFY(!f.client->hasCredentials());
        const auto r = ApiFixture::wait(f.client->get(u"/me"_s));
        QCOMPARE(r->error().kind, Kind::Validation);
        QVERIFY(f.server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
