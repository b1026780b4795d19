// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {

bool parseProbability(const QString &value, double *out)
{
    bool ok = false;
    const double p = value.toDouble(&ok);
    if (!ok || p < 0.0 || p > 1.0)
        return false;
    *out = p;
    return true;
}

// "800ms", "2s", "800" (milliseconds) -> ms.
bool parseMillis(const QString &text, int *out)
{
    static const QRegularExpression re(u"^(\\d+)(ms|s)?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    const qint64 ms = m.captured(2) == u"s"_s ? n * 1000 : n;
    if (!ok || ms > 600'000)
        return false;
    *out = int(ms);
    return true;
}

bool parseLatency(const QString &value, FaultSpec *spec)
{
    // "0-800ms": the unit after the second number applies to both.
    static const QRegularExpression range(u"^(\\d+)(?:ms|s)?-(\\d+)(ms|s)?$"_s);
    const auto m = range.match(value.trimmed());
    if (m.hasMatch()) {
        const QString unit = m.captured(3);
        int low = 0;
        int high = 0;
        if (!parseMillis(m.captured(1) + unit, &low) || !parseMillis(m.captured(2) + unit, &high)
            || low > high)
            return false;
        spec->latencyMinMs = low;
        spec->latencyMaxMs = high;
        return true;
    }
    int fixed = 0;
    if (!parseMillis(value, &fixed))
        return false;
    spec->latencyMinMs = spec->latencyMaxMs = fixed;
    return true;
}

bool parseSkew(const QString &value, qint64 *out)
{
    static const QRegularExpression re(u"^([+-]?\\d+)(s|m|h)?$"_s);
    const auto m = re.match(value.trimmed());
    if (!m.hasMatch())
        return false;
    bool ok = false;
    qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok)
        return false;
    if (m.captured(2) == u"m"_s)
        n *= 60;
    else if (m.captured(2) == u"h"_s)
        n *= 3600;
    if (n > 10 * 365 * 86400LL || n < -10 * 365 * 86400LL)
        return false;
    *out = n;
    return true;
}

// "5m", "90s", "2h", "800ms" -> ms (a task hold: at least 1 s, at most a week).
bool parseHold(const QString &value, qint64 *out)
{
    static const QRegularExpression re(u"^(\\d+)(ms|s|m|h)$"_s);
    const auto m = re.match(value.trimmed());
    if (!m.hasMatch())
        return false;
    bool ok = false;
    qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok || n > 7 * 86'400'000LL)
        return false;
    const QString unit = m.captured(2);
    n *= unit == u"h"_s ? 3'600'000 : unit == u"m"_s ? 60'000 : unit == u"s"_s ? 1000 : 1;
    if (n < 1000 || n > 7 * 86'400'000LL)
        return false;
    *out = n;
    return true;
}

bool parseDetourState(const QString &value, QString *out)
{
    for (const QString &known : {u"any"_s, u"unknown"_s, u"fixing"_s, u"waitingForChilds"_s}) {
        if (value.compare(known, Qt::CaseInsensitive) == 0) {
            *out = known;
            return true;
        }
    }
    return false;
}

// One row per SPEC key (the table in FaultInjector.h): its name and how its value is read into
// the spec. The order is the one the "unknown fault" message lists.
struct Option
{
    const char16_t *name;
    bool (*parse)(const QString &value, FaultSpec *spec);
};

const std::array<Option, 10> &options()
{
    static const std::array<Option, 10> table{{
            {u"latency", [](const QString &v, FaultSpec *s) { return parseLatency(v, s); }},
            {u"error5xx", [](const QString &v, FaultSpec *s) { return parseProbability(v, &s->error5xx); }},
            {u"drop", [](const QString &v, FaultSpec *s) { return parseProbability(v, &s->drop); }},
            {u"dropafter", [](const QString &v, FaultSpec *s) { return parseProbability(v, &s->dropAfterExecute); }},
            {u"ratelimit", [](const QString &v, FaultSpec *s) { return parseProbability(v, &s->rateLimit); }},
            {u"skew", [](const QString &v, FaultSpec *s) { return parseSkew(v, &s->skewSecs); }},
            {u"taskdetour", [](const QString &v, FaultSpec *s) { return parseProbability(v, &s->taskDetour); }},
            {u"taskdetourstate", [](const QString &v, FaultSpec *s) { return parseDetourState(v, &s->taskDetourState); }},
            {u"taskstall", [](const QString &v, FaultSpec *s) { return parseProbability(v, &s->taskStall); }},
            {u"taskhold", [](const QString &v, FaultSpec *s) { return parseHold(v, &s->taskHoldMs); }},
    }};
    return table;
}

/// "latency, error5xx, …, taskstall or taskhold": the names of options(), for the error message.
QString optionNames()
{
    QStringList names;
    for (const Option &o : options())
        names << QString::fromUtf16(o.name);
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" or "_s + last;
}

} // namespace

