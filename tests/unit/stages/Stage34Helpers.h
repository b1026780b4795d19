// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Brings the sandbox to the start of stage 3 with the real models: the caller's address allowed,
// the admin profile complete, and a KNOWN admin password (the NSX Manager's basic
// authentication uses it) with the authenticator enrolled. Then the VPN's settings and read, and
// the private gateway's lock-out checks and actions (stage 4).
#pragma once

#include "Stage2Helpers.h"

#include "stages/gateway/PrivateGatewayModel.h"
#include "stages/vpn/VpnModel.h"

#include <functional>

namespace snc::test {

inline SecretBytes knownAdminPassword()
{
    return SecretBytes::fromString(QStringLiteral("Practice-Pass-2026!"));
}

/// Allowed network + profile + password + TOTP; the admin password is knownAdminPassword().
inline bool enrolAdminWithKnownPassword(SandboxFixture &f)
{
    return enrolledAdminModel(f, knownAdminPassword()) != nullptr;
}

/// For an initTestCase: a started sandbox with the admin enrolled (enrolAdminWithKnownPassword),
/// the start of stage 3. Empty when ready; else what failed, for QVERIFY2.
inline QString startAtStage3(std::unique_ptr<SandboxFixture> &f)
{
    f = std::make_unique<SandboxFixture>();
    if (!f->started)
        return f->startError;
    if (!enrolAdminWithKnownPassword(*f))
        return QStringLiteral("the admin was not enrolled with the known password (stages 1-2)");
    return {};
}

/// The base of a stage-3/4 test class whose functions share one sandbox at the start of stage 3.
/// QTest runs the inherited initTestCase/cleanupTestCase (a class that needs more declares its own).
class Stage3TestCase : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<SandboxFixture> f;

private slots:
    void initTestCase()
    {
        const QString notReady = startAtStage3(f);
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    }
    void cleanupTestCase() { f.reset(); }
};

/// The settings of a VPN the sandbox brings UP (or never, with a peer in 198.51.100.0/24).
inline VpnSettings practiceVpn(const QString &peer = QStringLiteral("203.0.113.50"))
{
    VpnSettings s;
    s.peerAddress = peer;
    s.customerSubnets = {QStringLiteral("192.168.10.0/24")};
    s.pccSubnets = {QStringLiteral("172.16.0.0/24")};
    s.localAddress = QStringLiteral("192.0.2.5");
    return s;
}

/// Refreshes `vpn`, gives it the password, waits for the read with it.
inline bool connectVpn(VpnModel &vpn)
{
    vpn.setStatusIntervalMs(30);
    QSignalSpy refreshed(&vpn, &StageModel::refreshed);
    vpn.refresh();
    if (!refreshed.wait(10000))
        return false;
    vpn.setNsxPassword(knownAdminPassword());
    return refreshed.wait(10000) && refreshed.last().first().toBool() && !vpn.needsPassword();
}

/// What the lock-out guard says of one check (Unknown while it has not said).
inline GuardCheck::Result resultOf(const PrivateGatewayModel &m, GuardCheck::Id id)
{
    const auto checks = m.checks();
    for (const GuardCheck &c : checks) {
        if (c.id == id)
            return c.result;
    }
    return GuardCheck::Result::Unknown;
}

/// Runs the lock-out checks and waits until none is still running; false if one never ended.
inline bool runChecks(PrivateGatewayModel &m)
{
    QSignalSpy changed(&m, &PrivateGatewayModel::checksChanged);
    m.runChecks();
    while (m.isChecking()) {
        if (!changed.wait(10000))
            return false;
    }
    return true;
}

/// Starts a gateway action (enable, reconfigure, disable) and waits for its end; true when it
/// started and ended well.
inline bool act(PrivateGatewayModel &m, const std::function<bool()> &action)
{
    QSignalSpy finished(&m, &PrivateGatewayModel::actionFinished);
    if (!action())
        return false;
    return finished.wait(30000) && finished.first().first().toBool();
}

} // namespace snc::test
