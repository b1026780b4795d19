// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 7: production secrets cannot reach a sandbox. The wizard holds the production
// NSX password (memory and keychain) and the endpoint switches to a sandbox that lists a service
// with the same name: no request to that sandbox carries the password; the keychain entries are
// scoped by endpoint (the unscoped ones of before are migrated on a production region only); and
// Basic authentication never goes over plain HTTP to another computer.
#include "SandboxFixture.h"
#include "secrets/SecretKeys.h"
#include "stages/vpn/NsxClient.h"
#include "stages/vpn/NsxCredentials.h"
#include "stages/vpn/VpnModel.h"

#include <QMutex>
#include <QTest>

using namespace snc;
using namespace snc::test;

namespace {

const QByteArray kProductionPassword = "Production-Pass-2026!";

/// Records the Authorization header of every request it is asked to send (nothing else).
class RecordingNam : public QNetworkAccessManager
{
public:
    QList<QPair<QUrl, QByteArray>> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        sent.append({request.url(), request.rawHeader("Authorization")});
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

bool waitFor(SecretJob *job)
{
    QSignalSpy done(job, &SecretJob::finished);
    return done.wait(5000);
}

bool stored(SecretStore &store, const QString &key, QByteArray *value = nullptr)
{
    SecretReadJob *job = store.read(key);
    QSignalSpy done(job, &SecretJob::finished);
    if (!done.wait(5000) || !job->result().ok())
        return false;
    if (value)
        *value = job->takeSecret().expose();
    return true;
}

} // namespace

class TestEndpointScope : public QObject
{
    Q_OBJECT

private slots:
    void productionPasswordNeverReachesASandboxOfTheSameServiceName()
    {
        SandboxFixture f; // lists the service pcc-192-0-2-1, like the customer's production one
        QVERIFY2(f.started, qPrintable(f.startError));
        RecordingNam nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        ApiClient api(&nam, &f.clock);
        api.setRateLimitPerMinute(60000, 1000);
        api.setEndpoint(Endpoint::forId(QStringLiteral("ovh-eu")));
        StageContext ctx(&api, &f.secrets, &f.clock);
        ctx.setEndpoint(Endpoint::forId(QStringLiteral("ovh-eu")), false);
        ctx.setServiceName(SandboxFixture::serviceName());
        QCOMPARE(ctx.secretScope(), QStringLiteral("ovh-eu"));

        // The production session: the NSX password is in memory and in the keychain.
        VpnModel vpn(&ctx);
        vpn.nsx()->setCredentials(QStringLiteral("admin"), SecretBytes(kProductionPassword));
        QVERIFY(waitFor(f.secrets.write(SecretKeys::nsxAdminPassword(ctx.secretScope(), SandboxFixture::serviceName()),
                                        SecretBytes(kProductionPassword))));
        QVERIFY(waitFor(f.secrets.write(SecretKeys::Legacy::nsxAdminPassword(SandboxFixture::serviceName()),
                                        SecretBytes(kProductionPassword))));

        // The person switches to an external "sandbox" listing a service of the same name.
        const Endpoint sandbox = Endpoint::custom(f.server->url());
        api.setEndpoint(sandbox);
        api.setApplicationKey(f.server->applicationKey());
        api.setApplicationSecret(SecretBytes::fromString(f.server->applicationSecret()));
        api.setConsumerKey(SecretBytes::fromString(f.server->consumerKey()));
        ctx.setEndpoint(sandbox, true);
        QCOMPARE(ctx.serviceName(), SandboxFixture::serviceName());
        QVERIFY(ctx.secretScope() != QStringLiteral("ovh-eu"));
        QVERIFY(!vpn.nsx()->hasCredentials()); // forgotten with the service

        QSignalSpy refreshed(&vpn, &StageModel::refreshed);
        vpn.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(vpn.needsPassword()); // the sandbox's own password is asked for
        const QByteArray basic = "Basic " + ("admin:" + kProductionPassword).toBase64();
        for (const auto &[url, authorization] : std::as_const(nam.sent)) {
            QVERIFY2(authorization != basic, qPrintable(url.toString()));
            const bool toNsx = url.path().contains(QStringLiteral("/nsx/")) || url.path().contains(QStringLiteral("/site/nsxt."));
            QVERIFY2(!toNsx || authorization.isEmpty(),
                     qPrintable(url.toString()));
        }
        // The production entries are still there, untouched, under their own names.
        QVERIFY(stored(f.secrets, SecretKeys::nsxAdminPassword(QStringLiteral("ovh-eu"), SandboxFixture::serviceName())));
    }

