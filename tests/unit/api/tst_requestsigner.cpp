// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Signer and URL building checked against vectors produced by the official Node.js client
// (tests/data/api/make-signer-vectors.js -> signer-vectors.json).
#include "TestPaths.h"
#include "api/Endpoint.h"
#include "api/RequestSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace snc;

class TestRequestSigner : public QObject
{
    Q_OBJECT

private:
    static QJsonArray vectors()
    {
        QFile f(snc::test::testDataDir() + QStringLiteral("/api/signer-vectors.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object().value(u"vectors"_s).toArray();
    }

private slots:
    void vectorsArePresent()
    {
        const QJsonArray v = vectors();
        QVERIFY2(v.size() >= 20, "signer-vectors.json missing or truncated");
        QFile f(snc::test::testDataDir() + QStringLiteral("/api/signer-vectors.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        // Produced by the official client, not by hand (see make-signer-vectors.js).
        QVERIFY(QJsonDocument::fromJson(f.readAll()).object().value(u"generator"_s).toString()
                        .startsWith(u"@ovhcloud/node-ovh "_s));
        QSet<QString> methods;
        bool nonAscii = false, encodedSegment = false, query = false, empty = false, v2 = false;
        for (const QJsonValue &x : v) {
            const QJsonObject o = x.toObject();
            methods.insert(o.value(u"method"_s).toString());
            nonAscii |= o.value(u"body"_s).toString().contains(u"\\u"_s);
            encodedSegment |= o.value(u"path"_s).toString().contains(u"%2F"_s);
            query |= o.value(u"url"_s).toString().contains(u'?');
            empty |= o.value(u"body"_s).toString().isEmpty();
            v2 |= o.value(u"path"_s).toString().startsWith(u"/v2/"_s);
        }
        QCOMPARE(methods, (QSet<QString>{u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s}));
        QVERIFY(nonAscii && encodedSegment && query && empty && v2);
    }

    void nodeVectors_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("consumerKey");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("signature");
        const QJsonArray v = vectors();
        for (const QJsonValue &x : v) {
            const QJsonObject o = x.toObject();
            QTest::newRow(o.value(u"name"_s).toString().toUtf8().constData())
                    << o.value(u"applicationSecret"_s).toString().toUtf8()
                    << o.value(u"consumerKey"_s).toString().toUtf8()
                    << o.value(u"method"_s).toString().toUtf8()
                    << o.value(u"url"_s).toString().toUtf8()
                    << o.value(u"body"_s).toString().toUtf8()
                    << qint64(o.value(u"timestamp"_s).toDouble())
                    << o.value(u"signature"_s).toString().toUtf8();
        }
    }

    void nodeVectors()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, consumerKey);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, body);
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, signature);
        QCOMPARE(signRequest(secret, consumerKey, method, url, body, timestamp), signature);
        // Any byte changed anywhere changes the signature.
        QVERIFY(signRequest(secret, consumerKey, method, url + "x", body, timestamp) != signature);
        QVERIFY(signRequest(secret, consumerKey, method, url, body, timestamp + 1) != signature);
    }

    // Our URL building produces the very bytes the official client signs, for the same path and
    // query (the Node client sends the same host without a port).
    void urlsMatchNode_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QUrlQuery>("query");
        QTest::addColumn<QByteArray>("expected");
        const QJsonArray v = vectors();
        for (const QJsonValue &x : v) {
            const QJsonObject o = x.toObject();
            const QByteArray url = o.value(u"url"_s).toString().toUtf8();
            QUrlQuery q;
            const QJsonArray items = o.value(u"query"_s).toArray();
            for (const QJsonValue &item : items)
                q.addQueryItem(item[0].toString(), item[1].toString());
            QTest::newRow(o.value(u"name"_s).toString().toUtf8().constData())
                    << QUrl::fromEncoded(url).host() << o.value(u"path"_s).toString() << q << url;
        }
    }

    void urlsMatchNode()
    {
        QFETCH(QString, host);
        QFETCH(QString, path);
        QFETCH(QUrlQuery, query);
        QFETCH(QByteArray, expected);
        const Endpoint e = Endpoint::custom(QUrl(u"https://"_s + host));
        QCOMPARE(e.urlFor(path, query).toEncoded(), expected);
    }

    void format()
    {
        const QByteArray s = signRequest("AS", "CK", "GET", "https://eu.api.ovh.com/1.0/me", "", 1);
        QVERIFY(QRegularExpression(u"^\\$1\\$[0-9a-f]{40}$"_s).match(QString::fromLatin1(s)).hasMatch());
        // Independent of the signer: SHA-1 of the documented concatenation.
        QCOMPARE(s.mid(3), QCryptographicHash::hash("AS+CK+GET+https://eu.api.ovh.com/1.0/me++1",
                                                    QCryptographicHash::Sha1).toHex());
    }

    void endpoints()
    {
        const Endpoint eu = Endpoint::forId(u"ovh-eu"_s);
        QVERIFY(eu.isValid());
        QCOMPARE(eu.urlFor(u"/me"_s).toEncoded(), "https://eu.api.ovh.com/1.0/me"_ba);
        QCOMPARE(eu.urlFor(u"/v2/okms/resource"_s).toEncoded(),
                 "https://eu.api.ovh.com/v2/okms/resource"_ba);
        QCOMPARE(eu.urlFor(u"/v1/me"_s).toEncoded(), "https://eu.api.ovh.com/v1/me"_ba);
        QCOMPARE(eu.urlFor(u"/v2x"_s).toEncoded(), "https://eu.api.ovh.com/1.0/v2x"_ba);
        QVERIFY(!eu.urlFor(u"me"_s).isValid());
        QCOMPARE(Endpoint::forId(u"ovh-ca"_s).apiBase, QUrl(u"https://ca.api.ovh.com"_s));
        QCOMPARE(Endpoint::forId(u"ovh-us"_s).apiBase, QUrl(u"https://api.us.ovhcloud.com"_s));
        QCOMPARE(Endpoint::forId(u"ovh-us"_s).oauth2TokenUrl,
                 QUrl(u"https://us.ovhcloud.com/auth/oauth2/token"_s));
        QVERIFY(!Endpoint::forId(u"kimsufi-eu"_s).isValid());
        QCOMPARE(Endpoint::known().size(), 3);
        QCOMPARE(Endpoint::known().first().id, u"ovh-eu"_s);
        for (const Endpoint &e : Endpoint::known())
            QVERIFY(!e.displayName().isEmpty());

        const Endpoint sandbox = Endpoint::custom(QUrl(u"http://127.0.0.1:8443/1.0/"_s));
        QVERIFY(sandbox.isCustom());
        QCOMPARE(sandbox.urlFor(u"/me"_s).toEncoded(), "http://127.0.0.1:8443/1.0/me"_ba);
        QVERIFY(sandbox.displayName().contains(u"127.0.0.1:8443"_s));
        QVERIFY(!Endpoint::custom(QUrl(u"ftp://example.com"_s)).isValid());
    }

    // Every region's pages and URLs (API notes §A.1), and a custom base (the sandbox) that has
    // no OVH pages and no OAuth2.
    void regions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("oauth2");
        QTest::newRow("eu") << u"ovh-eu"_s << u"eu.api.ovh.com"_s
                            << u"https://www.ovh.com/auth/oauth2/token"_s;
        QTest::newRow("ca") << u"ovh-ca"_s << u"ca.api.ovh.com"_s
                            << u"https://ca.ovh.com/auth/oauth2/token"_s;
        QTest::newRow("us") << u"ovh-us"_s << u"api.us.ovhcloud.com"_s
                            << u"https://us.ovhcloud.com/auth/oauth2/token"_s;
    }

    void regions()
    {
        QFETCH(QString, id);
        QFETCH(QString, host);
        QFETCH(QString, oauth2);
        const Endpoint e = Endpoint::forId(id);
        QVERIFY(e.isValid());
        QVERIFY(!e.isCustom());
        QCOMPARE(e.id, id);
        const QString base = u"https://"_s + host;
        QCOMPARE(e.apiBase, QUrl(base));
        QCOMPARE(e.createAppUrl, QUrl(base + u"/createApp/"_s));
        QCOMPARE(e.createTokenUrl, QUrl(base + u"/createToken/"_s));
        QCOMPARE(e.consoleUrl, QUrl(base + u"/console/"_s));
        QCOMPARE(e.oauth2TokenUrl, QUrl(oauth2));
        QCOMPARE(e.urlFor(u"/auth/time"_s).toEncoded(), (base + u"/1.0/auth/time"_s).toUtf8());
        QCOMPARE(e.urlFor(u"/v2/iam/policy"_s).toEncoded(), (base + u"/v2/iam/policy"_s).toUtf8());
        QCOMPARE(e.urlFor(u"/v1/me"_s).toEncoded(), (base + u"/v1/me"_s).toUtf8());
        QVERIFY(e.displayName().contains(id));
    }

    void customBase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("me");
        QTest::addColumn<QByteArray>("v2");
        QTest::newRow("plain") << u"https://localhost:8443"_s
                               << "https://localhost:8443/1.0/me"_ba
                               << "https://localhost:8443/v2/okms/resource"_ba;
        QTest::newRow("with /1.0/") << u"http://127.0.0.1:1234/1.0/"_s
                                    << "http://127.0.0.1:1234/1.0/me"_ba
                                    << "http://127.0.0.1:1234/v2/okms/resource"_ba;
        QTest::newRow("prefix, query dropped") << u"https://gw.example/ovh/?x=1#f"_s
                                               << "https://gw.example/ovh/1.0/me"_ba
                                               << "https://gw.example/ovh/v2/okms/resource"_ba;
    }

    void customBase()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, me);
        QFETCH(QByteArray, v2);
        const Endpoint e = Endpoint::custom(QUrl(input));
        QVERIFY(e.isValid());
        QVERIFY(e.isCustom());
        QCOMPARE(e.urlFor(u"/me"_s).toEncoded(), me);
        QCOMPARE(e.urlFor(u"/v2/okms/resource"_s).toEncoded(), v2);
        // No OVH credential pages and no OAuth2 on a custom server.
        QVERIFY(e.createAppUrl.isEmpty());
        QVERIFY(e.createTokenUrl.isEmpty());
        QVERIFY(e.oauth2TokenUrl.isEmpty());
    }

    void pathSegments_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("cidr") << u"192.0.2.0/24"_s << u"192.0.2.0%2F24"_s;
        QTest::newRow("plain") << u"pcc-192-0-2-1"_s << u"pcc-192-0-2-1"_s;
        QTest::newRow("specials") << u"a b+c:d?e#f%g"_s << u"a%20b%2Bc%3Ad%3Fe%23f%25g"_s;
        QTest::newRow("unicode") << u"é"_s << u"%C3%A9"_s;
        QTest::newRow("dotdot") << u".."_s << u".."_s;
    }

    void pathSegments()
    {
        QFETCH(QString, segment);
        QFETCH(QString, encoded);
        QCOMPARE(encodePathSegment(segment), encoded);
        const QUrl url = Endpoint::forId(u"ovh-eu"_s)
                                 .urlFor(u"/dedicatedCloud/pcc-1/allowedNetwork/"_s + encoded);
        QVERIFY(url.isValid());
        QVERIFY(url.toEncoded().endsWith(encoded.toUtf8()));
    }

    void queryPlusStaysData()
    {
        QUrlQuery q;
        q.addQueryItem(u"description"_s, u"a+b c&d=e"_s);
        q.addQueryItem(u"active"_s, u"true"_s);
        QCOMPARE(Endpoint::forId(u"ovh-eu"_s).urlFor(u"/me"_s, q).toEncoded(),
                 "https://eu.api.ovh.com/1.0/me?description=a%2Bb%20c%26d%3De&active=true"_ba);
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
