// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The secure interface (SecureInterfaceProtocol.h) through a real SandboxServer: the address
// gate, "password lost" with SMS + e-mail codes, the password policy, TOTP enrolment, the outbox.
#include "ModulesFixture.h"

using namespace snc;
using namespace snc::test;

namespace {
QJsonObject sessionBody(const QString &session, const char *key, const QString &value)
{
    return QJsonObject{{s("session"), session}, {s(key), value}};
}
} // namespace

class TestSandboxSecureInterface : public QObject
{
    Q_OBJECT
private slots:
    void refusesCallersOutsideAllowedNetworks()
    {
        ModulesFixture f;
        QVERIFY(f.start(s("203.0.113.7")));
        Reply r = f.secure("GET", {});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), s("ADDRESS_NOT_ALLOWED"));
        QVERIFY(r.message().contains(s("203.0.113.7")));
        QCOMPARE(f.secure("POST", s("password-lost"), QJsonObject{{s("login"), s("admin")}}).errorCode(),
                 s("ADDRESS_NOT_ALLOWED"));
        QCOMPARE(f.secure("POST", s("operation-validation"), QJsonObject{{s("task"), 1}, {s("token"), s("123456")}})
                         .status,
                 403);

        // A network that does not contain the caller does not help.
        QVERIFY(f.allow(s("198.51.100.0/24")));
        QCOMPARE(f.secure("GET", {}).status, 403);
        // One that does opens the interface.
        QVERIFY(f.allow(s("203.0.113.0/28")));
        r = f.secure("GET", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(s("clientAddress")).toString(), s("203.0.113.7"));
        QCOMPARE(r.object().value(s("protocol")).toInt(), 1);
    }

    void passwordLostNeedsCompleteValidator()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.allow(s("203.0.113.7/32")));
        Reply r = f.secure("POST", s("password-lost"), QJsonObject{{s("login"), s("admin")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), s("USER_INCOMPLETE"));
        QCOMPARE(r.object().value(s("missing")).toArray().size(), 2);
        QCOMPARE(f.secure("POST", s("password-lost"), QJsonObject{{s("login"), s("nobody")}}).errorCode(),
                 s("UNKNOWN_USER"));

        // Phone and e-mail but no token-validator right: refused, as on OVHcloud.
        const Reply cp = f.api("POST", f.path(s("/user/11223/changeProperties")),
                               QJsonObject{{s("phoneNumber"), s("+33.612345678")}, {s("email"), s("c@example.com")}});
        QCOMPARE(f.settle(cp.object().value(s("taskId")).toInteger()).value(s("state")).toString(), s("done"));
        QCOMPARE(f.secure("POST", s("password-lost"), QJsonObject{{s("login"), s("admin")}}).errorCode(),
                 s("NOT_TOKEN_VALIDATOR"));
        QVERIFY(f.outbox().isEmpty()); // nothing was sent
    }

    void fullPasswordLostFlow()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.allow(s("203.0.113.0/24")));
        QVERIFY(f.completeAdmin());

        QCOMPARE(f.secure("POST", s("password-lost"),
                          QJsonObject{{s("login"), s("admin")}, {s("phoneNumber"), s("+33.600000000")}})
                         .errorCode(),
                 s("USER_INFO_MISMATCH"));
        const Reply start = f.secure("POST", s("password-lost"),
                                     QJsonObject{{s("login"), s("admin")}, {s("email"), s("CAMILLE@example.com")}});
        QCOMPARE(start.status, 200);
        const QString session = start.object().value(s("session")).toString();
        QVERIFY(!session.isEmpty());
        QCOMPARE(start.object().value(s("step")).toString(), s("codes"));
        QVERIFY(!start.object().value(s("smsTo")).toString().contains(s("612345")));

        // The outbox: one SMS to the phone, one e-mail to the address, each with its code.
        const QJsonArray box = f.outbox();
        QCOMPARE(box.size(), 2);
        const QJsonObject sms = f.lastMessage(s("sms"));
        const QJsonObject mail = f.lastMessage(s("email"));
        QCOMPARE(sms.value(s("to")).toString(), s("+33.612345678"));
        QCOMPARE(mail.value(s("to")).toString(), s("camille@example.com"));
        QVERIFY(!mail.value(s("subject")).toString().isEmpty());
        const QString smsCode = sms.value(s("code")).toString();
        const QString mailCode = mail.value(s("code")).toString();
        QCOMPARE(smsCode.size(), 6);
        QVERIFY(sms.value(s("body")).toString().contains(smsCode));
        QVERIFY(mail.value(s("body")).toString().contains(mailCode));
        const qint64 lastId = box.last().toObject().value(s("id")).toInteger();
        QCOMPARE(f.outbox(lastId).size(), 0);
        QCOMPARE(f.outbox(lastId - 1).size(), 1);

        // Steps out of order and wrong codes.
        QCOMPARE(f.secure("POST", s("password-lost/password"), sessionBody(session, "password", f.goodPassword()))
                         .errorCode(),
                 s("WRONG_STEP"));
        const QString wrongSms = smsCode == s("000000") ? s("111111") : s("000000");
        Reply r = f.secure("POST", s("password-lost/codes"),
                           QJsonObject{{s("session"), session}, {s("smsCode"), wrongSms}, {s("emailCode"), mailCode}});
        QCOMPARE(r.errorCode(), s("WRONG_SMS_CODE"));
        QCOMPARE(r.object().value(s("attemptsLeft")).toInt(), 4);
        QCOMPARE(f.secure("POST", s("password-lost/codes"), sessionBody(s("nope"), "smsCode", smsCode)).status, 404);

        r = f.secure("POST", s("password-lost/codes"),
                     QJsonObject{{s("session"), session}, {s("smsCode"), smsCode.left(3) + QLatin1Char(' ') + smsCode.mid(3)},
                                 {s("emailCode"), mailCode}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(s("step")).toString(), s("password"));
        QVERIFY(r.object().value(s("passwordPolicy")).toObject().contains(s("minLength")));

        // The password policy is enforced and the unmet rules named.
        r = f.secure("POST", s("password-lost/password"), sessionBody(session, "password", s("short")));
        QCOMPARE(r.errorCode(), s("PASSWORD_POLICY"));
        const QJsonArray unmet = r.object().value(s("unmet")).toArray();
        QVERIFY(unmet.contains(s("minLength")));
        QVERIFY(unmet.contains(s("digitMandatory")));
        QVERIFY(unmet.contains(s("uppercaseLetterMandatory")));
        QVERIFY(!unmet.contains(s("lowercaseLetterMandatory")));
        r = f.secure("POST", s("password-lost/password"), sessionBody(session, "password", s("Has space 2026!x")));
        QVERIFY(r.object().value(s("unmet")).toArray().contains(s("deniedChars")));

        r = f.secure("POST", s("password-lost/password"), sessionBody(session, "password", f.goodPassword()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(s("step")).toString(), s("totp"));
        const QString uri = r.object().value(s("otpauthUri")).toString();
        // peer-lessons §3: issuer in label and parameter, unique label, uppercase Base32, no padding.
        QVERIFY2(uri.startsWith(s("otpauth://totp/OVHcloud:admin%40pcc-192-0-2-1?secret=")), qPrintable(uri));
        QVERIFY(uri.contains(s("&issuer=OVHcloud")));
        QVERIFY(!uri.contains(s("%3D")) && !uri.contains(s("==")));
        const auto parsed = OtpAuthUri::parse(SecretBytes(uri.toUtf8()));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->base32Secret().expose(), parsed->base32Secret().expose().toUpper());
        QCOMPARE(parsed->secret.size(), 20);

        // TOTP: a code two steps old is refused, one step old is accepted (±1 window).
        r = f.secure("POST", s("password-lost/totp"), sessionBody(session, "code", f.phoneCode(uri, -60)));
        QCOMPARE(r.errorCode(), s("WRONG_TOTP_CODE"));
        QVERIFY(f.api("GET", f.path(s("/user/11223"))).object().value(s("activationState")).toString() == s("disabled"));
        r = f.secure("POST", s("password-lost/totp"), sessionBody(session, "code", f.phoneCode(uri, -30)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(s("step")).toString(), s("enabled"));
        QCOMPARE(f.api("GET", f.path(s("/user/11223"))).object().value(s("activationState")).toString(), s("enabled"));
        // The session is closed.
        QCOMPARE(f.secure("POST", s("password-lost/totp"), sessionBody(session, "code", f.phoneCode(uri))).status, 404);
    }

    void wrongAttemptsAndExpiry()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.allow(s("203.0.113.7/32")));
        QVERIFY(f.completeAdmin());
        QString session = f.secure("POST", s("password-lost"), QJsonObject{{s("login"), s("admin")}})
                                  .object().value(s("session")).toString();
        Reply r;
        for (int i = 0; i < 5; ++i)
            r = f.secure("POST", s("password-lost/codes"),
                         QJsonObject{{s("session"), session}, {s("smsCode"), s("12345")}, {s("emailCode"), s("12345")}});
        QCOMPARE(r.errorCode(), s("TOO_MANY_ATTEMPTS"));
        QCOMPARE(f.secure("POST", s("password-lost/codes"), sessionBody(session, "smsCode", s("1"))).status, 404);

        // Codes expire 15 minutes (sandbox time) after the start.
        session = f.secure("POST", s("password-lost"), QJsonObject{{s("login"), s("admin")}})
                          .object().value(s("session")).toString();
        const QString smsCode = f.lastMessage(s("sms")).value(s("code")).toString();
        const QString mailCode = f.lastMessage(s("email")).value(s("code")).toString();
        f.clock.advanceMs(15 * 60 * 1000 + 1000);
        r = f.secure("POST", s("password-lost/codes"),
                     QJsonObject{{s("session"), session}, {s("smsCode"), smsCode}, {s("emailCode"), mailCode}});
        QCOMPARE(r.status, 460);
        QCOMPARE(r.errorCode(), s("SESSION_EXPIRED"));
    }

    void enrolmentHelperEnablesAdmin()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());
        QCOMPARE(f.api("GET", f.path(s("/user/11223"))).object().value(s("activationState")).toString(), s("enabled"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSecureInterface)
#include "tst_sandbox_secureinterface.moc"
