// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TokenValidationModel (the 15-minute SMS token) against the real sandbox: countdown anchored to
// server time, wrong token, validation, expiry (time jumped, server cancels) and "send a new
// token" without ever two pending tasks, adoption of a running task by another session.
#include "Stage2Helpers.h"

#include "sandbox/SandboxStats.h"
#include "tasks/Countdown.h"

using namespace snc;
using namespace snc::test;
using State = TokenValidationModel::State;

class TestTokenValidationModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> f;
    std::unique_ptr<AdminSecurityModel> model;
    TokenValidationModel *token = nullptr;

    bool waitForState(TokenValidationModel *m, State state, int ms = 10000)
    {
        QSignalSpy changed(m, &TokenValidationModel::stateChanged);
        while (m->state() != state) {
            if (!changed.wait(ms))
                return false;
        }
        return true;
    }
    /// Token tasks not finished on the server, whoever created them.
    int pendingTokenTasks()
    {
        ApiCall *call = f->api->get(QStringLiteral("/dedicatedCloud/%1/task").arg(SandboxFixture::serviceName()),
                                    QUrlQuery(QStringLiteral("name=testTokenValidation")));
        QSignalSpy done(call, &ApiCall::finished);
        QList<qint64> ids;
        call->onFinished(call, [&ids](const Result<QJsonValue> &r) {
            for (const QJsonValue &v : r.value().toArray())
                ids << qint64(v.toDouble());
        });
        if (!done.wait(10000))
            return -1;
        int pending = 0;
        for (qint64 id : ids) {
            ApiCall *t = f->api->get(QStringLiteral("/dedicatedCloud/%1/task/%2").arg(SandboxFixture::serviceName()).arg(id));
            QSignalSpy tDone(t, &ApiCall::finished);
            QString state;
            t->onFinished(t, [&state](const Result<QJsonValue> &r) {
                state = r.value().toObject().value(QLatin1String("state")).toString();
            });
            if (!tDone.wait(10000))
                return -1;
            if (!TaskPoller::isFinalState(state))
                ++pending;
        }
        return pending;
    }

