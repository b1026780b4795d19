// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessRule.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

QString accessRulePath(const QString &requestPath)
{
    QString p = requestPath;
    const qsizetype q = p.indexOf(u'?');
    if (q >= 0)
        p.truncate(q);
    p = QUrl::fromPercentEncoding(p.toUtf8());
    for (const QString &prefix : {u"/1.0/"_s, u"/v1/"_s}) {
        if (p.startsWith(prefix))
            return p.mid(prefix.size() - 1);
    }
    return p;
}

bool AccessRule::pathMatches(const QString &pattern, const QString &path)
{
    // Classic glob with '*' only; iterative with backtracking to the last star (linear-ish,
    // no regex built from client input).
    const QString pat = QUrl::fromPercentEncoding(pattern.toUtf8());
    qsizetype p = 0, s = 0, star = -1, mark = 0;
    while (s < path.size()) {
        if (p < pat.size() && pat.at(p) == u'*') {
            star = p++;
            mark = s;
        } else if (p < pat.size() && pat.at(p) == path.at(s)) {
            ++p;
            ++s;
        } else if (star >= 0) {
            p = star + 1;
            s = ++mark;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat.at(p) == u'*')
        ++p;
    return p == pat.size();
}

bool AccessRule::matches(const QString &m, const QString &rulePathForm) const
{
    return method.compare(m, Qt::CaseInsensitive) == 0 && pathMatches(path, rulePathForm);
}

std::optional<QList<AccessRule>> AccessRule::parseList(const QJsonArray &array, QString *error)
{
    static const QStringList methods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    QList<AccessRule> rules;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        AccessRule r{o.value(u"method"_s).toString(), o.value(u"path"_s).toString()};
        if (!methods.contains(r.method)) {
            if (error)
                *error = u"Invalid method '%1' in accessRules (GET, POST, PUT or DELETE)"_s.arg(
                        r.method);
            return std::nullopt;
        }
        if (!r.path.startsWith(u'/')) {
            if (error)
                *error = u"Invalid path '%1' in accessRules (must start with /)"_s.arg(r.path);
            return std::nullopt;
        }
        rules.append(r);
    }
    if (rules.isEmpty()) {
        if (error)
            *error = u"accessRules must contain at least one rule"_s;
        return std::nullopt;
    }
    return rules;
}

QJsonArray AccessRule::toJson(const QList<AccessRule> &rules)
{
    QJsonArray a;
    for (const AccessRule &r : rules)
        a.append(QJsonObject{{u"method"_s, r.method}, {u"path"_s, r.path}});
    return a;
}

} // namespace snc::sandbox
