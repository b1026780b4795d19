// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/connection/ConnectionModel.h"

#include "api/ApiClient.h"
#include "api/CredentialFlow.h"
#include "api/OvhConfigImport.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/connection/ConnectionStore.h"
#include "stages/connection/ConsumerKeyAuthorization.h"

#include <QJsonObject>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

ConnectionModel::ConnectionModel(StageContext *context, WizardSettings *settings, QObject *parent)
    : StageModel(context, parent),
      m_store(new ConnectionStore(context, settings, this)),
      m_auth(new ConsumerKeyAuthorization(context ? context->api() : nullptr, this))
{
    if (context && context->api()) {
        connect(context->api(), &ApiClient::credentialRejected, this, &ConnectionModel::onCredentialRejected);
    }
    connect(m_store, &ConnectionStore::warningChanged, this, &StageModel::changed);
    connect(m_auth, &ConsumerKeyAuthorization::validationRequested, this, &ConnectionModel::onValidationRequested);
    connect(m_auth, &ConsumerKeyAuthorization::validated, this, &ConnectionModel::onCredentialValidated);
    connect(m_auth, &ConsumerKeyAuthorization::failed, this, &ConnectionModel::fail);
    connect(m_auth, &ConsumerKeyAuthorization::stillWaiting, this, &ConnectionModel::onStillWaiting);
    connect(m_auth, &ConsumerKeyAuthorization::sandboxValidationFailed, this, &ConnectionModel::reportError);
}

ConnectionModel::~ConnectionModel() = default;

QString ConnectionModel::title() const
{
    return tr("Connect to OVHcloud", "@title stage");
}

QUrl ConnectionModel::guideUrl() const
{
    return QUrl(u"https://github.com/ovh/docs/blob/develop/pages/manage_and_operate/api/first-steps/guide.en-gb.md"_s);
}

QString ConnectionModel::statusText() const
{
    if (m_state == State::Connected && selectedServiceName().isEmpty())
        return tr("Connected: choose a service", "@info stage status");
    if (m_state == State::Connected)
        return tr("Connected to %1", "@info stage status").arg(selectedServiceName());
    return stateText();
}

QString ConnectionModel::stateText() const
{
    switch (m_state) {
    case State::NeedsKeys:
        return tr("Enter your application key and secret", "@info connection state");
    case State::ReadyToAuthorize:
        return tr("Ready to authorize the wizard", "@info connection state");
    case State::RequestingCredential:
        return tr("Requesting an authorization…", "@info connection state");
    case State::WaitingForValidation:
        return tr("Waiting for you to validate the access in your browser", "@info connection state");
    case State::Connecting:
        return tr("Connecting…", "@info connection state");
    case State::Connected:
        return tr("Connected", "@info connection state");
    case State::NeedsReauthorization:
        return tr("The authorization expired or was revoked: authorize the wizard again",
                  "@info connection state");
    case State::Failed:
        return tr("Connection failed: %1", "@info connection state").arg(lastErrorMessage());
    }
    return {};
}

void ConnectionModel::setState(State state)
{
    if (state != State::WaitingForValidation)
        setValidationWaitText({});
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
    switch (state) {
    case State::Connected:
        setStatus(selectedServiceName().isEmpty() ? Status::InProgress : Status::Done);
        break;
    case State::WaitingForValidation:
        setStatus(Status::WaitingForUser);
        break;
    case State::RequestingCredential:
    case State::Connecting:
        setStatus(Status::InProgress);
        break;
    case State::Failed:
        setStatus(Status::Failed);
        break;
    default:
        setStatus(Status::NotStarted);
        break;
    }
}

void ConnectionModel::settleOnKeys()
{
    setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
}

void ConnectionModel::keysEdited()
{
    if (m_state == State::NeedsKeys || m_state == State::ReadyToAuthorize || m_state == State::Failed)
        settleOnKeys();
}

void ConnectionModel::endWithoutConnection()
{
    settleOnKeys();
    QTimer::singleShot(0, this, [this] { emit refreshed(false); });
}

void ConnectionModel::fail(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled)
        return;
    reportError(error);
    if (error.kind == ApiError::Kind::CredentialInvalid)
        setState(State::NeedsReauthorization);
    else
        setState(State::Failed);
}

void ConnectionModel::failOperation(StageOperation *op, const ApiError &error)
{
    fail(error);
    op->fail(error);
}

