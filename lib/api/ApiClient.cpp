// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration, queueing, rate limiting and the server-time delta. The wire side (one HTTP
// attempt, its outcome, retries) is in ApiClientTransport.cpp.
#include "ApiClient.h"

#include "ErrorMapping.h"
#include "TaskState.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Redaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <utility>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

// QJsonDocument only holds objects and arrays; OVH bodies are objects, but serialise a bare value
// too rather than silently sending nothing.
QByteArray serialiseBody(const QJsonValue &body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    QByteArray wrapped = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_limiter(60, 10)
    , m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    m_steady.start();
    if (m_clock)
        connect(m_clock, &Clock::jumped, this, &ApiClient::onClockJumped);
}

ApiClient::~ApiClient()
{
    if (m_timeReply) {
        m_timeReply->disconnect(this);
        m_timeReply->abort();
        m_timeReply->deleteLater();
    }
}

void ApiClient::setEndpoint(const Endpoint &endpoint)
{
    if (endpoint.apiBase != m_endpoint.apiBase)
        invalidateTimeDelta(); // another server, another clock
    m_endpoint = endpoint;
}

void ApiClient::setKeepLastingReads(bool keep)
{
    m_keepLastingReads = keep;
    m_lastingReads.clear();
}

bool ApiClient::isLastingRead(const QString &path)
{
    // A datacenter's own entry (its name, shown) does not change with anything the wizard does;
    // the list of datacenters is read live (one may be added), and so is each one's gateway.
    static const QRegularExpression lasting(
            u"^/me$|^/dedicatedCloud/[^/]+/(passwordPolicy|ip|ip/[^/]+/details|datacenter/[0-9]+)$"_s);
    return lasting.match(path).hasMatch();
}

bool ApiClient::isTaskRead(const QString &path)
{
    static const QRegularExpression task(u"^/dedicatedCloud/[^/]+/(user/[0-9]+/)?task/[0-9]+$"_s);
    return task.match(path).hasMatch();
}

bool ApiClient::isLastingAnswer(const QString &path, const QJsonValue &answer)
{
    if (isLastingRead(path))
        return true;
    // A settled task never changes again; one in error may (support can reset it), so it is read
    // again like a running one.
    return isTaskRead(path) && TaskState::isSettledState(answer.toObject().value("state"_L1).toString());
}

qint64 ApiClient::wallNowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QString ApiClient::lastingReadKey(const ApiCall *call) const
{
    if (!m_keepLastingReads || call->m_verb != "GET" || !call->m_authenticated || call->m_allPages
        || !call->m_cursor.isEmpty() || call->m_url.hasQuery()
        || !(isLastingRead(call->m_path) || isTaskRead(call->m_path)))
        return {};
    return call->m_url.toString(QUrl::FullyEncoded);
}

void ApiClient::setApplicationKey(const QString &applicationKey)
{
    m_lastingReads.clear(); // another application, maybe another account
    // Pasted keys often carry a trailing newline or spaces (peer lessons §1).
    m_applicationKey = applicationKey.trimmed();
}

void ApiClient::setApplicationSecret(SecretBytes secret)
{
    m_applicationSecret = SecretBytes(secret.expose().trimmed());
    // Masked in every later log line (Redaction.h, issue 15 item 5).
    redaction::registerSecret(m_applicationSecret.expose());
}

void ApiClient::setConsumerKey(SecretBytes consumerKey)
{
    m_consumerKey = SecretBytes(consumerKey.expose().trimmed());
    redaction::registerSecret(m_consumerKey.expose());
    m_lastingReads.clear(); // another consumer key, maybe another account
    m_limiter.setRate(m_limiter.ratePerMinute(), m_limiter.burst());
}

void ApiClient::clearConsumerKey()
{
    m_consumerKey.clear();
    m_lastingReads.clear();
}

bool ApiClient::hasCredentials() const
{
    return !m_applicationKey.isEmpty() && !m_applicationSecret.isEmpty()
            && !m_consumerKey.isEmpty();
}

void ApiClient::setPinnedCaCertificates(const QList<QSslCertificate> &cas)
{
    m_pinnedCas = cas;
}

void ApiClient::setRateLimitPerMinute(int perMinute, int burst)
{
    m_limiter.setRate(perMinute, burst);
}

void ApiClient::setMaxInFlight(int maxInFlight)
{
    m_maxInFlight = std::max(1, maxInFlight);
    schedulePump(0);
}

void ApiClient::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = std::max(1, timeoutMs);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
}

void ApiClient::invalidateTimeDelta()
{
    m_deltaKnown = false;
}