private slots:
    void init()
    {
        f = std::make_unique<SandboxFixture>();
        QVERIFY2(f->started, qPrintable(f->startError));
        QVERIFY(allowCallerAddress(*f));
        model = std::make_unique<AdminSecurityModel>(f->context.get());
        token = model->token();
        fastPolling(model->admin()->taskPoller());
        fastPolling(token->taskPoller());
        QSignalSpy refreshed(model.get(), &StageModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(token->state(), State::Ready);
        QVERIFY(enrolAdmin(*f, *model));
    }
    void cleanup()
    {
        model.reset();
        f.reset();
    }

    void tokenProblems()
    {
        QCOMPARE(TokenValidationModel::normalizeToken(QStringLiteral(" 540 427\n")), QStringLiteral("540427"));
        QCOMPARE(TokenValidationModel::normalizeToken(QStringLiteral("54042")), QString());
        QCOMPARE(TokenValidationModel::normalizeToken(QStringLiteral("5404277")), QString());
        QCOMPARE(TokenValidationModel::normalizeToken(QStringLiteral("54O427")), QString());
        QVERIFY(TokenValidationModel::tokenProblem(QStringLiteral("")).isEmpty());
        QVERIFY(!TokenValidationModel::tokenProblem(QStringLiteral("12345")).isEmpty());
        QVERIFY(!token->validate(QStringLiteral("123456"))); // nothing requested yet
    }

    void validateOk()
    {
        QVERIFY(token->requestToken());
        QVERIFY(waitForState(token, State::WaitingForToken));
        QVERIFY(token->taskId() > 0);
        QCOMPARE(model->status(), StageModel::Status::WaitingForUser);
        // Anchored to the server's time at task creation: close to 15:00, running.
        QVERIFY(token->countdown()->isRunning());
        // /auth/time has whole seconds: the client may be up to ~1 s behind the server.
        QVERIFY(token->countdown()->remainingMs() <= TokenValidationModel::tokenLifetimeMs + 2000);
        QVERIFY(token->countdown()->remainingMs() > 10 * 60 * 1000);

        // Asking again while the token is valid sends nothing: still one pending task.
        QVERIFY(!token->requestToken());
        QCOMPARE(pendingTokenTasks(), 1);

        // Another session (restart, support agent) adopts the running task instead of creating one.
        TokenValidationModel other(f->context.get(), model->secureInterface());
        fastPolling(other.taskPoller());
        QSignalSpy otherRefreshed(&other, &TokenValidationModel::refreshed);
        other.refresh();
        QVERIFY(otherRefreshed.wait(10000));
        QCOMPARE(other.state(), State::WaitingForToken);
        QCOMPARE(other.taskId(), token->taskId());
        QVERIFY(qAbs(other.countdown()->deadlineServerMs() - token->countdown()->deadlineServerMs()) < 2000);
        other.cancel();

        const QString sms = f->lastCode(QStringLiteral("sms"), token->taskId());
        QCOMPARE(sms.size(), 6);

        // A wrong token: refused by the secure interface, the token can be typed again.
        QSignalSpy errors(token, &TokenValidationModel::errorOccurred);
        const QString wrong = sms == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        QVERIFY(token->validate(wrong));
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.first().first().value<ApiError>().errorCode, QStringLiteral("WRONG_TOKEN"));
        QCOMPARE(token->state(), State::WaitingForToken);

        // The right one, pasted with spaces.
        QSignalSpy validated(token, &TokenValidationModel::validated);
        QVERIFY(token->validate(QStringLiteral(" %1 %2 ").arg(sms.left(3), sms.mid(3))));
        QVERIFY(validated.wait(10000));
        QCOMPARE(token->state(), State::Done);
        QVERIFY(!token->countdown()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!token->isOptionPending(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->status(), StageModel::Status::Done, 10000);
        QVERIFY(model->isComplete());
        QCOMPARE(model->currentStep(), AdminSecurityModel::Step::Done);

        // Delivered: a later read does not list the token tasks any more (none can wait for a
        // token once the option is not pending), and the state stays Done.
        const QString taskList = QStringLiteral("GET /1.0/dedicatedCloud/{serviceName}/task");
        const int listsBefore = f->server->stats()->requestsFor(taskList);
        QVERIFY(listsBefore >= 1);
        QSignalSpy again(token, &TokenValidationModel::refreshed);
        token->refresh();
        QVERIFY(again.wait(10000));
        QCOMPARE(token->state(), State::Done);
        QCOMPARE(f->server->stats()->requestsFor(taskList), listsBefore);
    }

    void expiredThenNewToken()
    {
        QVERIFY(token->requestToken());
        QVERIFY(waitForState(token, State::WaitingForToken));
        const qint64 first = token->taskId();
        const QString oldSms = f->lastCode(QStringLiteral("sms"), first);

        // 16 minutes pass (the laptop slept): the countdown and the server both say expired.
        QSignalSpy expired(token, &TokenValidationModel::expired);
        f->clock.jump(16 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 10000); // may fire inside jump() already
        QCOMPARE(token->state(), State::Expired);
        QCOMPARE(token->stateText(), TokenValidationModel::expiredText());
        QVERIFY(token->canRequest());
        QVERIFY(!token->validate(oldSms)); // refused locally: expired
        // The server's answer is the truth: the task is canceled.
        QTRY_COMPARE_WITH_TIMEOUT(pendingTokenTasks(), 0, 10000);

        // "Send a new token": exactly one new request, one pending task.
        QVERIFY(token->requestToken());
        QVERIFY(waitForState(token, State::WaitingForToken));
        QVERIFY(token->taskId() != first);
        QVERIFY(token->countdown()->remainingMs() > 10 * 60 * 1000);
        QCOMPARE(pendingTokenTasks(), 1);

        // Its token validates.
        QSignalSpy validated(token, &TokenValidationModel::validated);
        QVERIFY(token->validate(f->lastCode(QStringLiteral("sms"), token->taskId())));
        QVERIFY(validated.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestTokenValidationModel)
#include "tst_tokenvalidationmodel.moc"
