// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace snc {

/**
 * @brief The host names of one PCC, as OVHcloud's API gives them: never built from the service
 * name, since a PCC's FQDN is `pcc-x-x-x-x.ovh.<tld>` with a TLD that varies (`.com`, `.de`,
 * `.ca`, …) and only the API knows which (issue 17, item 1).
 *
 * Filled from `GET /dedicatedCloud/{sn}` (`webInterfaceUrl`, `certifiedInterfaceUrl`) and, once
 * stage 3 has read it, `GET /dedicatedCloud/{sn}/nsxt` (`url`). Plain value.
 */
struct ServiceHosts
{
    QUrl webInterfaceUrl;       ///< vSphere's web client, "https://pcc-…/ui"
    QUrl certifiedInterfaceUrl; ///< the secure interface, "https://pcc-…/secure/"
    QUrl nsxtUrl;               ///< NSX Manager, "https://nsxt.pcc-…" (empty until read)

    /// Reads the two URLs of a `dedicatedCloud.dedicatedCloud` object (nsxtUrl stays empty).
    static ServiceHosts fromService(const QJsonObject &service);

    /// True when the API gave the PCC's own address (certifiedInterfaceUrl or webInterfaceUrl).
    bool isKnown() const { return !pccFqdn().isEmpty(); }
    /// The PCC's FQDN ("pcc-198-51-100-7.ovh.de"), lower case: the host of
    /// certifiedInterfaceUrl, else of webInterfaceUrl; empty when neither is an https URL.
    QString pccFqdn() const;
    /// The secure interface's base, always with its final '/' (OVHcloud's page needs it).
    QUrl secureInterface() const;
    /**
     * @brief The names the hosts file must send to the private gateway after stage 4: the PCC's
     * FQDN, NSX Manager's host (from nsxtUrl; `nsxt.<FQDN>` while it is not read, NSX-T's form)
     * and `vrops.<FQDN>` (the API gives no vROps address: same domain, OVHcloud's naming).
     * Empty when the FQDN is not known.
     */
    QStringList vsphereHostNames() const;

    bool operator==(const ServiceHosts &o) const
    {
        return webInterfaceUrl == o.webInterfaceUrl && certifiedInterfaceUrl == o.certifiedInterfaceUrl
                && nsxtUrl == o.nsxtUrl;
    }
    bool operator!=(const ServiceHosts &o) const { return !(*this == o); }
};

} // namespace snc
