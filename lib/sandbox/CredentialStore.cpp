// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include "SandboxClock.h"

#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

QString Credential::stateName(State state)
{
    switch (state) {
    case State::PendingValidation:
        return u"pendingValidation"_s;
    case State::Validated:
        return u"validated"_s;
    case State::Refused:
        return u"refused"_s;
    case State::Expired:
        return u"expired"_s;
    }
    return u"expired"_s;
}

namespace {
Credential::State stateFromName(const QString &name)
{
    for (auto s : {Credential::State::PendingValidation, Credential::State::Validated,
                   Credential::State::Refused, Credential::State::Expired}) {
        if (Credential::stateName(s) == name)
            return s;
    }
    return Credential::State::Expired;
}
} // namespace

CredentialStore::CredentialStore(SandboxClock *clock) : m_clock(clock) {}

QString CredentialStore::randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng->bounded(62)]));
    return out;
}

void CredentialStore::ensureDemo()
{
    if (m_demoApp.key.isEmpty()) {
        // OVH's shapes: 16-character application key, 32-character secret and consumer key.
        m_demoApp = Application{1, u"SecNumCloud wizard (sandbox demo)"_s, randomToken(16),
                                randomToken(32)};
    }
    // A demo key that was logged out or expired (state file) is replaced: the start-up line
    // must always print a usable one.
    const Credential *demo = demoCredential();
    if (!demo || effectiveState(*demo) != Credential::State::Validated) {
        QList<AccessRule> all;
        for (const QString &m : {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s})
            all.append({m, u"/*"_s});
        Credential &c = createPending(m_demoApp, all, {}, {});
        validate(c, 0);
        m_demoCredentialId = c.id;
    }
}

const Credential *CredentialStore::demoCredential() const
{
    const auto it = m_credentials.find(m_demoCredentialId);
    return it == m_credentials.end() ? nullptr : &it->second;
}

const Application *CredentialStore::applicationByKey(const QString &key) const
{
    if (!key.isEmpty() && key == m_demoApp.key)
        return &m_demoApp;
    return nullptr;
}

Credential &CredentialStore::createPending(const Application &app, QList<AccessRule> rules,
                                           QString redirection, QStringList allowedIPs)
{
    Credential c;
    c.id = m_nextId++;
    c.applicationId = app.id;
    c.consumerKey = randomToken(32);
    c.credentialToken = randomToken(64);
    c.rules = std::move(rules);
    c.redirection = std::move(redirection);
    c.allowedIPs = std::move(allowedIPs);
    c.creationMs = m_clock->nowMs();
    const qint64 id = c.id;
    return m_credentials.emplace(id, std::move(c)).first->second;
}

Credential *CredentialStore::byConsumerKey(const QString &consumerKey)
{
    if (consumerKey.isEmpty())
        return nullptr;
    for (auto &[id, c] : m_credentials) {
        if (c.consumerKey == consumerKey)
            return &c;
    }
    return nullptr;
}

Credential *CredentialStore::byToken(const QString &credentialToken)
{
    if (credentialToken.isEmpty())
        return nullptr;
    for (auto &[id, c] : m_credentials) {
        if (c.credentialToken == credentialToken)
            return &c;
    }
    return nullptr;
}

Credential::State CredentialStore::effectiveState(const Credential &c) const
{
    if (c.state == Credential::State::Validated && c.expirationMs > 0
        && m_clock->nowMs() >= c.expirationMs)
        return Credential::State::Expired;
    return c.state;
}

bool CredentialStore::validate(Credential &c, qint64 validitySecs)
{
    if (c.state != Credential::State::PendingValidation)
        return false;
    c.state = Credential::State::Validated;
    c.expirationMs = validitySecs > 0 ? m_clock->nowMs() + validitySecs * 1000 : 0;
    return true;
}

bool CredentialStore::refuse(Credential &c)
{
    if (c.state != Credential::State::PendingValidation)
        return false;
    c.state = Credential::State::Refused;
    return true;
}

void CredentialStore::expireNow(Credential &c)
{
    c.state = Credential::State::Expired;
    c.expirationMs = m_clock->nowMs();
}

void CredentialStore::touch(Credential &c)
{
    c.lastUseMs = m_clock->nowMs();
}

QJsonValue CredentialStore::saveState() const
{
    QJsonArray creds;
    for (const auto &[id, c] : m_credentials) {
        creds.append(QJsonObject{
                {u"id"_s, c.id}, {u"applicationId"_s, c.applicationId},
                {u"consumerKey"_s, c.consumerKey}, {u"credentialToken"_s, c.credentialToken},
                {u"state"_s, Credential::stateName(c.state)},
                {u"rules"_s, AccessRule::toJson(c.rules)},
                {u"allowedIPs"_s, QJsonArray::fromStringList(c.allowedIPs)},
                {u"redirection"_s, c.redirection}, {u"creationMs"_s, c.creationMs},
                {u"expirationMs"_s, c.expirationMs}, {u"lastUseMs"_s, c.lastUseMs}});
    }
    return QJsonObject{
            {u"application"_s,
             QJsonObject{{u"id"_s, m_demoApp.id}, {u"name"_s, m_demoApp.name},
                         {u"key"_s, m_demoApp.key}, {u"secret"_s, m_demoApp.secret}}},
            {u"demoCredentialId"_s, m_demoCredentialId},
            {u"nextId"_s, m_nextId},
            {u"credentials"_s, creds}};
}

void CredentialStore::loadState(const QJsonValue &value)
{
    const QJsonObject root = value.toObject();
    const QJsonObject app = root.value(u"application"_s).toObject();
    m_demoApp = Application{app.value(u"id"_s).toInteger(1), app.value(u"name"_s).toString(),
                            app.value(u"key"_s).toString(), app.value(u"secret"_s).toString()};
    m_demoCredentialId = root.value(u"demoCredentialId"_s).toInteger();
    m_nextId = root.value(u"nextId"_s).toInteger(1);
    m_credentials.clear();
    for (const QJsonValue &v : root.value(u"credentials"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Credential c;
        c.id = o.value(u"id"_s).toInteger();
        c.applicationId = o.value(u"applicationId"_s).toInteger();
        c.consumerKey = o.value(u"consumerKey"_s).toString();
        c.credentialToken = o.value(u"credentialToken"_s).toString();
        c.state = stateFromName(o.value(u"state"_s).toString());
        c.rules = AccessRule::parseList(o.value(u"rules"_s).toArray(), nullptr)
                          .value_or(QList<AccessRule>{});
        for (const QJsonValue &ip : o.value(u"allowedIPs"_s).toArray())
            c.allowedIPs.append(ip.toString());
        c.redirection = o.value(u"redirection"_s).toString();
        c.creationMs = o.value(u"creationMs"_s).toInteger();
        c.expirationMs = o.value(u"expirationMs"_s).toInteger();
        c.lastUseMs = o.value(u"lastUseMs"_s).toInteger();
        m_nextId = qMax(m_nextId, c.id + 1);
        m_credentials.emplace(c.id, std::move(c));
    }
}

} // namespace snc::sandbox