void ApiClient::onClockJumped(qint64 deltaMs)
{
    qCInfo(lcApi) << "wall clock jumped by" << deltaMs << "ms; server time will be read again";
    invalidateTimeDelta();
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query);
}

ApiCall *ApiClient::post(const QString &path, const QJsonValue &body)
{
    return send("POST", path, {}, body);
}

ApiCall *ApiClient::put(const QString &path, const QJsonValue &body)
{
    return send("PUT", path, {}, body);
}

ApiCall *ApiClient::del(const QString &path, const QUrlQuery &query)
{
    return send("DELETE", path, query);
}

ApiCall *ApiClient::getAllPages(const QString &v2Path, const QUrlQuery &query)
{
    CallOptions options;
    options.allPages = true;
    return send("GET", v2Path, query, QJsonValue(QJsonValue::Undefined), options);
}

ApiCall *ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                         const QJsonValue &body, const CallOptions &options)
{
    auto *call = new ApiCall(this);
    call->m_client = this;
    call->m_verb = method.toUpper();
    call->m_method = QString::fromLatin1(call->m_verb);
    call->m_path = path;
    call->m_authenticated = options.authenticated;
    call->m_allPages = options.allPages;
    call->m_priority = options.priority;
    call->m_cursor = options.paginationCursor;
    // Serialise once: these exact bytes are signed and sent, on every attempt.
    call->m_url = m_endpoint.urlFor(path, query);
    if (!body.isUndefined()) {
        call->m_body = serialiseBody(body);
        call->m_hasBody = true;
    }

    QString problem;
    if (!m_endpoint.isValid())
        problem = u"no endpoint configured"_s;
    else if (!call->m_url.isValid())
        problem = u"invalid path"_s;
    else if (call->m_authenticated && !hasCredentials())
        problem = u"no credentials"_s;
    else if (m_applicationKey.isEmpty())
        problem = u"no application key"_s;
    if (!problem.isEmpty()) {
        // Never finish inside send(): the caller has not connected to finished() yet.
        ApiError e = ApiError::make(ApiError::Kind::Validation, problem);
        QTimer::singleShot(0, call, [this, call, e]() { finish(call, e); });
        return call;
    }
    if (const QString key = lastingReadKey(call); !key.isEmpty()) {
        if (const std::optional<QJsonValue> kept = m_lastingReads.find(key, wallNowMs())) {
            qCDebug(lcApi).noquote() << call->m_method << call->m_path << "answered from memory (lasting read)";
            const QJsonValue value = *kept;
            QTimer::singleShot(0, call, [this, call, value]() { finish(call, value); });
            return call;
        }
    } else if (call->m_verb != "GET") {
        m_lastingReads.forgetChangedBy(call->m_path); // what it changes is read again
    }
    if (m_shareQueuedReads && joinSharedRead(call))
        return call;
    if (call->m_priority) {
        // After the priority calls already waiting, before every other queued call.
        qsizetype at = 0;
        while (at < m_queue.size() && m_queue.at(at) && m_queue.at(at)->m_priority)
            ++at;
        m_queue.insert(at, call);
    } else {
        m_queue.append(call);
    }
    schedulePump(0);
    return call;
}

bool ApiClient::joinSharedRead(ApiCall *call)
{
    if (call->m_verb != "GET") {
        // A change: reads queued before it may not see it; later reads must not join them.
        for (SharedRead &read : m_sharedReads)
            read.changedSince = true;
        return false;
    }
    if (!call->m_authenticated || call->m_priority || call->m_allPages || call->m_hasBody)
        return false;
    const QString key = call->m_url.toString(QUrl::FullyEncoded);
    const auto it = m_sharedReads.find(key);
    if (it != m_sharedReads.end()) {
        if (it->leader && !it->leader->m_finished && it->leader->m_stage == ApiCall::Stage::Queued
            && !it->changedSince) {
            it->waiting << call;
            return true;
        }
        if (it->leader && !it->leader->m_finished)
            return false; // that one is on the wire already: this read goes on its own
    }
    SharedRead read;
    read.leader = call;
    m_sharedReads.insert(key, read);
    m_sharedLeaders.insert(call, key);
    return false;
}

void ApiClient::settleSharedRead(const QString &key, const Result<QJsonValue> &result)
{
    const auto it = m_sharedReads.find(key);
    if (it == m_sharedReads.end())
        return;
    QList<QPointer<ApiCall>> waiting = it->waiting;
    const bool changedSince = it->changedSince;
    m_sharedReads.erase(it);
    if (!result.ok() && result.error().kind == ApiError::Kind::Canceled) {
        // Aborted by its own caller: the first call still waiting is sent instead, for the rest.
        while (!waiting.isEmpty()) {
            QPointer<ApiCall> next = waiting.takeFirst();
            if (!next || next->m_finished)
                continue;
            SharedRead read;
            read.leader = next;
            read.waiting = waiting;
            read.changedSince = changedSince;
            m_sharedReads.insert(key, read);
            m_sharedLeaders.insert(next.data(), key);
            m_queue.append(next);
            schedulePump(0);
            return;
        }
        return;
    }
    for (const QPointer<ApiCall> &w : std::as_const(waiting)) {
        if (w)
            finish(w, result);
    }
}

