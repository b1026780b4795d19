// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exported swanctl.conf checked by strongSwan's own parser: a private charon daemon (its own
// strongswan.conf, VICI socket in a temporary folder, run in its own network and mount
// namespaces so that no IPsec policy or pid file of the machine is touched) and
// `swanctl --load-all --file <conf>` against it. Needs root (CI runs as root) and the Debian
// packages strongswan-charon, strongswan-swanctl and libstrongswan-standard-plugins: when one is
// missing the test FAILS and names the package (scripts/setup-deps.sh --test installs them).
#include "crypto/RandomSecret.h"
#include "stages/vpn/VpnSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace snc;

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

const char kCharon[] = "/usr/lib/ipsec/charon";
const char kSwanctl[] = "/usr/sbin/swanctl";
const char kPluginDir[] = "/usr/lib/ipsec/plugins";

// What the private charon loads: no kernel-ipsec would be refused by charon ("unmet dependency:
// CUSTOM:kernel-ipsec"), so kernel-netlink is loaded, inside a network namespace of its own.
const char kPlugins[] = "random nonce openssl pem pkcs1 x509 revocation constraints pubkey "
                        "kernel-netlink socket-default vici";

QString packageOfPlugin(const QString &plugin)
{
    return plugin == s("openssl") ? s("libstrongswan-standard-plugins")
                                  : plugin == s("vici") ? s("strongswan-libcharon") : s("libstrongswan");
}
} // namespace

class TestSwanctlParser : public QObject
{
    Q_OBJECT

    QTemporaryDir dir{s("/tmp/snc-swanctl-XXXXXX")}; // short: a unix socket path has ≤ 107 bytes
    QProcess charon;
    QString socketPath;

