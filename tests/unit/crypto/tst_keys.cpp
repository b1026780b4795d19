// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslCli.h"

#include "crypto/CertificateRequest.h"
#include "crypto/KeyGenerationJob.h"
#include "crypto/KeyPair.h"
#include "crypto/RandomSecret.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace snc;
using namespace snc::crypto;

class TestKeys : public QObject
{
    Q_OBJECT
private slots:
    void generatesEachAlgorithm_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("opensslText");
        QTest::newRow("ec-p256") << int(KeyAlgorithm::EcP256) << QByteArray("prime256v1");
        QTest::newRow("rsa-3072") << int(KeyAlgorithm::Rsa3072) << QByteArray("3072 bit");
    }
    void generatesEachAlgorithm()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, opensslText);
        QString error;
        auto pair = generateKeyPair(KeyAlgorithm(algorithm), &error);
        QVERIFY2(pair, qPrintable(error));
        QVERIFY(pair->privateKeyPem.expose().startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(pair->publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(isValidPrivateKey(pair->privateKeyPem));
        QCOMPARE(publicKeyOf(pair->privateKeyPem), pair->publicKeyPem);
        // The openssl command line reads the key and agrees on its type and size.
        const QByteArray text = runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-noout"), QStringLiteral("-text_pub")},
                                           pair->privateKeyPem.expose()).value_or(QByteArray());
        QVERIFY2(text.contains(opensslText), text.constData());
    }

    void twoKeysDiffer()
    {
        auto a = generateKeyPair(KeyAlgorithm::EcP256);
        auto b = generateKeyPair(KeyAlgorithm::EcP256);
        QVERIFY(a && b);
        QVERIFY(a->publicKeyPem != b->publicKeyPem);
    }

    void algorithmIdsRoundTrip()
    {
        for (auto a : {KeyAlgorithm::EcP256, KeyAlgorithm::Rsa3072, KeyAlgorithm::Rsa4096})
            QCOMPARE(algorithmFromId(algorithmId(a)), std::optional<KeyAlgorithm>(a));
        QVERIFY(!algorithmFromId(QStringLiteral("dsa")));
    }

    void rejectsGarbageKey()
    {
        QVERIFY(!isValidPrivateKey(SecretBytes(QByteArray("not a key"))));
        QVERIFY(publicKeyOf(SecretBytes(QByteArray("not a key"))).isEmpty());
        QString error;
        QVERIFY(makeCertificateRequest(SecretBytes(QByteArray("x")), QStringLiteral("cn"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void csrIsSignedByTheKeyAndCarriesTheName()
    {
        auto pair = generateKeyPair(KeyAlgorithm::EcP256);
        QVERIFY(pair);
        QString error;
        const QByteArray csr = makeCertificateRequest(pair->privateKeyPem, QStringLiteral("vcenter-kms-é"), &error);
        QVERIFY2(!csr.isEmpty(), qPrintable(error));
        QVERIFY(requestMatchesKey(csr, pair->privateKeyPem));
        QCOMPARE(requestCommonName(csr), QStringLiteral("vcenter-kms-é"));
        // openssl verifies the self-signature too.
        QVERIFY(runOpenSsl({QStringLiteral("req"), QStringLiteral("-noout"), QStringLiteral("-verify")}, csr));
        // A different key does not match.
        auto other = generateKeyPair(KeyAlgorithm::EcP256);
        QVERIFY(!requestMatchesKey(csr, other->privateKeyPem));
    }

    void csrRefusesBadNames()
    {
        auto pair = generateKeyPair(KeyAlgorithm::EcP256);
        QVERIFY(makeCertificateRequest(pair->privateKeyPem, QStringLiteral("  ")).isEmpty());
        QVERIFY(makeCertificateRequest(pair->privateKeyPem, QString(65, QLatin1Char('a'))).isEmpty());
    }

    void jobRunsOffTheCallingThread()
    {
        KeyGenerationJob job;
        QSignalSpy finished(&job, &KeyGenerationJob::finished);
        job.start(KeyAlgorithm::EcP256, QStringLiteral("okms-credential"));
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        auto outcome = job.takeResult();
        QVERIFY(outcome.keyPair);
        QVERIFY(requestMatchesKey(outcome.certificateRequestPem, outcome.keyPair->privateKeyPem));
        // Handed over once.
        QVERIFY(!job.takeResult().keyPair);
    }

    void jobCanBeDroppedWhileRunning()
    {
        auto *job = new KeyGenerationJob;
        job->start(KeyAlgorithm::Rsa3072);
        delete job; // must neither crash nor block; the worker's key is wiped when it ends
        QThreadPool::globalInstance()->waitForDone();
    }

    void randomStringsUseTheAlphabetUniformly()
    {
        const SecretBytes a = randomString(32);
        const SecretBytes b = randomString(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(!(a == b));
        const QByteArray alphabet(kPskAlphabet);
        for (char c : a.expose())
            QVERIFY(alphabet.contains(c));
        QVERIFY(entropyBits(32, int(alphabet.size())) >= 128);
        // Over many draws every character appears: a broken modulo would starve some.
        QHash<char, int> counts;
        const SecretBytes many = randomString(62 * 200);
        for (char c : many.expose())
            ++counts[c];
        QCOMPARE(counts.size(), 62);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() > 100 && it.value() < 330, qPrintable(QString::number(it.value())));
        QVERIFY(randomString(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
