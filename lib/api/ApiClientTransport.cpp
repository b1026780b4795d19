// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One HTTP attempt of an ApiCall, its outcome, and what happens next (finish, retry, re-sync).
#include "ApiClient.h"

#include "ErrorMapping.h"
#include "OneShotBody.h"
#include "RequestSigner.h"
#include "core/Clock.h"
#include "core/Log.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

// QJsonDocument rejects a bare scalar at top level, which OVH does send ("null", 1700000000,
// "a string"): parse inside an array of one.
std::optional<QJsonValue> parseJsonValue(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

} // namespace

QNetworkRequest ApiClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // A redirect would change the signed URL and could carry our headers to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_applicationKey.isEmpty())
        request.setRawHeader("X-Ovh-Application", m_applicationKey.toUtf8());
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Verification is never relaxed; in sandbox mode the trust store is exactly the pinned CA.
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_pinnedCas.isEmpty())
            tls.setCaCertificates(m_pinnedCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

void ApiClient::startAttempt(ApiCall *call)
{
    ++call->m_attempts;
    ++m_inFlight;
    call->m_stage = ApiCall::Stage::Sending;
    call->m_startedMs = m_steady.elapsed();

    QNetworkRequest request = makeRequest(call->m_url);
    if (call->m_hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!call->m_cursor.isEmpty())
        request.setRawHeader("X-Pagination-Cursor", call->m_cursor);
    if (call->m_authenticated) {
        const qint64 timestamp = m_clock->nowSecs() + m_delta;
        const QByteArray fullUrl = call->m_url.toEncoded();
        request.setRawHeader("X-Ovh-Consumer", m_consumerKey.expose());
        request.setRawHeader("X-Ovh-Timestamp", QByteArray::number(timestamp));
        request.setRawHeader("X-Ovh-Signature",
                             signRequest(m_applicationSecret.expose(), m_consumerKey.expose(),
                                         call->m_verb, fullUrl, call->m_body, timestamp));
    }

    QNetworkReply *reply = nullptr;
    if (call->m_verb == "GET")
        reply = m_nam->get(request);
    else if (call->m_verb == "DELETE" && !call->m_hasBody)
        reply = m_nam->deleteResource(request);
    else if (call->m_verb == "DELETE")
        reply = m_nam->sendCustomRequest(request, call->m_verb, call->m_body);
    else {
        // A write is sent at most once per attempt: see OneShotBody for the silent re-send it stops.
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->m_body);
        reply = m_nam->sendCustomRequest(request, call->m_verb, body);
        body->setParent(reply);
    }
    call->m_reply = reply;
    call->m_oversized = false;
    // The body is capped while it arrives (ReplyLimits): a huge or endless answer is cut off
    // before it fills memory, whatever Content-Length says.
    connect(reply, &QNetworkReply::downloadProgress, call, [this, call, reply](qint64 received, qint64 total) {
        if (call->m_reply != reply || call->m_oversized)
            return;
        if (received > m_limits.maxBytes || total > m_limits.maxBytes) {
            call->m_oversized = true;
            reply->abort(); // emits finished(): onReplyFinished() reports it
        }
    });
    connect(reply, &QNetworkReply::finished, call, [this, call]() { onReplyFinished(call); });
}

