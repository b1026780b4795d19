// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

using namespace Qt::StringLiterals;

namespace snc::SecretKeys {

QString make(const QStringList &parts)
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

QString applicationSecret(const QString &endpointId, const QString &applicationKey)
{
    return make({endpointId, applicationKey, u"applicationSecret"_s});
}

QString consumerKey(const QString &endpointId, const QString &applicationKey)
{
    return make({endpointId, applicationKey, u"consumerKey"_s});
}

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
