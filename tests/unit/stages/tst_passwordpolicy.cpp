// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PasswordPolicy: JSON, live check, and a generator that always satisfies the policy.
#include "stages/security/PasswordPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace snc;
using Rule = PasswordPolicy::Rule;

namespace {

PasswordPolicy strict()
{
    return PasswordPolicy::fromJson(QJsonObject{
            {QStringLiteral("minLength"), 12},
            {QStringLiteral("maxLength"), 24},
            {QStringLiteral("deniedChars"), QJsonArray{QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("\\")}},
            {QStringLiteral("letterMandatory"), true},
            {QStringLiteral("digitMandatory"), true},
            {QStringLiteral("specialMandatory"), true},
            {QStringLiteral("uppercaseLetterMandatory"), true},
            {QStringLiteral("lowercaseLetterMandatory"), true},
            {QStringLiteral("historyCheck"), 5},
            {QStringLiteral("validityPeriod"), 90},
    });
}

QList<Rule> rules(const QList<PasswordPolicy::Unmet> &unmet)
{
    QList<Rule> out;
    for (const auto &u : unmet)
        out << u.rule;
    return out;
}

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT
private slots:
    void fromJson()
    {
        const PasswordPolicy p = strict();
        QCOMPARE(p.minLength, 12);
        QCOMPARE(p.maxLength, 24);
        QCOMPARE(p.deniedChars, QStringLiteral("'\"\\"));
        QVERIFY(p.uppercaseMandatory && p.lowercaseMandatory && p.specialMandatory);
        QCOMPARE(p.historyCheck, 5);
        QCOMPARE(p.validityPeriodDays, 90);
        QVERIFY(p.describe().size() >= 8);
    }

    void check_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QList<Rule>>("unmet");
        QTest::newRow("good") << "Correct-Horse7battery" << QList<Rule>{};
        QTest::newRow("short") << "Ab1-" << QList<Rule>{Rule::MinLength};
        QTest::newRow("long") << "Ab1-Ab1-Ab1-Ab1-Ab1-Ab1-X" << QList<Rule>{Rule::MaxLength};
        QTest::newRow("no digit") << "Correct-Horse-battery" << QList<Rule>{Rule::Digit};
        QTest::newRow("no special") << "CorrectHorse7battery" << QList<Rule>{Rule::Special};
        QTest::newRow("no upper") << "correct-horse7battery" << QList<Rule>{Rule::Uppercase};
        QTest::newRow("no lower") << "CORRECT-HORSE7BATTERY" << QList<Rule>{Rule::Lowercase};
        QTest::newRow("denied quote") << "Correct-Horse7'battery" << QList<Rule>{Rule::DeniedCharacter};
        QTest::newRow("space") << "Correct Horse7-battery" << QList<Rule>{Rule::Printable};
        QTest::newRow("accent") << QString::fromUtf8("Corrèct-Horse7battery") << QList<Rule>{Rule::Printable};
        QTest::newRow("digits only") << "123456789012"
                                     << QList<Rule>{Rule::Letter, Rule::Special, Rule::Uppercase, Rule::Lowercase};
    }
    void check()
    {
        QFETCH(QString, password);
        QFETCH(QList<Rule>, unmet);
        const PasswordPolicy p = strict();
        QCOMPARE(rules(p.check(password)), unmet);
        QCOMPARE(rules(p.check(SecretBytes::fromString(password))), unmet);
        for (const auto &u : p.check(password))
            QVERIFY(!u.text.isEmpty());
    }

    void special()
    {
        QVERIFY(PasswordPolicy::isSpecial(QLatin1Char('!')));
        QVERIFY(PasswordPolicy::isSpecial(QLatin1Char('~')));
        QVERIFY(!PasswordPolicy::isSpecial(QLatin1Char(' ')));
        QVERIFY(!PasswordPolicy::isSpecial(QLatin1Char('a')));
        QVERIFY(!PasswordPolicy::isSpecial(QLatin1Char('5')));
        QVERIFY(!PasswordPolicy::isSpecial(QChar(0xe9)));
    }

    void generatorSatisfiesPolicy_data()
    {
        QTest::addColumn<int>("minLength");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("denied");
        QTest::newRow("strict") << 12 << 24 << "'\"\\";
        QTest::newRow("exactly 8") << 8 << 8 << "";
        QTest::newRow("long min") << 40 << 64 << "";
        QTest::newRow("most symbols denied") << 10 << 20 << "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}";
    }
    void generatorSatisfiesPolicy()
    {
        QFETCH(int, minLength);
        QFETCH(int, maxLength);
        QFETCH(QString, denied);
        PasswordPolicy p = strict();
        p.minLength = minLength;
        p.maxLength = maxLength;
        p.deniedChars = denied;
        QRandomGenerator seeded(42);
        for (int i = 0; i < 500; ++i) {
            const SecretBytes pw = p.generate(&seeded);
            QVERIFY(!pw.isEmpty());
            QVERIFY2(p.check(pw).isEmpty(), "generated password breaks the policy");
            QCOMPARE(int(pw.size()), qMin(qMax(minLength, 20), maxLength));
        }
        // The default source is the system CSPRNG; two draws differ.
        QVERIFY(!(p.generate() == p.generate()));
    }

    void impossiblePolicy()
    {
        PasswordPolicy p = strict();
        p.minLength = 30;
        p.maxLength = 20;
        QVERIFY(p.generate().isEmpty());
        p = strict();
        p.deniedChars = QStringLiteral("0123456789");
        QVERIFY(p.generate().isEmpty()); // a digit is mandatory and all are denied
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
