// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ValidationUrl.h"

using namespace Qt::StringLiterals;

namespace snc {

namespace {

bool refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

bool isOvhcloudHost(const QString &host)
{
    // QUrl lower-cases the host; compare on whole labels so that "evilovh.com" does not pass.
    static const QStringList domains{u"ovh.com"_s, u"ovh.ca"_s, u"ovhcloud.com"_s};
    for (const QString &domain : domains) {
        if (host == domain || host.endsWith(u'.' + domain))
            return true;
    }
    return false;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
            && a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

bool isAcceptableValidationUrl(const QUrl &url, const Endpoint &endpoint, QString *why)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return refuse(why, u"not an absolute URL"_s);
    if (!url.userInfo().isEmpty())
        return refuse(why, u"user info in the URL"_s);
    if (endpoint.isCustom()) {
        if (url.scheme() == u"https"_s || (url.scheme() == u"http"_s && sameOrigin(url, endpoint.apiBase)))
            return true;
        return refuse(why, u"not HTTPS, and not the origin of the API"_s);
    }
    if (url.scheme() != u"https"_s)
        return refuse(why, u"not HTTPS"_s);
    if (url.port(443) != 443)
        return refuse(why, u"not the HTTPS port"_s);
    if (!isOvhcloudHost(url.host()))
        return refuse(why, u"not an OVHcloud host"_s);
    return true;
}

} // namespace snc
