// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/OnboardingOverview.h"

#include "stages/StageCatalog.h"

namespace snc {

namespace {

using WaitSource = OnboardingOverview::WaitSource;

/// One row per stage: how its wait on OVHcloud is known, and where the figure comes from.
/// Only figures OVHcloud states are given as numbers; the practice sandbox's task timings are
/// not a measurement of OVHcloud and are never used here.
struct Wait
{
    int stage;
    WaitSource source;
    int minutes;
};

constexpr Wait kWaits[] = {
    // allowedNetwork POST/DELETE and the userAccessPolicy PUT each start a task; neither the
    // API reference nor the allowed-IP guide (ovh/docs, shared/reference/ovh-api.md) gives a duration.
    {1, WaitSource::Unpublished, 0},
    // "This token is valid for 15 minutes. If you do not confirm this operation before it expires,
    // it will be canceled" — OVHcloud's "Getting started with your SecNumCloud vSphere" guide
    // (shared/seeds/secnumcloud-getting-started.en.md). The user and option tasks before it: unpublished.
    {2, WaitSource::Published, 15},
    // NSX-T's activation on the service and the NSX Policy API: no duration published
    // (shared/reference/nsx-ipsec.md). The tunnel is up once the customer's peer is configured.
    {3, WaitSource::Unpublished, 0},
    // privateGateway/enable starts a task deploying a VM; the private-gateway guide
    // (ovh/docs private_gateway, shared/seeds/private-gateway.fr.md) gives no duration.
    {4, WaitSource::Unpublished, 0},
    // The KMS registration task stays at "Waiting for customer to configure the KMS Server..."
    // (OVHcloud's own Control Panel constant) until the key provider is set up in vCenter:
    // it ends when the customer is done (shared/seeds/okms-vm-encryption.fr.md gives no figure).
    {5, WaitSource::Customer, 0},
    // The SecNumCloud activation task: no duration published (getting-started guide, last step).
    {6, WaitSource::Unpublished, 0},
};

Wait waitOf(int stage)
{
    for (const Wait &w : kWaits) {
        if (w.stage == stage)
            return w;
    }
    return {stage, WaitSource::Unpublished, 0};
}

} // namespace

QString OnboardingOverview::heading()
{
    return tr("Before you start", "@title");
}

QString OnboardingOverview::introduction()
{
    return tr("This wizard takes your OVHcloud Hosted Private Cloud SecNumCloud service (a PCC named like "
              "pcc-192-0-2-1) from delivery to an activated SecNumCloud service, in six stages. It works "
              "through the OVHcloud API with keys you create, and changes nothing until you press a button "
              "that says what it will do.", "@info");
}

QList<OnboardingOverview::Stage> OnboardingOverview::stages()
{
    //: "Usually minutes" is said where OVHcloud publishes no duration: never replace it with a figure.
    const QString unpublished = tr("usually minutes; can take longer (OVHcloud publishes no duration)", "@info wait");
    QList<Stage> list;
    const auto add = [&list](int n, const QString &summary, const QStringList &haveAtHand, const QString &wait) {
        Stage s;
        s.number = n;
        s.title = StageCatalog::title(n);
        s.summary = summary;
        s.haveAtHand = haveAtHand;
        s.waitOnOvhcloud = wait;
        const Wait w = waitOf(n);
        s.source = w.source;
        s.publishedMinutes = w.minutes;
        list << s;
    };
    add(1, tr("Only the networks you list may reach vCenter and the secure interface.", "@info stage"),
        {tr("the public IP addresses you and your administrators connect from", "@item have at hand")},
        tr("one task per network and one for the access policy: %1.", "@info wait").arg(unpublished));
    add(2, tr("The admin account gets its phone, e-mail, password and an authenticator app, then becomes the "
              "token validator that confirms sensitive operations.", "@info stage"),
        {tr("the admin's phone (SMS) and mailbox, both within reach", "@item have at hand"),
         tr("an authenticator app on a phone (TOTP)", "@item have at hand")},
        //: %n is the token's validity in minutes, as OVHcloud publishes it (15)
        tr("the SMS token must be confirmed within %n minute(s), or the operation is cancelled and a new "
           "token is needed: keep the phone at hand for that window. The other tasks: %1.", "@info wait",
           waitOf(2).minutes).arg(unpublished));
    add(3, tr("An IPsec tunnel from your site to the service, configured in NSX.", "@info stage"),
        {tr("your VPN peer's public address and the subnets behind it", "@item have at hand"),
         tr("someone who can configure your VPN device", "@item have at hand"),
         tr("NSX-T enabled on the service (Control Panel)", "@item have at hand")},
        tr("NSX-T's activation, if not done yet: %1. The tunnel comes up once your side is configured.",
           "@info wait").arg(unpublished));
    add(4, tr("vSphere leaves the internet: it is reached only through your private network (vRack).",
              "@info stage"),
        {tr("a vRack portgroup under the datacenter", "@item have at hand"),
         tr("a free network (address and mask) for the gateway", "@item have at hand"),
         tr("the right to edit the hosts file on the computers that manage vSphere", "@item have at hand")},
        tr("the gateway's deployment task: %1.", "@info wait").arg(unpublished));
    add(5, tr("Virtual machines are encrypted with keys held by your OVHcloud KMS (OKMS).", "@info stage"),
        {tr("an OKMS ordered in the Control Panel", "@item have at hand"),
         tr("vCenter access with the right to add a key provider", "@item have at hand")},
        tr("the registration waits until you have added the key provider in vCenter: as long as that takes "
           "you (it may be hours; the wizard can be closed meanwhile).", "@info wait"));
    add(6, tr("SecNumCloud is activated on the service, and a compliance report is produced.", "@info stage"),
        {tr("nothing more: the earlier stages done", "@item have at hand")},
        tr("the activation task: %1.", "@info wait").arg(unpublished));
    return list;
}

QList<OnboardingOverview::Lockout> OnboardingOverview::lockouts()
{
    // Said as the code guards it: AllowedNetworksModel (stage 1) confirms nothing; the private
    // gateway's LockoutGuard (stage 4) refuses without its checks or the typed sentence.
    return {
        {1, tr("Filtering access, or removing a network, in the allowed networks", "@info lockout"),
         tr("Once access is filtered, only the listed networks reach vCenter and the secure interface.",
            "@info lockout"),
         tr("The page offers \"Use my current address\" so that yours is listed first, and shows each "
            "network's state. Removing a network asks no confirmation: check that it is not yours.",
            "@info lockout"),
         tr("The OVHcloud API is not filtered by this list, so the wizard can always add your address back.",
            "@info lockout")},
        {4, tr("Enabling the private gateway", "@info lockout"),
         tr("vSphere stops being reachable from the internet, only through the vRack (your VPN).", "@info lockout"),
         tr("Enable, Reconfigure, and Disable while your hosts file sends the vSphere names to the gateway, "
            "need three green checks — the gateway's network is allowed, the VPN is up, your hosts file has "
            "the lines the wizard shows — or a typed sentence that names the risk. A check turns red again as "
            "soon as what it saw changes.", "@info lockout"),
         tr("The gateway can be disabled through the OVHcloud API, from stage 4, even without vSphere.",
            "@info lockout")},
    };
}

QString OnboardingOverview::stopAndResume()
{
    return tr("You can stop at any time and come back later, from this computer or another: each stage's "
              "state is read again from OVHcloud, your keys stay in the system keychain, and a task still "
              "running is followed again. Only an SMS token that expired (after 15 minutes) must be asked "
              "for again.", "@info");
}

QString OnboardingOverview::help()
{
    return tr("Help → Copy support summary copies what support needs (versions, service, each stage's state, "
              "the last errors), never a secret; Help also opens OVHcloud's getting-started guide. OVHcloud support: "
              "open a ticket from your Control Panel. Without a window, \"snc-wizard --status\" prints each "
              "stage's state.", "@info");
}

} // namespace snc
