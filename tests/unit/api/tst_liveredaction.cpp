// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 5: the secrets the process holds are registered with the redactor as soon as it
// holds them (API client keys, every secret written to or read from a store), so the redacting
// message handler both programs install masks them in any log line, whatever its shape.
#include "api/ApiClient.h"
#include "core/Clock.h"
#include "core/Redaction.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace snc;

class TestLiveRedaction : public QObject
{
    Q_OBJECT

private slots:
    void init() { redaction::clearRegisteredSecrets(); }

    void apiClientKeys()
    {
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient client(&nam, &clock);
        client.setApplicationSecret(SecretBytes("appSecretLive123"));
        client.setConsumerKey(SecretBytes("consumerKeyLive456\n"));
        // Shapes no pattern knows: only the registry can mask them.
        const QString line = redaction::redact(u"retrying with appSecretLive123 / consumerKeyLive456"_s);
        QVERIFY2(!line.contains(u"appSecretLive123"_s), qPrintable(line));
        QVERIFY2(!line.contains(u"consumerKeyLive456"_s), qPrintable(line));
    }

    void storedAndReadSecrets()
    {
        MemorySecretStore store;
        SecretWriteJob *write = store.write(u"nsx/pcc-1/admin-password"_s, SecretBytes("nsxPasswordLive789"));
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait());
        QVERIFY(!redaction::redact(u"nsxPasswordLive789"_s).contains(u"nsxPasswordLive789"_s));

        redaction::clearRegisteredSecrets(); // as in a new process that only reads it back
        SecretReadJob *read = store.read(u"nsx/pcc-1/admin-password"_s);
        QSignalSpy got(read, &SecretJob::finished);
        QVERIFY(got.wait());
        QVERIFY(!redaction::redact(u"the password nsxPasswordLive789"_s).contains(u"nsxPasswordLive789"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveRedaction)
#include "tst_liveredaction.moc"
