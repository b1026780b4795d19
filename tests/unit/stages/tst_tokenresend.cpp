// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 9: "Didn't get the SMS? Send a new code" while stage 2's token is still valid.
// What OVHcloud does with the pending token is not published (switch tokenRequestWhilePending,
// lib/sandbox/UNPUBLISHED.md): the old one is canceled, both stay valid, or the request is
// refused. Against each: a 60-second cool-down, the countdown follows the newest token, its code
// validates, and a canceled old token is not taken for an expiry. Real sandbox, real sockets.
#include "Stage2Helpers.h"

#include "sandbox/TaskEngine.h"
#include "tasks/Countdown.h"

using namespace snc;
using namespace snc::test;
using State = TokenValidationModel::State;

class TestTokenResend : public QObject
{
    Q_OBJECT

    static sandbox::TaskState serverState(SandboxFixture &f, qint64 id)
    {
        const sandbox::Task *t = f.server->tasks()->task(id);
        return t ? t->state : sandbox::TaskState::Error;
    }

private slots:
    void newCodeWhileValid_data()
    {
        QTest::addColumn<QString>("whilePending");
        QTest::addColumn<bool>("sent");       // a new task and SMS
        QTest::addColumn<bool>("oldCanceled"); // the first token stops working
        QTest::newRow("replace") << QStringLiteral("replace") << true << true;
        QTest::newRow("keep-both") << QStringLiteral("keep-both") << true << false;
        QTest::newRow("refuse") << QStringLiteral("refuse") << false << false;
    }
    void newCodeWhileValid()
    {
        QFETCH(QString, whilePending);
        QFETCH(bool, sent);
        QFETCH(bool, oldCanceled);
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QVERIFY(f.server->setUnpublished(QStringLiteral("tokenRequestWhilePending"), whilePending));
        QVERIFY(allowCallerAddress(f));
        AdminSecurityModel model(f.context.get());
        TokenValidationModel *token = model.token();
        fastPolling(model.admin()->taskPoller());
        fastPolling(token->taskPoller());
        QSignalSpy refreshed(&model, &StageModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(enrolAdmin(f, model));

        QVERIFY(!token->resendToken()); // nothing sent yet: nothing to send again
        QVERIFY(token->requestToken());
        QTRY_COMPARE_WITH_TIMEOUT(token->state(), State::WaitingForToken, 10000);
        const qint64 first = token->taskId();
        const qint64 firstDeadline = token->countdown()->deadlineServerMs();

        // The cool-down: no second SMS within 60 s of the first, and the wait is said.
        QSignalSpy errors(token, &TokenValidationModel::errorOccurred);
        QVERIFY(token->resendWaitMs() > 0);
        QVERIFY(token->resendWaitMs() <= TokenValidationModel::resendCooldownMs + 2000);
        QVERIFY(!token->canResend());
        QVERIFY(!token->resendToken());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Validation);
        QCOMPARE(f.server->tasks()->tasks([](const sandbox::Task &t) { return !t.isFinished() && t.name == QLatin1String("testTokenValidation"); }).size(), 1);

        f.clock.advanceMs(TokenValidationModel::resendCooldownMs + 2000);
        QTRY_VERIFY_WITH_TIMEOUT(token->canResend(), 5000);
        QSignalSpy expired(token, &TokenValidationModel::expired);
        errors.clear();
        QVERIFY(token->resendToken());
        QTRY_VERIFY_WITH_TIMEOUT(token->state() == State::WaitingForToken && !token->isBusy(), 10000);
        QTest::qWait(200); // a poll of a canceled old task would have ended the wait by now
        QCOMPARE(token->state(), State::WaitingForToken);
        QCOMPARE(expired.count(), 0);
        QCOMPARE(serverState(f, first) == sandbox::TaskState::Canceled, oldCanceled);

        const qint64 followed = token->taskId();
        if (sent) {
            // The newest token is followed, and the countdown with it (created 62 s later).
            QVERIFY(followed > first);
            QVERIFY(token->countdown()->deadlineServerMs() >= firstDeadline + TokenValidationModel::resendCooldownMs);
            QVERIFY(token->resendWaitMs() > 0); // the cool-down starts again
            QCOMPARE(errors.count(), 0);
        } else {
            // Refused: told why (translated, says what to do), the first token still followed.
            QCOMPARE(followed, first);
            QVERIFY(qAbs(token->countdown()->deadlineServerMs() - firstDeadline) < 2000);
            QCOMPARE(errors.count(), 1);
            QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Validation);
            QVERIFY(!token->lastError().userMessage().isEmpty());
        }
        QVERIFY(token->countdown()->isRunning());

        QSignalSpy validated(token, &TokenValidationModel::validated);
        QVERIFY(token->validate(f.lastCode(QStringLiteral("sms"), followed)));
        QVERIFY(validated.wait(10000));
        QCOMPARE(token->state(), State::Done);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(), StageModel::Status::Done, 10000);
    }
};

QTEST_GUILESS_MAIN(TestTokenResend)
#include "tst_tokenresend.moc"