void ApiClient::onReplyFinished(ApiCall *call)
{
    QNetworkReply *reply = call->m_reply;
    call->m_reply = nullptr;
    --m_inFlight;
    schedulePump(0);
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    call->m_httpStatus = status;
    call->m_headers = reply->rawHeaderPairs();
    const QByteArray queryId = reply->rawHeader("X-Ovh-QueryID");
    if (call->m_oversized || (reply->isOpen() && reply->bytesAvailable() > m_limits.maxBytes)) {
        // Never retried: the same server would send the same answer.
        ApiError e = ApiError::make(ApiError::Kind::MalformedResponse,
                                    u"%1 %2: answer larger than %3 bytes"_s.arg(call->m_method, call->m_path)
                                            .arg(m_limits.maxBytes));
        e.httpStatus = status;
        e.queryId = QString::fromLatin1(reply->rawHeader("X-Ovh-QueryID"));
        finish(call, e);
        return;
    }
    // A timed-out reply is closed; reading it would only warn.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const qint64 durationMs = m_steady.elapsed() - call->m_startedMs;
    // Method, path (no query), status, query id, duration: never headers or bodies.
    qCDebug(lcApi).noquote() << call->m_method << call->m_path << status
                             << (queryId.isEmpty() ? u"-"_s : QString::fromLatin1(queryId))
                             << durationMs << "ms";

    if (status == 0) {
        // We abort a reply we still listen to only when oversized (handled above), so "canceled"
        // here is the transfer timeout.
        const QNetworkReply::NetworkError code = reply->error();
        ApiError e = mapNetworkError(code == QNetworkReply::OperationCanceledError
                                             ? QNetworkReply::TimeoutError
                                             : code,
                                     u"%1 %2: network error %3"_s.arg(call->m_method,
                                                                       call->m_path)
                                             .arg(int(code)));
        handleFailure(call, e, isTransientNetworkError(code));
        return;
    }

    if (status >= 200 && status < 300) {
        const std::optional<QJsonValue> value = parseJsonValue(body);
        if (!value) {
            ApiError e = ApiError::make(ApiError::Kind::MalformedResponse,
                                        u"%1 %2: body is not JSON"_s.arg(call->m_method,
                                                                        call->m_path));
            e.httpStatus = status;
            e.queryId = QString::fromLatin1(queryId);
            finish(call, e);
            return;
        }
        if (!call->m_allPages) {
            finish(call, *value);
            return;
        }
        if (!value->isArray()) {
            ApiError e = ApiError::make(ApiError::Kind::MalformedResponse,
                                        u"%1 %2: page is not a list"_s.arg(call->m_method,
                                                                          call->m_path));
            e.httpStatus = status;
            e.queryId = QString::fromLatin1(queryId);
            finish(call, e);
            return;
        }
        const QJsonArray page = value->toArray();
        ++call->m_pageCount;
        call->m_pageBytes += body.size();
        QString tooMuch;
        if (call->m_pages.size() + page.size() > m_limits.maxItems)
            tooMuch = u"more than %1 items"_s.arg(m_limits.maxItems);
        else if (call->m_pageBytes > m_limits.maxBytes)
            tooMuch = u"more than %1 bytes"_s.arg(m_limits.maxBytes);
        if (tooMuch.isEmpty()) {
            for (const QJsonValue &v : page)
                call->m_pages.append(v);
        }
        const QByteArray next = reply->rawHeader("X-Pagination-Cursor-Next");
        if (tooMuch.isEmpty() && (next.isEmpty() || next == call->m_cursor)) {
            finish(call, QJsonValue(call->m_pages));
            return;
        }
        // Every cursor is remembered: A, B, A… would otherwise never end.
        call->m_seenCursors.insert(call->m_cursor);
        if (tooMuch.isEmpty() && call->m_seenCursors.contains(next))
            tooMuch = u"a cursor sent twice (pagination loop)"_s;
        else if (tooMuch.isEmpty() && call->m_pageCount >= m_limits.maxPages)
            tooMuch = u"more than %1 pages"_s.arg(m_limits.maxPages);
        if (!tooMuch.isEmpty()) {
            ApiError e = ApiError::make(ApiError::Kind::MalformedResponse,
                                        u"%1 %2: list refused: %3"_s.arg(call->m_method, call->m_path, tooMuch));
            e.httpStatus = status;
            e.queryId = QString::fromLatin1(queryId);
            call->m_pages = QJsonArray();
            finish(call, e);
            return;
        }
        // Next page: a fresh request with its own retry budget.
        call->m_cursor = next;
        call->m_failedAttempts = 0;
        requeueFront(call);
        return;
    }

    ApiError e = mapHttpError(status, body, queryId, call->m_method, call->m_path,
                              reply->rawHeader("Retry-After"));
    handleFailure(call, e, false);
}

