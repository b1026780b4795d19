// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 8: a green lock-out check does not outlive what it saw. Against the real sandbox
// (stage 1's model, the allowed networks) with a stand-in VPN source: each check is made again
// when the allowed network is deleted, when the VPN drops, when the hosts file changes (watched,
// and looked at again at the moment of a change of the gateway); another datacenter forgets them; a
// network still being created or in error is not an allowed network.
#include "Stage34Helpers.h"

#include "sandbox/modules/DedicatedCloudModule.h"
#include "stages/VpnStatusService.h"
#include "stages/gateway/PrivateGatewayModel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snc;
using namespace snc::test;

namespace {

/// Stage 3 as the guard sees it: a session the test brings up or down.
class FakeVpn : public QObject, public VpnStatusService::Source
{
public:
    bool up = true;
    bool isSessionUp() const override { return up; }
    QString sessionText() const override { return up ? QStringLiteral("up") : QStringLiteral("down"); }
    void readSessionStatus(QObject *context, std::function<void()> done) override
    {
        QTimer::singleShot(0, context, std::move(done));
    }
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

} // namespace

class TestGatewayGuardStale : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> f;
    QTemporaryDir dir;
    std::unique_ptr<AllowedNetworksModel> networks;
    std::unique_ptr<FakeVpn> vpn;
    std::unique_ptr<PrivateGatewayModel> m;
    QString stateRead; ///< the gateway's state as init() read it

    QString hostsPath() const { return dir.filePath(QStringLiteral("hosts")); }
    QByteArray goodHosts() const { return "127.0.0.1 localhost\n" + m->hostsLine().toUtf8() + "\n"; }

    /// The sandbox's entry for the gateway's network.
    sandbox::DedicatedCloudModule::Network *gatewayEntry()
    {
        auto *service = f->modules.dedicatedCloud->service(SandboxFixture::serviceName());
        for (auto &[id, n] : service->networks) {
            if (n.network == QStringLiteral("172.16.0.0/24"))
                return &n;
        }
        return nullptr;
    }

    bool refreshNetworks()
    {
        QSignalSpy refreshed(networks.get(), &StageModel::refreshed);
        networks->refresh();
        return refreshed.wait(10000) && refreshed.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        f = std::make_unique<SandboxFixture>();
        QVERIFY2(f->started, qPrintable(f->startError));
        QVERIFY(allowCallerAddress(*f));
    }
    void cleanupTestCase() { f.reset(); }

    // Every test starts from three green checks.
    void init()
    {
        networks = std::make_unique<AllowedNetworksModel>(f->context.get());
        fastPolling(networks->taskPoller());
        QVERIFY(refreshNetworks());
        vpn = std::make_unique<FakeVpn>();
        f->context->vpnStatus()->setSource(vpn.get(), vpn.get());
        m = std::make_unique<PrivateGatewayModel>(f->context.get());
        m->setDatacenterId(1);
        // Its read gives NSX Manager's name (GET …/nsxt): the hosts line is known only after it.
        QSignalSpy read(m.get(), &StageModel::refreshed);
        m->refresh();
        QVERIFY(read.wait(10000));
        QVERIFY(!m->hostNames().isEmpty());
        stateRead = m->state();
        m->setInputs(QStringLiteral("172.16.0.1"), QStringLiteral("255.255.255.0"), QStringLiteral("pg-vrack-admin"));
        QVERIFY(writeFile(hostsPath(), goodHosts()));
        m->setHostsFilePath(hostsPath());
        QSignalSpy checks(m.get(), &PrivateGatewayModel::checksChanged);
        QVERIFY(m->addGatewayNetworkToAllowed());
        QTRY_VERIFY_WITH_TIMEOUT(!m->isBusy() && !networks->isBusy() && !networks->isTaskRunning(), 20000);
        QVERIFY(runChecks(*m));
        QVERIFY2(m->allChecksPass(), qPrintable(m->lastErrorMessage()));
        QVERIFY(m->changeAllowed());
    }
    void cleanup()
    {
        m.reset();
        vpn.reset();
        networks.reset();
    }

    void allowedNetworkDeleted()
    {
        const auto list = networks->networks();
        qint64 id = 0;
        for (const AllowedNetwork &n : list) {
            if (n.network == QStringLiteral("172.16.0.0/24"))
                id = n.networkAccessId;
        }
        QVERIFY(id > 0);
        QSignalSpy finished(networks.get(), &AllowedNetworksModel::actionFinished);
        QVERIFY(networks->deleteNetwork(id));
        QVERIFY(finished.wait(20000) && finished.first().first().toBool());
        QCOMPARE(resultOf(*m, GuardCheck::Id::AllowedNetwork), GuardCheck::Result::Fail);
        QVERIFY(!m->changeAllowed());
        QVERIFY(!m->enable()); // refused: nothing sent
        QCOMPARE(m->state(), stateRead); // unchanged: nothing sent
    }

