// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the sandbox pages v2 lists as OVHcloud does (X-Pagination-Cursor in the request,
// X-Pagination-Cursor-Next in the answer, small pages), and the wizard's reads of the OKMS lists
// follow the cursors to the end: the project's ApiClient against the real sandbox, over a socket.
#include "SandboxFixture.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/modules/OkmsModule.h"
#include "sandbox/modules/V2Pagination.h"

#include <QJsonArray>
#include <QSet>

using namespace snc;
using namespace snc::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
const QString kListRoute = s("GET /v2/okms/resource/{okmsId}/credential");

QString credentialsPath()
{
    return s("/v2/okms/resource/%1/credential").arg(sandbox::OkmsModule::defaultOkmsId());
}

std::optional<Result<QJsonValue>> waitFor(ApiCall *call)
{
    auto out = std::make_shared<std::optional<Result<QJsonValue>>>();
    call->onFinished(call, [out](const Result<QJsonValue> &r) { *out = r; });
    (void)QTest::qWaitFor([out] { return out->has_value(); }, 15000);
    return *out;
}
} // namespace

class TestOkmsPaging : public QObject
{
    Q_OBJECT

private slots:
    void everyCredentialIsReadAcrossPages()
    {
        QCOMPARE(sandbox::v2::kPageSize, 1); // so that this list of three takes three pages
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QSet<QString> created;
        for (const char *name : {"vcenter-a", "vcenter-b", "vcenter-c"}) {
            const QJsonObject body{{s("name"), s(name)},
                                   {s("identityURNs"), QJsonArray{s("urn:v1:eu:identity:account:xx1111-ovh")}},
                                   {s("validity"), 30}};
            const auto r = waitFor(f.api->post(credentialsPath(), body));
            QVERIFY(r && r->ok());
            created << r->value().toObject().value(s("id")).toString();
        }
        QCOMPARE(created.size(), 3);

        // One page alone holds one credential…
        const auto first = waitFor(f.api->get(credentialsPath()));
        QVERIFY(first && first->ok());
        QCOMPARE(first->value().toArray().size(), 1);

        // …and the wizard's read of the whole list follows the cursors: three pages, all three.
        const int before = f.server->stats()->requestsFor(kListRoute);
        const auto all = waitFor(f.api->getAllPages(credentialsPath()));
        QVERIFY(all && all->ok());
        QSet<QString> listed;
        for (const QJsonValue &v : all->value().toArray())
            listed << v.toObject().value(s("id")).toString();
        QCOMPARE(listed, created);
        QCOMPARE(f.server->stats()->requestsFor(kListRoute) - before, 3);
    }

    void aCursorTheSandboxDidNotGiveIsRefused()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        sandbox::SandboxRequest request;
        request.headers = {qMakePair(QByteArray("X-Pagination-Cursor"), QByteArray("b2Zmc2V0Oi0x"))}; // "offset:-1"
        QCOMPARE(sandbox::v2::page(QJsonArray{1, 2}, request).status, 400);
        request.headers = {qMakePair(QByteArray("X-Pagination-Cursor"), QByteArray("not a cursor"))};
        QCOMPARE(sandbox::v2::page(QJsonArray{1, 2}, request).status, 400);
        // The last page says nothing more; a first page of a longer list gives the next cursor.
        request.headers.clear();
        const sandbox::SandboxResponse one = sandbox::v2::page(QJsonArray{1}, request);
        QCOMPARE(one.status, 200);
        QVERIFY(one.headers.isEmpty());
        const sandbox::SandboxResponse two = sandbox::v2::page(QJsonArray{1, 2}, request);
        QCOMPARE(two.headers.size(), 1);
        QCOMPARE(two.headers.first().first, QByteArray("X-Pagination-Cursor-Next"));
        request.headers = {qMakePair(QByteArray("X-Pagination-Cursor"), two.headers.first().second)};
        const sandbox::SandboxResponse last = sandbox::v2::page(QJsonArray{1, 2}, request);
        QCOMPARE(last.body, QByteArray("[2]"));
        QVERIFY(last.headers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOkmsPaging)
#include "tst_okmspaging.moc"
