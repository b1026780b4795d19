// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 14: the consumer-key validation URL is opened only when it is HTTPS on OVHcloud
// (or, for the sandbox, HTTPS or the API's own origin): the rule, then the flow that applies it.
#include "ApiTestFixture.h"
#include "api/CredentialFlow.h"
#include "api/ValidationUrl.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;

namespace {
const QByteArray kPlainHttpAnswer = "{\"consumerKey\":\"ckFromServer\",\"state\":\"pendingValidation\","
                                    "\"validationUrl\":\"http://evil.example/auth/?credentialToken=tok\"}";
} // namespace

class TestValidationUrl : public QObject
{
    Q_OBJECT

private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        const QString eu = u"ovh-eu"_s;
        const QString sandbox = u"https://127.0.0.1:8443"_s;
        const QString plainSandbox = u"http://127.0.0.1:8080"_s;
        QTest::newRow("eu: www.ovh.com") << eu << u"https://www.ovh.com/auth/?credentialToken=t"_s << true;
        QTest::newRow("eu: eu.api.ovh.com") << eu << u"https://eu.api.ovh.com/auth/?credentialToken=t"_s << true;
        QTest::newRow("ca: ca.ovh.com") << u"ovh-ca"_s << u"https://ca.ovh.com/auth/?credentialToken=t"_s << true;
        QTest::newRow("us: us.ovhcloud.com") << u"ovh-us"_s << u"https://us.ovhcloud.com/auth/?credentialToken=t"_s << true;
        QTest::newRow("eu: http") << eu << u"http://www.ovh.com/auth/?credentialToken=t"_s << false;
        QTest::newRow("eu: other host") << eu << u"https://evil.example/auth/"_s << false;
        QTest::newRow("eu: look-alike suffix") << eu << u"https://www.ovh.com.evil.example/auth/"_s << false;
        QTest::newRow("eu: look-alike label") << eu << u"https://evilovh.com/auth/"_s << false;
        QTest::newRow("eu: user info") << eu << u"https://www.ovh.com@evil.example/auth/"_s << false;
        QTest::newRow("eu: other port") << eu << u"https://www.ovh.com:8443/auth/"_s << false;
        QTest::newRow("eu: javascript") << eu << u"javascript:alert(1)"_s << false;
        QTest::newRow("eu: file") << eu << u"file:///etc/passwd"_s << false;
        QTest::newRow("eu: relative") << eu << u"/auth/?credentialToken=t"_s << false;
        QTest::newRow("sandbox: https") << sandbox << u"https://127.0.0.1:8443/auth/?credentialToken=t"_s << true;
        QTest::newRow("sandbox: http elsewhere") << sandbox << u"http://127.0.0.1:8443/auth/"_s << false;
        QTest::newRow("plain sandbox: its own origin") << plainSandbox << u"http://127.0.0.1:8080/auth/"_s << true;
        QTest::newRow("plain sandbox: other port") << plainSandbox << u"http://127.0.0.1:8081/auth/"_s << false;
        QTest::newRow("plain sandbox: other host") << plainSandbox << u"http://evil.example:8080/auth/"_s << false;
    }

    void rule()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const Endpoint e = endpoint.startsWith(u"ovh-"_s) ? Endpoint::forId(endpoint)
                                                          : Endpoint::custom(QUrl(endpoint));
        QVERIFY(e.isValid());
        QString why;
        QCOMPARE(isAcceptableValidationUrl(QUrl(url, QUrl::StrictMode), e, &why), accepted);
        QCOMPARE(why.isEmpty(), accepted);
    }

    // The flow refuses a plain-http validation URL on another host instead of offering it.
    void flowRefusesPlainHttp()
    {
        ApiFixture f;
        f.client->clearConsumerKey();
        f.route = [](const FakeRequest &r) {
            if (r.path() == "/1.0/auth/credential")
                return FakeResponse::json(200, kPlainHttpAnswer);
            return FakeResponse::json(404, "{}");
        };
        CredentialFlow flow(f.client.get());
        QSignalSpy requested(&flow, &CredentialFlow::credentialRequested);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(wizardAccessRules());
        QTRY_COMPARE(failed.size() + requested.size(), 1);
        QCOMPARE(requested.size(), 0);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!flow.validationUrl().isValid());
    }
};

QTEST_GUILESS_MAIN(TestValidationUrl)
#include "tst_validationurl.moc"
