// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PhoneNumber (natural input → E.164 and OVH's "+33.612345678") and EmailAddress.
#include "stages/security/PhoneNumber.h"

#include <QTest>

using namespace snc;
using Error = PhoneNumber::Error;
Q_DECLARE_METATYPE(PhoneNumber::Error)

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("ovh");
        QTest::newRow("fr national spaced") << "06 12 34 56 78" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("fr national dotted") << "06.12.34.56.78" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("fr national dashed") << "06-12-34-56-78" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("fr without trunk") << "612345678" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("fr international") << "+33 6 12 34 56 78" << "US" << Error::None << "+33.612345678";
        QTest::newRow("fr 0033") << "0033 6 12 34 56 78" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("fr (0)") << "+33 (0)6 12 34 56 78" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("fr +33 0") << "+33 06 12 34 56 78" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("ovh form") << "+33.612345678" << "FR" << Error::None << "+33.612345678";
        QTest::newRow("nbsp and tabs") << QString::fromUtf8("\t+33\u00a06 12 34 56 78 ") << "FR" << Error::None << "+33.612345678";
        QTest::newRow("us") << "+1 (555) 123-4567" << "FR" << Error::None << "+1.5551234567";
        QTest::newRow("us national") << "(555) 123-4567" << "US" << Error::None << "+1.5551234567";
        QTest::newRow("us trunk 1") << "1 555 123 4567" << "US" << Error::None << "+1.5551234567";
        QTest::newRow("ca national") << "514-555-0199" << "CA" << Error::None << "+1.5145550199";
        QTest::newRow("be mobile") << "0470 12 34 56" << "BE" << Error::None << "+32.470123456";
        QTest::newRow("ch") << "+41 79 123 45 67" << "FR" << Error::None << "+41.791234567";
        QTest::newRow("gb") << "07700 900123" << "GB" << Error::None << "+44.7700900123";
        QTest::newRow("it keeps 0") << "+39 06 1234 5678" << "FR" << Error::None << "+39.0612345678";
        QTest::newRow("es no trunk") << "612 34 56 78" << "ES" << Error::None << "+34.612345678";
        QTest::newRow("lu") << "+352 621 123 456" << "FR" << Error::None << "+352.621123456";
        QTest::newRow("generic 3-digit code") << "+216 20 123 456" << "FR" << Error::None << "+216.20123456";
        QTest::newRow("generic 2-digit code") << "+81 90 1234 5678" << "FR" << Error::None << "+81.9012345678";
        QTest::newRow("empty") << "  " << "FR" << Error::Empty << "";
        QTest::newRow("letters") << "06 12 AB 56 78" << "FR" << Error::InvalidCharacters << "";
        QTest::newRow("plus inside") << "06+12345678" << "FR" << Error::InvalidCharacters << "";
        QTest::newRow("too short fr") << "06 12 34" << "FR" << Error::TooShort << "";
        QTest::newRow("too long fr") << "06 12 34 56 78 9" << "FR" << Error::TooLong << "";
        QTest::newRow("too long e164") << "+216 1234567890123" << "FR" << Error::TooLong << "";
        QTest::newRow("no region") << "06 12 34 56 78" << "" << Error::MissingCountryCode << "";
        QTest::newRow("unknown region") << "06 12 34 56 78" << "JP" << Error::UnknownRegion << "";
        QTest::newRow("reunion") << "+262 692 12 34 56" << "FR" << Error::None << "+262.692123456";
        QTest::newRow("guadeloupe") << "+590 690 12 34 56" << "FR" << Error::None << "+590.690123456";
        QTest::newRow("new caledonia") << "+687 75 12 34" << "FR" << Error::None << "+687.751234";
        QTest::newRow("spare code 999") << "+999 612345678" << "FR" << Error::UnknownCountryCode << "";
        QTest::newRow("spare code 28x") << "00 280 612345678" << "FR" << Error::UnknownCountryCode << "";
        QTest::newRow("freephone 800") << "+800 1234 5678" << "FR" << Error::UnknownCountryCode << "";
        QTest::newRow("guam moved to +1") << "+671 123 4567" << "FR" << Error::UnknownCountryCode << "";
        QTest::newRow("nanp bad area code") << "+1 055 123 4567" << "US" << Error::InvalidNumber << "";
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(Error, error);
        QFETCH(QString, ovh);
        const PhoneNumber p = PhoneNumber::parse(input, region);
        QCOMPARE(p.error, error);
        QCOMPARE(p.ovhFormat(), ovh);
        QCOMPARE(p.errorText.isEmpty(), p.ok());
        if (p.ok()) {
            QString e164 = ovh;
            QCOMPARE(p.e164(), e164.remove(QLatin1Char('.')));
            // The OVH form is what the control panel's check accepts.
            QVERIFY(QRegularExpression(QStringLiteral("^\\+[0-9]{1,4}\\.[0-9]{5,15}$")).match(p.ovhFormat()).hasMatch());
            // What we send parses back to itself (idempotent save).
            QCOMPARE(PhoneNumber::parse(p.ovhFormat(), region).e164(), p.e164());
        }
    }

    void display()
    {
        QCOMPARE(PhoneNumber::parse(QStringLiteral("0612345678")).displayFormat(), QStringLiteral("+33 6 12 34 56 78"));
        QCOMPARE(PhoneNumber::parse(QStringLiteral("+15551234567")).displayFormat(), QStringLiteral("+1 555 123 4567"));
        QCOMPARE(PhoneNumber::callingCodeOf(QStringLiteral("BE")), QStringLiteral("32"));
        QVERIFY(PhoneNumber::supportedRegions().contains(QStringLiteral("FR")));
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain") << "camille.martin@example.com" << true << "camille.martin@example.com";
        QTest::newRow("trim and lower domain") << "  Camille@Example.COM " << true << "Camille@example.com";
        QTest::newRow("plus tag") << "a+ovh@example.co.uk" << true << "a+ovh@example.co.uk";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("no at") << "camille.example.com" << false << "camille.example.com";
        QTest::newRow("two at") << "a@b@example.com" << false << "a@b@example.com";
        QTest::newRow("no dot") << "a@localhost" << false << "a@localhost";
        QTest::newRow("empty label") << "a@example..com" << false << "a@example..com";
        QTest::newRow("space") << "a b@example.com" << false << "a b@example.com";
        QTest::newRow("no local") << "@example.com" << false << "@example.com";
        QTest::newRow("idn domain") << "camille@exemple.français" << true << "camille@exemple.français";
        QTest::newRow("underscore in domain") << "admin@exam_ple.com" << false << "admin@exam_ple.com";
        QTest::newRow("slash in domain") << "admin@example.com/x" << false << "admin@example.com/x";
        QTest::newRow("leading dot") << ".admin@example.com" << false << ".admin@example.com";
        QTest::newRow("double dot local") << "a..b@example.com" << false << "a..b@example.com";
        QTest::newRow("quoted local") << "\"a b\"@example.com" << false << "\"a b\"@example.com";
        QTest::newRow("angle brackets") << "<a@example.com>" << false << "<a@example.com>";
        QTest::newRow("apostrophe local") << "o'neil@example.ie" << true << "o'neil@example.ie";
        QTest::newRow("short tld") << "a@example.c" << false << "a@example.c";
    }
    void email()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        QCOMPARE(EmailAddress::isValid(input), valid);
        QCOMPARE(EmailAddress::normalized(input), normalised);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
