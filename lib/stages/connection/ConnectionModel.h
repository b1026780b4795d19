// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/SecretBytes.h"
#include "stages/StageModel.h"
#include "stages/connection/AccountReader.h"
#include "stages/connection/ConnectionKeys.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace snc {

class ConnectionStore;
class ConsumerKeyAuthorization;
class OvhConfigImport;
class StageOperation;
class WizardSettings;

/**
 * @brief The "Connect" step (number 0, before the six stages): region, application key and
 * secret, consumer-key authorization, account, and the choice of the service.
 *
 * Flow: setEndpointId() → setApplicationKey()/setApplicationSecret() (or importExisting(), or the
 * sandbox's own keys) → the user reads accessRulesText() → authorize(): the key and secret are
 * stored in the SecretStore, POST /auth/credential, openUrlRequested(validationUrl), then
 * GET /auth/currentCredential is polled until validated (cancelAuthorization() stops it) → the
 * consumer key is stored → connect(): GET /auth/currentCredential (expiry), GET /me (nichandle,
 * e-mail), GET /dedicatedCloud and each service's details → selectService().
 * resume() does the same from what was remembered (settings + SecretStore) without asking.
 *
 * A refused credential anywhere (403 expired/revoked, ApiClient::credentialRejected) moves to
 * State::NeedsReauthorization: authorize() again, nothing else is lost.
 *
 * Secrets: application secret and consumer key live only in the SecretStore and the ApiClient,
 * under keys namespaced by endpoint and application key (SecretKeys::ovh*). QSettings keeps only
 * the endpoint id, the application key and the chosen service (WizardSettings).
 *
 * status(): Done when connected with a service selected; WaitingForUser while waiting for the
 * browser validation; NotStarted before. Does not own the context or the settings.
 *
 * Composed of (split by responsibility, issue 14): ConnectionKeys (which API, which keys, their
 * shape checks), ConnectionStore (what is remembered where), ConsumerKeyAuthorization (the
 * browser round trip of a consumer key) and AccountReader (credential, account and services).
 * The model keeps the state machine and runs every read as a StageOperation.
 */
