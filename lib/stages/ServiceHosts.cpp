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

QString ServiceHosts::pccFqdn() const
{
    const QString certified = httpsHost(certifiedInterfaceUrl);
    return certified.isEmpty() ? httpsHost(webInterfaceUrl) : certified;
}

QUrl ServiceHosts::secureInterface() const
{
    QUrl url = certifiedInterfaceUrl;
    if (httpsHost(url).isEmpty()) {
        // Older answers may lack certifiedInterfaceUrl: the secure interface is `/secure/` on the
        // PCC's own host (OVHcloud's guides), which webInterfaceUrl names.
        if (httpsHost(webInterfaceUrl).isEmpty())
            return {};
        url = webInterfaceUrl;
        url.setPath(u"/secure/"_s);
    }
    url.setQuery(QString());
    url.setFragment(QString());
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

QStringList ServiceHosts::vsphereHostNames() const
{
    const QString fqdn = pccFqdn();
    if (fqdn.isEmpty())
        return {};
    const QString nsx = httpsHost(nsxtUrl);
    return {fqdn, nsx.isEmpty() ? u"nsxt."_s + fqdn : nsx, u"vrops."_s + fqdn};
}

} // namespace snc
