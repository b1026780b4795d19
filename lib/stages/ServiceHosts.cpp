// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/ServiceHosts.h"

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// The host of an https URL with a host name, lower case; empty for anything else (an http URL
/// or a bare address would be no PCC name to map in a hosts file).
QString httpsHost(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != "https"_L1)
        return {};
    const QString host = url.host().toLower();
    if (!host.contains(u'.') || host.endsWith(u'.'))
        return {};
    return host;
}

} // namespace

ServiceHosts ServiceHosts::fromService(const QJsonObject &service)
{
    ServiceHosts hosts;
    hosts.webInterfaceUrl = QUrl(service.value("webInterfaceUrl"_L1).toString());
    hosts.certifiedInterfaceUrl = QUrl(service.value("certifiedInterfaceUrl"_L1).toString());
    return hosts;
}

void ServiceHosts::setNsxt(const QJsonObject &nsxt)
{
    nsxtRead = true;
    const QUrl url(nsxt.value("url"_L1).toString());
    // Any state but enabled: OVHcloud may leave a stale url (UNPUBLISHED.md H1); nothing to map.
    nsxtUrl = nsxt.value("state"_L1).toString() == "enabled"_L1 && !httpsHost(url).isEmpty() ? url : QUrl();
}

void ServiceHosts::keepNsxtOf(const ServiceHosts &previous)
{
    if (nsxtRead || !previous.nsxtRead || previous.pccFqdn() != pccFqdn())
        return;
    nsxtRead = true;
    nsxtUrl = previous.nsxtUrl;
}

QString ServiceHosts::pccFqdn() const
{
    const QString certified = httpsHost(certifiedInterfaceUrl);
    return certified.isEmpty() ? httpsHost(webInterfaceUrl) : certified;
}

QUrl ServiceHosts::secureInterface() const
{
    // Only the URL OVHcloud gives (a required field of dedicatedCloud.dedicatedCloud): a path
    // guessed on webInterfaceUrl's host could be a page OVHcloud never published there.
    QUrl url = certifiedInterfaceUrl;
    if (httpsHost(url).isEmpty())
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

QStringList ServiceHosts::vsphereHostNames() const
{
    const QString fqdn = pccFqdn();
    if (fqdn.isEmpty() || !nsxtRead)
        return {}; // not known: a line without NSX Manager's true name would lock it out
    QStringList names{fqdn};
    if (const QString nsx = httpsHost(nsxtUrl); !nsx.isEmpty() && nsx != fqdn)
        names << nsx;
    return names;
}

} // namespace snc
