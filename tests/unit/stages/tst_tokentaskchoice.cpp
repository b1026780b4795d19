// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, stage 2: which task the SMS is about is not published. resumePendingEnabling
// {option: tokenValidation} may return the testTokenValidation task itself, or another task beside
// it (switch tokenTaskReturned, lib/sandbox/UNPUBLISHED.md). Either way the wizard follows the
// testTokenValidation task (by name, newest), validates the token the SMS gives for it, and lets
// the user type the SMS's operation id. Real sandbox, real sockets.
#include "Stage2Helpers.h"

#include "sandbox/TaskEngine.h"

using namespace snc;
using namespace snc::test;
using State = TokenValidationModel::State;

class TestTokenTaskChoice : public QObject
{
    Q_OBJECT

    static bool waitForState(TokenValidationModel *m, State state, int ms = 10000)
    {
        QSignalSpy changed(m, &TokenValidationModel::stateChanged);
        while (m->state() != state) {
            if (!changed.wait(ms))
                return false;
        }
        return true;
    }
    /// The newest unfinished task of `kind` on the sandbox (0 = none).
    static qint64 runningTask(SandboxFixture &f, const QString &kind)
    {
        qint64 id = 0;
        for (const sandbox::Task *t : f.server->tasks()->tasks([&kind](const sandbox::Task &t) {
                 return t.kind == kind && !t.isFinished();
             }))
            id = std::max(id, t->id);
        return id;
    }
    static QString tokenKind() { return QStringLiteral("dedicatedCloud.testTokenValidation"); }

private slots:
    void followsTheTokenTaskWhateverIsReturned_data()
    {
        QTest::addColumn<QString>("returned");
        QTest::newRow("token-task") << QStringLiteral("token-task");
        QTest::newRow("other-task") << QStringLiteral("other-task");
    }
    void followsTheTokenTaskWhateverIsReturned()
    {
        QFETCH(QString, returned);
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QVERIFY(f.server->setUnpublished(QStringLiteral("tokenTaskReturned"), returned));
        const std::unique_ptr<AdminSecurityModel> enrolled = enrolledAdminModel(f);
        QVERIFY(enrolled);
        AdminSecurityModel &model = *enrolled;
        TokenValidationModel *token = model.token();

        QVERIFY(token->requestToken());
        QVERIFY(waitForState(token, State::WaitingForToken));
        const qint64 tokenTask = runningTask(f, tokenKind());
        QVERIFY(tokenTask > 0);
        QCOMPARE(token->taskId(), tokenTask); // the task the SMS names, not the one returned
        const QString sms = f.lastCode(QStringLiteral("sms"), tokenTask);
        QCOMPARE(sms.size(), 6);
        // The returned task (other-task) ends by itself: the token wait must not end with it.
        QTest::qWait(300);
        QCOMPARE(token->state(), State::WaitingForToken);

        QSignalSpy validated(token, &TokenValidationModel::validated);
        QVERIFY(token->validate(sms));
        QVERIFY(validated.wait(10000));
        QCOMPARE(token->state(), State::Done);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(), StageModel::Status::Done, 10000);
    }

    // The operation id the SMS shows can be typed: checked, read from the API, then followed.
    void operationIdFromTheSms()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QVERIFY(f.server->setUnpublished(QStringLiteral("tokenTaskReturned"), QStringLiteral("other-task")));
        const std::unique_ptr<AdminSecurityModel> enrolled = enrolledAdminModel(f);
        QVERIFY(enrolled);
        AdminSecurityModel &model = *enrolled;
        TokenValidationModel *token = model.token();

        QVERIFY(!TokenValidationModel::operationIdProblem(QStringLiteral("12a")).isEmpty());
        QVERIFY(!TokenValidationModel::operationIdProblem(QStringLiteral("-4")).isEmpty());
        QVERIFY(TokenValidationModel::operationIdProblem(QStringLiteral(" 4091002 ")).isEmpty());
        QVERIFY(!token->useOperationId(QStringLiteral("4091002"))); // nothing sent yet

        f.ticker.stop(); // sandbox time stands still: the returned task stays pending
        QVERIFY(token->requestToken());
        QVERIFY(waitForState(token, State::WaitingForToken));
        const qint64 tokenTask = runningTask(f, tokenKind());
        const qint64 other = runningTask(f, QStringLiteral("dedicatedCloud.tokenValidationRequest"));
        QVERIFY(other > 0 && other != tokenTask);
        QCOMPARE(token->taskId(), tokenTask);

        QSignalSpy errors(token, &TokenValidationModel::errorOccurred);
        QVERIFY(!token->useOperationId(QStringLiteral("12a")));
        QCOMPARE(errors.last().first().value<ApiError>().kind, ApiError::Kind::Validation);
        QVERIFY(token->useOperationId(QStringLiteral("999999999")));
        QVERIFY(errors.wait(10000));
        QVERIFY(errors.last().first().value<ApiError>().userMessage().contains(QStringLiteral("999999999")));
        QCOMPARE(token->taskId(), tokenTask);

        // Another waiting operation typed: followed from now on; and back.
        QVERIFY(token->useOperationId(QString::number(other)));
        QTRY_COMPARE_WITH_TIMEOUT(token->taskId(), other, 10000);
        QCOMPARE(token->state(), State::WaitingForToken);
        QVERIFY(token->useOperationId(QStringLiteral(" %1 ").arg(tokenTask)));
        QTRY_COMPARE_WITH_TIMEOUT(token->taskId(), tokenTask, 10000);

        f.ticker.start(10);
        QSignalSpy validated(token, &TokenValidationModel::validated);
        QVERIFY(token->validate(f.lastCode(QStringLiteral("sms"), tokenTask)));
        QVERIFY(validated.wait(10000));
        QCOMPARE(token->state(), State::Done);
    }
};

QTEST_GUILESS_MAIN(TestTokenTaskChoice)
#include "tst_tokentaskchoice.moc"
