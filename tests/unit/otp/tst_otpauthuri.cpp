// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpAuthUri.h"

#include <QTest>

using namespace snc;

namespace {
SecretBytes bytes(const char *text)
{
    return SecretBytes(QByteArray(text));
}
} // namespace

class TestOtpAuthUri : public QObject
{
    Q_OBJECT
private slots:
    void buildsCanonicalUri()
    {
        OtpAuthUri u;
        u.issuer = QStringLiteral("OVHcloud");
        u.account = QStringLiteral("admin@pcc-192-0-2-1");
        u.secret = bytes("Hello!\xde\xad\xbe\xef");
        QString error;
        const SecretBytes uri = u.build(&error);
        QVERIFY2(!uri.isEmpty(), qPrintable(error));
        QCOMPARE(uri.expose(),
                 QByteArray("otpauth://totp/OVHcloud:admin%40pcc-192-0-2-1?secret=JBSWY3DPEHPK3PXP"
                            "&issuer=OVHcloud&algorithm=SHA1&digits=6&period=30"));
        QCOMPARE(u.groupedSecret().expose(), QByteArray("JBSW Y3DP EHPK 3PXP"));
        QCOMPARE(u.label(), QStringLiteral("OVHcloud:admin@pcc-192-0-2-1"));
    }

    void spacesArePercent20()
    {
        OtpAuthUri u;
        u.issuer = QStringLiteral("OVH cloud");
        u.account = QStringLiteral("Camille Martin");
        u.secret = bytes("12345678901234567890");
        const QByteArray uri = u.build().expose();
        QVERIFY(uri.startsWith("otpauth://totp/OVH%20cloud:Camille%20Martin?secret="));
        QVERIFY(uri.contains("&issuer=OVH%20cloud&"));
        QVERIFY(!uri.contains('+'));
        QVERIFY(!uri.contains('='+QByteArray("=")));
    }

    void buildRefuses_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("secret");
        QTest::addColumn<int>("digits");
        QTest::newRow("colon in issuer") << QStringLiteral("OVH:cloud") << QStringLiteral("admin") << true << 6;
        QTest::newRow("colon in account") << QStringLiteral("OVHcloud") << QStringLiteral("a:b") << true << 6;
        QTest::newRow("no account") << QStringLiteral("OVHcloud") << QStringLiteral(" ") << true << 6;
        QTest::newRow("no secret") << QStringLiteral("OVHcloud") << QStringLiteral("admin") << false << 6;
        QTest::newRow("8 digits") << QStringLiteral("OVHcloud") << QStringLiteral("admin") << true << 8;
    }

    void buildRefuses()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(bool, secret);
        QFETCH(int, digits);
        OtpAuthUri u;
        u.issuer = issuer;
        u.account = account;
        if (secret)
            u.secret = bytes("12345678901234567890");
        u.parameters.digits = digits;
        QString error;
        QVERIFY(u.build(&error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void roundTrip()
    {
        OtpAuthUri u;
        u.issuer = QStringLiteral("OVHcloud");
        u.account = QStringLiteral("admin@pcc-192-0-2-1 (sandbox) é");
        u.secret = bytes("\x01\x02\x03\xff\x00\x10 twenty bytes!!");
        const auto parsed = OtpAuthUri::parse(u.build());
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->issuer, u.issuer);
        QCOMPARE(parsed->account, u.account);
        QVERIFY(parsed->secret == u.secret);
        QCOMPARE(parsed->parameters.digits, 6);
        QCOMPARE(parsed->parameters.periodSecs, 30);
        QCOMPARE(parsed->parameters.algorithm, OtpAlgorithm::Sha1);
        QCOMPARE(parsed->build().expose(), u.build().expose());
    }

    void parsesVariants_data()
    {
        QTest::addColumn<QByteArray>("uri");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("period");
        QTest::newRow("minimal") << QByteArray("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP")
                                 << QString() << QStringLiteral("alice") << 30;
        QTest::newRow("issuer param only")
                << QByteArray("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co")
                << QStringLiteral("ACME Co") << QStringLiteral("alice") << 30;
        QTest::newRow("encoded colon, lowercase secret with padding")
                << QByteArray("OTPAUTH://TOTP/ACME%3Aalice?secret=jbswy3dpehpk3pxp%3D%3D%3D&period=60")
                << QStringLiteral("ACME") << QStringLiteral("alice") << 60;
        QTest::newRow("space after colon")
                << QByteArray("otpauth://totp/ACME:%20alice?issuer=ACME&secret=JBSW%20Y3DP%20EHPK%203PXP")
                << QStringLiteral("ACME") << QStringLiteral("alice") << 30;
    }

    void parsesVariants()
    {
        QFETCH(QByteArray, uri);
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(int, period);
        QString error;
        const auto parsed = OtpAuthUri::parse(SecretBytes(uri), &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(parsed->issuer, issuer);
        QCOMPARE(parsed->account, account);
        QCOMPARE(parsed->parameters.periodSecs, period);
        QCOMPARE(parsed->secret.expose(), QByteArray("Hello!\xde\xad\xbe\xef"));
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QByteArray>("uri");
        QTest::newRow("http") << QByteArray("https://example.com/?secret=JBSWY3DPEHPK3PXP");
        QTest::newRow("hotp") << QByteArray("otpauth://hotp/alice?secret=JBSWY3DPEHPK3PXP&counter=1");
        QTest::newRow("no secret") << QByteArray("otpauth://totp/alice?issuer=ACME");
        QTest::newRow("bad secret") << QByteArray("otpauth://totp/alice?secret=JBSW1");
        QTest::newRow("issuer mismatch") << QByteArray("otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=Evil");
        QTest::newRow("no account") << QByteArray("otpauth://totp/?secret=JBSWY3DPEHPK3PXP");
        QTest::newRow("md5") << QByteArray("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=MD5");
        QTest::newRow("4 digits") << QByteArray("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=4");
        QTest::newRow("period 0") << QByteArray("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=0");
    }

    void parseRefuses()
    {
        QFETCH(QByteArray, uri);
        QString error;
        QVERIFY(!OtpAuthUri::parse(SecretBytes(uri), &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QStringLiteral("JBSW"))); // never echoes the secret
    }
};

QTEST_GUILESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
