// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The consumer-key flow end to end against the sandbox (API notes §A.4): POST /auth/credential
// with the wizard's least-privilege rules, the user's validation (the sandbox's JSON twin of
// its browser page), polling /auth/currentCredential, then signed calls with the new key; and
// the kinds a pending, ungranted or expired key gives.
#include "SandboxFixture.h"

#include "api/CredentialFlow.h"

#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;
using Kind = ApiError::Kind;

class TestClientSandboxCredential : public QObject
{
    Q_OBJECT

private:
    /// Requests a credential for `rules` with a client that has no consumer key yet; returns
    /// the validation URL (empty on failure). The flow installs the new key in the client.
    static QUrl request(CredentialFlow &flow, const QList<AccessRule> &rules)
    {
        QSignalSpy requested(&flow, &CredentialFlow::credentialRequested);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential(rules);
        if (!QTest::qWaitFor([&]() { return !requested.isEmpty() || !failed.isEmpty(); }, 20000)
            || requested.isEmpty())
            return {};
        return requested.first().first().toUrl();
    }

private slots:
    void fullFlow_data() { SandboxFixture::transports(); }
    void fullFlow()
    {
        QFETCH(bool, tls);
        SandboxFixture f;
        QVERIFY2(f.start(tls), qPrintable(f.startError));
        f.client->clearConsumerKey();
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(50);

        // The rules the wizard asks for one service, as the user reads them before validating.
        const QList<AccessRule> rules = wizardAccessRules(u"pcc-192-0-2-1"_s);
        const QStringList shown = describeAccessRules(rules);
        QCOMPARE(shown.size(), rules.size());
        QVERIFY(shown.join(u'\n').contains(u"GET /me"_s));

        const QUrl validationUrl = request(flow, rules);
        QVERIFY(validationUrl.isValid());
        QCOMPARE(validationUrl.scheme(), f.server->url().scheme());
        QVERIFY(QUrlQuery(validationUrl).hasQueryItem(u"credentialToken"_s));
        QCOMPARE(flow.state(), CredentialFlow::State::WaitingForUser);
        QVERIFY(f.client->hasCredentials());

        // Not validated yet: the real answer is not published (UNPUBLISHED.md, consumerKeyPending).
        // By default the sandbox answers as field reports show, 403 INVALID_CREDENTIAL, which a
        // client cannot tell from a revoked key: only the flow's validation window waits through it.
        const auto pending = SandboxFixture::wait(f.client->get(u"/me"_s));
        QCOMPARE(SandboxFixture::kindOf(pending), Kind::CredentialInvalid);
        QCOMPARE(pending->error().errorCode, u"INVALID_CREDENTIAL"_s);
        // The sandbox's explicit answer, when chosen, says "pending" (not "invalid key", not "expired").
        QVERIFY(f.server->setUnpublished(u"consumerKeyPending"_s, u"not-validated-403"_s));
        const auto explicitPending = SandboxFixture::wait(f.client->get(u"/me"_s));
        QCOMPARE(SandboxFixture::kindOf(explicitPending), Kind::CredentialPending);
        QVERIFY(f.server->setUnpublished(u"consumerKeyPending"_s, u"invalid-credential-403"_s));

        // Poll while the user is still in the browser, then validate for one hour.
        QSignalSpy validated(&flow, &CredentialFlow::validated);
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.waitForValidation();
        QTRY_VERIFY_WITH_TIMEOUT(f.requestsFor(u"GET /1.0/auth/currentCredential"_s) >= 2, 20000);
        QCOMPARE(flow.state(), CredentialFlow::State::Polling);
        const QJsonObject v = f.introspect(
                "POST", u"/sandbox/validate-credential"_s,
                QJsonObject{{u"validationUrl"_s, QString::fromUtf8(validationUrl.toEncoded())},
                            {u"validity"_s, 3600}});
        QCOMPARE(v.value(u"status"_s).toString(), u"validated"_s);
        QTRY_COMPARE_WITH_TIMEOUT(validated.size() + failed.size(), 1, 20000);
        QCOMPARE(validated.size(), 1);
        QCOMPARE(flow.state(), CredentialFlow::State::Validated);

        // The expiry is shown to the user: about an hour from now.
        const QDateTime expiration = flow.expiration();
        QVERIFY(expiration.isValid());
        const qint64 inSecs = QDateTime::currentDateTimeUtc().secsTo(expiration);
        QVERIFY2(inSecs > 3000 && inSecs <= 3700, qPrintable(expiration.toString(Qt::ISODate)));

        // The new key works for a granted call…
        const SecretBytes newKey = flow.takeConsumerKey();
        QVERIFY(!newKey.isEmpty());
        QVERIFY(newKey.expose() != f.server->consumerKey().toUtf8());
        const auto me = SandboxFixture::wait(f.client->get(u"/me"_s));
        QVERIFY2(me && me->ok(), SandboxFixture::describe(me).constData());
        QCOMPARE(me->value().toObject().value(u"nichandle"_s).toString(), u"xx1111-ovh"_s);
    }

