// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkReply;
class QTimer;

namespace snc {

class ApiClient;

/**
 * @brief One API call in flight (possibly retried, possibly several pages).
 *
 * Created and owned by ApiClient; emits `finished()` exactly once (success, failure or abort),
 * then deletes itself with deleteLater() once the handlers connected to `finished()` have run.
 * Do not keep the pointer past `finished()` (use QPointer if you must).
 *
 * The value is a QJsonValue rather than a QJsonDocument because OVH answers with bare scalars
 * too (`/auth/time` is an integer, many calls answer `null`). An empty body gives `Null`.
 */
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    /// The outcome; valid only once isFinished() (before that: an error with Kind::Canceled and
    /// details "not finished").
    const Result<QJsonValue> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

    /// Cancels the call wherever it is (queued, waiting for a retry, on the wire): it finishes
    /// with Kind::Canceled. No effect once finished. Safe to call from a finished() handler.
    void abort();

    QString method() const { return m_method; }
    /// The path as requested (e.g. "/dedicatedCloud/pcc-1"), without query.
    QString path() const { return m_path; }
    /// A header of the last HTTP response (case-insensitive name), empty if absent.
    QByteArray responseHeader(const QByteArray &name) const;
    /// HTTP status of the last response, 0 if none was received.
    int httpStatus() const { return m_httpStatus; }
    /// Number of HTTP attempts made so far (retries and clock re-syncs included).
    int attempts() const { return m_attempts; }

    /// Calls `f(const Result<QJsonValue> &)` once when finished. Connect right after creating the
    /// call (a call never finishes synchronously inside get()/post()/send()). `context` bounds
    /// the lifetime of the connection as with QObject::connect.
    template <class F>
    void onFinished(QObject *context, F f)
    {
        connect(this, &ApiCall::finished, context, [this, f = std::move(f)]() { f(m_result); });
    }

signals:
    void finished();

private:
    friend class ApiClient;
    explicit ApiCall(QObject *parent = nullptr);

    // Request, fixed at creation: URL and body are serialised once, here.
    QByteArray m_verb;
    QString m_method;
    QString m_path;
    QUrl m_url;             // strict-parsed; toEncoded() is signed and sent
    QByteArray m_body;      // compact JSON, empty when none
    bool m_hasBody = false;
    bool m_authenticated = true;
    bool m_allPages = false;
    bool m_priority = false;
    QByteArray m_cursor;

    // Progress.
    enum class Stage { Queued, Sending, WaitingRetry, Done };
    Stage m_stage = Stage::Queued;
    int m_attempts = 0;
    int m_failedAttempts = 0;      // failures counted by the RetryPolicy
    bool m_clockRetried = false;   // the single re-sync retry was used
    bool m_clockCheckPending = false;
    qint64 m_deltaBefore = 0;
    ApiError m_clockError;         // the refusal that triggered the re-sync
    bool m_finished = false;
    int m_httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QJsonArray m_pages;            // accumulated by getAllPages()
    QSet<QByteArray> m_seenCursors; // every cursor followed: a repeated one is a loop
    int m_pageCount = 0;
    qint64 m_pageBytes = 0;        // the bodies of the pages so far (ReplyLimits::maxBytes)
    bool m_oversized = false;      // the current reply passed ReplyLimits::maxBytes: aborted
    Result<QJsonValue> m_result;
    QPointer<ApiClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr; // child; pending backoff
    qint64 m_startedMs = 0;         // steady time of the current attempt, for the log
};

} // namespace snc
