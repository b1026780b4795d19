// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Brings the sandbox to the start of stage 3 with the real models: the caller's address allowed,
// the admin profile complete, and a KNOWN admin password (the NSX Manager's basic
// authentication uses it) with the authenticator enrolled.
#pragma once

#include "Stage2Helpers.h"

#include "stages/vpn/VpnModel.h"

namespace snc::test {

inline SecretBytes knownAdminPassword()
{
    return SecretBytes::fromString(QStringLiteral("Practice-Pass-2026!"));
}

/// Allowed network + profile + password + TOTP; the admin password is knownAdminPassword().
inline bool enrolAdminWithKnownPassword(SandboxFixture &f)
{
    if (!allowCallerAddress(f))
        return false;
    AdminSecurityModel model(f.context.get());
    fastPolling(model.admin()->taskPoller());
    QSignalSpy refreshed(&model, &StageModel::refreshed);
    model.refresh();
    if (!refreshed.wait(10000))
        return false;
    if (!saveProfile(model, QStringLiteral("06 12 34 56 78"), QStringLiteral("camille.martin@example.com")))
        return false;
    SecureInterface *secure = model.secureInterface();
    model.startPasswordReset();
    if (!waitForStep(secure, SecureInterface::Step::WaitingForCodes))
        return false;
    model.submitCodes(f.lastCode(QStringLiteral("sms")), f.lastCode(QStringLiteral("email")));
    if (!waitForStep(secure, SecureInterface::Step::WaitingForPassword))
        return false;
    if (!model.definePassword(knownAdminPassword(), knownAdminPassword()))
        return false;
    if (!waitForStep(secure, SecureInterface::Step::WaitingForTotp) || !model.totp()->isReady())
        return false;
    f.ticker.stop();
    model.setTotpSecretStored(true); // as a person ticks "I have stored it" (issue 18 item 8)
    const bool sent = model.confirmTotp(model.totp()->currentCode().exposeString());
    const bool enabled = sent && waitForStep(secure, SecureInterface::Step::Enabled);
    f.ticker.start(10);
    return enabled;
}

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

} // namespace snc::test
