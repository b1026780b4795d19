// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The system proxy is honoured: with no proxy set on the QNetworkAccessManager, the client's
// calls (server time and signed calls alike) go through the proxy named by the environment,
// as a user behind a company proxy needs. FakeHttpServer plays the proxy.
#include "api/ApiClient.h"
#include "core/Clock.h"
#include "fakes/FakeHttpServer.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;

namespace {

// A host that cannot resolve: only a proxy can reach it.
constexpr char kApiBase[] = "http://api.sandbox.invalid:8080";
constexpr char kSecret[] = "proxyApplicationSecret";
constexpr char kConsumer[] = "proxyConsumerKey";

} // namespace

class TestApiProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_proxy.listen());
        // Set before any proxy lookup: Qt reads the system configuration (here: the environment,
        // as on a Linux desktop) when a request needs it.
        qputenv("http_proxy", m_proxy.baseUrl().toEncoded());
        qputenv("HTTP_PROXY", m_proxy.baseUrl().toEncoded());
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    }

    void callsGoThroughTheSystemProxy()
    {
        const qint64 serverTime = 1'700'000'100;
        m_proxy.setHandler([&](const FakeRequest &r) {
            // Through a proxy the request line carries the absolute URL.
            if (r.target == QByteArray(kApiBase) + "/1.0/auth/time")
                return FakeResponse::json(200, QByteArray::number(serverTime));
            if (r.target == QByteArray(kApiBase) + "/1.0/me") {
                const QByteArray expected = "$1$"
                        + QCryptographicHash::hash(QByteArray(kSecret) + '+' + kConsumer + "+GET+"
                                                           + r.target + "++"
                                                           + r.header("X-Ovh-Timestamp"),
                                                   QCryptographicHash::Sha1)
                                  .toHex();
                if (r.header("X-Ovh-Signature") != expected)
                    return FakeResponse::json(400, R"({"errorCode":"INVALID_SIGNATURE"})");
                return FakeResponse::json(200, R"({"nichandle":"xx1111-ovh"})");
            }
            return FakeResponse::json(404, R"({"message":"not proxied"})");
        });

        QNetworkAccessManager nam; // proxy left at its default: the system's
        QCOMPARE(nam.proxy().type(), QNetworkProxy::DefaultProxy);
        TestClock clock(serverTime * 1000 - 5000);
        ApiClient client(&nam, &clock);
        client.setEndpoint(Endpoint::custom(QUrl(QString::fromLatin1(kApiBase))));
        client.setApplicationKey(u"proxyApplicationKey"_s);
        client.setApplicationSecret(SecretBytes(kSecret));
        client.setConsumerKey(SecretBytes(kConsumer));

        std::optional<Result<QJsonValue>> result;
        ApiCall *call = client.get(u"/me"_s);
        call->onFinished(this, [&result](const Result<QJsonValue> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        // QVERIFY2 evaluates its message even on success: only read error() on failure.
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().logLine()));
        QCOMPARE(result->value().toObject().value(u"nichandle"_s).toString(), u"xx1111-ovh"_s);

        const QList<FakeRequest> seen = m_proxy.requests();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).target, QByteArray(kApiBase) + "/1.0/auth/time");
        QCOMPARE(seen.at(1).target, QByteArray(kApiBase) + "/1.0/me");
        QCOMPARE(client.timeDeltaSeconds(), 5);
    }

private:
    FakeHttpServer m_proxy;
};

QTEST_GUILESS_MAIN(TestApiProxy)
#include "tst_apiproxy.moc"
