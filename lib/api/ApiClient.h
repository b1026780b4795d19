// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/Endpoint.h"
#include "api/LastingReads.h"
#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"
#include "core/ApiError.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace snc {

class Clock;

/// Per-call options for ApiClient::send().
struct CallOptions
{
    /// false: only X-Ovh-Application is sent, no signature (/auth/time, /auth/credential).
    bool authenticated = true;
    /// v2 pagination: sent as X-Pagination-Cursor (not signed, like every header).
    QByteArray paginationCursor;
    /// Follow X-Pagination-Cursor-Next and concatenate the arrays (getAllPages()).
    bool allPages = false;
    /// Queued ahead of the non-priority calls waiting for the rate limiter (task polls: a finished
    /// task is noticed on time even behind a burst of reads). Still counts against the limit.
    bool priority = false;
};

/**
 * @brief The signed OVHcloud API client (API v1 `/1.0` and v2 `/v2`).
 *
 * Owns the ApiCall objects it returns (each deletes itself after `finished()`); does not own the
 * injected QNetworkAccessManager nor the Clock. Lives in the GUI thread; nothing blocks.
 *
 * - Signing: URL (QUrl::toEncoded) and JSON body (compact) are serialised once; those exact bytes
 *   are signed (signRequest()) and sent. Headers X-Ovh-Application, X-Ovh-Consumer,
 *   X-Ovh-Timestamp, X-Ovh-Signature; Content-Type only with a body.
 * - Clock: the server-time delta comes from GET /auth/time, fetched before the first signed call,
 *   again after Clock::jumped(), and on a timestamp/signature-class refusal, after which that one
 *   request is retried once (safe even for POST: the server refused it before acting).
 * - Retries: RetryPolicy (GETs only). Queueing: at most maxInFlight() on the wire, and a token
 *   bucket of rateLimitPerMinute() per client (= per credential); extra calls wait, never fail.
 * - Every request has a transfer timeout; every call can be aborted; the system proxy applies
 *   (the QNetworkAccessManager's proxy settings are never overridden).
 * - TLS: verification always on, ignoreSslErrors() never called. With pinned CAs (sandbox mode)
 *   exactly those CAs are trusted.
 * - Logs (lcApi): method, path, status, query id, duration. Never headers, query values or bodies.
 */
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoint(const Endpoint &endpoint);
    Endpoint endpoint() const { return m_endpoint; }
    /// The application's one network manager (Qt's advice: one per application), shared with
    /// the NSX, secure-interface and practice-outbox clients: each manager runs its own HTTP
    /// thread and keeps its own TLS connections (and memory) to the same hosts.
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setApplicationKey(const QString &applicationKey);
    QString applicationKey() const { return m_applicationKey; }
    void setApplicationSecret(SecretBytes secret);
    /// Also resets the rate-limit bucket (the limit is per credential).
    void setConsumerKey(SecretBytes consumerKey);
    /// Application key, secret and consumer key all set.
    bool hasCredentials() const;
    /// Forgets the consumer key (after "authorize again" or logout).
    void clearConsumerKey();

    /// Sandbox mode: trust exactly these CAs (and not the system store). Empty = system store.
    void setPinnedCaCertificates(const QList<QSslCertificate> &cas);
    void setRateLimitPerMinute(int perMinute, int burst = 10);
    int rateLimitPerMinute() const { return m_limiter.ratePerMinute(); }
    void setMaxInFlight(int maxInFlight);
    int maxInFlight() const { return m_maxInFlight; }
    void setTimeoutMs(int timeoutMs);
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy);
    /**
     * @brief Shared reads (off by default): an authenticated GET of a URL that is already waiting
     * in the queue (not sent yet) waits for that request's answer instead of sending its own. The
     * answer is produced after both were asked, so it is as live as a request of its own. A change
     * (any other method) sent meanwhile stops further sharing of the reads queued before it.
     * Priority calls (task polls) and paginated lists are never shared. If the request a call waits
     * for is aborted by its own caller, the waiting call is sent on its own.
     */
    void setShareQueuedReads(bool share) { m_shareQueuedReads = share; }
    bool sharesQueuedReads() const { return m_shareQueuedReads; }
    /**
     * @brief Lasting reads (off by default): the answers that cannot change while the wizard runs
     * (isLastingRead(): the service's password policy, its public IP block and that block's
     * details, a datacenter's own entry, the account behind the consumer key) are read once,
     * then served from memory. The block's details (the addresses in use) only for
     * LastingReads::lifetimeMs(), and a change sent under the service's `…/ip` forgets them.
     * So is a task once it is done or canceled (isTaskRead(), isLastingAnswer()): the pollers'
     * last answers serve the activation report and the final check.
     * Forgotten when the application or consumer key changes.
     */
    void setKeepLastingReads(bool keep);
    static bool isLastingRead(const QString &path);
    /// `/dedicatedCloud/{s}/task/{id}` or `/dedicatedCloud/{s}/user/{u}/task/{id}`.
    static bool isTaskRead(const QString &path);
    /// Whether this answer to a GET of @p path may be kept (see setKeepLastingReads()).
    static bool isLastingAnswer(const QString &path, const QJsonValue &answer);
    /**
     * @brief Bounds on what one call may receive (issue 15 item 15), so that a broken or hostile
     * server cannot exhaust memory or keep a list read running for ever.
     *
     * `maxBytes` caps each answer's body (checked while it downloads: the reply is aborted as soon
     * as it is exceeded) and, for getAllPages(), the sum of every page's body; `maxPages` and
     * `maxItems` cap a paginated list. A paginated list also fails when the server sends back a
     * cursor it already sent (two cursors alternating would otherwise loop for ever). Exceeding a
     * bound finishes the call with Kind::MalformedResponse, never retried.
     */
    struct ReplyLimits
    {
        qint64 maxBytes = 8 * 1024 * 1024;
        int maxPages = 1000;
        int maxItems = 100000;
    };
    void setReplyLimits(const ReplyLimits &limits) { m_limits = limits; }
    ReplyLimits replyLimits() const { return m_limits; }
    /// |delta| above which clockOffsetDetected() is emitted (default 30 s).
    void setClockSkewThresholdSeconds(int seconds) { m_skewThreshold = seconds; }

    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QJsonValue &body = QJsonValue(QJsonValue::Undefined));
    ApiCall *put(const QString &path, const QJsonValue &body = QJsonValue(QJsonValue::Undefined));
    ApiCall *del(const QString &path, const QUrlQuery &query = {});
    /**
     * @brief The general form. `method` upper case ("GET", "POST", "PUT", "DELETE");
     * `path` %-encoded per segment ("/dedicatedCloud/pcc-1/allowedNetwork/192.0.2.0%2F24");
     * an Undefined `body` sends no body. The call never finishes synchronously.
     */
    ApiCall *send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                  const QJsonValue &body = QJsonValue(QJsonValue::Undefined),
                  const CallOptions &options = {});
    /// GET on a v2 list, following X-Pagination-Cursor-Next; the result is one concatenated array.
    ApiCall *getAllPages(const QString &v2Path, const QUrlQuery &query = {});

    /// Server time minus local time, in seconds (0 until known).
    qint64 timeDeltaSeconds() const { return m_delta; }
    bool isTimeDeltaKnown() const { return m_deltaKnown; }
    /// Forgets the delta; the next signed call fetches /auth/time again.
    void invalidateTimeDelta();
    /// Number of calls waiting (queue) and on the wire.
    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }

