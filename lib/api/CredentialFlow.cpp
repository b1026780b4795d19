// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialFlow.h"

#include "ApiClient.h"
#include "Endpoint.h"
#include "ValidationUrl.h"
#include "core/Log.h"
#include "core/Poller.h"

#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

using Kind = ApiError::Kind;

bool isTransient(const ApiError &e)
{
    return e.kind == Kind::Network || e.kind == Kind::Timeout || e.kind == Kind::ServerError
            || e.kind == Kind::RateLimited;
}

/// What the real API has been seen answering for a key still pending validation (php-ovh #56,
/// #62): indistinguishable from a revoked key or a wrong secret, so only the validation window
/// tells them apart (class comment).
bool mayMeanPending(const ApiError &e)
{
    return e.kind == Kind::CredentialInvalid || e.kind == Kind::InvalidSignature;
}

} // namespace

QList<AccessRule> wizardAccessRules(const QString &serviceName)
{
    QList<AccessRule> rules;
    rules.append({u"GET"_s, u"/dedicatedCloud"_s});
    const QStringList methods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    if (serviceName.isEmpty()) {
        for (const QString &m : methods)
            rules.append({m, u"/dedicatedCloud/*"_s});
    } else {
        // OVH's '*' needs at least the '/' before it, so the service itself needs its own rule.
        const QString base = u"/dedicatedCloud/"_s + encodePathSegment(serviceName);
        for (const QString &m : methods)
            rules.append({m, base});
        for (const QString &m : methods)
            rules.append({m, base + u"/*"_s});
    }
    rules.append({u"POST"_s, u"/me/geolocation"_s});
    rules.append({u"GET"_s, u"/me"_s});
    rules.append({u"GET"_s, u"/auth/*"_s});
    // Whether v2 rules need the "/v2" prefix is not documented (API notes §A.4); the sandbox and
    // the Terraform provider's calls use it.
    rules.append({u"GET"_s, u"/v2/okms/resource"_s});
    rules.append({u"GET"_s, u"/v2/okms/*"_s});
    rules.append({u"POST"_s, u"/v2/okms/*"_s});
    rules.append({u"DELETE"_s, u"/v2/okms/*"_s});
    return rules;
}

namespace {
// What a rule lets the wizard do, in the customer's words; empty for a rule not known here.
QString accessRulePurpose(const AccessRule &r)
{
    if (r.path == u"/dedicatedCloud"_s)
        return CredentialFlow::tr("List your Hosted Private Cloud services", "@info access rule");
    if (r.path.startsWith(u"/dedicatedCloud/"_s) && r.method == u"GET"_s)
        return CredentialFlow::tr("Read the settings of the service", "@info access rule");
    if (r.path.startsWith(u"/dedicatedCloud/"_s) && r.method == u"DELETE"_s)
        return CredentialFlow::tr("Remove settings of the service (for example an allowed "
                                  "network)", "@info access rule");
    if (r.path.startsWith(u"/dedicatedCloud/"_s))
        return CredentialFlow::tr("Change the settings of the service", "@info access rule");
    if (r.path == u"/me/geolocation"_s)
        return CredentialFlow::tr("Detect your public IP address", "@info access rule");
    if (r.path == u"/me"_s)
        return CredentialFlow::tr("Read your account name and contact e-mail", "@info access rule");
    if (r.path.startsWith(u"/auth"_s))
        return CredentialFlow::tr("Check this authorization and its expiry", "@info access rule");
    if (r.path.startsWith(u"/v2/okms"_s) && r.method == u"GET"_s)
        return CredentialFlow::tr("Read your key management services (KMS)", "@info access rule");
    if (r.path.startsWith(u"/v2/okms"_s))
        return CredentialFlow::tr("Manage the access credentials of your KMS", "@info access rule");
    return {};
}
} // namespace

