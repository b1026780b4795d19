// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretKeys.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace snc::SecretKeys {

namespace {

// Joins `parts` with '/', each part escaped so that a '/' in a service name or an identifier
// cannot make two different inputs give the same key. Private: every name is built below.
QString join(const QStringList &parts)
{
    QStringList escaped;
    escaped.reserve(parts.size());
    for (QString part : parts) {
        // '%' first, so the escape of '/' is not escaped again.
        part.replace(u'%', u"%25"_s);
        part.replace(u'/', u"%2F"_s);
        escaped.append(part);
    }
    return escaped.join(u'/');
}

QString credentialSegment(const QString &credentialId)
{
    return credentialId.isEmpty() ? u"pending"_s : credentialId;
}

} // namespace

QString ovhApplicationSecret(const QString &endpointId, const QString &applicationKey)
{
    return join({u"ovh"_s, endpointId, applicationKey, u"application-secret"_s});
}

QString ovhConsumerKey(const QString &endpointId, const QString &applicationKey)
{
    return join({u"ovh"_s, endpointId, applicationKey, u"consumer-key"_s});
}

QString nsxAdminPassword(const QString &scope, const QString &serviceName)
{
    return join({u"nsx"_s, scope, serviceName, u"admin-password"_s});
}

QString nsxIpsecPsk(const QString &scope, const QString &serviceName)
{
    return join({u"nsx"_s, scope, serviceName, u"ipsec-psk"_s});
}

QString okmsPrivateKey(const QString &scope, const QString &okmsId, const QString &credentialId)
{
    return join({u"okms"_s, scope, okmsId, credentialSegment(credentialId), u"privateKey"_s});
}

QString okmsCertificate(const QString &scope, const QString &okmsId, const QString &credentialId)
{
    return join({u"okms"_s, scope, okmsId, credentialSegment(credentialId), u"certificate"_s});
}

QString okmsPrivateKeyFile(const QString &scope, const QString &okmsId, const QString &credentialId)
{
    return join({u"okms"_s, scope, okmsId, credentialSegment(credentialId), u"privateKeyFile"_s});
}

QString okmsRecoveryPrivateKey(const QString &scope, const QString &okmsId, const QString &credentialName)
{
    return join({u"okms"_s, scope, okmsId, u"pending"_s, credentialName, u"privateKey"_s});
}

namespace Legacy {

QString nsxAdminPassword(const QString &serviceName)
{
    return join({u"nsx"_s, serviceName, u"admin-password"_s});
}

QString nsxIpsecPsk(const QString &serviceName)
{
    return join({u"nsx"_s, serviceName, u"ipsec-psk"_s});
}

QString okmsPrivateKey(const QString &okmsId, const QString &credentialId)
{
    return join({u"okms"_s, okmsId, credentialSegment(credentialId), u"privateKey"_s});
}

QString okmsPrivateKeyFile(const QString &okmsId, const QString &credentialId)
{
    return join({u"okms"_s, okmsId, credentialSegment(credentialId), u"privateKeyFile"_s});
}

QString okmsRecoveryPrivateKey(const QString &okmsId, const QString &credentialName)
{
    return join({u"okms"_s, okmsId, u"pending"_s, credentialName, u"privateKey"_s});
}

} // namespace Legacy

bool isValid(const QString &key)
{
    if (key.isEmpty() || key.size() > 512)
        return false;
    for (const QChar c : key) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    const QStringList segments = key.split(u'/');
    for (const QString &s : segments) {
        if (s.isEmpty())
            return false;
    }
    // The keychain store writes the chunks of a long value as "<key>/1", "<key>/2"… and their
    // count as "<key>/count": a logical key ending like that would collide with another's chunks.
    const QString &last = segments.constLast();
    if (last == u"count"_s)
        return false;
    bool allDigits = true;
    for (const QChar c : last)
        allDigits = allDigits && c.isDigit();
    return !allDigits;
}

} // namespace snc::SecretKeys