class ConnectionModel : public StageModel
{
    Q_OBJECT
    Q_PROPERTY(snc::ConnectionModel::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(QString endpointId READ endpointId WRITE setEndpointId NOTIFY endpointChanged)
    Q_PROPERTY(QString applicationKey READ applicationKey WRITE setApplicationKey NOTIFY inputChanged)
    Q_PROPERTY(bool hasApplicationSecret READ hasApplicationSecret NOTIFY inputChanged)
    Q_PROPERTY(QString applicationKeyError READ applicationKeyError NOTIFY inputChanged)
    Q_PROPERTY(QString applicationSecretError READ applicationSecretError NOTIFY inputChanged)
    Q_PROPERTY(bool canAuthorize READ canAuthorize NOTIFY inputChanged)
    Q_PROPERTY(QStringList accessRulesText READ accessRulesText NOTIFY changed)
    Q_PROPERTY(QUrl validationUrl READ validationUrl NOTIFY stateChanged)
    Q_PROPERTY(QString validationWaitText READ validationWaitText NOTIFY validationWaitChanged)
    Q_PROPERTY(bool canConfirmValidated READ canConfirmValidated NOTIFY stateChanged)
    Q_PROPERTY(QDateTime credentialExpiry READ credentialExpiry NOTIFY accountChanged)
    Q_PROPERTY(QString nicHandle READ nicHandle NOTIFY accountChanged)
    Q_PROPERTY(QString accountEmail READ accountEmail NOTIFY accountChanged)
    Q_PROPERTY(QString selectedServiceName READ selectedServiceName NOTIFY selectedServiceChanged)
    Q_PROPERTY(QStringList importReport READ importReport NOTIFY importReportChanged)
    Q_PROPERTY(QString secretStorageWarning READ secretStorageWarning NOTIFY changed)
public:
    enum class State {
        NeedsKeys,            ///< application key/secret missing or malformed
        ReadyToAuthorize,     ///< keys OK, no (valid) consumer key yet
        RequestingCredential, ///< POST /auth/credential in flight
        WaitingForValidation, ///< the user validates in the browser; polling
        Connecting,           ///< reading credential, account and services
        Connected,            ///< account and services known
        NeedsReauthorization, ///< the consumer key expired or was revoked
        Failed,               ///< see lastError(); authorize() or connect() again
    };
    Q_ENUM(State)

    /// Endpoint id of the practice sandbox in endpointIds()/setEndpointId().
    static QString sandboxEndpointId() { return ConnectionKeys::sandboxEndpointId(); }

    ConnectionModel(StageContext *context, WizardSettings *settings, QObject *parent = nullptr);
    ~ConnectionModel() override;

    int number() const override { return 0; }
    QString title() const override;
    QUrl guideUrl() const override;
    QString statusText() const override;
    /// Re-reads credential, account and services when connected (no side effect).
    void refresh() override;
    void cancel() override;

    State state() const { return m_state; }
    QString stateText() const;

    // ---- Region -------------------------------------------------------------------------------
    /// "ovh-eu", "ovh-ca", "ovh-us", and "sandbox" when a practice sandbox was given.
    QStringList endpointIds() const { return m_keys.endpointIds(); }
    /// Translated display name ("OVHcloud Europe", …, "Practice sandbox").
    QString endpointDisplayName(const QString &id) const { return ConnectionKeys::endpointDisplayName(id); }
    QString endpointId() const { return m_keys.endpointId; }
    /// Switches region: forgets the in-memory keys of the previous one (not the stored ones).
    void setEndpointId(const QString &id);
    /// Makes the practice sandbox available (and its keys). The app calls this after starting it.
    void setPracticeSandbox(PracticeSandbox sandbox);
    bool hasPracticeSandbox() const { return m_keys.sandbox.isValid(); }
    /// The practice sandbox given to setPracticeSandbox() (its outbox is read by the window).
    const PracticeSandbox &practiceSandbox() const { return m_keys.sandbox; }
    /// The page where the user creates an application key for the chosen region (empty in the sandbox).
    QUrl createApplicationUrl() const { return m_keys.createApplicationUrl(); }

    // ---- Keys -------------------------------------------------------------------------------
    QString applicationKey() const { return m_keys.applicationKey; }
    /// Trims whitespace and line breaks (pasted text); validates the shape.
    void setApplicationKey(const QString &text);
    /// Trims whitespace and line breaks; the text is copied into a SecretBytes and the caller
    /// should wipe its copy. Never readable back.
    void setApplicationSecret(const QString &text);
    bool hasApplicationSecret() const { return !m_keys.applicationSecret.isEmpty(); }
    /// Translated problem with the key's shape, empty when fine (or empty input).
    QString applicationKeyError() const { return m_keys.applicationKeyError(); }
    QString applicationSecretError() const { return m_keys.applicationSecretError(); }
    bool canAuthorize() const { return m_keys.canAuthorize(); }
    /// Pure shape checks (alphanumeric, 8..64 characters after trimming).
    static bool isValidKeyShape(const QString &trimmed) { return ConnectionKeys::isValidKeyShape(trimmed); }
    /// Whitespace, CR and LF removed from both ends and from inside (a pasted secret never has any).
    static QString cleanPasted(const QString &text) { return ConnectionKeys::cleanPasted(text); }

    /**
     * @brief Imports OVH_* environment variables and ovh.conf (api/OvhConfigImport).
     * Fills region, key, secret (and a consumer key, tried by connect()); importReport() says
     * where each value came from, plus the importer's warnings. Returns false if nothing was found.
     */
    bool importExisting();
    /// Same, with an injected environment and files (tests).
    bool importFrom(const OvhConfigImport &importer);
    QStringList importReport() const { return m_importReport; }

    // ---- Authorization ---------------------------------------------------------------------
    /// Translated list of the access rules the wizard will request (read before authorize()).
    QStringList accessRulesText() const;
    /// What accessRulesText() says in plain words, each purpose once (the connect page's list).
    QStringList accessRulesPurposes() const;
    /// The rules as the API writes them ("GET /dedicatedCloud/*"), for the technical details.
    QStringList accessRulesTechnical() const;
    /// Stores key and secret, requests a consumer key, emits openUrlRequested(validationUrl) and
    /// waits for the validation. Idempotent while a request is pending (re-emits the URL only).
    void authorize();
    /// Stops waiting for the validation (the pending consumer key is simply never used).
    void cancelAuthorization();
    /**
     * @brief "I have validated it" (issue 16): checks the consumer key once, at once, instead of
     * waiting for the next poll. OVHcloud may answer a key still pending with 403
     * INVALID_CREDENTIAL or 400 INVALID_SIGNATURE (unpublished; php-ovh #56, #62), which the wait
     * takes as "not yet" during the validation window; after this confirmation they are final
     * (NeedsReauthorization, or Failed with the signature error). Validation error when nothing
     * waits for a validation.
     */
    void confirmValidated();
    bool canConfirmValidated() const { return m_state == State::WaitingForValidation; }
    /// Translated note while waiting: empty, or what the last check answered ("OVHcloud does not
    /// accept the key yet…") and what to do.
    QString validationWaitText() const { return m_validationWaitText; }
    QUrl validationUrl() const;
    /**
     * @brief Practice sandbox only, for the autopilot and tests: validates the pending credential
     * through the sandbox's JSON validation endpoint, as a person would in the browser.
     * Fails with Validation outside the sandbox or when nothing is pending.
     */
    void autoValidateInSandbox();
    /// Loads key, secret and consumer key remembered for the region (settings + SecretStore) and
    /// connects; NeedsKeys/ReadyToAuthorize when something is missing. Sandbox: uses its keys.
    void resume();
    /// Verifies the installed consumer key and reads account and services. @p justValidated: the
    /// credential flow has just read it as validated, so it is not read again.
    void connectToApi(bool justValidated = false);
    /**
     * @brief Connects with a consumer key given from outside (the JSON line of an external
     * snc-sandbox, for `--status` and the autopilot's connection options): like an imported key,
     * it is stored in the SecretStore once it proved valid.
     */
    void useConsumerKey(SecretBytes consumerKey);
    /// Forgets the consumer key (SecretStore and client); the keys stay.
    void forgetAuthorization();

    // ---- Account and services --------------------------------------------------------------
    QDateTime credentialExpiry() const { return m_account.credentialExpiry; }
    QString nicHandle() const { return m_account.nicHandle; }
    QString accountEmail() const { return m_account.email; }
    QList<DedicatedCloudService> services() const { return m_account.services; }
    /// Chooses the service (must be in services(), or any name while not yet listed after
    /// resume()); updates the context and the settings.
    void selectService(const QString &serviceName);
    QString selectedServiceName() const;
    /// Non-empty (translated) when the keychain is unavailable and secrets live for this session only.
    QString secretStorageWarning() const;

signals:
    void stateChanged(snc::ConnectionModel::State state);
    void endpointChanged(const QString &endpointId);
    void inputChanged();
    void accountChanged();
    void servicesChanged();
    void selectedServiceChanged(const QString &serviceName);
    void importReportChanged();
    void validationWaitChanged();
    /// Connected and account + services read.
    void connected();

private:
    /// The host names GET /dedicatedCloud/{sn} gave for `serviceName` (empty when not read).
    ServiceHosts hostsOf(const QString &serviceName) const;
    void setState(State state);
    /// Back to ReadyToAuthorize or NeedsKeys, from what the keys allow.
    void settleOnKeys();
    /// settleOnKeys() unless a connection or an authorization is under way.
    void keysEdited();
    /// settleOnKeys() and refreshed(false) from the event loop: nothing to read.
    void endWithoutConnection();
    void onValidationRequested(const QUrl &url);
    void onCredentialValidated(const QDateTime &expiration);
    void onCredentialRejected(const ApiError &error);
    void onStillWaiting(const ApiError &answer);
    void setValidationWaitText(const QString &text);
    /// Keeps the imported consumer key in the keychain once it proved valid.
    void keepImportedConsumerKey();
    void publishAccount(AccountSnapshot account);
    void fail(const ApiError &error);
    /// fail() and `op` fails with the same error.
    void failOperation(StageOperation *op, const ApiError &error);

    State m_state = State::NeedsKeys;
    ConnectionKeys m_keys;
    ConnectionStore *m_store;        ///< child
    ConsumerKeyAuthorization *m_auth;    ///< child
    QStringList m_importReport;
    QString m_validationWaitText;
    AccountSnapshot m_account; ///< from the last connection
    QPointer<StageOperation> m_connect; ///< connectToApi() until the services are listed
};

} // namespace snc
