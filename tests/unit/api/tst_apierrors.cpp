// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP status + OVH error body -> typed ApiError (ErrorMapping).
#include "api/ErrorMapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace snc;
using Kind = ApiError::Kind;

class TestApiErrors : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("missingRule");

        auto ovh = [](const char *code, const char *httpCode, const char *message) {
            // (Not raw strings: moc's lexer trips over R"(…")".)
            return QByteArray("{\"errorCode\":\"") + code + "\",\"httpCode\":\"" + httpCode
                    + "\",\"message\":\"" + message + "\"}";
        };
        QTest::newRow("invalid signature")
                << 400 << ovh("INVALID_SIGNATURE", "400 Bad Request", "Invalid signature")
                << u"GET"_s << u"/me"_s << Kind::InvalidSignature << u"INVALID_SIGNATURE"_s << QString();
        QTest::newRow("query time out")
                << 400 << ovh("QUERY_TIME_OUT", "400 Bad Request", "Query out of time")
                << u"GET"_s << u"/me"_s << Kind::ClockSkew << u"QUERY_TIME_OUT"_s << QString();
        QTest::newRow("timestamp message")
                << 400 << QByteArray(R"({"message":"Invalid timestamp"})")
                << u"POST"_s << u"/me"_s << Kind::ClockSkew << QString() << QString();
        QTest::newRow("invalid key")
                << 403 << ovh("INVALID_KEY", "403 Forbidden", "This application key is invalid")
                << u"GET"_s << u"/me"_s << Kind::InvalidApplicationKey << u"INVALID_KEY"_s << QString();
        QTest::newRow("invalid credential (node fixture)")
                << 403 << ovh("INVALID_CREDENTIAL", "403 Forbidden", "This credential is not valid")
                << u"GET"_s << u"/me"_s << Kind::CredentialInvalid << u"INVALID_CREDENTIAL"_s << QString();
        QTest::newRow("credential does not exist")
                << 403 << ovh("NOT_CREDENTIAL", "403 Forbidden", "This credential does not exist")
                << u"GET"_s << u"/me"_s << Kind::CredentialInvalid << u"NOT_CREDENTIAL"_s << QString();
        QTest::newRow("pending by message")
                << 403 << ovh("NOT_CREDENTIAL", "403 Forbidden", "This credential has not been validated")
                << u"GET"_s << u"/me"_s << Kind::CredentialPending << u"NOT_CREDENTIAL"_s << QString();
        QTest::newRow("pending sandbox code")
                << 403 << ovh("CREDENTIAL_PENDING_VALIDATION", "403 Forbidden", "Pending")
                << u"GET"_s << u"/auth/currentCredential"_s << Kind::CredentialPending
                << u"CREDENTIAL_PENDING_VALIDATION"_s << QString();
        QTest::newRow("not granted")
                << 403 << ovh("NOT_GRANTED_CALL", "403 Forbidden", "This call has not been granted")
                << u"DELETE"_s << u"/dedicatedCloud/pcc-1/allowedNetwork/12"_s << Kind::NotGranted
                << u"NOT_GRANTED_CALL"_s << u"DELETE /dedicatedCloud/pcc-1/allowedNetwork/12"_s;
        QTest::newRow("not granted v2 with query")
                << 403 << ovh("NOT_GRANTED_CALL", "403 Forbidden", "This call has not been granted")
                << u"GET"_s << u"/v2/okms/resource?page=2"_s << Kind::NotGranted
                << u"NOT_GRANTED_CALL"_s << u"GET /v2/okms/resource"_s;
        QTest::newRow("iam denial")
                << 403
                << QByteArray(R"({"class":"Client::Forbidden","message":"denied","details":{"unauthorizedActionsByIAM":["okms:apiovh:resource/get"]}})")
                << u"GET"_s << u"/v2/okms/resource"_s << Kind::NotGranted << u"Client::Forbidden"_s
                << u"okms:apiovh:resource/get"_s;
        QTest::newRow("401") << 401 << QByteArray(R"({"message":"You must login first"})")
                             << u"GET"_s << u"/me"_s << Kind::CredentialInvalid << QString() << QString();
        QTest::newRow("404")
                << 404 << QByteArray(R"({"class":"Client::NotFound","message":"The requested object (serviceName = pcc-9) does not exist"})")
                << u"GET"_s << u"/dedicatedCloud/pcc-9"_s << Kind::NotFound << u"Client::NotFound"_s << QString();
        QTest::newRow("409") << 409 << QByteArray(R"({"class":"Client::Conflict::AlreadyExists","message":"exists"})")
                             << u"POST"_s << u"/x"_s << Kind::Conflict << u"Client::Conflict::AlreadyExists"_s << QString();
        QTest::newRow("400 bad parameter") << 400 << QByteArray(R"({"class":"Client::BadRequest","message":"Invalid network"})")
                                           << u"POST"_s << u"/x"_s << Kind::BadRequest << u"Client::BadRequest"_s << QString();
        QTest::newRow("429") << 429 << QByteArray() << u"GET"_s << u"/me"_s << Kind::RateLimited << QString() << QString();
        QTest::newRow("460") << 460 << QByteArray(R"({"class":"Client::ResourceExpired","message":"expired"})")
                             << u"GET"_s << u"/x"_s << Kind::Expired << u"Client::ResourceExpired"_s << QString();
        QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << u"GET"_s << u"/me"_s
                                  << Kind::ServerError << QString() << QString();
        QTest::newRow("503") << 503 << QByteArray(R"({"class":"Server::ServiceUnavailable","message":"maintenance"})")
                             << u"GET"_s << u"/me"_s << Kind::ServerError << u"Server::ServiceUnavailable"_s << QString();
        QTest::newRow("403 plain") << 403 << QByteArray("Forbidden") << u"PUT"_s << u"/1.0/me"_s
                                   << Kind::NotGranted << QString() << QString();
        QTest::newRow("forbidden ip") << 403 << ovh("FORBIDDEN", "403 Forbidden", "This credential can not be used from your IP address")
                                      << u"GET"_s << u"/me"_s << Kind::NotGranted << u"FORBIDDEN"_s << QString();
    }

    void mapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        QFETCH(QString, errorCode);
        QFETCH(QString, missingRule);
        const ApiError e = mapHttpError(status, body, "EU.ext-99.foobar", method, path);
        QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(kind));
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.errorCode, errorCode);
        QCOMPARE(e.missingRule, missingRule);
        QCOMPARE(e.queryId, u"EU.ext-99.foobar"_s);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(e.logLine().contains(u"EU.ext-99.foobar"_s));
        // Log-safe: the body never ends up in the details.
        if (!body.isEmpty())
            QVERIFY(!e.details.contains(QString::fromUtf8(body)));
    }

    void notGrantedMessageNamesRule()
    {
        const ApiError e = mapHttpError(403, R"({"errorCode":"NOT_GRANTED_CALL"})", {}, u"POST"_s,
                                        u"/me/geolocation"_s);
        QVERIFY(e.userMessage().contains(u"POST /me/geolocation"_s));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray("7") << 7;
        QTest::newRow("spaces") << QByteArray(" 3 ") << 3;
        QTest::newRow("negative") << QByteArray("-4") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        // now = 2015-10-21 07:27:50 UTC
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 10;
        QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << 0;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        QCOMPARE(parseRetryAfter(header, 1445412470), seconds);
    }

    void rateLimitedCarriesRetryAfter()
    {
        const ApiError e = mapHttpError(429, {}, {}, u"GET"_s, u"/me"_s, "12");
        QCOMPARE(e.kind, Kind::RateLimited);
        QCOMPARE(e.retryAfterSeconds, 12);
    }

    void networkErrors()
    {
        QCOMPARE(mapNetworkError(QNetworkReply::TimeoutError, {}).kind, Kind::Timeout);
        QCOMPARE(mapNetworkError(QNetworkReply::OperationCanceledError, {}).kind, Kind::Canceled);
        QCOMPARE(mapNetworkError(QNetworkReply::SslHandshakeFailedError, {}).kind, Kind::Tls);
        QCOMPARE(mapNetworkError(QNetworkReply::HostNotFoundError, {}).kind, Kind::Network);
        QVERIFY(isTransientNetworkError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(!isTransientNetworkError(QNetworkReply::HostNotFoundError));
        QVERIFY(!isTransientNetworkError(QNetworkReply::SslHandshakeFailedError));
    }

    void clockSkewMessageSaysSeconds()
    {
        ApiError e = ApiError::make(Kind::ClockSkew);
        e.clockOffsetSeconds = -600;
        QVERIFY(e.userMessage().contains(u"600"_s));
    }
};

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_apierrors.moc"
