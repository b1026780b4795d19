// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Totp.h"

#include <QTest>

using namespace snc;

namespace {
const SecretBytes &rfcKey()
{
    static const SecretBytes key(QByteArrayLiteral("12345678901234567890"));
    return key;
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4226 Appendix D.
    void rfc4226Vectors_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QByteArray>("code");
        const char *codes[] = {"755224", "287082", "359152", "969429", "338314",
                               "254676", "287922", "162583", "399871", "520489"};
        for (int i = 0; i < 10; ++i)
            QTest::addRow("count %d", i) << quint64(i) << QByteArray(codes[i]);
    }

    void rfc4226Vectors()
    {
        QFETCH(quint64, counter);
        QFETCH(QByteArray, code);
        QCOMPARE(Totp::hotp(rfcKey(), counter).expose(), code);
    }

    // RFC 6238 Appendix B (8 digits; each algorithm has its own seed length).
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("code");
        const qint64 times[] = {59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000};
        const char *sha1[] = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        const char *sha256[] = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
        const char *sha512[] = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};
        for (int i = 0; i < 6; ++i) {
            QTest::addRow("SHA1 %lld", times[i]) << times[i] << int(OtpAlgorithm::Sha1) << QByteArray(sha1[i]);
            QTest::addRow("SHA256 %lld", times[i]) << times[i] << int(OtpAlgorithm::Sha256) << QByteArray(sha256[i]);
            QTest::addRow("SHA512 %lld", times[i]) << times[i] << int(OtpAlgorithm::Sha512) << QByteArray(sha512[i]);
        }
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(int, algorithm);
        QFETCH(QByteArray, code);
        const auto algo = OtpAlgorithm(algorithm);
        QByteArray seed = QByteArrayLiteral("12345678901234567890");
        if (algo == OtpAlgorithm::Sha256)
            seed = QByteArrayLiteral("12345678901234567890123456789012");
        else if (algo == OtpAlgorithm::Sha512)
            seed = QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");
        const SecretBytes key(seed);
        TotpParameters p;
        p.algorithm = algo;
        p.digits = 8;
        QCOMPARE(Totp::codeAt(key, time, p).expose(), code);
        // The 6-digit code is the last six digits of the same value.
        p.digits = 6;
        QCOMPARE(Totp::codeAt(key, time, p).expose(), code.right(6));
        QVERIFY(Totp::verify(key, SecretBytes(code.right(6)), time, 1, p).ok());
    }

    void invalidDigitsGiveNothing()
    {
        QVERIFY(Totp::hotp(rfcKey(), 0, 5).isEmpty());
        QVERIFY(Totp::hotp(rfcKey(), 0, 9).isEmpty());
    }

    void counterAndRemaining()
    {
        QCOMPARE(Totp::counterAt(59), quint64(1));
        QCOMPARE(Totp::counterAt(60), quint64(2));
        QCOMPARE(Totp::counterAt(-5), quint64(0));
        QCOMPARE(Totp::secondsRemaining(59), 1);
        QCOMPARE(Totp::secondsRemaining(60), 30);
        QCOMPARE(Totp::secondsRemaining(75), 15);
    }

    void windowReportsOffset_data()
    {
        QTest::addColumn<qint64>("codeTime");
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("matched");
        QTest::addColumn<int>("offset");
        const qint64 now = 1'700'000'020; // 10 s into a step
        QTest::newRow("same step") << now << 1 << true << 0;
        QTest::newRow("same step, later second") << now + 15 << 1 << true << 0;
        QTest::newRow("previous step") << now - 30 << 1 << true << -1;
        QTest::newRow("next step") << now + 30 << 1 << true << 1;
        QTest::newRow("two behind, window 1") << now - 60 << 1 << false << 0;
        QTest::newRow("two ahead, window 1") << now + 60 << 1 << false << 0;
        QTest::newRow("two ahead, window 10") << now + 60 << 10 << true << 2;
        QTest::newRow("five behind, window 10") << now - 150 << 10 << true << -5;
        QTest::newRow("eleven ahead, window 10") << now + 330 << 10 << false << 0;
        QTest::newRow("next step, window 0") << now + 30 << 0 << false << 0;
    }

    void windowReportsOffset()
    {
        QFETCH(qint64, codeTime);
        QFETCH(int, window);
        QFETCH(bool, matched);
        QFETCH(int, offset);
        const qint64 now = 1'700'000'020;
        const SecretBytes key(QByteArrayLiteral("Hello!\xde\xad\xbe\xef"));
        const SecretBytes code = Totp::codeAt(key, codeTime);
        QCOMPARE(code.size(), 6);
        const Totp::Verification v = Totp::verify(key, code, now, window);
        QCOMPARE(v.matched, matched);
        if (matched)
            QCOMPARE(v.stepOffset, offset);
    }

    void typedCodes()
    {
        const qint64 now = 1'111'111'109;
        const QString code = QString::fromLatin1(Totp::codeAt(rfcKey(), now).expose()); // 081804
        QCOMPARE(code, QStringLiteral("081804"));
        QVERIFY(Totp::verify(rfcKey(), QStringLiteral(" 081 804 "), now).ok());
        QVERIFY(!Totp::verify(rfcKey(), QStringLiteral("81804"), now).ok());   // leading zero lost
        QVERIFY(!Totp::verify(rfcKey(), QStringLiteral("0818040"), now).ok()); // too long
        QVERIFY(!Totp::verify(rfcKey(), QStringLiteral("08180a"), now).ok());
        QVERIFY(!Totp::verify(rfcKey(), QStringLiteral("081805"), now).ok());
        QVERIFY(!Totp::verify(rfcKey(), QString(), now).ok());
        // Another key does not accept it.
        QVERIFY(!Totp::verify(SecretBytes(QByteArrayLiteral("another key")), code, now).ok());
    }

    void algorithmNames()
    {
        OtpAlgorithm a = OtpAlgorithm::Sha1;
        QVERIFY(parseOtpAlgorithm(QStringLiteral("sha256"), &a));
        QCOMPARE(a, OtpAlgorithm::Sha256);
        QVERIFY(!parseOtpAlgorithm(QStringLiteral("MD5"), &a));
        QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha1), QStringLiteral("SHA1"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