void ApiClient::handleFailure(ApiCall *call, ApiError error, bool transientNetwork)
{
    using Kind = ApiError::Kind;
    const bool clockClass = error.kind == Kind::InvalidSignature || error.kind == Kind::ClockSkew;
    if (clockClass && call->m_authenticated && !call->m_clockRetried) {
        // Re-read the server time and send this one request once more. Safe even for POST, PUT and
        // DELETE: the server refused it at the authentication layer, before acting on it.
        call->m_clockRetried = true;
        call->m_clockCheckPending = true;
        call->m_clockError = error;
        call->m_deltaBefore = m_delta;
        invalidateTimeDelta();
        requeueFront(call);
        return;
    }
    if (error.kind == Kind::ClockSkew)
        error.clockOffsetSeconds = m_delta;
    if (error.kind == Kind::CredentialInvalid)
        emit credentialRejected(error);
    if (error.kind == Kind::RateLimited && error.retryAfterSeconds > 0) {
        // The server said slow down: hold the whole queue, not just this call.
        m_holdUntilMs = std::max(m_holdUntilMs,
                                 m_steady.elapsed() + qint64(error.retryAfterSeconds) * 1000);
    }

    ++call->m_failedAttempts;
    const bool retryable = error.kind != Kind::Network || transientNetwork;
    if (retryable && m_retry.shouldRetry(call->m_verb, error, call->m_failedAttempts)) {
        const int delay = m_retry.nextDelayMs(call->m_failedAttempts, error.retryAfterSeconds);
        qCInfo(lcApi).noquote() << call->m_method << call->m_path << "retry"
                                << call->m_failedAttempts << "in" << delay << "ms after"
                                << ApiError::kindName(error.kind);
        call->m_stage = ApiCall::Stage::WaitingRetry;
        if (!call->m_retryTimer) {
            call->m_retryTimer = new QTimer(call);
            call->m_retryTimer->setSingleShot(true);
            connect(call->m_retryTimer, &QTimer::timeout, this, [this, call]() {
                requeueFront(call);
            });
        }
        call->m_retryTimer->start(delay);
        return;
    }
    finish(call, error);
}

void ApiClient::finish(ApiCall *call, Result<QJsonValue> result)
{
    if (call->m_finished)
        return;
    if (!result.ok())
        qCInfo(lcApi).noquote() << call->m_method << call->m_path << "failed:"
                                << result.error().logLine();
    call->m_result = std::move(result);
    if (call->m_result.ok()) {
        if (const QString key = lastingReadKey(call);
            !key.isEmpty() && isLastingAnswer(call->m_path, call->m_result.value()))
            m_lastingReads.keep(key, call->m_path, call->m_result.value(), wallNowMs());
    }
    call->m_finished = true;
    call->m_stage = ApiCall::Stage::Done;
    m_queue.removeAll(call);
    const QString sharedKey = m_sharedLeaders.take(call);
    emit call->finished();
    call->deleteLater();
    if (!sharedKey.isEmpty())
        settleSharedRead(sharedKey, call->m_result); // identical GETs that waited for this answer
}

void ApiClient::abortCall(ApiCall *call)
{
    if (call->m_finished)
        return;
    if (call->m_reply) {
        QNetworkReply *reply = call->m_reply;
        call->m_reply = nullptr;
        reply->disconnect(call);
        reply->abort();
        reply->deleteLater();
        --m_inFlight;
        schedulePump(0);
    }
    if (call->m_retryTimer)
        call->m_retryTimer->stop();
    ApiError e = ApiError::make(ApiError::Kind::Canceled,
                                u"%1 %2 canceled"_s.arg(call->m_method, call->m_path));
    finish(call, e);
}

} // namespace snc
