// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace snc {

class ApiCall;
class ApiClient;
class Clock;
class Poller;

/// One OVH access rule: an HTTP method and a path, exact or ending with '*'.
struct AccessRule
{
    QString method; ///< GET, POST, PUT or DELETE
    QString path;   ///< "/dedicatedCloud/pcc-1/*"; v2 rules keep the "/v2" prefix
    bool operator==(const AccessRule &o) const { return method == o.method && path == o.path; }
};

/// @brief Least-privilege rules for what the wizard does to ONE dedicatedCloud service
/// (`serviceName`), or to any service when `serviceName` is empty ("/dedicatedCloud/*"):
/// GET /dedicatedCloud; GET/POST/PUT/DELETE /dedicatedCloud/<sn> and /dedicatedCloud/<sn>/*;
/// POST /me/geolocation; GET /me; GET /auth/*; GET/POST/DELETE /v2/okms/*; GET /v2/okms/resource.
/// `serviceName` is %-encoded with encodePathSegment().
QList<AccessRule> wizardAccessRules(const QString &serviceName = {});
/// Translated, one line per rule, for the user to read before validating
/// ("Read the list of your Hosted Private Cloud services (GET /dedicatedCloud)").
QStringList describeAccessRules(const QList<AccessRule> &rules);
/// What the rules let the wizard do, in plain words, each purpose once (issue 18, item 5).
QStringList accessRulePurposes(const QList<AccessRule> &rules);
/// The rules as the API writes them ("GET /dedicatedCloud/*"), for the technical details.
QStringList accessRuleLines(const QList<AccessRule> &rules);
/// `[{"method":…,"path":…}, …]` as POST /auth/credential expects it.
QJsonArray accessRulesToJson(const QList<AccessRule> &rules);

/**
 * @brief The consumer-key flow (§A.4): ask for a credential, let the user validate it in the
 * browser, wait for validation.
 *
 * Uses (does not own) an ApiClient that already has the endpoint and application key (and
 * secret: polling is signed). requestCredential() sends the unauthenticated POST /auth/credential;
 * on success it installs the new consumer key in the client (so the polling is signed with it),
 * keeps a copy for takeConsumerKey(), and emits credentialRequested(validationUrl) — the caller
 * opens that URL (QDesktopServices) and shows the rules. waitForValidation() then polls
 * GET /auth/currentCredential every pollIntervalMs() (default 2 s) until `validated`
 * (validated()), `refused`/`expired` (failed() with CredentialInvalid), or a non-transient error;
 * `pendingValidation` and a 403 "pending validation" keep polling; transient errors (network,
 * 5xx, 429) keep polling too. cancel() stops everything (no signal). Single use per request.
 *
 * The validation window (issue 16): what the real API answers for a key still pending is not
 * published; field reports show `403 INVALID_CREDENTIAL` and `400 INVALID_SIGNATURE` (php-ovh #56,
 * #62), the very answers of a revoked key or a wrong secret. So, while the freshly requested key
 * is within its validation window (the poll timeout, measured from waitForValidation()), those
 * two answers mean "still waiting" too (stillWaiting() says which was seen). When the window ends
 * on them, failed() gives CredentialInvalid (authorize again). checkNow() is the user's "I have
 * validated it": one check at once, after which those answers mean what they say (failed()).
 *
 * The wait is a snc::Poller (the one poll loop of the code base): its deadline is measured on
 * the Clock given to setClock() (tests move a TestClock), and on the steady clock when none is
 * set, so that a wall-clock jump (suspend, manual change) does not end the wait.
 */
class CredentialFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Requesting, WaitingForUser, Polling, Validated, Failed, Canceled };
    Q_ENUM(State)

    explicit CredentialFlow(ApiClient *client, QObject *parent = nullptr);
    ~CredentialFlow() override;

    void requestCredential(const QList<AccessRule> &rules, const QUrl &redirection = {});
    void waitForValidation();
    /**
     * @brief "I have validated it": checks GET /auth/currentCredential once, at once (a poll in
     * flight is replaced). Validated → validated(). An explicit "not validated yet" keeps the wait
     * going (stillWaiting()). INVALID_CREDENTIAL or INVALID_SIGNATURE are then final: failed()
     * with that error, since the user says the key is validated. No-op unless Polling.
     */
    void checkNow();
    void cancel();

    State state() const { return m_state; }
    QList<AccessRule> rules() const { return m_rules; }
    QUrl validationUrl() const { return m_validationUrl; }
    /// Expiry read from /auth/currentCredential once validated; invalid = no expiry.
    QDateTime expiration() const { return m_expiration; }
    /// Moves the consumer key out (to store it in the keychain). Empty before credentialRequested().
    SecretBytes takeConsumerKey();

    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }
    int pollIntervalMs() const { return m_pollIntervalMs; }
    /// Gives up polling after this long (default 30 min) with failed(Kind::Expired).
    void setPollTimeoutMs(qint64 ms);
    /// Measures the poll timeout on `clock` (not owned); nullptr (default) = the steady clock.
    void setClock(const Clock *clock);

signals:
    void stateChanged(snc::CredentialFlow::State state);
    void credentialRequested(const QUrl &validationUrl);
    void validated(const QDateTime &expiration);
    void failed(const snc::ApiError &error);
    /// A poll was answered "not valid (yet)" and the wait goes on; `answer` is that answer
    /// (CredentialPending, or within the validation window CredentialInvalid/InvalidSignature).
    void stillWaiting(const snc::ApiError &answer);

private:
    void setState(State state);
    void poll();
    void onPollFinished(ApiCall *call);
    void pollAgain();
    void fail(const ApiError &error);
    /// The window ended on answers that were only "still waiting" within it.
    void windowEnded();

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    Poller *m_poller; ///< child: the wait for the validation
    State m_state = State::Idle;
    QList<AccessRule> m_rules;
    QUrl m_validationUrl;
    QDateTime m_expiration;
    SecretBytes m_consumerKey;
    int m_pollIntervalMs = 2000;
    bool m_confirming = false; ///< the running check is checkNow()'s: no answer is "still waiting" but an explicit one
    std::optional<ApiError> m_lastWaitingAnswer; ///< the last "not valid" answer taken as "still waiting"
};

} // namespace snc
