// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoint.h"

using namespace Qt::StringLiterals;

namespace snc {

namespace {

Endpoint region(const QString &id, const QString &apiHost, const QString &tokenUrl)
{
    Endpoint e;
    e.id = id;
    e.apiBase = QUrl(u"https://"_s + apiHost);
    // The credential pages live on the API host of the region (go-ovh/python-ovh READMEs).
    e.createAppUrl = QUrl(u"https://"_s + apiHost + u"/createApp/"_s);
    e.createTokenUrl = QUrl(u"https://"_s + apiHost + u"/createToken/"_s);
    e.consoleUrl = QUrl(u"https://"_s + apiHost + u"/console/"_s);
    e.oauth2TokenUrl = QUrl(tokenUrl);
    return e;
}

} // namespace

QList<Endpoint> Endpoint::known()
{
    return {
        region(u"ovh-eu"_s, u"eu.api.ovh.com"_s, u"https://www.ovh.com/auth/oauth2/token"_s),
        region(u"ovh-ca"_s, u"ca.api.ovh.com"_s, u"https://ca.ovh.com/auth/oauth2/token"_s),
        region(u"ovh-us"_s, u"api.us.ovhcloud.com"_s,
               u"https://us.ovhcloud.com/auth/oauth2/token"_s),
    };
}

Endpoint Endpoint::forId(const QString &id)
{
    const QList<Endpoint> all = known();
    for (const Endpoint &e : all) {
        if (e.id == id)
            return e;
    }
    return {};
}

Endpoint Endpoint::custom(const QUrl &base)
{
    Endpoint e;
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != u"https"_s && base.scheme() != u"http"_s))
        return e;
    e.id = u"custom"_s;
    QUrl b = base;
    // People paste "http://localhost:8080/1.0/" as the official clients' endpoint form.
    QString path = b.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/1.0"_s))
        path.chop(4);
    b.setPath(path);
    b.setQuery(QString());
    b.setFragment(QString());
    e.apiBase = b;
    e.consoleUrl = b.resolved(QUrl(u"/console/"_s));
    return e;
}

QString Endpoint::displayName() const
{
    if (id == u"ovh-eu"_s)
        return tr("OVHcloud Europe (ovh-eu)", "@label region");
    if (id == u"ovh-ca"_s)
        return tr("OVHcloud Canada (ovh-ca)", "@label region");
    if (id == u"ovh-us"_s)
        return tr("OVHcloud United States (ovh-us)", "@label region");
    if (isCustom())
        return tr("Custom server (%1)", "@label region").arg(apiBase.authority());
    return tr("No region", "@label region");
}

QUrl Endpoint::urlFor(const QString &path, const QUrlQuery &query) const
{
    if (!path.startsWith(u'/') || !isValid())
        return {};
    const bool versioned = path.startsWith(u"/v1/"_s) || path.startsWith(u"/v2/"_s)
            || path == u"/v1"_s || path == u"/v2"_s;
    // Build the encoded form ourselves and parse it strictly: QUrl then keeps %2F and friends as
    // given, and toEncoded() of the result is byte for byte what we sign and send.
    QByteArray encoded = apiBase.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery
                                           | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    encoded += apiBase.path(QUrl::FullyEncoded).toUtf8();
    if (!versioned)
        encoded += "/1.0";
    encoded += path.toUtf8();
    if (!query.isEmpty()) {
        // Encode keys and values ourselves: QUrlQuery leaves '+' as is, which servers decode as a
        // space, and leaves ':' '/' '@' unencoded. Every byte outside "unreserved" is escaped, as
        // the official Node client does (it also spares !*'()).
        const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        QByteArray q;
        for (const auto &item : items) {
            if (!q.isEmpty())
                q += '&';
            q += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
        encoded += '?';
        encoded += q;
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QString encodePathSegment(const QString &segment)
{
    // Everything but RFC 3986 "unreserved" is escaped, so a segment can never add a '/', a
    // query or a fragment, whatever the user typed.
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace snc
