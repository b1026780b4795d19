// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"

#include <QTest>

using namespace snc;

class TestBase32 : public QObject
{
    Q_OBJECT
private slots:
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("padded"); // RFC 4648 §10 spelling
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI======");
    }

    void rfc4648Vectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, padded);
        QByteArray unpadded = padded;
        unpadded.replace('=', QByteArray());
        QCOMPARE(Base32::encode(data), unpadded); // no padding, ever
        QCOMPARE(Base32::decode(padded).value_or(QByteArray("x")), data);
        QCOMPARE(Base32::decode(unpadded).value_or(QByteArray("x")), data);
        QCOMPARE(Base32::decode(unpadded.toLower()).value_or(QByteArray("x")), data);
    }

    void encodeIsUppercase()
    {
        const QByteArray all(reinterpret_cast<const char *>("\x00\x44\x32\x14\xc7\x42\x54\xb6\x35\xcf\x84\x65\x3a\x56\xd7\xc6\x75\xbe\x77\xdf"), 20);
        QCOMPARE(Base32::encode(all), QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    }

    void decodeIsTolerant_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("groups") << QByteArray("JBSW Y3DP EHPK 3PXP");
        QTest::newRow("lowercase") << QByteArray("jbswy3dpehpk3pxp");
        QTest::newRow("dashes, tabs") << QByteArray("JBSW-Y3DP\tEHPK-3PXP\n");
        QTest::newRow("mixed") << QByteArray(" jbSW y3Dp EHpk 3pxp ");
    }

    void decodeIsTolerant()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(Base32::decode(text).value_or(QByteArray()), QByteArray("Hello!\xde\xad\xbe\xef"));
    }

    void decodeRefusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("digit 1") << QByteArray("JBSWY3DPEHPK3PX1");
        QTest::newRow("digit 0") << QByteArray("OBSWY3DPEHPK3PX0");
        QTest::newRow("digit 8") << QByteArray("JBSWY3DPEHPK3PX8");
        QTest::newRow("data after padding") << QByteArray("MY==MY==");
        QTest::newRow("impossible length 1") << QByteArray("M");
        QTest::newRow("impossible length 3") << QByteArray("MZX");
        QTest::newRow("impossible length 6") << QByteArray("MZXW6Y");
        QTest::newRow("percent") << QByteArray("MZXW6%3D");
    }

    void decodeRefusesGarbage()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Base32::decode(text).has_value());
    }

    void secretOverloads()
    {
        const SecretBytes raw(QByteArrayLiteral("12345678901234567890"));
        const SecretBytes text = Base32::encode(raw);
        QCOMPARE(text.expose(), QByteArray("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        const auto back = Base32::decode(text);
        QVERIFY(back.has_value());
        QVERIFY(*back == raw);
        QVERIFY(!Base32::decode(SecretBytes(QByteArrayLiteral("not base32!"))).has_value());
    }

    void groupedByFour()
    {
        QCOMPARE(Base32::grouped(SecretBytes(QByteArrayLiteral("GEZDGNBVGY3TQOJQ"))).expose(),
                 QByteArray("GEZD GNBV GY3T QOJQ"));
        QCOMPARE(Base32::grouped(SecretBytes(QByteArrayLiteral("GEZDGNBVGY"))).expose(),
                 QByteArray("GEZD GNBV GY"));
        QCOMPARE(Base32::grouped(SecretBytes(QByteArrayLiteral("GEZ"))).expose(), QByteArray("GEZ"));
        QVERIFY(Base32::grouped(SecretBytes()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
