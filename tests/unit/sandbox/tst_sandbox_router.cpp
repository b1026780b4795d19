// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace snc::sandbox;
using namespace Qt::StringLiterals;

namespace {
RouteHandler tagged(const QString &tag)
{
    return [tag](SandboxRequest &) { return SandboxResponse::json(tag); };
}
QString tagOf(const Router::Match &m)
{
    SandboxRequest r;
    return QString::fromUtf8(m.route->handler(r).body);
}

/// A module whose routes are a table of named members (Router::addTable()).
struct TableModule
{
    QString name = u"module"_s;
    SandboxResponse listThings(SandboxRequest &) { return SandboxResponse::json(name + u":list"_s); }
    SandboxResponse addThing(SandboxRequest &r)
    {
        return SandboxResponse::json(name + u":add:"_s + r.param(u"id"_s));
    }
};
} // namespace

class TestSandboxRouter : public QObject
{
    Q_OBJECT
    Router m_router;

private slots:
    void initTestCase()
    {
        m_router.add("GET", u"/1.0/dedicatedCloud/{serviceName}"_s, RouteAccess::Signed, tagged(u"service"_s));
        m_router.add("GET", u"/1.0/dedicatedCloud/{serviceName}/task"_s, RouteAccess::Signed, tagged(u"tasks"_s));
        m_router.add("GET", u"/1.0/dedicatedCloud/{serviceName}/{option}"_s, RouteAccess::Signed, tagged(u"option"_s));
        m_router.add("POST", u"/1.0/dedicatedCloud/{serviceName}/user"_s, RouteAccess::Signed, tagged(u"addUser"_s));
        m_router.add("GET", u"/sandbox/stats"_s, RouteAccess::Introspection, tagged(u"stats"_s));
        m_router.add("GET", u"/secure/x"_s, RouteAccess::SecureInterface, tagged(u"secure"_s));
        m_router.add("GET", u"/1.0/auth/time"_s, RouteAccess::Public, tagged(u"time"_s));
    }

    void paramsArePercentDecoded()
    {
        const auto m = m_router.match("GET", u"/1.0/dedicatedCloud/pcc-192%2D0%20x"_s);
        QVERIFY(m.route);
        QCOMPARE(tagOf(m), u"\"service\""_s);
        QCOMPARE(m.params.value(u"serviceName"_s), u"pcc-192-0 x"_s);
        QCOMPARE(m.route->key(), u"GET /1.0/dedicatedCloud/{serviceName}"_s);
    }

    void literalBeatsParameter()
    {
        QCOMPARE(tagOf(m_router.match("GET", u"/1.0/dedicatedCloud/pcc-1/task"_s)), u"\"tasks\""_s);
        const auto m = m_router.match("GET", u"/1.0/dedicatedCloud/pcc-1/securityOptions"_s);
        QCOMPARE(tagOf(m), u"\"option\""_s);
        QCOMPARE(m.params.value(u"option"_s), u"securityOptions"_s);
    }

    void otherMethodIsReported()
    {
        const auto m = m_router.match("DELETE", u"/1.0/dedicatedCloud/pcc-1/user"_s);
        QVERIFY(!m.route);
        QVERIFY(m.otherMethodMatched);
        const auto none = m_router.match("GET", u"/1.0/nothing/here"_s);
        QVERIFY(!none.route);
        QVERIFY(!none.otherMethodMatched);
    }

    void emptySegmentDoesNotBindAParameter()
    {
        QVERIFY(!m_router.match("GET", u"/1.0/dedicatedCloud/"_s).route);
    }

    void faultScopesFollowAccess()
    {
        QCOMPARE(m_router.match("GET", u"/sandbox/stats"_s).route->faultScope, FaultScope::None);
        QCOMPARE(m_router.match("GET", u"/secure/x"_s).route->faultScope, FaultScope::LatencyOnly);
        QCOMPARE(m_router.match("GET", u"/1.0/auth/time"_s).route->faultScope, FaultScope::Full);
        QVERIFY(m_router.match("POST", u"/1.0/dedicatedCloud/a/user"_s).route->mutating);
        QVERIFY(!m_router.match("GET", u"/1.0/dedicatedCloud/a"_s).route->mutating);
    }

    void responseShapes()
    {
        const auto e = QJsonDocument::fromJson(SandboxResponse::error(404, u"gone"_s).body).object();
        QCOMPARE(e.value(u"class"_s).toString(), u"Client::NotFound"_s);
        QCOMPARE(e.value(u"message"_s).toString(), u"gone"_s);
        const SandboxResponse auth = SandboxResponse::authError(403, u"INVALID_KEY"_s, u"bad"_s);
        const auto a = QJsonDocument::fromJson(auth.body).object();
        QCOMPARE(auth.status, 403);
        QCOMPARE(a.value(u"errorCode"_s).toString(), u"INVALID_KEY"_s);
        QCOMPARE(a.value(u"httpCode"_s).toString(), u"403 Forbidden"_s);
        QCOMPARE(a.value(u"class"_s).toString(), u"Client::Forbidden"_s);
        QCOMPARE(jsonBytes(QJsonValue(qint64(1760000000))), QByteArray("1760000000"));
        QCOMPARE(jsonBytes(QJsonValue(u"a\"b"_s)), QByteArray("\"a\\\"b\""));
        QCOMPARE(jsonBytes(QJsonValue()), QByteArray("null"));
    }

    void tableRoutesCallTheirNamedMember()
    {
        Router router;
        TableModule module;
        static const RouteSpec<TableModule> kRoutes[] = {
                {"GET", u"/1.0/thing", RouteAccess::Signed, &TableModule::listThings},
                {"POST", u"/1.0/thing/{id}", RouteAccess::SecureInterface, &TableModule::addThing},
        };
        router.addTable(&module, kRoutes);
        QCOMPARE(router.routes().size(), 2);
        QCOMPARE(router.routes().at(0).key(), u"GET /1.0/thing"_s);
        QCOMPARE(router.routes().at(1).key(), u"POST /1.0/thing/{id}"_s);
        // The access kind's default fault scope, as with add().
        QCOMPARE(router.routes().at(0).faultScope, FaultScope::Full);
        QCOMPARE(router.routes().at(1).faultScope, FaultScope::LatencyOnly);
        QVERIFY(!router.routes().at(0).mutating);
        QVERIFY(router.routes().at(1).mutating);

        module.name = u"changed"_s; // handlers run on the module itself, not on a copy
        const auto m = router.match("POST", u"/1.0/thing/42"_s);
        QVERIFY(m.route);
        SandboxRequest r;
        r.params = m.params;
        QCOMPARE(QString::fromUtf8(m.route->handler(r).body), u"\"changed:add:42\""_s);
        QCOMPARE(tagOf(router.match("GET", u"/1.0/thing"_s)), u"\"changed:list\""_s);
    }

    void requestJsonAcceptsScalars()
    {
        SandboxRequest r;
        bool ok = false;
        r.body = "true";
        QCOMPARE(r.json(&ok), QJsonValue(true));
        QVERIFY(ok);
        r.body = "{broken";
        r.json(&ok);
        QVERIFY(!ok);
        r.body = "a=1&b=x+y%21";
        QCOMPARE(r.form().queryItemValue(u"b"_s, QUrl::FullyDecoded), u"x y!"_s);
        r.headers = {{"X-Ovh-Application", "k"}};
        QCOMPARE(r.header("x-ovh-application"), QByteArray("k"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRouter)
#include "tst_sandbox_router.moc"