// ---- Region -------------------------------------------------------------------------------

void ConnectionModel::setEndpointId(const QString &id)
{
    if (id == m_keys.endpointId || !m_keys.isSelectable(id))
        return;
    cancelAuthorization();
    cancelOperations(); // what was read or stored for the previous region answers nothing now
    m_keys.switchTo(id);
    m_account = {};
    m_keys.applyTo(context());
    m_store->rememberEndpointId(id);
    emit endpointChanged(id);
    emit inputChanged();
    emit accountChanged();
    emit servicesChanged();
    settleOnKeys();
}

void ConnectionModel::setPracticeSandbox(PracticeSandbox sandbox)
{
    m_keys.sandbox = std::move(sandbox);
    if (m_keys.isSandbox()) {
        m_keys.takeSandboxKeys();
        m_keys.applyTo(context());
        emit inputChanged();
    }
    emit changed();
}

// ---- Keys -------------------------------------------------------------------------------

void ConnectionModel::setApplicationKey(const QString &text)
{
    const QString key = cleanPasted(text);
    if (key == m_keys.applicationKey)
        return;
    m_keys.applicationKey = key;
    if (StageContext *ctx = context(); ctx && ctx->api())
        ctx->api()->setApplicationKey(key);
    emit inputChanged();
    keysEdited();
}

void ConnectionModel::setApplicationSecret(const QString &text)
{
    QString cleaned = cleanPasted(text);
    m_keys.applicationSecret = SecretBytes::fromString(cleaned);
    wipe(cleaned);
    if (StageContext *ctx = context(); ctx && ctx->api())
        ctx->api()->setApplicationSecret(m_keys.applicationSecret.clone());
    emit inputChanged();
    keysEdited();
}

bool ConnectionModel::importExisting()
{
    OvhConfigImport importer;
    return importFrom(importer);
}

bool ConnectionModel::importFrom(const OvhConfigImport &importer)
{
    OvhImportedConfig cfg = importer.read();
    m_importReport = OvhConfigImport::describe(cfg);
    if (cfg.isEmpty()) {
        emit importReportChanged();
        return false;
    }
    const QString endpoint = cfg.endpoint.isEmpty() ? u"ovh-eu"_s : cfg.endpoint;
    if (Endpoint::forId(endpoint).isValid())
        setEndpointId(endpoint);
    if (!cfg.applicationKey.isEmpty())
        setApplicationKey(cfg.applicationKey);
    if (!cfg.applicationSecret.isEmpty()) {
        m_keys.applicationSecret = std::move(cfg.applicationSecret);
        if (StageContext *ctx = context(); ctx && ctx->api())
            ctx->api()->setApplicationSecret(m_keys.applicationSecret.clone());
    }
    if (!cfg.consumerKey.isEmpty())
        m_keys.importedConsumerKey = std::move(cfg.consumerKey);
    emit inputChanged();
    emit importReportChanged();
    keysEdited();
    return true;
}

// ---- Authorization ---------------------------------------------------------------------

QStringList ConnectionModel::accessRulesText() const
{
    return describeAccessRules(wizardAccessRules());
}

QStringList ConnectionModel::accessRulesPurposes() const
{
    return accessRulePurposes(wizardAccessRules());
}

QStringList ConnectionModel::accessRulesTechnical() const
{
    return accessRuleLines(wizardAccessRules());
}

QUrl ConnectionModel::validationUrl() const
{
    return m_auth->validationUrl();
}

QString ConnectionModel::secretStorageWarning() const
{
    return m_store->warning();
}

void ConnectionModel::authorize()
{
    if (m_state == State::WaitingForValidation && m_auth->isPending()) {
        emit openUrlRequested(m_auth->validationUrl());
        return;
    }
    if (m_state == State::RequestingCredential)
        return;
    if (!canAuthorize()) {
        reportError(ApiError::localCheck(tr("Enter a valid application key and secret first.", "@error")));
        return;
    }
    clearError();
    setState(State::RequestingCredential);
    // Busy while the keys are stored; the authorization then waits for the user on its own.
    StageOperation *op = startOperation();
    m_store->storeKeys(m_keys, op->scope(), [this, op] {
        op->succeed();
        m_keys.applyTo(context());
        m_auth->start(wizardAccessRules());
    });
}