    // A call outside the validated rules names the rule that is missing.
    void callOutsideTheRulesNamesTheMissingRule()
    {
        SandboxFixture f;
        QVERIFY2(f.start(false), qPrintable(f.startError));
        f.client->clearConsumerKey();
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(50);
        const QUrl url = request(flow, wizardAccessRules(u"pcc-192-0-2-1"_s).mid(0, 1));
        QVERIFY(url.isValid());
        QCOMPARE(flow.rules().first().path, u"/dedicatedCloud"_s);
        f.introspect("POST", u"/sandbox/validate-credential"_s,
                     QJsonObject{{u"validationUrl"_s, QString::fromUtf8(url.toEncoded())}});
        QSignalSpy validated(&flow, &CredentialFlow::validated);
        flow.waitForValidation();
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);

        const auto me = SandboxFixture::wait(f.client->get(u"/me"_s));
        QCOMPARE(SandboxFixture::kindOf(me), Kind::NotGranted);
        QCOMPARE(me->error().errorCode, u"NOT_GRANTED_CALL"_s);
        QCOMPARE(me->error().missingRule, u"GET /me"_s);
        QVERIFY(me->error().userMessage().contains(u"GET /me"_s));
    }

    // A key that expired (here: logged out) leads to "authorize again".
    void expiredKeyAsksToAuthorizeAgain()
    {
        SandboxFixture f;
        QVERIFY2(f.start(false), qPrintable(f.startError));
        f.client->clearConsumerKey();
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(50);
        const QUrl url = request(flow, {{u"GET"_s, u"/me"_s}, {u"POST"_s, u"/auth/logout"_s},
                                        {u"GET"_s, u"/auth/*"_s}});
        QVERIFY(url.isValid());
        f.introspect("POST", u"/sandbox/validate-credential"_s,
                     QJsonObject{{u"validationUrl"_s, QString::fromUtf8(url.toEncoded())}});
        QSignalSpy validated(&flow, &CredentialFlow::validated);
        flow.waitForValidation();
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        QVERIFY(!flow.expiration().isValid()); // validated without a time limit

        QVERIFY(SandboxFixture::wait(f.client->get(u"/me"_s))->ok());
        QVERIFY(SandboxFixture::wait(f.client->post(u"/auth/logout"_s))->ok());

        QSignalSpy rejected(f.client.get(), &ApiClient::credentialRejected);
        const auto after = SandboxFixture::wait(f.client->get(u"/me"_s));
        QCOMPARE(SandboxFixture::kindOf(after), Kind::CredentialInvalid);
        QCOMPARE(after->error().httpStatus, 403);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(after->error().userMessage().contains(u"again"_s));
    }

    // The user refuses in the browser: the flow ends, it does not poll forever.
    void refusedKeyFailsTheFlow()
    {
        SandboxFixture f;
        QVERIFY2(f.start(false), qPrintable(f.startError));
        f.client->clearConsumerKey();
        CredentialFlow flow(f.client.get());
        flow.setPollIntervalMs(50);
        const QUrl url = request(flow, {{u"GET"_s, u"/me"_s}});
        QVERIFY(url.isValid());
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.waitForValidation();
        QSignalSpy waiting(&flow, &CredentialFlow::stillWaiting);
        f.introspect("POST", u"/sandbox/validate-credential"_s,
                     QJsonObject{{u"validationUrl"_s, QString::fromUtf8(url.toEncoded())},
                                 {u"refuse"_s, true}});
        // A refused key is answered 403 INVALID_CREDENTIAL, like a pending one (UNPUBLISHED.md,
        // consumerKeyPending): within its validation window the flow cannot tell them apart and
        // waits; the user's "I have validated it" (checkNow()) makes the answer final.
        const qsizetype seen = waiting.size();
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() > seen + 1, 20000);
        QCOMPARE(failed.size(), 0);
        flow.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::CredentialInvalid);
        QCOMPARE(flow.state(), CredentialFlow::State::Failed);
    }

    // An application key the sandbox does not know cannot even ask for a credential.
    void unknownApplicationKey()
    {
        SandboxFixture f;
        QVERIFY2(f.start(false), qPrintable(f.startError));
        f.client->setApplicationKey(u"unknownApplicationKey"_s);
        f.client->clearConsumerKey();
        CredentialFlow flow(f.client.get());
        QSignalSpy failed(&flow, &CredentialFlow::failed);
        flow.requestCredential({{u"GET"_s, u"/me"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().first().value<ApiError>().kind, Kind::InvalidApplicationKey);
    }
};

QTEST_GUILESS_MAIN(TestClientSandboxCredential)
#include "tst_clientsandbox_credential.moc"
