// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

void Router::add(const QByteArray &method, const QString &pattern, RouteAccess access,
                 RouteHandler handler, std::optional<FaultScope> faultScope)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.access = access;
    r.handler = std::move(handler);
    r.mutating = method != "GET";
    r.segments = pattern.split(u'/');
    if (faultScope) {
        r.faultScope = *faultScope;
    } else {
        switch (access) {
        case RouteAccess::Public:
        case RouteAccess::ApplicationKey:
        case RouteAccess::Signed:
            r.faultScope = FaultScope::Full;
            break;
        case RouteAccess::SecureInterface:
            r.faultScope = FaultScope::LatencyOnly;
            break;
        case RouteAccess::Browser:
        case RouteAccess::Introspection:
            r.faultScope = FaultScope::None;
            break;
        }
    }
    m_routes.append(std::move(r));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList parts = path.split(u'/');
    Match best;
    int bestScore = -1;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        int score = 0;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments.at(i);
            if (seg.startsWith(u'{') && seg.endsWith(u'}')) {
                if (parts.at(i).isEmpty()) {
                    ok = false;
                    break;
                }
                params.insert(seg.mid(1, seg.size() - 2),
                              QUrl::fromPercentEncoding(parts.at(i).toUtf8()));
            } else if (seg == parts.at(i)) {
                // Earlier literal segments weigh more: /a/b/{x} beats /a/{y}/c for "/a/b/c".
                score += 1 << (20 - qMin<qsizetype>(i, 20));
            } else {
                ok = false;
            }
        }
        if (!ok)
            continue;
        if (r.method != method) {
            best.otherMethodMatched = true;
            continue;
        }
        if (score > bestScore) {
            bestScore = score;
            best.route = &r;
            best.params = params;
        }
    }
    return best;
}

} // namespace snc::sandbox
