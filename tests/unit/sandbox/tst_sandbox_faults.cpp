// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FaultInjector.h"

#include <QTest>

using namespace snc::sandbox;
using namespace Qt::StringLiterals;
using Action = FaultDecision::Action;

namespace {
const QString kRoute = u"GET /1.0/dedicatedCloud/{serviceName}"_s;
}

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheDocumentedExample()
    {
        QString why;
        const auto spec = FaultSpec::parse(
                u"latency=0-800ms,error5xx=0.10,drop=0.05,ratelimit=0.02,skew=600s"_s, &why);
        QVERIFY2(spec, qPrintable(why));
        QCOMPARE(spec->latencyMinMs, 0);
        QCOMPARE(spec->latencyMaxMs, 800);
        QCOMPARE(spec->error5xx, 0.10);
        QCOMPARE(spec->drop, 0.05);
        QCOMPARE(spec->rateLimit, 0.02);
        QCOMPARE(spec->skewSecs, 600);
        QVERIFY(spec->hasFaults());
        // Canonical text round-trips.
        const auto again = FaultSpec::parse(spec->toString(), &why);
        QVERIFY(again);
        QCOMPARE(again->toString(), spec->toString());
    }

    void parsesVariants_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("latMin");
        QTest::addColumn<int>("latMax");
        QTest::addColumn<qint64>("skew");
        QTest::newRow("empty") << QString() << 0 << 0 << qint64(0);
        QTest::newRow("none") << u"none"_s << 0 << 0 << qint64(0);
        QTest::newRow("fixed ms") << u"latency=250ms"_s << 250 << 250 << qint64(0);
        QTest::newRow("seconds range") << u"latency=1-2s"_s << 1000 << 2000 << qint64(0);
        QTest::newRow("negative skew minutes") << u"skew=-10m"_s << 0 << 0 << qint64(-600);
        QTest::newRow("skew hours, spaces") << u" skew = 2h "_s << 0 << 0 << qint64(7200);
    }
    void parsesVariants()
    {
        QFETCH(QString, spec);
        QFETCH(int, latMin);
        QFETCH(int, latMax);
        QFETCH(qint64, skew);
        QString why;
        const auto s = FaultSpec::parse(spec, &why);
        QVERIFY2(s, qPrintable(why));
        QCOMPARE(s->latencyMinMs, latMin);
        QCOMPARE(s->latencyMaxMs, latMax);
        QCOMPARE(s->skewSecs, skew);
    }

    void rejectsBadSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("unknown key") << u"jitter=5"_s;
        QTest::newRow("no value") << u"drop"_s;
        QTest::newRow("probability > 1") << u"error5xx=1.5"_s;
        QTest::newRow("negative probability") << u"drop=-0.1"_s;
        QTest::newRow("reversed range") << u"latency=800-10ms"_s;
        QTest::newRow("bad unit") << u"latency=5min"_s;
        QTest::newRow("twice") << u"drop=0.1,drop=0.2"_s;
        QTest::newRow("sum > 1") << u"drop=0.5,error5xx=0.4,ratelimit=0.2"_s;
        QTest::newRow("skew garbage") << u"skew=abc"_s;
    }
    void rejectsBadSpecs()
    {
        QFETCH(QString, spec);
        QString why;
        QVERIFY(!FaultSpec::parse(spec, &why));
        QVERIFY(!why.isEmpty());
    }

    void decisionsAreDeterministic()
    {
        const auto spec = *FaultSpec::parse(u"latency=0-800ms,error5xx=0.3,drop=0.3,ratelimit=0.3"_s, nullptr);
        const FaultInjector a(spec, 42), b(spec, 42), c(spec, 43);
        int differences = 0;
        for (quint64 i = 0; i < 200; ++i) {
            const FaultDecision da = a.decide(kRoute, i, true, FaultScope::Full);
            const FaultDecision db = b.decide(kRoute, i, true, FaultScope::Full);
            QCOMPARE(int(da.action), int(db.action));
            QCOMPARE(da.latencyMs, db.latencyMs);
            QVERIFY(da.latencyMs >= 0 && da.latencyMs <= 800);
            if (da.action != c.decide(kRoute, i, true, FaultScope::Full).action)
                ++differences;
        }
        QVERIFY(differences > 0); // another seed, another story
    }

    // Issue 13: a call's fate is a function of the seed, its route and its index on that route.
    // Another route's calls do not move it, and two routes do not share one stream.
    void decisionsFollowTheRouteAndItsCallIndex()
    {
        const auto spec = *FaultSpec::parse(u"error5xx=0.3,drop=0.2,ratelimit=0.2"_s, nullptr);
        const FaultInjector f(spec, 11);
        const QString other = u"POST /1.0/dedicatedCloud/{serviceName}/allowedNetwork"_s;
        int sameAsOther = 0;
        for (quint64 i = 0; i < 200; ++i) {
            const FaultDecision a = f.decide(kRoute, i, false, FaultScope::Full);
            const FaultDecision again = f.decide(kRoute, i, false, FaultScope::Full);
            QCOMPARE(int(a.action), int(again.action));
            QCOMPARE(a.httpStatus, again.httpStatus);
            if (a.action == f.decide(other, i, false, FaultScope::Full).action)
                ++sameAsOther;
        }
        QVERIFY2(sameAsOther < 150, qPrintable(QString::number(sameAsOther)));
        // The route key is hashed stably (not with qHash, which is salted per process): this
        // value is the same in every run, so a seed names the same faults on every machine.
        QCOMPARE(stableHash(u"GET /1.0/me"_s), Q_UINT64_C(0x3d982524f81b14c2));
    }

    void namesTheFault()
    {
        FaultDecision d;
        QVERIFY(d.name().isEmpty());
        d.action = Action::ServerError;
        d.httpStatus = 503;
        QCOMPARE(d.name(), u"503"_s);
        d.action = Action::DropAfterExecute;
        QCOMPARE(d.name(), u"drop after execute"_s);
    }

    void ratesAreRoughlyHonoured()
    {
        const auto spec = *FaultSpec::parse(u"error5xx=0.2,ratelimit=0.1"_s, nullptr);
        const FaultInjector f(spec, 7);
        int errors = 0, limited = 0;
        for (quint64 i = 0; i < 5000; ++i) {
            const FaultDecision d = f.decide(kRoute, i, false, FaultScope::Full);
            if (d.action == Action::ServerError) {
                ++errors;
                QVERIFY(d.httpStatus == 500 || d.httpStatus == 502 || d.httpStatus == 503);
            } else if (d.action == Action::RateLimited) {
                ++limited;
                QCOMPARE(d.httpStatus, 429);
                QVERIFY(d.retryAfterSecs >= 1 && d.retryAfterSecs <= 3);
            } else {
                QCOMPARE(int(d.action), int(Action::None));
            }
        }
        QVERIFY2(errors > 850 && errors < 1150, qPrintable(QString::number(errors)));
        QVERIFY2(limited > 380 && limited < 620, qPrintable(QString::number(limited)));
    }

    void dropsOfGetsNeverExecute()
    {
        const auto spec = *FaultSpec::parse(u"drop=1,dropafter=1"_s, nullptr);
        const FaultInjector f(spec, 1);
        QCOMPARE(int(f.decide(kRoute, 0, false, FaultScope::Full).action), int(Action::DropBeforeExecute));
        QCOMPARE(int(f.decide(kRoute, 0, true, FaultScope::Full).action), int(Action::DropAfterExecute));
        const auto before = *FaultSpec::parse(u"drop=1,dropafter=0"_s, nullptr);
        QCOMPARE(int(FaultInjector(before, 1).decide(kRoute, 0, true, FaultScope::Full).action),
                 int(Action::DropBeforeExecute));
    }

    void scopesLimitFaults()
    {
        const auto spec = *FaultSpec::parse(u"latency=100ms,error5xx=1"_s, nullptr);
        const FaultInjector f(spec, 1);
        const FaultDecision none = f.decide(kRoute, 3, false, FaultScope::None);
        QCOMPARE(int(none.action), int(Action::None));
        QCOMPARE(none.latencyMs, 0);
        const FaultDecision lat = f.decide(kRoute, 3, false, FaultScope::LatencyOnly);
        QCOMPARE(int(lat.action), int(Action::None));
        QCOMPARE(lat.latencyMs, 100);
        QCOMPARE(int(f.decide(kRoute, 3, false, FaultScope::Full).action), int(Action::ServerError));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
