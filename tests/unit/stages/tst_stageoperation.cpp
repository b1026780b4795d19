// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StageOperation (issue 14): the busy scope, one end, cancel by the model, and that nothing of an
// operation runs after its end — over a real socket (FakeHttpServer).
#include "api/ApiCall.h"
#include "api/CallGroup.h"
#include "stages/StageContext.h"
#include "stages/StageModel.h"
#include "stages/StageOperation.h"
#include "unit/api/ApiTestFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace snc;
using namespace snc::test;

namespace {
/// The smallest stage: refresh() does nothing; operations are started by the test.
class ProbeModel : public StageModel
{
public:
    using StageModel::StageModel;
    int number() const override { return 1; }
    void refresh() override {}
    using StageModel::startOperation;
};
} // namespace

class TestStageOperation : public QObject
{
    Q_OBJECT
    std::unique_ptr<ApiFixture> f;
    std::unique_ptr<StageContext> context;
    std::unique_ptr<ProbeModel> model;

private slots:
    void init()
    {
        f = std::make_unique<ApiFixture>();
        context = std::make_unique<StageContext>(f->client.get(), nullptr, &f->clock);
        model = std::make_unique<ProbeModel>(context.get());
    }
    void cleanup()
    {
        model.reset();
        context.reset();
        f.reset();
    }

    void busyFromStartToEndAndOneEnd()
    {
        QSignalSpy busy(model.get(), &StageModel::busyChanged);
        StageOperation *a = model->startOperation();
        StageOperation *b = model->startOperation();
        QVERIFY(model->isBusy());
        int ends = 0;
        bool busyAtEnd = true;
        a->onFinished(this, [&](const Result<Unit> &r) {
            ++ends;
            QVERIFY(r.ok());
        });
        b->onFinished(this, [&](const Result<Unit> &r) {
            ++ends;
            QCOMPARE(r.error().kind, ApiError::Kind::NotFound);
            busyAtEnd = model->isBusy(); // released before the callbacks
        });
        a->succeed();
        a->fail(ApiError::make(ApiError::Kind::Network)); // ignored: it has ended
        QVERIFY(model->isBusy());                         // b still runs
        b->fail(ApiError::make(ApiError::Kind::NotFound));
        QCOMPARE(ends, 2);
        QVERIFY(!busyAtEnd);
        QVERIFY(!model->isBusy());
        QCOMPARE(busy.size(), 2); // true once, false once
    }

    void nothingOfAnOperationRunsAfterItsEnd()
    {
        f->route = [](const FakeRequest &r) {
            FakeResponse slow = FakeResponse::json(200, "{}");
            slow.delayMs = r.path() == "/1.0/slow" ? 200 : 0;
            return slow;
        };
        StageOperation *op = model->startOperation();
        int answers = 0;
        ApiCall *call = f->client->get(QStringLiteral("/slow"));
        QSignalSpy callEnded(call, &ApiCall::finished);
        op->onAnswer(call, [&](const Result<QJsonValue> &) { ++answers; });
        CallGroup *group = op->group();
        group->add(f->client->get(QStringLiteral("/slow")));
        group->onAllFinished(op->scope(), [&](const Result<Unit> &) { ++answers; });
        op->succeed();
        QCOMPARE(callEnded.size(), 1); // aborted by the end
        QVERIFY(!call->result().ok());
        QCOMPARE(call->result().error().kind, ApiError::Kind::Canceled);
        QCoreApplication::processEvents();
        QCOMPARE(answers, 0);
        QVERIFY(!model->isBusy());
    }

    void theModelsCancelEndsEveryOperationAsCanceled()
    {
        f->route = [](const FakeRequest &) { return FakeResponse::hang(); };
        StageOperation *op = model->startOperation();
        std::optional<Result<Unit>> end;
        op->onFinished(this, [&](const Result<Unit> &r) { end = r; });
        int answers = 0;
        op->onAnswer(f->client->get(QStringLiteral("/hangs")), [&](const Result<QJsonValue> &) { ++answers; });
        model->cancel();
        QVERIFY(end.has_value());
        QCOMPARE(end->error().kind, ApiError::Kind::Canceled);
        QCOMPARE(answers, 0);
        QVERIFY(!model->isBusy());
    }

    void aModelDestroyedWithARunningOperationCallsNothing()
    {
        f->route = [](const FakeRequest &) { return FakeResponse::hang(); };
        StageOperation *op = model->startOperation();
        int ends = 0;
        op->onFinished(this, [&](const Result<Unit> &) { ++ends; });
        op->onAnswer(f->client->get(QStringLiteral("/hangs")), [&](const Result<QJsonValue> &) { ++ends; });
        model.reset();
        QCoreApplication::processEvents();
        QCOMPARE(ends, 0);
    }
};

QTEST_GUILESS_MAIN(TestStageOperation)
#include "tst_stageoperation.moc"