QStringList describeAccessRules(const QList<AccessRule> &rules)
{
    QStringList lines;
    for (const AccessRule &r : rules) {
        const QString rule = r.method + u' ' + r.path;
        const QString what = accessRulePurpose(r);
        if (what.isEmpty())
            lines.append(rule);
        else
            //: %1 explains the access rule, %2 is the rule itself ("GET /me")
            lines.append(CredentialFlow::tr("%1 (%2)", "@info access rule").arg(what, rule));
    }
    return lines;
}

QStringList accessRulePurposes(const QList<AccessRule> &rules)
{
    QStringList lines;
    for (const AccessRule &r : rules) {
        const QString what = accessRulePurpose(r);
        //: An access rule the wizard has no words for: %1 is the rule ("GET /me")
        const QString line = what.isEmpty() ? CredentialFlow::tr("Another access (%1)", "@info access rule")
                                                      .arg(r.method + u' ' + r.path)
                                            : what;
        if (!lines.contains(line)) // several rules (GET /x, GET /x/*) serve one purpose
            lines.append(line);
    }
    return lines;
}

QStringList accessRuleLines(const QList<AccessRule> &rules)
{
    QStringList lines;
    for (const AccessRule &r : rules)
        lines.append(r.method + u' ' + r.path);
    return lines;
}

QJsonArray accessRulesToJson(const QList<AccessRule> &rules)
{
    QJsonArray array;
    for (const AccessRule &r : rules)
        array.append(QJsonObject{{u"method"_s, r.method}, {u"path"_s, r.path}});
    return array;
}

CredentialFlow::CredentialFlow(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_poller(new Poller(this))
{
    m_poller->setTimeoutMs(30 * 60 * 1000);
    connect(m_poller, &Poller::due, this, &CredentialFlow::poll);
    connect(m_poller, &Poller::expired, this, &CredentialFlow::windowEnded);
}

void CredentialFlow::setPollTimeoutMs(qint64 ms)
{
    m_poller->setTimeoutMs(ms);
}

void CredentialFlow::setClock(const Clock *clock)
{
    m_poller->setClock(clock);
}

CredentialFlow::~CredentialFlow()
{
    if (m_call)
        m_call->abort();
}

void CredentialFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

SecretBytes CredentialFlow::takeConsumerKey()
{
    return std::move(m_consumerKey);
}

void CredentialFlow::fail(const ApiError &error)
{
    m_poller->stop();
    setState(State::Failed);
    emit failed(error);
}

void CredentialFlow::windowEnded()
{
    if (!m_lastWaitingAnswer || !mayMeanPending(*m_lastWaitingAnswer)) {
        fail(ApiError::make(Kind::Expired, u"credential validation not seen in time"_s));
        return;
    }
    // The key was never seen validated and its window is over: whatever the answers meant, this
    // consumer key will not work. Authorizing again is what helps.
    ApiError e = *m_lastWaitingAnswer;
    e.kind = Kind::CredentialInvalid;
    e.details = u"not validated within the validation window; last answer %1 (%2)"_s.arg(
            ApiError::kindName(m_lastWaitingAnswer->kind), m_lastWaitingAnswer->details);
    fail(e);
}

void CredentialFlow::requestCredential(const QList<AccessRule> &rules, const QUrl &redirection)
{
    if (!m_client || m_state == State::Requesting || m_state == State::Polling)
        return;
    m_rules = rules;
    m_validationUrl.clear();
    m_expiration = QDateTime();
    m_consumerKey.clear();
    setState(State::Requesting);

    QJsonObject body{{u"accessRules"_s, accessRulesToJson(rules)}};
    if (redirection.isValid())
        body.insert(u"redirection"_s, QString::fromUtf8(redirection.toEncoded()));
    CallOptions options;
    options.authenticated = false; // only X-Ovh-Application: there is no consumer key yet
    m_call = m_client->send("POST", u"/auth/credential"_s, {}, body, options);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call]() {
        m_call = nullptr;
        const Result<QJsonValue> &r = call->result();
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        const QJsonObject o = r.value().toObject();
        const QString ck = o.value(u"consumerKey"_s).toString();
        const QUrl url(o.value(u"validationUrl"_s).toString(), QUrl::StrictMode);
        // The user types the account password on that page: HTTPS on OVHcloud only (ValidationUrl.h).
        QString why;
        if (ck.isEmpty() || !isAcceptableValidationUrl(url, m_client->endpoint(), &why)) {
            ApiError e = ApiError::make(Kind::MalformedResponse,
                                        ck.isEmpty() ? u"POST /auth/credential: no consumerKey"_s
                                                     : u"POST /auth/credential: validationUrl refused: %1"_s.arg(why));
            e.httpStatus = call->httpStatus();
            fail(e);
            return;
        }
        m_consumerKey = SecretBytes::fromString(ck);
        m_client->setConsumerKey(m_consumerKey.clone());
        m_validationUrl = url;
        qCInfo(lcApi) << "credential requested; waiting for validation in the browser";
        setState(State::WaitingForUser);
        emit credentialRequested(url);
    });
}

