// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 4: swanctl.conf is written only from settings that pass validation, whatever
// their source. The sandbox's NSX is given a hostile session through its Policy API (a PATCH,
// as NSX accepts: any non-empty peer_id), a resumed model reads it back, and the export is
// refused with nothing written; a valid read-back exports with quoted identities.
#include "Stage34Helpers.h"

#include "stages/vpn/NsxClient.h"
#include "stages/vpn/SwanctlExport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace snc;
using namespace snc::test;

namespace {
// A newline ends swanctl's `id = …` line; what follows would be a children block whose updown
// script strongSwan runs as root on the customer's gateway.
const QString kHostilePeerId = QStringLiteral("x\n        }\n        children {\n            evil {\n"
                                              "                updown = /bin/sh -c id\n            }\n");
} // namespace

class TestVpnExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> f;
    SecretBytes psk;

    /// Replaces the session's peer_id on the sandbox's NSX (GET, change, PATCH with the PSK).
    bool patchPeerId(VpnModel &vpn, const QString &peerId)
    {
        bool ok = false;
        QJsonObject session;
        QEventLoop loop;
        vpn.nsx()->get(vpn.sessionPath(), this, [&](const Result<QJsonValue> &r) {
            ok = r.ok();
            if (ok)
                session = r.value().toObject();
            loop.quit();
        });
        loop.exec();
        if (!ok)
            return false;
        session.insert(QStringLiteral("peer_id"), peerId);
        session.insert(QStringLiteral("psk"), psk.exposeString());
        ok = false;
        vpn.nsx()->patch(vpn.sessionPath(), session, this, [&](const Result<QJsonValue> &r) {
            ok = r.ok();
            loop.quit();
        });
        loop.exec();
        return ok;
    }

    /// exportSwanctl() into `dir`; the outcome, or -1 when no exportFinished() came.
    static int exportTo(VpnModel &vpn, const QString &path)
    {
        QSignalSpy exported(&vpn, &VpnModel::exportFinished);
        vpn.exportSwanctl(path);
        if (exported.count() != 1 && !exported.wait(5000))
            return -1;
        return exported.first().first().toBool() ? 1 : 0;
    }

private slots:
    void initTestCase()
    {
        const QString notReady = startAtStage3(f);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
        VpnModel vpn(f->context.get());
        QVERIFY(connectVpn(vpn));
        vpn.setSettings(practiceVpn());
        QSignalSpy finished(&vpn, &VpnModel::applyFinished);
        QVERIFY(vpn.apply());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
        psk = vpn.freshPsk();
        QVERIFY(!psk.isEmpty());
    }
    void cleanupTestCase() { f.reset(); }

    void hostileSessionReadBackIsNotExported()
    {
        {
            VpnModel writer(f->context.get());
            QVERIFY(connectVpn(writer));
            QVERIFY(patchPeerId(writer, kHostilePeerId));
        }
        VpnModel resumed(f->context.get());
        QVERIFY(connectVpn(resumed));
        QCOMPARE(resumed.settings().peerId, kHostilePeerId); // read back as NSX holds it
        QVERIFY(!resumed.validationProblems().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("swanctl.conf"));
        QCOMPARE(exportTo(resumed, path), 0);
        QVERIFY2(!QFile::exists(path), "a swanctl.conf was written from a hostile session");
        QVERIFY(!resumed.lastErrorMessage().isEmpty());
    }

    void validSessionReadBackIsExportedQuoted()
    {
        {
            VpnModel writer(f->context.get());
            QVERIFY(connectVpn(writer));
            QVERIFY(patchPeerId(writer, QStringLiteral("vpn.example.com")));
        }
        VpnModel resumed(f->context.get());
        QVERIFY(connectVpn(resumed));
        QCOMPARE(resumed.settings().peerId, QStringLiteral("vpn.example.com"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("swanctl.conf"));
        QCOMPARE(exportTo(resumed, path), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("            id = \"vpn.example.com\"\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("            id = \"192.0.2.5\"\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("        id-1 = \"192.0.2.5\"\n        id-2 = \"vpn.example.com\"\n")),
                 qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("children {")), 1);
        QCOMPARE(text.count(QStringLiteral("net-1 {")), 1);
        QVERIFY(!text.contains(QStringLiteral("updown")));
    }

    void unsafeValuesAreNotWritten_data()
    {
        QTest::addColumn<QString>("peerId");
        QTest::addColumn<QString>("peerAddress");
        QTest::addColumn<QString>("localAddress");
        const QString peer = QStringLiteral("203.0.113.50");
        const QString local = QStringLiteral("192.0.2.5");
        QTest::newRow("newline") << kHostilePeerId << peer << local;
        QTest::newRow("quote") << QStringLiteral("a\"b") << peer << local;
        QTest::newRow("backslash") << QStringLiteral("a\\") << peer << local;
        QTest::newRow("brace") << QStringLiteral("a}") << peer << local;
        QTest::newRow("tab") << QStringLiteral("a\tb") << peer << local;
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << peer << local;
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << peer << local;
        QTest::newRow("peer address not IPv4") << QString() << QStringLiteral("203.0.113.50\n#") << local;
        QTest::newRow("peer address with a prefix") << QString() << QStringLiteral("203.0.113.50/32") << local;
        QTest::newRow("local address not IPv4") << QString() << peer << QStringLiteral("192.0.2.5 {");
    }
    void unsafeValuesAreNotWritten()
    {
        QFETCH(QString, peerId);
        QFETCH(QString, peerAddress);
        QFETCH(QString, localAddress);
        VpnSettings v = practiceVpn(peerAddress);
        v.peerId = peerId;
        v.localAddress = localAddress;
        QVERIFY(!v.problems(true).isEmpty());
        QVERIFY(!SwanctlExport::refusal(v, true).isEmpty());
        QVERIFY(v.swanctlConf(SecretBytes::fromString(QStringLiteral("Abc123"))).isEmpty());
        // The same settings with a plain identity and addresses are written, the identities quoted.
        VpnSettings ok = practiceVpn();
        ok.peerId = QStringLiteral("gw@example.com");
        QVERIFY(SwanctlExport::refusal(ok, true).isEmpty());
        const QByteArray text = ok.swanctlConf(SecretBytes::fromString(QStringLiteral("Abc123"))).expose();
        QVERIFY(text.contains("id = \"gw@example.com\"\n"));
        QVERIFY(text.contains("secret = \"Abc123\"\n"));
    }

    void sessionBodyCarriesThePskAsBytes()
    {
        // Item 11: the NSX session body is built as bytes with the PSK spliced in (never a
        // QJsonObject value); it is still the JSON NSX expects.
        const VpnSettings v = practiceVpn();
        const SecretBytes body = v.sessionBody(QStringLiteral("/le"), QStringLiteral("/ike"), QStringLiteral("/esp"),
                                               QStringLiteral("/dpd"), SecretBytes::fromString(QStringLiteral("Abc123")));
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(body.expose(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("psk")).toString(), QStringLiteral("Abc123"));
        QCOMPARE(o.value(QStringLiteral("peer_id")).toString(), QStringLiteral("203.0.113.50"));
        QCOMPARE(o.value(QStringLiteral("local_endpoint_path")).toString(), QStringLiteral("/le"));
        // A key that would need escaping is refused rather than written wrongly.
        QVERIFY(v.sessionBody({}, {}, {}, {}, SecretBytes::fromString(QStringLiteral("a\"b"))).isEmpty());
        QVERIFY(v.sessionBody({}, {}, {}, {}, SecretBytes()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVpnExport)
#include "tst_vpnexport.moc"