bool FaultSpec::hasFaults() const
{
    return latencyMaxMs > 0 || error5xx > 0 || drop > 0 || rateLimit > 0 || skewSecs != 0
            || hasTaskFaults();
}

QString FaultSpec::toString() const
{
    QStringList parts;
    if (latencyMaxMs > 0)
        parts << u"latency=%1-%2ms"_s.arg(latencyMinMs).arg(latencyMaxMs);
    if (error5xx > 0)
        parts << u"error5xx=%1"_s.arg(error5xx);
    if (drop > 0) {
        parts << u"drop=%1"_s.arg(drop);
        parts << u"dropafter=%1"_s.arg(dropAfterExecute);
    }
    if (rateLimit > 0)
        parts << u"ratelimit=%1"_s.arg(rateLimit);
    if (skewSecs != 0)
        parts << u"skew=%1s"_s.arg(skewSecs);
    if (taskDetour > 0) {
        parts << u"taskdetour=%1"_s.arg(taskDetour);
        parts << u"taskdetourstate=%1"_s.arg(taskDetourState);
    }
    if (taskStall > 0)
        parts << u"taskstall=%1"_s.arg(taskStall);
    if (hasTaskFaults())
        parts << u"taskhold=%1s"_s.arg(taskHoldMs / 1000);
    return parts.isEmpty() ? u"none"_s : parts.join(u',');
}

std::optional<FaultSpec> FaultSpec::parse(const QString &text, QString *error)
{
    FaultSpec spec;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"none"_s)
        return spec;
    auto fail = [error](const QString &why) -> std::optional<FaultSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QStringList seen;
    for (const QString &item : trimmed.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(u"'%1' is not key=value"_s.arg(item));
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        if (seen.contains(key))
            return fail(u"'%1' is given twice"_s.arg(key));
        seen << key;
        const auto option = std::find_if(options().cbegin(), options().cend(),
                                         [&key](const Option &o) { return key == QStringView(o.name); });
        if (option == options().cend())
            return fail(u"unknown fault '%1' (expected %2)"_s.arg(key, optionNames()));
        if (!option->parse(value, &spec))
            return fail(u"bad value '%1' for '%2'"_s.arg(value, key));
    }
    if (spec.error5xx + spec.drop + spec.rateLimit > 1.0 + 1e-9)
        return fail(u"error5xx + drop + ratelimit exceeds 1"_s);
    if (spec.taskDetour + spec.taskStall > 1.0 + 1e-9)
        return fail(u"taskdetour + taskstall exceeds 1"_s);
    return spec;
}

quint64 SeededRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double SeededRandom::nextDouble()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

qint64 SeededRandom::bounded(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + qint64(next() % span);
}

QString FaultDecision::name() const
{
    switch (action) {
    case Action::None:
        return {};
    case Action::ServerError:
    case Action::RateLimited:
        return QString::number(httpStatus);
    case Action::DropBeforeExecute:
        return u"drop"_s;
    case Action::DropAfterExecute:
        return u"drop after execute"_s;
    }
    return {};
}

quint64 stableHash(const QString &text)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const char byte : text.toUtf8()) {
        h ^= quint64(quint8(byte));
        h *= 0x100000001B3ULL;
    }
    return h;
}

FaultDecision FaultInjector::decide(const QString &routeKey, quint64 callIndex, bool mutating,
                                    FaultScope scope) const
{
    FaultDecision d;
    if (scope == FaultScope::None)
        return d;
    // One independent stream per (route, call): decisions depend neither on what other requests
    // drew nor on when they came, so a test can predict a call's fate from the seed alone.
    SeededRandom seeder(m_seed * 0x100000001B3ULL ^ stableHash(routeKey));
    SeededRandom rng(seeder.next() ^ (callIndex + 1) * 0xD6E8FEB86659FD93ULL);
    d.latencyMs = int(rng.bounded(m_spec.latencyMinMs, m_spec.latencyMaxMs));
    const double roll = rng.nextDouble();
    const double split = rng.nextDouble();
    const double pick = rng.nextDouble();
    if (scope != FaultScope::Full)
        return d;
    double threshold = m_spec.drop;
    if (roll < threshold) {
        d.action = (mutating && split < m_spec.dropAfterExecute)
                ? FaultDecision::Action::DropAfterExecute
                : FaultDecision::Action::DropBeforeExecute;
        return d;
    }
    threshold += m_spec.error5xx;
    if (roll < threshold) {
        static const int codes[] = {500, 502, 503};
        d.action = FaultDecision::Action::ServerError;
        d.httpStatus = codes[int(pick * 3) % 3];
        return d;
    }
    threshold += m_spec.rateLimit;
    if (roll < threshold) {
        d.action = FaultDecision::Action::RateLimited;
        d.httpStatus = 429;
        d.retryAfterSecs = 1 + int(pick * 3) % 3;
    }
    return d;
}

} // namespace snc::sandbox