void CredentialFlow::waitForValidation()
{
    if (!m_client || (m_state != State::WaitingForUser && m_state != State::Failed))
        return;
    if (!m_client->hasCredentials())
        return;
    setState(State::Polling);
    m_confirming = false;
    m_lastWaitingAnswer.reset();
    m_poller->start(0);
}

void CredentialFlow::checkNow()
{
    if (m_state != State::Polling || !m_client)
        return;
    if (m_call) {
        // A poll in flight may have left before the user validated: replace it.
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
        m_call = nullptr;
    }
    m_confirming = true;
    poll();
}

void CredentialFlow::cancel()
{
    m_poller->stop();
    if (m_call)
        m_call->abort();
    m_call = nullptr;
    if (m_state != State::Validated)
        setState(State::Canceled);
}

void CredentialFlow::poll()
{
    if (m_state != State::Polling || !m_client)
        return;
    if (m_call) { // checkNow()'s check is running: the loop's next turn waits for it
        pollAgain();
        return;
    }
    m_call = m_client->get(u"/auth/currentCredential"_s);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call]() {
        m_call = nullptr;
        onPollFinished(call);
    });
}

void CredentialFlow::onPollFinished(ApiCall *call)
{
    if (m_state != State::Polling)
        return;
    const Result<QJsonValue> &r = call->result();
    const bool confirming = std::exchange(m_confirming, false);
    if (!r.ok()) {
        const ApiError &e = r.error();
        if (e.kind == Kind::Canceled)
            return;
        if (isTransient(e)) {
            pollAgain();
            return;
        }
        if (e.kind == Kind::CredentialPending || (!confirming && mayMeanPending(e))) {
            qCInfo(lcApi).noquote() << "credential not valid yet (" << ApiError::kindName(e.kind)
                                    << "): still within its validation window";
            m_lastWaitingAnswer = e;
            emit stillWaiting(e);
            pollAgain();
            return;
        }
        fail(e);
        return;
    }
    const QJsonObject o = r.value().toObject();
    const QString status = o.value(u"status"_s).toString();
    if (status == u"validated"_s) {
        const QString exp = o.value(u"expiration"_s).toString();
        m_expiration = exp.isEmpty() ? QDateTime() : QDateTime::fromString(exp, Qt::ISODate);
        m_poller->stop();
        setState(State::Validated);
        emit validated(m_expiration);
        return;
    }
    if (status == u"pendingValidation"_s) {
        ApiError e = ApiError::make(Kind::CredentialPending, u"GET /auth/currentCredential: pendingValidation"_s);
        e.httpStatus = call->httpStatus();
        m_lastWaitingAnswer = e;
        emit stillWaiting(e);
        pollAgain();
        return;
    }
    ApiError e = ApiError::make(status == u"refused"_s || status == u"expired"_s
                                        ? Kind::CredentialInvalid
                                        : Kind::MalformedResponse,
                                u"GET /auth/currentCredential: status %1"_s.arg(status.left(40)));
    e.httpStatus = call->httpStatus();
    fail(e);
}

void CredentialFlow::pollAgain()
{
    m_poller->again(m_pollIntervalMs);
}

} // namespace snc
