// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessRule.h"
#include "SandboxState.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace snc::sandbox {

class SandboxClock;

/// An API application (application key + secret). The sandbox has one: the demo application.
struct Application
{
    qint64 id = 0;
    QString name;
    QString key;
    QString secret;
};

/**
 * @brief A consumer key and what it may do.
 *
 * States follow OVH: pendingValidation -> validated (for a chosen validity) or refused;
 * validated -> expired when its expiration passes (sandbox time) or on `POST /auth/logout`.
 */
struct Credential
{
    enum class State { PendingValidation, Validated, Refused, Expired };

    qint64 id = 0;
    qint64 applicationId = 0;
    QString consumerKey;
    QString credentialToken; ///< the secret in the validation URL (not the consumer key)
    State state = State::PendingValidation;
    QList<AccessRule> rules;
    QStringList allowedIPs;
    QString redirection;
    qint64 creationMs = 0;
    qint64 expirationMs = 0; ///< 0 = no expiry (validated as "unlimited") or not validated yet
    qint64 lastUseMs = 0;

    static QString stateName(State state);
};

/// @brief Applications and consumer keys, persisted with the sandbox state.
///
/// At first start it creates the demo application and one pre-validated consumer key for it with
/// rules GET/POST/PUT/DELETE `/*` and no expiry (printed in the start-up JSON line). Keys are
/// random (system RNG, not the seed: the seed makes faults reproducible, not secrets guessable).
class CredentialStore : public StatePart
{
public:
    explicit CredentialStore(SandboxClock *clock);

    /// Creates the demo application and credential unless loaded from state.
    void ensureDemo();
    const Application &demoApplication() const { return m_demoApp; }
    const Credential *demoCredential() const;

    const Application *applicationByKey(const QString &key) const;

    Credential &createPending(const Application &app, QList<AccessRule> rules,
                              QString redirection, QStringList allowedIPs);
    Credential *byConsumerKey(const QString &consumerKey);
    Credential *byToken(const QString &credentialToken);

    /// The state now (a validated credential past its expiration reads as Expired).
    Credential::State effectiveState(const Credential &c) const;

    /// Validates a pending credential for `validitySecs` of sandbox time (0 = unlimited).
    bool validate(Credential &c, qint64 validitySecs);
    bool refuse(Credential &c);
    void expireNow(Credential &c);
    void touch(Credential &c);

    QString stateKey() const override { return QStringLiteral("credentials"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

    /// Random [A-Za-z0-9] string from the system RNG.
    static QString randomToken(int length);

private:
    SandboxClock *m_clock;
    Application m_demoApp;
    std::map<qint64, Credential> m_credentials;
    qint64 m_demoCredentialId = 0;
    qint64 m_nextId = 1;
};

} // namespace snc::sandbox
