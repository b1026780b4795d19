// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class StageContext;
class WizardSettings;
struct ConnectionKeys;

/**
 * @brief What the connection remembers from one run to the next: the endpoint id and the
 * application key in the settings (WizardSettings), the application secret and the consumer key
 * in the SecretStore, under keys namespaced by endpoint and application key (SecretKeys::ovh*).
 *
 * Apart from ConnectionModel so that custody of what is remembered is one small class: the model
 * says when, this says where. A keychain that refuses a write does not stop anything: the
 * secrets stay in memory for the session and warning() says so plainly.
 *
 * Does not own the context or the settings.
 */
class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    ConnectionStore(StageContext *context, WizardSettings *settings, QObject *parent = nullptr);

    /// A SecretStore is there (nothing is stored or read without one).
    bool hasStore() const;

    /// The region to resume: the remembered one, unless it is the sandbox and none is given now
    /// (then the sandbox when one is given, else "ovh-eu").
    QString rememberedEndpointId(bool sandboxGiven) const;
    QString rememberedApplicationKey() const;
    QString rememberedServiceName() const;
    void rememberEndpointId(const QString &id);
    void rememberServiceName(const QString &serviceName);
    /// Remembers endpoint and application key (settings), stores the application secret, then
    /// `next()` (also when the store refused it) unless `scope` is gone by then.
    void storeKeys(const ConnectionKeys &keys, QObject *scope, std::function<void()> next);
    /// Stores a consumer key that proved valid, for the keys' endpoint and application key.
    void storeConsumerKey(const ConnectionKeys &keys, SecretBytes consumerKey);
    /// Removes the stored consumer key (the application key and secret stay).
    void forgetConsumerKey(const ConnectionKeys &keys);
    /// Reads what is stored for the keys' endpoint and application key: the application secret
    /// (not in the sandbox, which brings its own) and the consumer key, then
    /// `done(secret, consumerKey)` (empty when not stored) unless `scope` is gone by then.
    void readStored(const ConnectionKeys &keys, QObject *scope,
                    std::function<void(SecretBytes secret, SecretBytes consumerKey)> done);

    /// Non-empty (translated) once the keychain refused a write: the secrets are kept for this
    /// session only.
    QString warning() const { return m_warning; }

signals:
    void warningChanged();

private:
    void writeFailed();

    QPointer<StageContext> m_context;
    WizardSettings *m_settings;
    QString m_warning;
};

} // namespace snc
