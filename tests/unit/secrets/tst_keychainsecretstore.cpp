// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Against the REAL Secret Service: run through scripts/with-test-keyring.sh (a private D-Bus
// session with an unlocked, throwaway gnome-keyring). Fails when no Secret Service works, unless
// SNC_KEYCHAIN_TESTS=skip. Entries are checked with `secret-tool` (libsecret-tools) so the test
// proves that values land in the keyring, not in some fallback. Values carry a marker that
// ctest's FAIL_REGULAR_EXPRESSION rejects, and that the message handler below checks for.
#include "SecretJobWaiter.h"
#include "secrets/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace snc;
using namespace snc::test;
using namespace Qt::StringLiterals;

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableSncDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    // Log as much as possible, so that the "no value in the output" check means something.
    if (QByteArray(category->categoryName()).startsWith("snc."))
        category->setEnabled(QtDebugMsg, true);
}

const QByteArray kMarker = QByteArrayLiteral("SNC-TEST-SECRET-VALUE");

/// `size` bytes starting with the marker; the rest varies by position so that misordered or
/// mixed-up chunks cannot compare equal.
QByteArray makeValue(int size, quint32 seed)
{
    QByteArray v = kMarker;
    QRandomGenerator gen(seed);
    while (v.size() < size)
        v.append(char('A' + gen.bounded(26)));
    return v.left(size);
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private:
    QString m_service;
    QString m_secretTool;
    KeychainSecretStore *m_store = nullptr;

    /// The raw text the Secret Service holds for one QtKeychain entry (QtKeychain stores binary
    /// data base64-encoded). Returns false when the entry does not exist. Never printed.
    bool lookup(const QString &entry, QByteArray *stored = nullptr)
    {
        QProcess p;
        p.start(m_secretTool, {u"lookup"_s, u"user"_s, entry, u"server"_s, m_service});
        if (!p.waitForFinished(20000))
            return false;
        if (stored)
            *stored = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // A probe of the store, not a product secret: its name is outside the catalogue on purpose.
    QString uniqueKey(const QString &name)
    {
        return u"test/%1/%2"_s.arg(QString::number(QRandomGenerator::global()->generate()), name);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SNC_KEYCHAIN_TESTS") == u"skip"_s)
            QSKIP("SNC_KEYCHAIN_TESTS=skip: keychain tests skipped on request");
        g_previousHandler = qInstallMessageHandler(captureMessage);
        g_previousFilter = QLoggingCategory::installFilter(enableSncDebug);

        m_secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
        QVERIFY2(!m_secretTool.isEmpty(),
                 "secret-tool not found: install libsecret-tools (it verifies the keyring contents)");

        m_service = u"snc-wizard-test-%1"_s.arg(QRandomGenerator::global()->generate());
        m_store = new KeychainSecretStore(m_service, this);
        m_store->setTimeout(20000);
        m_store->setCheckTimeout(20000);
        QCOMPARE(m_store->service(), m_service);
        QVERIFY(m_store->isPersistent());

        auto check = await(m_store->checkAvailable(), 30000);
        QVERIFY2(check->done, "the keychain check never finished");
        QVERIFY2(check->ok(),
                 qPrintable(u"No working Secret Service (%1). Run the tests through "
                            "scripts/with-test-keyring.sh, or set SNC_KEYCHAIN_TESTS=skip."_s
                                .arg(check->error->logLine())));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        for (const QString &m : std::as_const(g_messages))
            QVERIFY2(!m.toUtf8().contains(kMarker), "a secret value reached a log message");
    }

    void roundTripLandsInSecretService()
    {
        const QString key = uniqueKey(u"applicationSecret"_s);
        const QByteArray value = makeValue(40, 1);
        QVERIFY(await(m_store->write(key, SecretBytes(value)))->ok());

        QByteArray stored;
        QVERIFY2(lookup(key, &stored), "the entry is not in the Secret Service");
        QVERIFY2(QByteArray::fromBase64(stored.trimmed()) == value, "the keyring holds another value");
        QVERIFY(!lookup(key + u"/count"_s)); // short value: no chunks

        auto read = await(m_store->read(key));
        QVERIFY(read->ok());
        QVERIFY(read->value == SecretBytes(value));

        QVERIFY(await(m_store->remove(key))->ok());
        QVERIFY(!lookup(key));
        QCOMPARE(await(m_store->read(key))->kind(), ApiError::Kind::NotFound);
    }

    void chunkedRoundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunks");
        QTest::newRow("one below a chunk") << 2047 << 1;
        QTest::newRow("exactly one chunk") << 2048 << 1;
        QTest::newRow("one above a chunk") << 2049 << 2;
        QTest::newRow("exactly two chunks") << 4096 << 2;
        QTest::newRow("5 KiB") << 5 * 1024 << 3;
        QTest::newRow("PEM-sized RSA 4096 key") << 3272 << 2;
    }
    void chunkedRoundTrip()
    {
        QFETCH(int, size);
        QFETCH(int, chunks);
        const QString key = uniqueKey(u"privateKey"_s);
        const QByteArray value = makeValue(size, quint32(size));
        QVERIFY(await(m_store->write(key, SecretBytes(value)))->ok());

        QByteArray header;
        QCOMPARE(lookup(key + u"/count"_s, &header), chunks > 1);
        if (chunks > 1) {
            QCOMPARE(QByteArray::fromBase64(header.trimmed()),
                     QByteArray::number(chunks) + ' ' + QByteArray::number(size));
            QVERIFY(lookup(key + u"/%1"_s.arg(chunks - 1)));
        }
        QVERIFY(!lookup(key + u"/%1"_s.arg(chunks)));

        auto read = await(m_store->read(key));
        QVERIFY(read->ok());
        QCOMPARE(read->value.size(), qsizetype(size));
        QVERIFY2(read->value == SecretBytes(value), "reassembled value differs");

        QVERIFY(await(m_store->remove(key))->ok());
        QVERIFY(!lookup(key));
        QVERIFY(!lookup(key + u"/count"_s));
        for (int i = 1; i < chunks; ++i)
            QVERIFY2(!lookup(key + u"/%1"_s.arg(i)), "remove left a chunk behind");
    }

    void overwriteWithShorterValueRemovesStaleChunks()
    {
        const QString key = uniqueKey(u"token"_s);
        QVERIFY(await(m_store->write(key, SecretBytes(makeValue(5 * 1024, 7))))->ok());
        QVERIFY(lookup(key + u"/2"_s));

        // 3 chunks → 2 chunks: "/2" goes, the count is rewritten.
        const QByteArray medium = makeValue(3 * 1024, 8);
        QVERIFY(await(m_store->write(key, SecretBytes(medium)))->ok());
        QVERIFY(!lookup(key + u"/2"_s));
        QVERIFY(lookup(key + u"/1"_s));
        QVERIFY(await(m_store->read(key))->value == SecretBytes(medium));

        // 2 chunks → 1: every chunk and the count go.
        const QByteArray shorter = makeValue(100, 9);
        QVERIFY(await(m_store->write(key, SecretBytes(shorter)))->ok());
        QVERIFY(!lookup(key + u"/1"_s));
        QVERIFY(!lookup(key + u"/count"_s));
        auto read = await(m_store->read(key));
        QVERIFY(read->ok());
        QVERIFY(read->value == SecretBytes(shorter));
        QVERIFY(await(m_store->remove(key))->ok());
    }

    void missingEntryIsNotFound()
    {
        auto read = await(m_store->read(uniqueKey(u"neverWritten"_s)));
        QVERIFY(read->done);
        QCOMPARE(read->kind(), ApiError::Kind::NotFound);
        QCOMPARE(read->error->errorCode, u"entry-not-found"_s);
        QVERIFY(read->value.isEmpty());
    }

    void removeMissingSucceeds()
    {
        QVERIFY(await(m_store->remove(uniqueKey(u"neverWritten"_s)))->ok());
    }

    void refusesEmptyValueAndBadKey()
    {
        QCOMPARE(await(m_store->write(uniqueKey(u"x"_s), SecretBytes()))->kind(),
                 ApiError::Kind::Validation);
        QCOMPARE(await(m_store->read(u"a/b/1"_s))->kind(), ApiError::Kind::Validation);
    }

    void cancelIgnoresLateResult()
    {
        const QString key = uniqueKey(u"canceled"_s);
        QVERIFY(await(m_store->write(key, SecretBytes(makeValue(64, 3))))->ok());
        SecretReadJob *job = m_store->read(key);
        auto r = record(job);
        job->cancel();
        QVERIFY(r->done);
        QCOMPARE(r->kind(), ApiError::Kind::Canceled);
        // The QtKeychain job runs to its end in the background; nothing may come of it, and the
        // store keeps working (its queue is not stuck).
        QTest::qWait(300);
        QCOMPARE(r->finishedCount, 1);
        QVERIFY(r->value.isEmpty());
        QVERIFY(await(m_store->remove(key))->ok());
        QVERIFY(!lookup(key));
    }

    void mapError_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << ApiError::Kind::NotFound
                                   << u"entry-not-found"_s;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser)
                                        << ApiError::Kind::Keychain << u"access-denied-by-user"_s;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << ApiError::Kind::Keychain
                                << u"access-denied"_s;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable)
                                    << ApiError::Kind::Keychain << u"no-backend"_s;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented)
                                         << ApiError::Kind::Keychain << u"not-implemented"_s;
        QTest::newRow("other") << int(QKeychain::OtherError) << ApiError::Kind::Keychain
                               << u"other"_s;
    }
    void mapError()
    {
        QFETCH(int, code);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, errorCode);
        const ApiError e = KeychainSecretStore::mapError(code, u"Cannot create an item in a locked "
                                                             "collection"_s, u"write a/b"_s);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.errorCode, errorCode);
        QVERIFY(e.details.startsWith(u"write a/b: "_s));
        QVERIFY(e.details.contains(u"locked collection"_s));
        QVERIFY(!e.userMessage().isEmpty());
    }

    void backendName()
    {
        QVERIFY(!m_store->backendName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
