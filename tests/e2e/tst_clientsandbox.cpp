// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project's ApiClient against the in-process sandbox, over TCP and over TLS with the
// sandbox's CA pinned: signing, signature refusal, clock correction, TLS verification.
// Faults (429, 5xx) are in tst_clientsandbox_faults, the consumer-key flow in
// tst_clientsandbox_credential.
#include "SandboxFixture.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace snc;
using namespace snc::test;
using Kind = ApiError::Kind;

class TestClientSandbox : public QObject
{
    Q_OBJECT

private slots:
    void signedCallSucceeds_data() { SandboxFixture::transports(); }
    void signedCallSucceeds()
    {
        QFETCH(bool, tls);
        SandboxFixture f;
        QVERIFY2(f.start(tls), qPrintable(f.startError));
        QCOMPARE(f.server->url().scheme(), tls ? u"https"_s : u"http"_s);

        const auto r = SandboxFixture::wait(f.client->get(u"/me"_s));
        QVERIFY2(r && r->ok(), SandboxFixture::describe(r).constData());
        QCOMPARE(r->value().toObject().value(u"nichandle"_s).toString(), u"xx1111-ovh"_s);
        QVERIFY(!r->value().toObject().value(u"email"_s).toString().isEmpty());
        // v1 alias and a second call reuse the cached delta: one /auth/time in all.
        const auto v1 = SandboxFixture::wait(f.client->get(u"/v1/me"_s));
        QVERIFY2(v1 && v1->ok(), SandboxFixture::describe(v1).constData());
        QCOMPARE(f.requestsFor(u"GET /1.0/auth/time"_s), 1);
        QCOMPARE(f.requestsFor(u"GET /1.0/me"_s) + f.requestsFor(u"GET /v1/me"_s), 2);

        // The sandbox itself says who we are: /auth/currentCredential is signed too (unlike
        // the official Node client, which sends /auth paths unsigned).
        const auto cred = SandboxFixture::wait(f.client->get(u"/auth/currentCredential"_s));
        QVERIFY2(cred && cred->ok(), SandboxFixture::describe(cred).constData());
        QCOMPARE(cred->value().toObject().value(u"status"_s).toString(), u"validated"_s);
    }

    void wrongSecretIsInvalidSignature_data() { SandboxFixture::transports(); }
    void wrongSecretIsInvalidSignature()
    {
        QFETCH(bool, tls);
        SandboxFixture f;
        QVERIFY2(f.start(tls), qPrintable(f.startError));
        auto client = f.makeClient(SecretBytes("not-the-application-secret"));
        QSignalSpy rejected(client.get(), &ApiClient::credentialRejected);

        const auto r = SandboxFixture::wait(client->get(u"/me"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(SandboxFixture::kindOf(r), Kind::InvalidSignature);
        QCOMPARE(r->error().httpStatus, 400);
        QCOMPARE(r->error().errorCode, u"INVALID_SIGNATURE"_s);
        QVERIFY(r->error().queryId.startsWith(u"SBX."_s));
        QVERIFY(r->error().userMessage().contains(u"secret"_s));
        // The clock was read again once (signature-class refusal); the delta did not change, so
        // the request itself was not repeated, and the consumer key is not blamed.
        QCOMPARE(f.requestsFor(u"GET /1.0/auth/time"_s), 2);
        QCOMPARE(f.requestsFor(u"GET /1.0/me"_s), 1);
        QCOMPARE(rejected.size(), 0);
    }

    void skewedClockIsCorrected_data() { SandboxFixture::transports(); }
    void skewedClockIsCorrected()
    {
        QFETCH(bool, tls);
        SandboxFixture f;
        QVERIFY2(f.start(tls), qPrintable(f.startError));
        // Our clock is two hours behind: far outside the sandbox's 300 s window.
        const qint64 skewSecs = 2 * 3600;
        f.clock.shiftMs(-skewSecs * 1000);
        QSignalSpy offset(f.client.get(), &ApiClient::clockOffsetDetected);

        const auto r = SandboxFixture::wait(f.client->get(u"/me"_s));
        QVERIFY2(r && r->ok(), SandboxFixture::describe(r).constData());
        QVERIFY(qAbs(f.client->timeDeltaSeconds() - skewSecs) <= 5);
        QCOMPARE(offset.size(), 1);
        // The UI's sentence for it names the offset.
        ApiError skew = ApiError::make(Kind::ClockSkew);
        skew.clockOffsetSeconds = offset.first().first().toLongLong();
        QVERIFY(skew.userMessage().contains(QString::number(skew.clockOffsetSeconds)));

        // The wall clock then jumps unannounced (no Clock::jumped): the sandbox refuses the
        // timestamp, the client reads /auth/time again and retries that one request once.
        f.clock.shiftMs(skewSecs * 1000);
        const auto again = SandboxFixture::wait(f.client->get(u"/me"_s));
        QVERIFY2(again && again->ok(), SandboxFixture::describe(again).constData());
        QVERIFY(qAbs(f.client->timeDeltaSeconds()) <= 5);
        QCOMPARE(f.requestsFor(u"GET /1.0/auth/time"_s), 2);
        QCOMPARE(f.requestsFor(u"GET /1.0/me"_s), 3);

        // An announced jump (resume from sleep) re-reads the time before the next call.
        f.clock.jump(-600 * 1000);
        QVERIFY(!f.client->isTimeDeltaKnown());
        const auto third = SandboxFixture::wait(f.client->get(u"/me"_s));
        QVERIFY2(third && third->ok(), SandboxFixture::describe(third).constData());
        QCOMPARE(f.requestsFor(u"GET /1.0/auth/time"_s), 3);
        QCOMPARE(f.requestsFor(u"GET /1.0/me"_s), 4);
    }

    // TLS verification is never relaxed: without the sandbox's CA pinned, the system store
    // does not trust it and nothing is sent.
    void unpinnedCaIsRefused()
    {
        SandboxFixture f;
        QVERIFY2(f.start(true), qPrintable(f.startError));
        auto client = f.makeClient(SecretBytes::fromString(f.server->applicationSecret()),
                                   /*pinCa=*/false);
        const auto r = SandboxFixture::wait(client->get(u"/me"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(SandboxFixture::kindOf(r), Kind::Tls);
        QCOMPARE(f.requestsFor(u"GET /1.0/auth/time"_s), 0);
        QCOMPARE(f.requestsFor(u"GET /1.0/me"_s), 0);

        // Another sandbox's CA is just as untrusted.
        SandboxFixture other;
        QVERIFY2(other.start(true), qPrintable(other.startError));
        client->setPinnedCaCertificates(other.pinnedCas);
        const auto r2 = SandboxFixture::wait(client->get(u"/me"_s));
        QCOMPARE(SandboxFixture::kindOf(r2), Kind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_clientsandbox.moc"