void ApiClient::schedulePump(qint64 delayMs)
{
    if (!m_pumpTimer->isActive() || m_pumpTimer->remainingTime() > delayMs)
        m_pumpTimer->start(int(std::min<qint64>(delayMs, 24 * 3600 * 1000)));
}

void ApiClient::requeueFront(ApiCall *call)
{
    call->m_stage = ApiCall::Stage::Queued;
    m_queue.prepend(call);
    schedulePump(0);
}

void ApiClient::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        ApiCall *call = m_queue.first();
        if (!call || call->m_finished) {
            m_queue.removeFirst();
            continue;
        }
        if (call->m_authenticated && !m_deltaKnown) {
            // Order is kept: everything waits for the one /auth/time request.
            startTimeSync();
            return;
        }
        if (call->m_clockCheckPending) {
            call->m_clockCheckPending = false;
            // A signature refusal is only worth repeating if the clock was the cause: retrying
            // with the same delta would fail the same way (wrong secret, mangled paste).
            if (call->m_clockError.kind == ApiError::Kind::InvalidSignature
                && std::llabs(m_delta - call->m_deltaBefore) < 2) {
                m_queue.removeFirst();
                finish(call, call->m_clockError);
                continue;
            }
        }
        const qint64 now = m_steady.elapsed();
        if (now < m_holdUntilMs) {
            schedulePump(m_holdUntilMs - now);
            return;
        }
        // Two tokens stay for priority calls (task polls), so a burst of reads cannot delay them.
        const qint64 wait = m_limiter.tryAcquire(now, call->m_priority ? 0 : 2);
        if (wait > 0) {
            qCDebug(lcApi) << "rate limit: next request in" << wait << "ms";
            schedulePump(wait);
            return;
        }
        m_queue.removeFirst();
        startAttempt(call);
    }
}

void ApiClient::startTimeSync()
{
    if (m_timeReply)
        return;
    QNetworkRequest request = makeRequest(m_endpoint.urlFor(u"/auth/time"_s));
    m_timeSentMs = m_clock->nowMs();
    m_timeReply = m_nam->get(request);
    connect(m_timeReply, &QNetworkReply::finished, this, &ApiClient::onTimeReply);
}

void ApiClient::onTimeReply()
{
    QNetworkReply *reply = m_timeReply;
    m_timeReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll().trimmed() : QByteArray();
    bool ok = false;
    const qint64 serverSecs = body.toLongLong(&ok);

    if (status == 200 && ok) {
        // Assume the server read its clock half-way through the round trip.
        const qint64 localMs = (m_timeSentMs + m_clock->nowMs()) / 2;
        m_delta = qint64(std::llround(serverSecs - localMs / 1000.0));
        m_deltaKnown = true;
        qCInfo(lcApi) << "server time delta" << m_delta << "s";
        if (std::llabs(m_delta) > m_skewThreshold)
            emit clockOffsetDetected(m_delta);
        schedulePump(0);
        return;
    }

    ApiError e;
    if (status == 0) {
        e = mapNetworkError(reply->error() == QNetworkReply::OperationCanceledError
                                    ? QNetworkReply::TimeoutError
                                    : reply->error(),
                            u"GET /auth/time: %1"_s.arg(int(reply->error())));
    } else if (status == 200) {
        e = ApiError::make(ApiError::Kind::MalformedResponse, u"GET /auth/time: not a number"_s);
        e.httpStatus = status;
    } else {
        e = mapHttpError(status, body, reply->rawHeader("X-Ovh-QueryID"), u"GET"_s,
                         u"/auth/time"_s, reply->rawHeader("Retry-After"));
    }
    qCWarning(lcApi) << "could not read the server time:" << e.logLine();
    // Signed calls cannot be signed without it: fail those waiting, let unsigned ones through.
    const QList<QPointer<ApiCall>> queue = m_queue;
    for (const QPointer<ApiCall> &call : queue) {
        if (call && !call->m_finished && call->m_authenticated) {
            m_queue.removeAll(call);
            finish(call, call->m_clockCheckPending ? call->m_clockError : e);
        }
    }
    schedulePump(0);
}

} // namespace snc