signals:
    /// The server clock differs from ours by more than the threshold; calls still work (the
    /// delta is applied), but the UI may say "your computer's clock is off by N seconds".
    void clockOffsetDetected(qint64 seconds);
    /// The consumer key was refused (expired, revoked, unknown): route to "authorize again".
    void credentialRejected(const snc::ApiError &error);

private:
    friend class ApiCall;
    void pump();
    void schedulePump(qint64 delayMs);
    void requeueFront(ApiCall *call);
    void startTimeSync();
    void onTimeReply();
    void startAttempt(ApiCall *call);
    void onReplyFinished(ApiCall *call);
    void handleFailure(ApiCall *call, ApiError error, bool transientNetwork);
    void finish(ApiCall *call, Result<QJsonValue> result);
    void abortCall(ApiCall *call);
    /// Shared reads: true when `call` waits for (or got) an identical GET's answer.
    bool joinSharedRead(ApiCall *call);
    void settleSharedRead(const QString &key, const Result<QJsonValue> &result);
    void onClockJumped(qint64 deltaMs);
    QNetworkRequest makeRequest(const QUrl &url) const;

    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    Endpoint m_endpoint;
    QString m_applicationKey;
    SecretBytes m_applicationSecret;
    SecretBytes m_consumerKey;
    QList<QSslCertificate> m_pinnedCas;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    int m_maxInFlight = 4;
    int m_timeoutMs = 30000;
    int m_skewThreshold = 30;

    qint64 m_delta = 0;
    bool m_deltaKnown = false;
    QPointer<QNetworkReply> m_timeReply;
    qint64 m_timeSentMs = 0;
    qint64 m_holdUntilMs = 0; // steady time before which nothing is sent (429 Retry-After)
    QList<QPointer<ApiCall>> m_queue;
    int m_inFlight = 0;
    QTimer *m_pumpTimer;
    QElapsedTimer m_steady;
    ReplyLimits m_limits;
    struct SharedRead
    {
        QPointer<ApiCall> leader;          ///< the request that will be sent
        QList<QPointer<ApiCall>> waiting;  ///< identical GETs waiting for its answer
        bool changedSince = false;         ///< a change was queued after it: no more joining
    };
    bool m_shareQueuedReads = false;
    QHash<QString, SharedRead> m_sharedReads;
    QHash<const ApiCall *, QString> m_sharedLeaders;
    bool m_keepLastingReads = false;
    LastingReads m_lastingReads;
    QString lastingReadKey(const ApiCall *call) const;
    qint64 wallNowMs() const;
};

} // namespace snc