    QString run(const QStringList &args, int *exitCode)
    {
        QProcess p;
        p.setProcessEnvironment(charon.processEnvironment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(s(kSwanctl), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            *exitCode = -1;
        } else {
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        return QString::fromLocal8Bit(p.readAll());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(s(kCharon)).isExecutable(),
                 "strongSwan's charon daemon is missing: apt-get install strongswan-charon "
                 "(scripts/setup-deps.sh --test)");
        QVERIFY2(QFileInfo(s(kSwanctl)).isExecutable(),
                 "swanctl is missing: apt-get install strongswan-swanctl (scripts/setup-deps.sh --test)");
        for (const QString &plugin : s(kPlugins).split(u' ')) {
            const QString file = s("%1/libstrongswan-%2.so").arg(s(kPluginDir), plugin);
            QVERIFY2(QFileInfo::exists(file), qPrintable(s("strongSwan plugin %1 is missing: apt-get install %2")
                                                                 .arg(file, packageOfPlugin(plugin))));
        }
        QVERIFY2(::geteuid() == 0, "charon needs root (CI runs as root): run this test as root");
        QVERIFY(dir.isValid());

        socketPath = dir.filePath(s("charon.vici"));
        QFile conf(dir.filePath(s("strongswan.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(s("charon {\n"
                     "    load = %1\n"
                     "    port = 0\n"
                     "    port_nat_t = 0\n"
                     "    install_routes = no\n"
                     "    install_virtual_ip = no\n"
                     "    plugins {\n"
                     "        vici {\n"
                     "            socket = unix://%2\n"
                     "        }\n"
                     "    }\n"
                     "    filelog {\n"
                     "        stderr {\n"
                     "            default = 1\n"
                     "        }\n"
                     "    }\n"
                     "}\n"
                     "swanctl {\n"
                     "    load = pem pkcs1 x509 revocation constraints pubkey openssl random\n"
                     "}\n")
                           .arg(s(kPlugins), socketPath)
                           .toUtf8());
        conf.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("STRONGSWAN_CONF"), conf.fileName());
        charon.setProcessEnvironment(env);
        charon.setProcessChannelMode(QProcess::MergedChannels);
        // Own network namespace: the trap policies of `start_action = trap` stay out of the
        // machine's kernel. Own mount namespace with a fresh /run: charon's pid file
        // (/var/run/charon.pid) never meets a system charon.
        charon.start(s("unshare"), {s("--net"), s("--mount"), s("--propagation"), s("private"), s("sh"), s("-c"),
                                    s("mount -t tmpfs tmpfs /run && exec %1").arg(s(kCharon))});
        QVERIFY2(charon.waitForStarted(10000), qPrintable(charon.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(socketPath) || charon.state() == QProcess::NotRunning,
                                  "charon did not open its VICI socket", 20000);
        QVERIFY2(charon.state() == QProcess::Running,
                 qPrintable(s("charon could not start in private namespaces (unshare needs root with "
                              "CAP_SYS_ADMIN): %1").arg(QString::fromLocal8Bit(charon.readAll()))));
    }

    void cleanupTestCase()
    {
        if (charon.state() != QProcess::NotRunning) {
            charon.terminate(); // SIGTERM: charon shuts down cleanly
            if (!charon.waitForFinished(10000)) {
                charon.kill();
                charon.waitForFinished();
            }
        }
    }

    void exportedConfLoads_data()
    {
        QTest::addColumn<int>("dhGroup");
        QTest::addColumn<QString>("peerId");
        QTest::newRow("group 20, peer address as identity") << 20 << QString();
        QTest::newRow("group 19, FQDN identity") << 19 << s("vpn.example.com");
        QTest::newRow("group 21") << 21 << QString();
    }
    void exportedConfLoads()
    {
        QFETCH(int, dhGroup);
        QFETCH(QString, peerId);
        // A realistic configuration: two customer subnets to one PCC subnet (two subnet pairs,
        // two children), a PSK as the product generates it.
        VpnSettings v;
        v.peerAddress = s("203.0.113.50");
        v.peerId = peerId;
        v.customerSubnets = {s("192.168.10.0/24"), s("192.168.20.0/24")};
        v.pccSubnets = {s("172.16.0.0/24")};
        v.localAddress = s("192.0.2.5");
        v.dhGroup = dhGroup;
        v.ikeLifetime = 28800;
        v.espLifetime = 3600;
        QVERIFY(v.problems(true).isEmpty());
        const SecretBytes psk = crypto::randomString(32);
        const QString path = dir.filePath(s("swanctl-%1.conf").arg(dhGroup));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(v.swanctlConf(psk).expose());
        file.close();

        int code = 0;
        const QString uri = s("unix://") + socketPath;
        const QString out = run({s("--load-all"), s("--clear"), s("--noprompt"), s("--file"), path, s("--uri"), uri}, &code);
        QVERIFY2(!out.contains(psk.exposeString()), "swanctl printed the PSK");
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(s("loaded ike secret 'ike-ovh-nsx'")), qPrintable(out));
        QVERIFY2(out.contains(s("loaded connection 'ovh-nsx'")), qPrintable(out));
        QVERIFY2(out.contains(s("successfully loaded 1 connections")), qPrintable(out));
        QVERIFY2(!out.contains(s("invalid config file")) && !out.contains(s("syntax error"))
                         && !out.contains(s("loading connection")), // "loading connection '…' failed"
                 qPrintable(out));

        // What charon understood: both children with their traffic selectors, the lifetimes.
        const QString conns = run({s("--list-conns"), s("--uri"), uri}, &code);
        QVERIFY2(code == 0, qPrintable(conns));
        QVERIFY2(conns.contains(s("ovh-nsx: IKEv2")), qPrintable(conns));
        QVERIFY2(conns.contains(s("rekeying every 28800s")), qPrintable(conns));
        QVERIFY2(conns.contains(s("dpd delay 60s")), qPrintable(conns));
        QVERIFY2(conns.contains(s("net-1: TUNNEL, rekeying every 3600s")), qPrintable(conns));
        QVERIFY2(conns.contains(s("net-2: TUNNEL, rekeying every 3600s")), qPrintable(conns));
        QVERIFY2(!conns.contains(s("net-3")), qPrintable(conns));
        QVERIFY2(conns.contains(s("local:  192.168.20.0/24")), qPrintable(conns));
        QVERIFY2(conns.contains(s("remote: 172.16.0.0/24")), qPrintable(conns));
        QVERIFY2(conns.contains(s("id: %1").arg(v.effectivePeerId())), qPrintable(conns));

        // The parser is not lenient: a broken copy of the same file is refused.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(v.swanctlConf(psk).expose()).replace("        children {\n", "        children\n"));
        file.close();
        const QString broken = run({s("--load-all"), s("--noprompt"), s("--file"), path, s("--uri"), uri}, &code);
        QVERIFY2(broken.contains(s("syntax error")) && broken.contains(s("invalid config file")), qPrintable(broken));
    }

    void quotedIdentityOneChild()
    {
        // One subnet pair, an e-mail identity: the quoted ids (issue 15 item 4) are read as the
        // identities themselves, and the file is exactly one connection with exactly one child.
        VpnSettings v;
        v.peerAddress = s("203.0.113.50");
        v.peerId = s("gw@example.com");
        v.customerSubnets = {s("192.168.10.0/24")};
        v.pccSubnets = {s("172.16.0.0/24")};
        v.localAddress = s("192.0.2.5");
        QVERIFY(v.problems(true).isEmpty());
        const SecretBytes psk = crypto::randomString(32);
        const SecretBytes conf = v.swanctlConf(psk);
        QVERIFY(conf.expose().contains("id = \"gw@example.com\"\n"));
        const QString path = dir.filePath(s("swanctl-one.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(conf.expose());
        file.close();
        int code = 0;
        const QString uri = s("unix://") + socketPath;
        const QString out = run({s("--load-all"), s("--clear"), s("--noprompt"), s("--file"), path, s("--uri"), uri}, &code);
        QVERIFY2(code == 0 && out.contains(s("successfully loaded 1 connections")), qPrintable(out));
        const QString conns = run({s("--list-conns"), s("--uri"), uri}, &code);
        QVERIFY2(code == 0, qPrintable(conns));
        QCOMPARE(conns.count(s(": IKEv2")), 1);
        QCOMPARE(conns.count(s(": TUNNEL")), 1);
        QVERIFY2(conns.contains(s("id: gw@example.com")), qPrintable(conns));
        QVERIFY2(conns.contains(s("id: 192.0.2.5")), qPrintable(conns));
        QVERIFY2(!conns.contains(s("updown")), qPrintable(conns));
    }
};

QTEST_GUILESS_MAIN(TestSwanctlParser)
#include "tst_swanctlparser.moc"
