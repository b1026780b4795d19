// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Redaction.h"

#include <QTest>

using namespace snc;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { redaction::clearRegisteredSecrets(); }

    void masksPatterns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("signature header")
            << QStringLiteral("X-Ovh-Signature: $1$0123456789abcdef0123456789abcdef01234567")
            << QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QTest::newRow("consumer header") << QStringLiteral("x-ovh-consumer=MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1")
                                         << QStringLiteral("MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1");
        QTest::newRow("json secret")
            << QStringLiteral(R"({"applicationSecret": "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF", "a":1})")
            << QStringLiteral("EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF");
        QTest::newRow("json consumer") << QStringLiteral(R"({"consumerKey":"abcdEFGH1234"})")
                                       << QStringLiteral("abcdEFGH1234");
        QTest::newRow("password field") << QStringLiteral("password=Tr0ub4dor&3x&user=admin")
                                        << QStringLiteral("Tr0ub4dor");
        QTest::newRow("otpauth secret")
            << QStringLiteral("otpauth://totp/OVHcloud:admin?secret=JBSWY3DPEHPK3PXP&issuer=OVHcloud")
            << QStringLiteral("JBSWY3DPEHPK3PXP");
        QTest::newRow("token") << QStringLiteral(R"({"task": 42, "token": "540427"})")
                               << QStringLiteral("540427");
        // Qt's "Unable to detect a web browser to launch '<URL>'" with the consumer-key page.
        QTest::newRow("credential token in a URL")
            << QStringLiteral("Unable to detect a web browser to launch 'https://www.ovh.com/auth/?credentialToken=Zq1xW8pLmN'")
            << QStringLiteral("Zq1xW8pLmN");
        QTest::newRow("psk") << QStringLiteral(R"({"psk":"Zx9-long-preshared-key"})")
                             << QStringLiteral("Zx9-long-preshared-key");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOi.abc.def")
                                << QStringLiteral("eyJhbGciOi.abc.def");
        QTest::newRow("pem key")
            << QStringLiteral("key:\n-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END "
                              "PRIVATE KEY-----\nafter")
            << QStringLiteral("MIGHAgEAMBMGByqGSM49");
        QTest::newRow("ec pem key")
            << QStringLiteral("-----BEGIN EC PRIVATE KEY-----\nAAAABBBBCCCC\n-----END EC PRIVATE KEY-----")
            << QStringLiteral("AAAABBBBCCCC");
    }

    void masksPatterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = redaction::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(redaction::mask()));
    }

    void keepsOrdinaryText()
    {
        const QString line = QStringLiteral("GET /1.0/dedicatedCloud/pcc-192-0-2-1 200 queryId=EU.ext-1.42");
        QCOMPARE(redaction::redact(line), line);
        const QString error = QStringLiteral(R"({"errorCode":"INVALID_KEY","message":"This application key is invalid"})");
        QCOMPARE(redaction::redact(error), error);
    }

    void masksRegisteredValuesAnywhere()
    {
        redaction::registerSecret(QByteArrayLiteral("s3cr3t-value-xyz"));
        const QString out = redaction::redact(QStringLiteral("oops s3cr3t-value-xyz leaked"));
        QCOMPARE(out, QStringLiteral("oops <redacted> leaked"));
    }

    void ignoresTooShortRegisteredValues()
    {
        redaction::registerSecret(QByteArrayLiteral("ab"));
        QCOMPARE(redaction::redact(QStringLiteral("about")), QStringLiteral("about"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