void ConnectionModel::onValidationRequested(const QUrl &url)
{
    setState(State::WaitingForValidation);
    emit openUrlRequested(url);
}

void ConnectionModel::cancelAuthorization()
{
    if (!m_auth->isPending())
        return;
    m_auth->cancel();
    if (m_state == State::WaitingForValidation || m_state == State::RequestingCredential)
        settleOnKeys();
}

void ConnectionModel::confirmValidated()
{
    if (m_state != State::WaitingForValidation || !m_auth->checkNow()) {
        reportError(ApiError::localCheck(tr("Nothing waits for a validation: authorize the wizard first.", "@error")));
        return;
    }
    clearError();
    setValidationWaitText(tr("Checking with OVHcloud…", "@info validation wait"));
}

void ConnectionModel::onStillWaiting(const ApiError &answer)
{
    if (m_state != State::WaitingForValidation)
        return;
    if (answer.kind == ApiError::Kind::CredentialPending)
        setValidationWaitText(tr("OVHcloud says the access is not validated yet. Finish the validation "
                                 "page in your browser; the wizard goes on by itself.",
                                 "@info validation wait"));
    else
        //: Shown while polling a consumer key that OVHcloud answers as "not valid" (unpublished answer)
        setValidationWaitText(tr("OVHcloud does not accept the new key yet: this is how it answers until "
                                 "you validate. Finish the validation page in your browser, then choose "
                                 "\"I have validated it\".",
                                 "@info validation wait"));
}

void ConnectionModel::setValidationWaitText(const QString &text)
{
    if (m_validationWaitText == text)
        return;
    m_validationWaitText = text;
    emit validationWaitChanged();
}

void ConnectionModel::onCredentialValidated(const QDateTime &expiration)
{
    StageContext *ctx = context();
    if (!ctx)
        return;
    m_account.credentialExpiry = expiration;
    SecretBytes ck = m_auth->takeConsumerKey();
    if (ck.isEmpty()) {
        fail(ApiError::make(ApiError::Kind::CredentialInvalid, u"no consumer key"_s));
        return;
    }
    ctx->api()->setConsumerKey(ck.clone());
    m_store->storeConsumerKey(m_keys, std::move(ck));
    connectToApi(true);
}

void ConnectionModel::autoValidateInSandbox()
{
    if (!m_keys.isSandbox() || !hasPracticeSandbox() || !m_auth->validateInSandbox(m_keys.sandbox))
        reportError(ApiError::localCheck(tr("Nothing to validate: this only works in the practice sandbox "
                                            "while an authorization is pending.", "@error")));
}

void ConnectionModel::forgetAuthorization()
{
    StageContext *ctx = context();
    cancelAuthorization();
    if (ctx && ctx->api())
        ctx->api()->clearConsumerKey();
    m_store->forgetConsumerKey(m_keys);
    m_keys.importedConsumerKey.clear();
    settleOnKeys();
}

void ConnectionModel::onCredentialRejected(const ApiError &error)
{
    if (m_state == State::RequestingCredential || m_state == State::WaitingForValidation)
        return; // the authorization handles its own answers
    reportError(error);
    setState(State::NeedsReauthorization);
}

// ---- Resume and connect -------------------------------------------------------------------

void ConnectionModel::resume()
{
    setEndpointId(m_store->rememberedEndpointId(hasPracticeSandbox()));
    if (m_keys.endpointId.isEmpty())
        return;
    if (const QString service = m_store->rememberedServiceName(); !service.isEmpty())
        selectService(service);
    if (!m_keys.isSandbox() && m_keys.applicationKey.isEmpty())
        setApplicationKey(m_store->rememberedApplicationKey());
    if (!m_store->hasStore() || m_keys.applicationKey.isEmpty()) {
        endWithoutConnection();
        return;
    }
    // Reading the keys is one operation; connecting with them is the next (connectToApi()).
    StageOperation *op = startOperation();
    m_store->readStored(m_keys, op->scope(), [this, op](SecretBytes secret, SecretBytes ck) {
        op->succeed();
        if (!secret.isEmpty()) {
            m_keys.applicationSecret = std::move(secret);
            emit inputChanged();
        }
        if (ck.isEmpty() || !canAuthorize()) {
            settleOnKeys();
            emit refreshed(false);
            return;
        }
        m_keys.applyTo(context());
        context()->api()->setConsumerKey(std::move(ck));
        connectToApi();
    });
}

