// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "sandbox/CredentialStore.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SandboxStats.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace snc::sandbox;
using namespace Qt::StringLiterals;

class TestSandboxState : public QObject
{
    Q_OBJECT
private slots:
    void partsRoundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        snc::TestClock base(1'760'000'000'000);
        SandboxClock clock(&base);
        QString ck, token;
        {
            CredentialStore creds(&clock);
            SandboxStats stats;
            SandboxState state(path);
            state.addPart(&creds);
            state.addPart(&stats);
            QVERIFY(state.load(nullptr)); // missing file = fresh start
            creds.ensureDemo();
            Credential &c = creds.createPending(creds.demoApplication(), {{u"GET"_s, u"/me"_s}},
                                               u"https://example.com/"_s, {u"203.0.113.0/24"_s});
            ck = c.consumerKey;
            token = c.credentialToken;
            stats.reportCreated(u"allowedNetwork"_s, u"203.0.113.7/32"_s);
            state.markDirty();
            QVERIFY(state.saveIfDirty());
        }
        QFile file(path);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        CredentialStore creds(&clock);
        SandboxStats stats;
        SandboxState state(path);
        state.addPart(&creds);
        state.addPart(&stats);
        QString why;
        QVERIFY2(state.load(&why), qPrintable(why));
        QVERIFY(creds.demoCredential());
        const Credential *c = creds.byConsumerKey(ck);
        QVERIFY(c);
        QCOMPARE(c->credentialToken, token);
        QCOMPARE(c->state, Credential::State::PendingValidation);
        QCOMPARE(c->allowedIPs, QStringList{u"203.0.113.0/24"_s});
        QVERIFY(stats.isLive(u"allowedNetwork"_s, u"203.0.113.7/32"_s));
        stats.reportCreated(u"allowedNetwork"_s, u"203.0.113.7/32"_s);
        QCOMPARE(stats.duplicateCreations(), 1); // live across the restart
    }

    void corruptFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        SandboxState state(path);
        QString why;
        QVERIFY(!state.load(&why));
        QVERIFY(why.contains(path));
        SandboxOptions o;
        o.stateFile = path;
        SandboxServer server(o);
        QVERIFY(!server.start(&why));
    }

    void serverKeepsKeysAcrossRestarts()
    {
        QTemporaryDir dir;
        SandboxOptions o;
        o.stateFile = dir.filePath(u"sbx.json"_s);
        o.tls = true;
        QString ak, as, ck;
        {
            SandboxServer first(o);
            QString why;
            QVERIFY2(first.start(&why), qPrintable(why));
            ak = first.applicationKey();
            as = first.applicationSecret();
            ck = first.consumerKey();
            QCOMPARE(first.caPemPath(), dir.filePath(u"sbx-ca.pem"_s));
            QVERIFY(QFile::exists(first.caPemPath()));
            QVERIFY(first.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
            first.stop();
            first.stop(); // twice is fine
            QVERIFY(!first.isRunning());
        }
        SandboxServer second(o);
        QVERIFY(second.start());
        QCOMPARE(second.applicationKey(), ak);
        QCOMPARE(second.applicationSecret(), as);
        QCOMPARE(second.consumerKey(), ck);
        QCOMPARE(second.url().scheme(), u"https"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandbox_state.moc"
