// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/CredentialFlow.h"
#include "core/ApiError.h"
#include "core/SecretBytes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace snc {

class ApiClient;
struct PracticeSandbox;

/**
 * @brief One consumer-key authorization at a time: request a consumer key for the wizard's
 * access rules, hand the validation URL to the model (which opens it), wait until the user
 * validated it in the browser (CredentialFlow), then hand over the key.
 *
 * Apart from ConnectionModel because the browser round trip has its own life: it starts after
 * the keys are stored, runs while the user takes their time, and is dropped by cancel() or a
 * new start(). The practice sandbox can validate it without a browser (validateInSandbox()).
 *
 * Uses (does not own) the ApiClient, which must already hold the endpoint and the application
 * key and secret.
 */
class ConsumerKeyAuthorization : public QObject
{
    Q_OBJECT
public:
    explicit ConsumerKeyAuthorization(ApiClient *api, QObject *parent = nullptr);
    ~ConsumerKeyAuthorization() override;

    /// Requests a consumer key for `rules` (replaces one still pending), then waits.
    void start(const QList<AccessRule> &rules);
    /// Stops waiting (the pending consumer key is simply never used).
    void cancel();
    /// "I have validated it": one check at once (CredentialFlow::checkNow()). False (nothing
    /// sent) when nothing waits for the validation.
    bool checkNow();
    /// A request is pending (requested, or waiting for the validation).
    bool isPending() const { return m_flow != nullptr; }
    /// The page where the user validates; empty when nothing waits for validation.
    QUrl validationUrl() const { return m_validationUrl; }
    /// The validated consumer key, moved out (empty before validated()).
    SecretBytes takeConsumerKey() { return std::move(m_consumerKey); }

    /// Practice sandbox only: validates the pending request through the sandbox's JSON
    /// validation endpoint, as a person would in the browser. validated() then follows from the
    /// wait; a refused call gives sandboxValidationFailed(). False (nothing sent) when nothing
    /// waits for validation.
    bool validateInSandbox(const PracticeSandbox &sandbox);

signals:
    /// The user must open `url` and validate the access rules there.
    void validationRequested(const QUrl &url);
    /// Validated: takeConsumerKey() gives the key. The authorization is over.
    void validated(const QDateTime &expiration);
    void failed(const snc::ApiError &error);
    /// A check found the key not valid yet; the wait goes on (CredentialFlow::stillWaiting()).
    void stillWaiting(const snc::ApiError &answer);
    void sandboxValidationFailed(const snc::ApiError &error);

private:
    void drop();

    QPointer<ApiClient> m_api;
    QPointer<CredentialFlow> m_flow;
    QUrl m_validationUrl;
    SecretBytes m_consumerKey;
};

} // namespace snc