    // The unscoped entries of before are read (once) on a production region only, and moved.
    void legacyEntriesMigrateOnProductionOnly()
    {
        const QString sn = SandboxFixture::serviceName();
        const QString legacy = SecretKeys::Legacy::nsxAdminPassword(sn);
        QNetworkAccessManager plain;
        TestClock clock{0};
        ApiClient api(&plain, &clock);

        // A sandbox does not read it.
        {
            MemorySecretStore secrets;
            QVERIFY(waitFor(secrets.write(legacy, SecretBytes(kProductionPassword))));
            StageContext ctx(&api, &secrets, &clock);
            ctx.setEndpoint(Endpoint::custom(QUrl(QStringLiteral("https://sandbox.example:8443"))), true);
            ctx.setServiceName(sn);
            NsxClient nsx(&plain);
            NsxCredentials credentials(&nsx, &ctx);
            std::optional<Result<Unit>> outcome;
            credentials.ensure(this, [&](const Result<Unit> &r) { outcome = r; });
            QTRY_VERIFY(outcome.has_value());
            QVERIFY(!outcome->ok());
            QCOMPARE(outcome->error().kind, ApiError::Kind::NotFound);
            QVERIFY(!nsx.hasCredentials());
            QVERIFY(stored(secrets, legacy)); // left alone
        }
        // Production reads it, writes it scoped and removes the old entry.
        {
            MemorySecretStore secrets;
            QVERIFY(waitFor(secrets.write(legacy, SecretBytes(kProductionPassword))));
            StageContext ctx(&api, &secrets, &clock);
            ctx.setEndpoint(Endpoint::forId(QStringLiteral("ovh-eu")), false);
            ctx.setServiceName(sn);
            NsxClient nsx(&plain);
            NsxCredentials credentials(&nsx, &ctx);
            std::optional<Result<Unit>> outcome;
            credentials.ensure(this, [&](const Result<Unit> &r) { outcome = r; });
            QTRY_VERIFY(outcome.has_value());
            QVERIFY(outcome->ok());
            QVERIFY(nsx.hasCredentials());
            const QString scoped = SecretKeys::nsxAdminPassword(QStringLiteral("ovh-eu"), sn);
            QByteArray value;
            QTRY_VERIFY(stored(secrets, scoped, &value));
            QCOMPARE(value, kProductionPassword);
            QTRY_VERIFY(!stored(secrets, legacy));
        }
    }

    // Basic authentication is the password in clear: never over plain HTTP to another host.
    void basicAuthRefusedOverPlainHttp()
    {
        RecordingNam nam;
        NsxClient nsx(&nam);
        nsx.setBaseUrl(QUrl(QStringLiteral("http://192.0.2.10/policy/api/v1")));
        nsx.setCredentials(QStringLiteral("admin"), SecretBytes(kProductionPassword));
        std::optional<Result<QJsonValue>> outcome;
        nsx.get(QStringLiteral("/infra/tier-0s"), this, [&](const Result<QJsonValue> &r) { outcome = r; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().errorCode, QStringLiteral("NSX_PLAIN_HTTP"));
        QVERIFY(outcome->error().serverMessage.contains(QStringLiteral("192.0.2.10")));
        QVERIFY(nam.sent.isEmpty()); // nothing was even attempted
    }
};

QTEST_GUILESS_MAIN(TestEndpointScope)
#include "tst_endpointscope.moc"
