// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/NsxtOption.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace snc {

NsxtOption NsxtOption::fromJson(const QJsonObject &json)
{
    NsxtOption o;
    o.read = true;
    o.state = json.value("state"_L1).toString();
    o.url = QUrl(json.value("url"_L1).toString());
    o.version = json.value("version"_L1).toString();
    return o;
}

bool NsxtOption::isUsable() const
{
    return read && state == "enabled"_L1 && url.isValid() && url.scheme() == "https"_L1
            && !url.host().isEmpty();
}

QUrl NsxtOption::policyBase() const
{
    if (!isUsable())
        return {};
    QUrl base = url;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + u"/policy/api/v1"_s);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

ApiError NsxtOption::notUsableError(const QString &serviceName) const
{
    ApiError e = ApiError::make(ApiError::Kind::Validation, u"nsxt option state %1"_s.arg(state));
    e.errorCode = u"NSXT_NOT_ENABLED"_s;
    if (state == "enabling"_L1) {
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxtOption",
                "NSX-T is being enabled on %1. Wait until OVHcloud has finished (the Control Panel "
                "shows it), then refresh.", "@error").arg(serviceName);
    } else if (state == "enabled"_L1) {
        // Enabled, yet the API gave no https address for NSX Manager: nothing to call.
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxtOption",
                "NSX-T is enabled on %1 but OVHcloud gave no address for NSX Manager. Refresh in a "
                "few minutes; if it persists, contact OVHcloud support.", "@error").arg(serviceName);
    } else {
        //: %1 service name, %2 the option's state as the API gives it (disabled, error, …)
        e.serverMessage = QCoreApplication::translate(
                "snc::NsxtOption",
                "NSX-T is not enabled on %1 (state: %2), so no VPN can be configured. Enable NSX-T "
                "from your service's page in the OVHcloud Control Panel (OVHcloud's guide "
                "\"Enabling NSX\"), wait for the activation to finish, then refresh.", "@error")
                                  .arg(serviceName, state.isEmpty() ? u"unknown"_s : state);
    }
    return e;
}

} // namespace snc
