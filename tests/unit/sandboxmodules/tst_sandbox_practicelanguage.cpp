// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, item 5: the practice SMS and e-mails follow the account's language (GET /me
// "language"), French or English, through a real SandboxServer; the English words scripts parse
// stay as they were (UNPUBLISHED.md row U8).
#include "ModulesFixture.h"

#include "sandbox/modules/PracticeMessages.h"

using namespace snc;
using namespace snc::test;

class TestSandboxPracticeLanguage : public QObject
{
    Q_OBJECT

private slots:
    void englishByDefaultWithTheWordsScriptsParse()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.api("GET", s("/me")).object().value(s("language")).toString(), s("en_GB"));
        QVERIFY(f.enrolAdmin());
        const QJsonObject email = f.lastMessage(s("email"));
        QVERIFY2(email.value(s("subject")).toString().startsWith(s("[pcc-192-0-2-1] Password reset for admin")),
                 qPrintable(email.value(s("subject")).toString()));
        const Reply req = f.api("POST", f.path(s("/securityOptions/resumePendingEnabling")),
                                QJsonObject{{s("option"), s("tokenValidation")}});
        QCOMPARE(req.status, 200);
        const qint64 taskId = req.object().value(s("taskId")).toInteger();
        QVERIFY(f.lastMessage(s("sms")).value(s("body")).toString().contains(s("Operation Id: %1.").arg(taskId)));
    }

    void frenchAccountGetsFrenchMessages()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.server->setAccountLanguage(s("fr_FR")));
        QCOMPARE(f.api("GET", s("/me")).object().value(s("language")).toString(), s("fr_FR"));
        QVERIFY(f.enrolAdmin());
        // The password-reset codes (sent during enrolment) are in French.
        const QJsonObject email = f.lastMessage(s("email"));
        QCOMPARE(email.value(s("subject")).toString(), s("[pcc-192-0-2-1] Réinitialisation du mot de passe de admin"));
        QVERIFY(email.value(s("body")).toString().contains(s("Votre code e-mail est : %1")
                                                                  .arg(email.value(s("code")).toString())));
        const Reply req = f.api("POST", f.path(s("/securityOptions/resumePendingEnabling")),
                                QJsonObject{{s("option"), s("tokenValidation")}});
        QCOMPARE(req.status, 200);
        const qint64 taskId = req.object().value(s("taskId")).toInteger();
        const QJsonObject sms = f.lastMessage(s("sms"));
        const QString body = sms.value(s("body")).toString();
        QVERIFY2(body.contains(s("Identifiant de l'opération : %1.").arg(taskId)), qPrintable(body));
        QVERIFY(body.contains(s("Jeton de confirmation : %1.").arg(sms.value(s("code")).toString())));
        QVERIFY(body.contains(s("valable 15 minutes")));
        QVERIFY(!body.contains(s("Operation Id")));
    }

    void switchingBackToEnglishAtRunTime()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.server->setAccountLanguage(s("fr_FR")));
        QVERIFY(f.server->setAccountLanguage(s("en_GB")));
        QVERIFY(f.enrolAdmin());
        QVERIFY(f.lastMessage(s("sms")).value(s("body")).toString().contains(s("your code to reset the password")));
    }

    void refusesWhatIsNotALanguageTag_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("word") << s("french");
        QTest::newRow("lower region") << s("fr_fr");
        QTest::newRow("empty") << QString();
        QTest::newRow("dash") << s("fr-FR");
    }
    void refusesWhatIsNotALanguageTag()
    {
        QFETCH(QString, language);
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(!f.server->setAccountLanguage(language));
        QCOMPARE(f.server->accountLanguage(), s("en_GB"));
    }

    void confirmationKeepsTheOperationNumber()
    {
        using namespace snc::sandbox::practice;
        QCOMPARE(tokenValidatedSms(s("en_GB"), s("changeProperties"), 42, s("pcc-1")),
                 s("OVHcloud - Hosted Private Cloud: the changeProperties (#42) operation on pcc-1 has been validated."));
        QCOMPARE(tokenValidatedSms(s("fr_CA"), s("changeProperties"), 42, s("pcc-1")),
                 s("OVHcloud - Hosted Private Cloud : l'opération changeProperties (#42) sur pcc-1 a été validée."));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPracticeLanguage)
#include "tst_sandbox_practicelanguage.moc"
