// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated NSX Manager (stage 3): authentication with the stage-2 password, PATCH as
// create-or-update, psk hidden on plain GET, validation, session status UP after a delay, and
// the peers that never come up.
#include "ModulesFixture.h"

#include "sandbox/modules/NsxModule.h"

#include <QTest>

using namespace snc::test;

class TestSandboxNsx : public QObject
{
    Q_OBJECT

    ModulesFixture f;

    /// OVHcloud's API login for NSX: the account, @, the PCC's FQDN.
    static QString login() { return s("admin@pcc-192-0-2-1.ovh.com"); }

    Reply nsx(const QByteArray &method, const QString &relative, const QJsonObject &body = {},
              const QString &password = ModulesFixture::goodPassword(), const QByteArray &extraQuery = {},
              const QString &user = login())
    {
        QUrl url(f.server->url().toString() + s("/nsx/") + f.sn() + s("/policy/api/v1") + relative
                 + QString::fromLatin1(extraQuery));
        QNetworkRequest req(url);
        req.setRawHeader("Content-Type", "application/json");
        if (!password.isNull())
            req.setRawHeader("Authorization", "Basic " + (user + s(":") + password).toUtf8().toBase64());
        return f.send(req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static QString svc() { return s("/infra/tier-0s/") + snc::sandbox::NsxModule::tier0Id() + s("/ipsec-vpn-services/wiz"); }

    QJsonObject session(const QString &peer)
    {
        auto subnet = [](const char *cidr) { return QJsonObject{{s("subnet"), s(cidr)}}; };
        QJsonObject rule;
        rule.insert(s("id"), s("r1"));
        rule.insert(s("action"), s("PROTECT"));
        rule.insert(s("sources"), QJsonArray{subnet("172.16.0.0/24")});
        rule.insert(s("destinations"), QJsonArray{subnet("192.168.10.0/24"), subnet("192.168.20.0/24")});
        QJsonObject o{{s("resource_type"), s("PolicyBasedIPSecVpnSession")}, {s("enabled"), true},
                      {s("authentication_mode"), s("PSK")}, {s("psk"), s("Abcdefghijklmnopqrstuvwxyz012345")},
                      {s("peer_address"), peer}, {s("peer_id"), peer},
                      {s("local_endpoint_path"), svc() + s("/local-endpoints/le1")},
                      {s("ike_profile_path"), s("/infra/ipsec-vpn-ike-profiles/wiz-ike")}};
        o.insert(s("rules"), QJsonArray{rule});
        return o;
    }

    void configureBase()
    {
        QCOMPARE(nsx("PATCH", s("/infra/ipsec-vpn-ike-profiles/wiz-ike"),
                     QJsonObject{{s("resource_type"), s("IPSecVpnIkeProfile")}, {s("ike_version"), s("IKE_V2")},
                                 {s("encryption_algorithms"), QJsonArray{s("AES_GCM_256")}},
                                 {s("digest_algorithms"), QJsonArray{}}, {s("dh_groups"), QJsonArray{s("GROUP20")}},
                                 {s("sa_life_time"), 21600}}).status, 200);
        QCOMPARE(nsx("PATCH", svc(), QJsonObject{{s("resource_type"), s("IPSecVpnService")}, {s("enabled"), true}}).status, 200);
        QCOMPARE(nsx("PATCH", svc() + s("/local-endpoints/le1"),
                     QJsonObject{{s("resource_type"), s("IPSecVpnLocalEndpoint")}, {s("local_address"), s("192.0.2.5")},
                                 {s("local_id"), s("192.0.2.5")}}).status, 200);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(f.enrolAdmin());
    }

    void authentication()
    {
        QCOMPARE(nsx("GET", s("/infra/tier-0s"), {}, QString()).status, 401);
        Reply r = nsx("GET", s("/infra/tier-0s"), {}, s("wrong password"));
        QCOMPARE(r.status, 403);
        QVERIFY(r.object().value(s("error_message")).toString().contains(s("credentials")));
        // The right password under a login NSX does not know as OVHcloud runs it: refused.
        for (const QString &user : {s("admin"), s("admin@pcc-192-0-2-1.ovh.de"), s("admin@pcc-198-51-100-7.ovh.de")}) {
            r = nsx("GET", s("/infra/tier-0s"), {}, ModulesFixture::goodPassword(), {}, user);
            QVERIFY2(r.status == 403, qPrintable(user));
        }
        r = nsx("GET", s("/infra/tier-0s"));
        QCOMPARE(r.status, 200);
        // ovh-T0-gw is the Tier-0's display name; its id is another (a client must look it up).
        const QJsonObject t0 = r.object().value(s("results")).toArray().at(0).toObject();
        QCOMPARE(t0.value(s("display_name")).toString(), s("ovh-T0-gw"));
        QCOMPARE(t0.value(s("id")).toString(), snc::sandbox::NsxModule::tier0Id());
        QVERIFY(t0.value(s("id")).toString() != s("ovh-T0-gw"));
        QCOMPARE(nsx("GET", s("/infra/tier-0s/ovh-T0-gw")).status, 404);

        // Session login: cookie + X-XSRF-TOKEN.
        QNetworkRequest login(QUrl(f.server->url().toString() + s("/nsx/") + f.sn() + s("/api/session/create")));
        login.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply *reply = f.nam.post(login, "j_username=admin%40pcc-192-0-2-1.ovh.com&j_password=" + QUrl::toPercentEncoding(f.goodPassword()));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray xsrf = reply->rawHeader("x-xsrf-token");
        const QByteArray cookie = reply->rawHeader("Set-Cookie").split(';').first();
        reply->deleteLater();
        QVERIFY(!xsrf.isEmpty() && cookie.startsWith("JSESSIONID="));
        QNetworkRequest get(QUrl(f.server->url().toString() + s("/nsx/") + f.sn() + s("/policy/api/v1/infra/tier-0s")));
        get.setRawHeader("Cookie", cookie);
        QCOMPARE(f.send(get, "GET", {}).status, 403); // no token
        get.setRawHeader("X-XSRF-TOKEN", xsrf);
        QCOMPARE(f.send(get, "GET", {}).status, 200);
    }

    /// Without OVHcloud's NSX right (unpublished switch adminNsxRight), the right password is
    /// refused with a 403 that is a right, never the credentials' wording; granted, it opens.
    void nsxRightEnforced()
    {
        QString why;
        QVERIFY2(f.server->setUnpublished(s("adminNsxRight"), s("not-granted"), &why), qPrintable(why));
        Reply r = nsx("GET", s("/infra/tier-0s"));
        QCOMPARE(r.status, 403);
        QVERIFY2(r.object().value(s("error_message")).toString().contains(s("permission")), r.body.constData());
        QVERIFY(!r.object().value(s("error_message")).toString().contains(s("credentials")));
        QNetworkRequest login(QUrl(f.server->url().toString() + s("/nsx/") + f.sn() + s("/api/session/create")));
        login.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply *reply = f.nam.post(login, "j_username=admin%40pcc-192-0-2-1.ovh.com&j_password=" + QUrl::toPercentEncoding(f.goodPassword()));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        reply->deleteLater();
        QVERIFY(f.server->setUnpublished(s("adminNsxRight"), s("granted")));
        QCOMPARE(nsx("GET", s("/infra/tier-0s")).status, 200);
    }

    void validation()
    {
        // GCM needs IKEv2 and no digest; lifetimes have bounds; weak enums are refused.
        Reply r = nsx("PATCH", s("/infra/ipsec-vpn-ike-profiles/bad"),
                      QJsonObject{{s("resource_type"), s("IPSecVpnIkeProfile")}, {s("ike_version"), s("IKE_V1")},
                                  {s("encryption_algorithms"), QJsonArray{s("AES_GCM_256")}}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(s("error_message")).toString().contains(s("IKE_V2")));
        r = nsx("PATCH", s("/infra/ipsec-vpn-tunnel-profiles/bad"),
                QJsonObject{{s("resource_type"), s("IPSecVpnTunnelProfile")}, {s("sa_life_time"), 60}});
        QCOMPARE(r.status, 400);
        QCOMPARE(nsx("GET", s("/infra/ipsec-vpn-tunnel-profiles/bad")).status, 404);
        // The local endpoint must be a free address of the PCC block.
        QCOMPARE(nsx("PATCH", svc(), QJsonObject{{s("resource_type"), s("IPSecVpnService")}}).status, 200);
        r = nsx("PATCH", svc() + s("/local-endpoints/x"),
                QJsonObject{{s("resource_type"), s("IPSecVpnLocalEndpoint")}, {s("local_address"), s("192.0.2.1")}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(s("error_message")).toString().contains(s("reserved")));
        // The gateway is not listed as in use (issue 16), yet it is no endpoint either.
        r = nsx("PATCH", svc() + s("/local-endpoints/x"),
                QJsonObject{{s("resource_type"), s("IPSecVpnLocalEndpoint")}, {s("local_address"), s("192.0.2.14")}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(s("error_message")).toString().contains(s("gateway")));
        r = nsx("PATCH", svc() + s("/local-endpoints/x"),
                QJsonObject{{s("resource_type"), s("IPSecVpnLocalEndpoint")}, {s("local_address"), s("10.0.0.1")}});
        QCOMPARE(r.status, 400);
        // A session naming a missing endpoint is refused.
        r = nsx("PATCH", svc() + s("/sessions/s-missing"), session(s("203.0.113.50")));
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(s("error_message")).toString().contains(s("local_endpoint_path")));
    }

    void sessionComesUpAndHidesPsk()
    {
        configureBase();
        QCOMPARE(nsx("PATCH", svc() + s("/sessions/s1"), session(s("203.0.113.50"))).status, 200);
        // PATCH again with the same body: no new revision (idempotent).
        QCOMPARE(nsx("PATCH", svc() + s("/sessions/s1"), session(s("203.0.113.50"))).status, 200);
        Reply r = nsx("GET", svc() + s("/sessions/s1"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().contains(s("psk")));
        QCOMPARE(r.object().value(s("_revision")).toInt(), 0);
        QCOMPARE(r.object().value(s("peer_address")).toString(), s("203.0.113.50"));
        r = nsx("GET", svc() + s("/sessions/s1"), {}, f.goodPassword(), "?action=show_sensitive_data");
        QCOMPARE(r.object().value(s("psk")).toString(), s("Abcdefghijklmnopqrstuvwxyz012345"));
        // The deprecated locale-services path addresses the same object.
        QCOMPARE(nsx("GET", s("/infra/tier-0s/") + snc::sandbox::NsxModule::tier0Id() + s("/locale-services/default/ipsec-vpn-services/wiz/sessions/s1")).status, 200);

        const QString status = svc() + s("/sessions/s1/detailed-status");
        QJsonObject st = nsx("GET", status).object().value(s("results")).toArray().at(0).toObject();
        QCOMPARE(st.value(s("runtime_status")).toString(), s("DOWN"));
        QCOMPARE(st.value(s("ike_status")).toObject().value(s("ike_session_state")).toString(), s("NEGOTIATING"));
        f.clock.advanceMs(10'000);
        st = nsx("GET", status).object().value(s("results")).toArray().at(0).toObject();
        QCOMPARE(st.value(s("runtime_status")).toString(), s("UP"));
        QCOMPARE(st.value(s("total_tunnels")).toInt(), 2);
        QCOMPARE(st.value(s("negotiated_tunnels")).toInt(), 2);

        // Disabling the session takes it down with a reason.
        QCOMPARE(nsx("PATCH", svc() + s("/sessions/s1"), QJsonObject{{s("enabled"), false}}).status, 200);
        st = nsx("GET", status).object().value(s("results")).toArray().at(0).toObject();
        QCOMPARE(st.value(s("runtime_status")).toString(), s("DOWN"));
        QVERIFY(!st.value(s("ike_status")).toObject().value(s("fail_reason")).toString().isEmpty());
        QCOMPARE(nsx("PATCH", svc() + s("/sessions/s1"), QJsonObject{{s("enabled"), true}}).status, 200);
        // A used profile cannot be deleted.
        QCOMPARE(nsx("DELETE", s("/infra/ipsec-vpn-ike-profiles/wiz-ike")).status, 400);
    }

    void silentPeerNeverComesUp()
    {
        configureBase();
        QCOMPARE(nsx("PATCH", svc() + s("/sessions/s2"), session(s("198.51.100.7"))).status, 200);
        f.clock.advanceMs(120'000);
        const QJsonObject st = nsx("GET", svc() + s("/sessions/s2/detailed-status"))
                                       .object().value(s("results")).toArray().at(0).toObject();
        QCOMPARE(st.value(s("runtime_status")).toString(), s("DOWN"));
        QCOMPARE(st.value(s("ike_status")).toObject().value(s("ike_session_state")).toString(), s("DOWN"));
        QVERIFY(st.value(s("ike_status")).toObject().value(s("fail_reason")).toString().contains(s("198.51.100.7")));
        QCOMPARE(nsx("DELETE", svc() + s("/sessions/s2")).status, 200);
        QCOMPARE(nsx("GET", svc() + s("/sessions/s2")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxNsx)
#include "tst_sandbox_nsx.moc"
