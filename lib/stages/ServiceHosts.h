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
 * stage 3 or stage 4 has read it, `GET /dedicatedCloud/{sn}/nsxt` (`url`, setNsxt()). Plain value.
 */
struct ServiceHosts
{
    QUrl webInterfaceUrl;       ///< vSphere's web client, "https://pcc-…/ui"
    QUrl certifiedInterfaceUrl; ///< the secure interface, "https://pcc-…/secure/"
    QUrl nsxtUrl;               ///< NSX Manager, "https://nsxt.pcc-…" (empty until read, or not enabled)
    bool nsxtRead = false;      ///< `GET …/nsxt` answered: nsxtUrl is what OVHcloud says, even empty

    /// Reads the two URLs of a `dedicatedCloud.dedicatedCloud` object (NSX-T not read).
    static ServiceHosts fromService(const QJsonObject &service);
    /// Takes a `dedicatedCloud.Nsxt` answer: nsxtRead, and nsxtUrl only when the option is
    /// `enabled` with an https URL (NSX-T not enabled: no NSX Manager to name).
    void setNsxt(const QJsonObject &nsxt);
    /// The NSX-T answer of `previous` kept when it is about the same PCC (a re-read of the
    /// service gives its URLs again, not /nsxt's).
    void keepNsxtOf(const ServiceHosts &previous);

    /// True when the API gave the PCC's own address (certifiedInterfaceUrl or webInterfaceUrl).
    bool isKnown() const { return !pccFqdn().isEmpty(); }
    /// The PCC's FQDN ("pcc-198-51-100-7.ovh.de"), lower case: the host of
    /// certifiedInterfaceUrl, else of webInterfaceUrl; empty when neither is an https URL.
    QString pccFqdn() const;
    /// The secure interface's base (certifiedInterfaceUrl, a required field of the published
    /// model), always with its final '/' (OVHcloud's page needs it); empty when not https.
    QUrl secureInterface() const;
    /**
     * @brief The names the hosts file must send to the private gateway after stage 4: the PCC's
     * FQDN and, when NSX-T is enabled, NSX Manager's host, both as the API gave them. Empty (not
     * known) until both the FQDN and `/nsxt` have been read: never a name built from a pattern.
     * No vROps line: the wizard never connects to vROps and the API gives its address only
     * through the option (`GET …/vrops` → `url`), which the wizard does not read.
     */
    QStringList vsphereHostNames() const;

    bool operator==(const ServiceHosts &o) const
    {
        return webInterfaceUrl == o.webInterfaceUrl && certifiedInterfaceUrl == o.certifiedInterfaceUrl
                && nsxtUrl == o.nsxtUrl && nsxtRead == o.nsxtRead;
    }
    bool operator!=(const ServiceHosts &o) const { return !(*this == o); }
};

} // namespace snc