void ConnectionModel::useConsumerKey(SecretBytes consumerKey)
{
    m_keys.importedConsumerKey = std::move(consumerKey);
    if (StageContext *ctx = context(); ctx && ctx->api())
        ctx->api()->clearConsumerKey();
    connectToApi();
}

void ConnectionModel::connectToApi(bool justValidated)
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api())
        return;
    ApiClient *api = ctx->api();
    if (!api->hasCredentials() && !m_keys.importedConsumerKey.isEmpty() && canAuthorize()) {
        m_keys.applyTo(context());
        api->setConsumerKey(m_keys.importedConsumerKey.clone());
    }
    if (!api->hasCredentials()) {
        endWithoutConnection();
        return;
    }
    clearError();
    setState(State::Connecting);
    // A new connection replaces one that is still running: the old one ends quietly.
    if (m_connect)
        m_connect->cancel();
    StageOperation *op = startOperation();
    m_connect = op;
    op->onFinished(this, [this](const Result<Unit> &r) {
        if (r.ok() || r.error().kind != ApiError::Kind::Canceled)
            emit refreshed(r.ok());
    });
    // Just validated by the authorization: the credential it read is not read again.
    const bool checkCredential = !justValidated || !m_keys.importedConsumerKey.isEmpty();
    AccountReader::read(op, api, checkCredential, [this] { keepImportedConsumerKey(); },
                        [this, op](const Result<AccountSnapshot> &r) {
        if (!r.ok()) {
            failOperation(op, r.error());
            return;
        }
        publishAccount(r.value());
        op->succeed();
    });
}

void ConnectionModel::keepImportedConsumerKey()
{
    if (m_keys.importedConsumerKey.isEmpty())
        return;
    // The imported consumer key works: keep it (and the keys it goes with) from now on.
    if (m_store->hasStore()) {
        m_store->storeKeys(m_keys, this, [] {});
        m_store->storeConsumerKey(m_keys, std::move(m_keys.importedConsumerKey));
    }
    m_keys.importedConsumerKey.clear();
}

void ConnectionModel::publishAccount(AccountSnapshot account)
{
    // What was not read this time stays as it was (the credential just validated, /me refused).
    if (!account.credentialRead)
        account.credentialExpiry = m_account.credentialExpiry;
    if (!account.accountRead) {
        account.nicHandle = m_account.nicHandle;
        account.email = m_account.email;
    }
    m_account = std::move(account);
    if (StageContext *ctx = context(); ctx && !ctx->serviceName().isEmpty())
        ctx->setServiceHosts(hostsOf(ctx->serviceName())); // the names may have been read just now
    emit accountChanged();
    emit servicesChanged();
    setState(State::Connected);
    emit connected();
}

void ConnectionModel::refresh()
{
    if (m_state == State::Connected || m_state == State::Failed || m_state == State::NeedsReauthorization) {
        connectToApi();
        return;
    }
    QTimer::singleShot(0, this, [this] { emit refreshed(false); });
}

void ConnectionModel::cancel()
{
    cancelAuthorization();
    StageModel::cancel(); // its operations end quietly (Canceled)
}

// ---- Service --------------------------------------------------------------------------------

QString ConnectionModel::selectedServiceName() const
{
    return context() ? context()->serviceName() : QString();
}

void ConnectionModel::selectService(const QString &serviceName)
{
    StageContext *ctx = context();
    if (!ctx)
        return;
    if (!serviceName.isEmpty() && m_state == State::Connected) {
        const bool listed = std::any_of(m_account.services.begin(), m_account.services.end(),
                                        [&](const DedicatedCloudService &s) { return s.serviceName == serviceName; });
        if (!listed) {
            reportError(ApiError::localCheck(tr("The service %1 is not in your account.", "@error").arg(serviceName)));
            return;
        }
    }
    m_store->rememberServiceName(serviceName);
    if (ctx->serviceName() == serviceName)
        return;
    ctx->setServiceName(serviceName, hostsOf(serviceName));
    emit selectedServiceChanged(serviceName);
    if (m_state == State::Connected)
        setState(State::Connected); // re-derives Done
}

ServiceHosts ConnectionModel::hostsOf(const QString &serviceName) const
{
    for (const DedicatedCloudService &s : m_account.services) {
        if (s.serviceName == serviceName)
            return s.hosts;
    }
    return {};
}

} // namespace snc
