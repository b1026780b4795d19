// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace snc::sandbox {

/**
 * @brief What `--faults SPEC` asks for. SPEC is a comma-separated list of `key=value`:
 *
 * | key        | value                          | meaning                                          |
 * |------------|--------------------------------|--------------------------------------------------|
 * | latency    | `A-Bms`, `Nms`, `A-Bs`, `Ns`   | extra delay before each answer, uniform in [A,B] |
 * | error5xx   | probability 0..1               | answer 500, 502 or 503 without running the call  |
 * | drop       | probability 0..1               | close the connection without answering           |
 * | dropafter  | fraction 0..1 (default 0.5)    | share of dropped POST/PUT/DELETE that are run first |
 * | ratelimit  | probability 0..1               | answer 429 with `Retry-After: 1..3`              |
 * | skew       | `Ns`, `Nm`, `Nh`, `N` (signed) | server clock offset (`/auth/time`, timestamps)   |
 * | taskdetour | probability 0..1               | share of tasks that leave `doing` for a while, to `unknown`, `fixing` or `waitingForChilds` |
 * | taskdetourstate | `any` (default), `unknown`, `fixing`, `waitingForChilds` | where a detour goes (`any`: drawn from the seed) |
 * | taskstall  | probability 0..1               | share of tasks whose progress stops for a while (state stays `doing`) |
 * | taskhold   | `Ns`, `Nm`, `Nh` (default 5m)  | how long a detour or a stall lasts, in sandbox time |
 *
 * `none` or an empty SPEC means no fault. error5xx + drop + ratelimit must not exceed 1, nor
 * taskdetour + taskstall. Task faults hit tasks that run on their own (not those waiting for the
 * customer, such as the SMS token's), are decided when a task is created (TaskEngine), and are
 * deterministic from the seed, the task's kind and how many tasks of that kind came before.
 */
struct FaultSpec
{
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double error5xx = 0.0;
    double drop = 0.0;
    double dropAfterExecute = 0.5;
    double rateLimit = 0.0;
    qint64 skewSecs = 0;
    double taskDetour = 0.0;
    QString taskDetourState = QStringLiteral("any"); ///< any, unknown, fixing, waitingForChilds
    double taskStall = 0.0;
    qint64 taskHoldMs = 5 * 60'000;

    bool hasFaults() const;
    bool hasTaskFaults() const { return taskDetour > 0 || taskStall > 0; }
    /// Canonical SPEC text (round-trips through parse()).
    QString toString() const;
    /// Parses SPEC; on failure returns nullopt and a one-line reason in `error`.
    static std::optional<FaultSpec> parse(const QString &spec, QString *error);
};

/// Which faults a route may suffer (see FaultInjector).
enum class FaultScope {
    Full,        ///< API routes: latency, 5xx, 429 and drops
    LatencyOnly, ///< /auth/time and the secure interface
    None,        ///< /sandbox/* introspection and the browser validation page
};

/// What happens to one request.
struct FaultDecision
{
    enum class Action {
        None,
        ServerError,       ///< answer `httpStatus` (500/502/503); the call is NOT executed
        RateLimited,       ///< answer 429 with Retry-After; the call is NOT executed
        DropBeforeExecute, ///< close the connection; the call is NOT executed
        DropAfterExecute,  ///< execute the call, then close the connection without answering
    };
    Action action = Action::None;
    int latencyMs = 0;
    int httpStatus = 0;
    int retryAfterSecs = 0;

    /// "503", "429", "drop" or "drop after execute"; empty for no fault (latency is no fault).
    QString name() const;
};

/**
 * @brief Decides, deterministically from the seed and the request's own identity, which fault
 * (if any) hits a request.
 *
 * The identity is the route (method and path template, e.g. `GET /1.0/dedicatedCloud/{serviceName}`)
 * and how many times that route was called before (issue 13). It is not the request's place in
 * the global order: two stages reading at the same time would otherwise swap their faults with
 * the timing of their answers, and a seed that passed on one machine could fail on another.
 *
 * Every fault is decided *before* the handler runs, so an injected 5xx, 429 or plain drop on a
 * POST never creates anything: a client that sees one and retries cannot be blamed for a
 * duplicate. A share of the drops on POST/PUT/DELETE (`dropafter`) is the nasty real-world case
 * instead: the call is executed and only the answer is lost; the client must re-read state
 * before trying again. GETs are always dropped before execution (no side effect either way).
 *
 * Pure: the same (seed, route, call index, mutating, scope) always gives the same decision.
 */
class FaultInjector
{
public:
    FaultInjector(FaultSpec spec = {}, quint64 seed = 1) : m_spec(spec), m_seed(seed) {}

    /// `routeKey` is Route::key(); `callIndex` counts that route's earlier calls (0 for the first).
    FaultDecision decide(const QString &routeKey, quint64 callIndex, bool mutating,
                         FaultScope scope) const;
    const FaultSpec &spec() const { return m_spec; }
    quint64 seed() const { return m_seed; }

private:
    FaultSpec m_spec;
    quint64 m_seed;
};

/// FNV-1a, 64 bits: a stable hash of a name for seeding (qHash is salted per process).
quint64 stableHash(const QString &text);

/// SplitMix64: a tiny, well-mixed deterministic generator used wherever the seed matters.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}
    quint64 next();
    /// Uniform in [0, 1).
    double nextDouble();
    /// Uniform in [low, high] (inclusive).
    qint64 bounded(qint64 low, qint64 high);

private:
    quint64 m_state;
};

} // namespace snc::sandbox
