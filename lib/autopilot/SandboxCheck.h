// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace snc {

/**
 * @brief Proves that an endpoint is a practice sandbox before the autopilot acts on it
 * (issue 15, item 13).
 *
 * The autopilot types risk phrases and ticks confirmations by itself: against a real OVHcloud
 * account that would accept risks no person read. So an external endpoint must answer
 * `GET <base>/sandbox/stats` as `snc-sandbox` does (status 200, a JSON object with its counters
 * "requestsPerRoute", "totalRequests" and "duplicateCreations"); the real API has no such route.
 * The request carries no credential, follows no redirect, trusts exactly the pinned CA when one
 * is given, and gives up after 10 s. Ends with one finished().
 */
class SandboxCheck : public QObject
{
    Q_OBJECT
public:
    explicit SandboxCheck(QObject *parent = nullptr);
    ~SandboxCheck() override;

    /// Starts the check of `base` (the versionless base URL); `cas`, when not empty, is the
    /// whole trust store (the sandbox's pinned CA).
    void start(const QUrl &base, const QList<QSslCertificate> &cas);

    /// `<base>/sandbox/stats`, whatever path `base` ends with.
    static QUrl statsUrl(const QUrl &base);
    /// The body is the sandbox's statistics: a JSON object with its counters.
    static bool isSandboxStats(const QByteArray &body);

signals:
    /// `isSandbox` false: `reason` says what answered instead (log-safe, English, for stderr).
    void finished(bool isSandbox, const QString &reason);

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_nam;
};

} // namespace snc
