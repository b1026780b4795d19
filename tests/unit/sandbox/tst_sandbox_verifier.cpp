// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's signature check, against signatures computed here with QCryptographicHash
// (neither the sandbox's ovhSignature() nor the client's signer), so a bug in either shows.
#include "core/Clock.h"
#include "sandbox/CredentialStore.h"
#include "sandbox/RequestVerifier.h"
#include "sandbox/UnpublishedChoices.h"
#include "sandbox/SandboxClock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace snc::sandbox;
using namespace Qt::StringLiterals;

namespace {

QByteArray referenceSignature(const QString &as, const QString &ck, const QByteArray &method,
                              const QByteArray &url, const QByteArray &body, qint64 ts)
{
    const QByteArray text = as.toUtf8() + '+' + ck.toUtf8() + '+' + method + '+' + url + '+'
            + body + '+' + QByteArray::number(ts);
    return "$1$" + QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

QString errorCode(const SandboxResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(u"errorCode"_s).toString();
}

} // namespace

class TestSandboxVerifier : public QObject
{
    Q_OBJECT

    snc::TestClock m_base{1'760'000'000'000};
    SandboxClock m_clock{&m_base};
    CredentialStore m_store{&m_clock};
    RequestVerifier m_verifier{&m_store, &m_clock, /*tls=*/true};

    SandboxRequest signedRequest(const QByteArray &method, const QString &path, const QString &ck,
                                 const QByteArray &body = {}, const QByteArray &signedUrl = {},
                                 qint64 tsOffset = 0, const QString &secret = {})
    {
        const Application &app = m_store.demoApplication();
        const qint64 ts = m_clock.apiNowSecs() + tsOffset;
        const QByteArray url =
                signedUrl.isEmpty() ? "https://127.0.0.1:8443" + path.toUtf8() : signedUrl;
        SandboxRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.headers = {{"Host", "127.0.0.1:8443"},
                     {"X-Ovh-Application", app.key.toLatin1()},
                     {"X-Ovh-Consumer", ck.toLatin1()},
                     {"X-Ovh-Timestamp", QByteArray::number(ts)},
                     {"X-Ovh-Signature",
                      referenceSignature(secret.isEmpty() ? app.secret : secret, ck, method, url,
                                         body, ts)}};
        return r;
    }

    std::optional<SandboxResponse> check(SandboxRequest &r)
    {
        return m_verifier.authenticate(r, r.path.toUtf8(), u"203.0.113.7"_s);
    }

private slots:
    void initTestCase()
    {
        m_store.ensureDemo();
        QVERIFY(m_store.demoCredential());
        QCOMPARE(m_store.demoApplication().key.size(), 16);
    }

    void goodSignatureWithPort()
    {
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, m_store.demoCredential()->consumerKey);
        QVERIFY(!check(r).has_value());
        QCOMPARE(r.credential, m_store.demoCredential());
    }

    void goodSignatureOfficialClientsForm()
    {
        // node-ovh signs "https://<host><path>" without the port.
        const QString ck = m_store.demoCredential()->consumerKey;
        SandboxRequest r = signedRequest("POST", u"/1.0/me/geolocation"_s, ck, "{\"a\":\"é\"}",
                                         "https://127.0.0.1/1.0/me/geolocation");
        QVERIFY(!check(r).has_value());
    }

