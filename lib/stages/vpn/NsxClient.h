// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace snc {

class StageContext;

/**
 * @brief A small client for the PCC's NSX Manager Policy API (`…/policy/api/v1`), for stage 3.
 *
 * Basic authentication (`admin` + the admin password defined in stage 2); TLS always verified,
 * with exactly the pinned CAs when some are set (the practice sandbox), the system store
 * otherwise; 30 s transfer timeout; no retry (PATCH is idempotent, the model re-reads state).
 * Answers: the JSON body (Null when empty) or an ApiError: 401/403 → Validation with a translated
 * "password refused" message (errorCode "NSX_AUTH"; a 401 to a request without a password says
 * none was sent yet), any other 403 → "NSX_RIGHTS" (a right missing, not the credentials),
 * 404 → NotFound: "NSX_NO_SESSION" (the wizard's IPsec session: apply creates it),
 * "NSX_NO_TIER0" (under a Tier-0: refresh looks ovh-T0-gw up again), else "NSX_NOT_FOUND";
 * other 4xx → BadRequest
 * with NSX's `error_message`, 5xx → ServerError, transport → Network/Timeout/Tls/Canceled.
 * Logs nothing but method, path and status; never the password or a body (the session body
 * carries the PSK). Does not own the QNetworkAccessManager.
 *
 * The deprecated `…/locale-services/{ls}/…` form is not used: the sandbox and NSX 4.x serve
 * the path without locale-services (nsx-ipsec.md §1).
 */
class NsxClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Result<QJsonValue> &)>;

    explicit NsxClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~NsxClient() override;

    /// `<url of GET /dedicatedCloud/{sn}/nsxt>/policy/api/v1` (NsxtOption::policyBase(), made
    /// reachable by StageContext). While it is empty, requests fail with Kind::Validation,
    /// errorCode "NSX_NO_ADDRESS", and nothing is sent.
    void setBaseUrl(const QUrl &policyBase) { m_base = policyBase; }
    /// Whether Basic authentication may go to `url`: HTTPS, or plain HTTP to a loopback address
    /// (a local sandbox). Otherwise a request made with a password fails with Kind::Validation,
    /// errorCode "NSX_PLAIN_HTTP" (translated message), and nothing is sent (issue 15, item 7).
    static bool mayCarryPassword(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    void setCredentials(const QString &user, SecretBytes password);
    /// The login alone (NsxLogin), the password kept.
    void setUser(const QString &user) { m_user = user; }
    QString user() const { return m_user; }
    bool hasCredentials() const { return !m_password.isEmpty(); }
    void setPinnedCaCertificates(const QList<QSslCertificate> &cas) { m_cas = cas; }

    /// `path` is relative to the policy base ("/infra/tier-0s"). `handler` runs once, in `context`.
    void get(const QString &path, QObject *context, Handler handler, const QUrlQuery &query = {});
    void patch(const QString &path, const QJsonValue &body, QObject *context, Handler handler);
    /// PATCH with a body that carries a secret (the session's PSK): sent as is, and wiped once
    /// the reply is gone (Qt's own copies inside the network stack are out of reach).
    void patchBytes(const QString &path, SecretBytes body, QObject *context, Handler handler);
    /// Aborts every request in flight (their handlers get Canceled).
    void abortAll();

private:
    /// The reply, to which a caller may tie the lifetime of a secret body.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, QObject *context, Handler handler);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_user;
    SecretBytes m_password;
    QList<QSslCertificate> m_cas;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace snc
