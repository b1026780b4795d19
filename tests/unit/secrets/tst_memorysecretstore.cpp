// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJobWaiter.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretKeys.h"

#include <QPointer>
#include <QTest>

using namespace snc;
using namespace snc::test;
using namespace Qt::StringLiterals;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private slots:
    void writeReadRemove()
    {
        MemorySecretStore store;
        const QString key = SecretKeys::ovhApplicationSecret(u"ovh-eu"_s, u"AK123"_s);
        QVERIFY(await(store.write(key, SecretBytes(QByteArrayLiteral("s3cr3t-value"))))->ok());
        QCOMPARE(store.count(), 1);

        auto read = await(store.read(key));
        QVERIFY(read->ok());
        QVERIFY(read->value == SecretBytes(QByteArrayLiteral("s3cr3t-value")));

        QVERIFY(await(store.remove(key))->ok());
        QCOMPARE(store.count(), 0);
        auto gone = await(store.read(key));
        QVERIFY(gone->done);
        QCOMPARE(gone->kind(), ApiError::Kind::NotFound);
    }

    void overwriteReplaces()
    {
        MemorySecretStore store;
        QVERIFY(await(store.write(u"a/b"_s, SecretBytes(QByteArrayLiteral("first-long-value"))))->ok());
        QVERIFY(await(store.write(u"a/b"_s, SecretBytes(QByteArrayLiteral("second"))))->ok());
        auto read = await(store.read(u"a/b"_s));
        QVERIFY(read->value == SecretBytes(QByteArrayLiteral("second")));
        QCOMPARE(store.count(), 1);
    }

    void missingIsNotFound()
    {
        MemorySecretStore store;
        auto read = await(store.read(u"nothing/here"_s));
        QVERIFY(read->done);
        QCOMPARE(read->kind(), ApiError::Kind::NotFound);
        QVERIFY(read->value.isEmpty());
    }

    void removeMissingSucceeds()
    {
        MemorySecretStore store;
        QVERIFY(await(store.remove(u"nothing/here"_s))->ok());
    }

    void emptyValueRefused()
    {
        MemorySecretStore store;
        auto w = await(store.write(u"k/v"_s, SecretBytes()));
        QVERIFY(w->done);
        QCOMPARE(w->kind(), ApiError::Kind::Validation);
        QCOMPARE(store.count(), 0);
    }

    void invalidKeyRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("empty segment") << u"a//b"_s;
        QTest::newRow("trailing slash") << u"a/b/"_s;
        QTest::newRow("chunk name") << u"a/b/1"_s;
        QTest::newRow("count name") << u"a/b/count"_s;
        QTest::newRow("control char") << u"a/b\nc"_s;
    }
    void invalidKeyRefused()
    {
        QFETCH(QString, key);
        MemorySecretStore store;
        QCOMPARE(await(store.write(key, SecretBytes(QByteArrayLiteral("x"))))->kind(),
                 ApiError::Kind::Validation);
        QCOMPARE(await(store.read(key))->kind(), ApiError::Kind::Validation);
        QCOMPARE(await(store.remove(key))->kind(), ApiError::Kind::Validation);
        QCOMPARE(store.count(), 0);
    }

    void neverFinishesSynchronously()
    {
        MemorySecretStore store;
        auto w = record(store.write(u"k/v"_s, SecretBytes(QByteArrayLiteral("value"))));
        auto r = record(store.read(u"k/v"_s));
        auto c = record(store.checkAvailable());
        QVERIFY(!w->done && !r->done && !c->done);
        QTRY_VERIFY(w->done && r->done && c->done);
        QVERIFY(w->ok() && r->ok() && c->ok());
        QCOMPARE(w->finishedCount, 1);
    }

    void readSeesStateAtCallTime()
    {
        // A read issued before a remove returns the value, as a serial keychain would.
        MemorySecretStore store;
        QVERIFY(await(store.write(u"k/v"_s, SecretBytes(QByteArrayLiteral("value"))))->ok());
        auto r = record(store.read(u"k/v"_s));
        auto d = record(store.remove(u"k/v"_s));
        QTRY_VERIFY(r->done && d->done);
        QVERIFY(r->ok());
        QVERIFY(r->value == SecretBytes(QByteArrayLiteral("value")));
    }

    void cancelFinishesOnceAsCanceled()
    {
        MemorySecretStore store;
        SecretReadJob *job = store.read(u"k/v"_s);
        QPointer<SecretReadJob> guard(job);
        auto r = record(job);
        job->cancel();
        QVERIFY(r->done);
        QCOMPARE(r->kind(), ApiError::Kind::Canceled);
        job->cancel(); // no effect once finished
        QTest::qWait(20);
        QCOMPARE(r->finishedCount, 1);
        QVERIFY(guard.isNull()); // deleted itself after finished()
    }

    void backendAndNotice()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.backendName().isEmpty());
        const QString a = MemorySecretStore::sessionOnlyNotice(MemorySecretStore::Reason::UserChoice);
        const QString b =
            MemorySecretStore::sessionOnlyNotice(MemorySecretStore::Reason::KeychainUnavailable);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(a != b);
    }

    void clearWipesAll()
    {
        MemorySecretStore store;
        QVERIFY(await(store.write(u"a/x"_s, SecretBytes(QByteArrayLiteral("1"))))->ok());
        QVERIFY(await(store.write(u"a/y"_s, SecretBytes(QByteArrayLiteral("2"))))->ok());
        store.clear();
        QCOMPARE(store.count(), 0);
        QCOMPARE(await(store.read(u"a/x"_s))->kind(), ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