    void badSignature()
    {
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, m_store.demoCredential()->consumerKey,
                                         {}, {}, 0, u"wrong-secret"_s);
        const auto refusal = check(r);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 400);
        QCOMPARE(errorCode(*refusal), u"INVALID_SIGNATURE"_s);
        QVERIFY(!r.credential);
    }

    void tamperedBodyIsRefused()
    {
        SandboxRequest r = signedRequest("POST", u"/1.0/me/x"_s, m_store.demoCredential()->consumerKey,
                                         "{}");
        r.body = "{\"x\":1}";
        QCOMPARE(check(r)->status, 400);
    }

    void staleTimestamp_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("now") << qint64(0) << true;
        QTest::newRow("-300s") << qint64(-300) << true;
        QTest::newRow("-301s") << qint64(-301) << false;
        QTest::newRow("+1h") << qint64(3600) << false;
    }
    void staleTimestamp()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, accepted);
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, m_store.demoCredential()->consumerKey,
                                         {}, {}, offset);
        const auto refusal = check(r);
        QCOMPARE(!refusal.has_value(), accepted);
        if (refusal) {
            QCOMPARE(refusal->status, 400);
            QCOMPARE(errorCode(*refusal), u"QUERY_TIME_OUT"_s);
        }
    }

    void unknownApplicationKey()
    {
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, m_store.demoCredential()->consumerKey);
        r.headers[1].second = "AAAAAAAAAAAAAAAA";
        const auto refusal = check(r);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 403);
        QCOMPARE(errorCode(*refusal), u"INVALID_KEY"_s);
        QVERIFY(m_verifier.checkApplicationKey(r).has_value());
    }

    // Not published (UNPUBLISHED.md, consumerKeyPending): each value answers its own way, and
    // the default is the field-reported 403 INVALID_CREDENTIAL (php-ovh #56).
    void pendingConsumerKey_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("default") << QString() << 403 << u"INVALID_CREDENTIAL"_s << u"This credential is not valid"_s;
        QTest::newRow("invalid-credential-403") << u"invalid-credential-403"_s << 403 << u"INVALID_CREDENTIAL"_s
                                                << u"This credential is not valid"_s;
        QTest::newRow("invalid-signature-400") << u"invalid-signature-400"_s << 400 << u"INVALID_SIGNATURE"_s
                                               << u"Invalid signature"_s;
        QTest::newRow("not-validated-403") << u"not-validated-403"_s << 403 << u"NOT_CREDENTIAL"_s
                                           << u"not been validated"_s;
    }
    void pendingConsumerKey()
    {
        QFETCH(QString, choice);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        UnpublishedChoices choices;
        if (!choice.isEmpty())
            QVERIFY(choices.set(UnpublishedChoices::consumerKeyPending(), choice));
        const RequestVerifier verifier(&m_store, &m_clock, /*tls=*/true, &choices);
        Credential &c = m_store.createPending(m_store.demoApplication(),
                                              {{u"GET"_s, u"/*"_s}}, {}, {});
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, c.consumerKey);
        const auto refusal = verifier.authenticate(r, r.path.toUtf8(), u"203.0.113.7"_s);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, status);
        QCOMPARE(errorCode(*refusal), code);
        QVERIFY(QString::fromUtf8(refusal->body).contains(message));
        QVERIFY(m_store.validate(c, 3600));
        SandboxRequest again = signedRequest("GET", u"/1.0/me"_s, c.consumerKey);
        QVERIFY(!verifier.authenticate(again, again.path.toUtf8(), u"203.0.113.7"_s).has_value());
    }

    void unknownSwitchesAreRefused()
    {
        UnpublishedChoices choices;
        QString why;
        QVERIFY(!choices.set(u"consumerKeyPending"_s, u"teapot-418"_s, &why));
        QVERIFY2(why.contains(u"invalid-signature-400"_s), qPrintable(why)); // names what is accepted
        QVERIFY(!choices.set(u"noSuchSwitch"_s, u"x"_s, &why));
        QVERIFY2(why.contains(u"consumerKeyPending"_s), qPrintable(why));
        QVERIFY(!UnpublishedChoices::parseAssignment(u"consumerKeyPending"_s, &why));
        QCOMPARE(choices.value(UnpublishedChoices::consumerKeyPending()), u"invalid-credential-403"_s);
        const auto ok = UnpublishedChoices::parseAssignment(u" addNetworkTaskName = createAllowedNetwork "_s, &why);
        QVERIFY(ok);
        QCOMPARE(ok->second, u"createAllowedNetwork"_s);
    }

    void expiredConsumerKey()
    {
        Credential &c = m_store.createPending(m_store.demoApplication(),
                                              {{u"GET"_s, u"/*"_s}}, {}, {});
        QVERIFY(m_store.validate(c, 60));
        m_base.advanceMs(61'000);
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, c.consumerKey);
        const auto refusal = check(r);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 403);
        QCOMPARE(errorCode(*refusal), u"INVALID_CREDENTIAL"_s);
    }

    void unknownConsumerKey()
    {
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, u"nope"_s);
        QCOMPARE(errorCode(*check(r)), u"INVALID_CREDENTIAL"_s);
    }

    void notGrantedByAccessRules()
    {
        Credential &c = m_store.createPending(m_store.demoApplication(),
                                              {{u"GET"_s, u"/dedicatedCloud/*"_s}}, {}, {});
        QVERIFY(m_store.validate(c, 0));
        SandboxRequest me = signedRequest("GET", u"/1.0/me"_s, c.consumerKey);
        const auto refusal = check(me);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 403);
        QCOMPARE(errorCode(*refusal), u"NOT_GRANTED_CALL"_s);
        SandboxRequest post = signedRequest("POST", u"/1.0/dedicatedCloud/pcc-1/user"_s, c.consumerKey);
        QCOMPARE(errorCode(*check(post)), u"NOT_GRANTED_CALL"_s);
        SandboxRequest get = signedRequest("GET", u"/1.0/dedicatedCloud/pcc-1/user"_s, c.consumerKey);
        QVERIFY(!check(get).has_value());
        // A credential may always read itself.
        SandboxRequest self = signedRequest("GET", u"/1.0/auth/currentCredential"_s, c.consumerKey);
        QVERIFY(!check(self).has_value());
    }

    void allowedIps()
    {
        Credential &c = m_store.createPending(m_store.demoApplication(), {{u"GET"_s, u"/*"_s}}, {},
                                              {u"198.51.100.0/24"_s});
        QVERIFY(m_store.validate(c, 0));
        SandboxRequest r = signedRequest("GET", u"/1.0/me"_s, c.consumerKey);
        QCOMPARE(errorCode(*check(r)), u"FORBIDDEN"_s);
        QVERIFY(addressInBlocks(u"203.0.113.7"_s, {u"203.0.113.0/24"_s}));
        QVERIFY(!addressInBlocks(u"203.0.113.7"_s, {u"203.0.113.8"_s}));
    }

    void accessRuleGlobs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star all") << u"/*"_s << u"/me"_s << true;
        QTest::newRow("prefix star") << u"/dedicatedCloud/*"_s << u"/dedicatedCloud/pcc/task/1"_s << true;
        QTest::newRow("prefix star not self") << u"/dedicatedCloud/*"_s << u"/dedicatedCloud"_s << false;
        QTest::newRow("exact") << u"/me"_s << u"/me"_s << true;
        QTest::newRow("exact differs") << u"/me"_s << u"/me/x"_s << false;
        QTest::newRow("middle star") << u"/a/*/c"_s << u"/a/b/x/c"_s << true;
    }
    void accessRuleGlobs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(AccessRule::pathMatches(pattern, path), matches);
        QCOMPARE(accessRulePath(u"/1.0"_s + path + u"?x=1"_s), path);
        QCOMPARE(accessRulePath(u"/v1"_s + path), path);
    }
};

QTEST_GUILESS_MAIN(TestSandboxVerifier)
#include "tst_sandbox_verifier.moc"