    void networkNotAllowedYet_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("being created") << QStringLiteral("toCreate");
        QTest::newRow("in error") << QStringLiteral("error");
    }
    void networkNotAllowedYet()
    {
        QFETCH(QString, state);
        sandbox::DedicatedCloudModule::Network *entry = gatewayEntry();
        QVERIFY(entry);
        entry->state = state;
        const bool read = refreshNetworks();
        gatewayEntry()->state = QStringLiteral("allowed");
        QVERIFY(read);
        // The list changed: check 1 made again at once, and again by a new run.
        QCOMPARE(resultOf(*m, GuardCheck::Id::AllowedNetwork), GuardCheck::Result::Fail);
        QVERIFY(!m->enable());
        entry = gatewayEntry();
        entry->state = state;
        const bool ran = runChecks(*m);
        gatewayEntry()->state = QStringLiteral("allowed");
        QVERIFY(ran);
        QCOMPARE(resultOf(*m, GuardCheck::Id::AllowedNetwork), GuardCheck::Result::Fail);
        QVERIFY(!m->changeAllowed());
    }

    void vpnDrops()
    {
        vpn->up = false;
        f->context->vpnStatus()->notifyChanged();
        QCOMPARE(resultOf(*m, GuardCheck::Id::VpnUp), GuardCheck::Result::Fail);
        QVERIFY(!m->changeAllowed());
        QVERIFY(!m->enable());
        QVERIFY(m->lastErrorMessage().contains(m->confirmationPhrase()));
        // Stage 3 gone altogether: the same.
        vpn->up = true;
        f->context->vpnStatus()->notifyChanged();
        QVERIFY(m->allChecksPass());
        vpn.reset();
        QCOMPARE(resultOf(*m, GuardCheck::Id::VpnUp), GuardCheck::Result::Fail);
    }

    void anotherDatacenter()
    {
        m->setDatacenterId(2);
        for (GuardCheck::Id id : {GuardCheck::Id::AllowedNetwork, GuardCheck::Id::VpnUp, GuardCheck::Id::HostsFile})
            QCOMPARE(resultOf(*m, id), GuardCheck::Result::Unknown);
        QVERIFY(!m->changeAllowed());
        m->setDatacenterId(1); // back: still to be checked again
        QVERIFY(!m->allChecksPass());
    }

    void hostsFileChangedThenChange()
    {
        // Changed just before the click (before any event of the watcher): seen at the moment of
        // the change, no longer green, then read again off the GUI thread.
        QVERIFY(writeFile(hostsPath(), "127.0.0.1 localhost\n"));
        QVERIFY(!m->enable());
        QVERIFY(resultOf(*m, GuardCheck::Id::HostsFile) != GuardCheck::Result::Pass);
        QCOMPARE(m->state(), stateRead); // unchanged: nothing sent
        QTRY_COMPARE_WITH_TIMEOUT(resultOf(*m, GuardCheck::Id::HostsFile), GuardCheck::Result::Fail, 10000);
        QVERIFY(!m->changeAllowed());
    }

    void hostsFileChangedWatched()
    {
        QVERIFY(writeFile(hostsPath(), "127.0.0.1 localhost\n"));
        QTRY_COMPARE_WITH_TIMEOUT(resultOf(*m, GuardCheck::Id::HostsFile), GuardCheck::Result::Fail, 10000);
        QVERIFY(!m->changeAllowed());
        // Put back: green again, without a click.
        QVERIFY(writeFile(hostsPath(), goodHosts()));
        QTRY_VERIFY_WITH_TIMEOUT(m->allChecksPass(), 10000);
        // Replaced by another file, as editors save.
        const QString other = dir.filePath(QStringLiteral("hosts.new"));
        QVERIFY(writeFile(other, "127.0.0.1 localhost\n"));
        QVERIFY(QFile::remove(hostsPath()) && QFile::rename(other, hostsPath()));
        QTRY_COMPARE_WITH_TIMEOUT(resultOf(*m, GuardCheck::Id::HostsFile), GuardCheck::Result::Fail, 10000);
    }
};

QTEST_GUILESS_MAIN(TestGatewayGuardStale)
#include "tst_gatewayguardstale.moc"
