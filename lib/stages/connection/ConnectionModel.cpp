// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/connection/ConnectionModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "api/CredentialFlow.h"
#include "api/OvhConfigImport.h"
#include "core/Log.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageCatalog.h"
#include "stages/StageContext.h"
#include "stages/StageOperation.h"
#include "stages/WizardSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

ApiError validationError(const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Validation, u"local check"_s);
    e.serverMessage = message;
    return e;
}

QString versionText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    QStringList parts;
    if (o.contains("major"_L1))
        parts << o.value("major"_L1).toVariant().toString();
    if (o.contains("minor"_L1))
        parts << o.value("minor"_L1).toVariant().toString();
    QString text = parts.join(u'.');
    if (o.contains("build"_L1))
        text += u" (%1)"_s.arg(o.value("build"_L1).toVariant().toString());
    return text;
}

} // namespace

ConnectionModel::ConnectionModel(StageContext *context, WizardSettings *settings, QObject *parent)
    : StageModel(context, parent), m_settings(settings)
{
    if (context && context->api()) {
        connect(context->api(), &ApiClient::credentialRejected, this, &ConnectionModel::onCredentialRejected);
    }
}

ConnectionModel::~ConnectionModel()
{
    if (m_flow)
        m_flow->cancel();
}

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

// ---- Region -------------------------------------------------------------------------------

QStringList ConnectionModel::endpointIds() const
{
    QStringList ids;
    for (const Endpoint &e : Endpoint::known())
        ids << e.id;
    if (hasPracticeSandbox())
        ids << sandboxEndpointId();
    return ids;
}

QString ConnectionModel::endpointDisplayName(const QString &id) const
{
    if (id == sandboxEndpointId())
        return tr("Practice sandbox", "@item region");
    const Endpoint e = Endpoint::forId(id);
    return e.isValid() ? e.displayName() : id;
}

QUrl ConnectionModel::createApplicationUrl() const
{
    if (m_endpointId == sandboxEndpointId())
        return {};
    return Endpoint::forId(m_endpointId).createAppUrl;
}

void ConnectionModel::setEndpointId(const QString &id)
{
    if (id == m_endpointId)
        return;
    if (id != sandboxEndpointId() && !Endpoint::forId(id).isValid())
        return;
    if (id == sandboxEndpointId() && !hasPracticeSandbox())
        return;
    cancelAuthorization();
    cancelOperations(); // what was read or stored for the previous region answers nothing now
    abortTracked();
    m_endpointId = id;
    m_applicationSecret.clear();
    m_importedConsumerKey.clear();
    m_applicationKey.clear();
    if (id == sandboxEndpointId()) {
        m_applicationKey = m_sandbox.applicationKey;
        m_applicationSecret = m_sandbox.applicationSecret.clone();
    }
    m_services.clear();
    m_nicHandle.clear();
    m_accountEmail.clear();
    m_expiry = {};
    applyEndpointToClient();
    if (m_settings)
        m_settings->setEndpointId(id);
    emit endpointChanged(id);
    emit inputChanged();
    emit accountChanged();
    emit servicesChanged();
    setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
}

void ConnectionModel::setPracticeSandbox(PracticeSandbox sandbox)
{
    m_sandbox = std::move(sandbox);
    if (m_endpointId == sandboxEndpointId()) {
        m_applicationKey = m_sandbox.applicationKey;
        m_applicationSecret = m_sandbox.applicationSecret.clone();
        applyEndpointToClient();
        emit inputChanged();
    }
    emit changed();
}

void ConnectionModel::applyEndpointToClient()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api())
        return;
    ApiClient *api = ctx->api();
    const bool sandbox = m_endpointId == sandboxEndpointId();
    const Endpoint endpoint = sandbox ? Endpoint::custom(m_sandbox.apiBase) : Endpoint::forId(m_endpointId);
    const QList<QSslCertificate> cas = sandbox ? m_sandbox.caCertificates : QList<QSslCertificate>();
    api->setEndpoint(endpoint);
    api->setPinnedCaCertificates(cas);
    api->setApplicationKey(m_applicationKey);
    api->setApplicationSecret(m_applicationSecret.clone());
    api->clearConsumerKey();
    ctx->setPinnedCaCertificates(cas);
    ctx->setEndpoint(endpoint, sandbox);
}

// ---- Keys -------------------------------------------------------------------------------

QString ConnectionModel::cleanPasted(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

bool ConnectionModel::isValidKeyShape(const QString &trimmed)
{
    if (trimmed.size() < 8 || trimmed.size() > 64)
        return false;
    for (QChar c : trimmed) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

void ConnectionModel::setApplicationKey(const QString &text)
{
    const QString key = cleanPasted(text);
    if (key == m_applicationKey)
        return;
    m_applicationKey = key;
    if (StageContext *ctx = context(); ctx && ctx->api())
        ctx->api()->setApplicationKey(key);
    emit inputChanged();
    if (m_state == State::NeedsKeys || m_state == State::ReadyToAuthorize || m_state == State::Failed)
        setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
}

void ConnectionModel::setApplicationSecret(const QString &text)
{
    QString cleaned = cleanPasted(text);
    m_applicationSecret = SecretBytes::fromString(cleaned);
    wipe(cleaned);
    if (StageContext *ctx = context(); ctx && ctx->api())
        ctx->api()->setApplicationSecret(m_applicationSecret.clone());
    emit inputChanged();
    if (m_state == State::NeedsKeys || m_state == State::ReadyToAuthorize || m_state == State::Failed)
        setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
}

QString ConnectionModel::applicationKeyError() const
{
    if (m_applicationKey.isEmpty() || isValidKeyShape(m_applicationKey))
        return {};
    return tr("An application key is 8 to 64 letters and digits, as shown when you created the "
              "application.", "@error");
}

QString ConnectionModel::applicationSecretError() const
{
    if (m_applicationSecret.isEmpty() || isValidKeyShape(m_applicationSecret.exposeString()))
        return {};
    return tr("An application secret is 8 to 64 letters and digits. Paste it again.", "@error");
}

bool ConnectionModel::canAuthorize() const
{
    return !m_endpointId.isEmpty() && isValidKeyShape(m_applicationKey) && !m_applicationSecret.isEmpty()
            && isValidKeyShape(m_applicationSecret.exposeString());
}

QString ConnectionModel::currentEndpointIdForSecrets() const
{
    return m_endpointId;
}

bool ConnectionModel::importExisting()
{
    OvhConfigImport importer;
    return importFrom(importer);
}

bool ConnectionModel::importFrom(const OvhConfigImport &importer)
{
    OvhImportedConfig cfg = importer.read();
    m_importReport.clear();
    if (cfg.isEmpty()) {
        m_importReport << tr("No OVH_* environment variable and no ovh.conf file was found.", "@info");
        m_importReport << cfg.warnings;
        emit importReportChanged();
        return false;
    }
    const QString endpoint = cfg.endpoint.isEmpty() ? u"ovh-eu"_s : cfg.endpoint;
    if (Endpoint::forId(endpoint).isValid()) {
        setEndpointId(endpoint);
        m_importReport << tr("Region: %1 (from %2)", "@info").arg(endpointDisplayName(endpoint),
                                                                   cfg.endpointOrigin.isEmpty() ? tr("default", "@info origin") : cfg.endpointOrigin);
    } else {
        m_importReport << tr("The endpoint “%1” is not an OVHcloud region the wizard knows; choose "
                             "the region yourself.", "@info").arg(endpoint);
    }
    if (!cfg.applicationKey.isEmpty()) {
        setApplicationKey(cfg.applicationKey);
        m_importReport << tr("Application key: from %1", "@info").arg(cfg.applicationKeyOrigin);
    }
    if (!cfg.applicationSecret.isEmpty()) {
        m_applicationSecret = std::move(cfg.applicationSecret);
        if (StageContext *ctx = context(); ctx && ctx->api())
            ctx->api()->setApplicationSecret(m_applicationSecret.clone());
        m_importReport << tr("Application secret: from %1", "@info").arg(cfg.applicationSecretOrigin);
    }
    if (!cfg.consumerKey.isEmpty()) {
        m_importedConsumerKey = std::move(cfg.consumerKey);
        m_importReport << tr("Consumer key: from %1 (it will be checked when you connect)", "@info")
                                  .arg(cfg.consumerKeyOrigin);
    }
    if (cfg.secretsInFiles())
        m_importReport << tr("Some secrets came from a file: once connected they are kept in the "
                             "system keychain, and you can delete them from the file.", "@info");
    m_importReport << cfg.warnings;
    emit inputChanged();
    emit importReportChanged();
    if (m_state == State::NeedsKeys || m_state == State::ReadyToAuthorize || m_state == State::Failed)
        setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
    return true;
}

// ---- Authorization ---------------------------------------------------------------------

QStringList ConnectionModel::accessRulesText() const
{
    return describeAccessRules(wizardAccessRules());
}

void ConnectionModel::storeKeysThen(QObject *scope, std::function<void()> next)
{
    StageContext *ctx = context();
    if (m_settings) {
        m_settings->setEndpointId(m_endpointId);
        m_settings->setApplicationKey(m_applicationKey);
    }
    if (!ctx || !ctx->secrets()) {
        next();
        return;
    }
    SecretWriteJob *job = ctx->secrets()->write(
            SecretKeys::ovhApplicationSecret(currentEndpointIdForSecrets(), m_applicationKey), m_applicationSecret.clone());
    job->onFinished(scope, [this, job, next] {
        if (job->error() && job->error()->kind != ApiError::Kind::Canceled) {
            // Keep going for this session; say plainly that nothing will be remembered.
            m_secretWarning = tr("The system keychain is not available: the secrets are kept for "
                                 "this session only and you will have to authorize again next time.",
                                 "@info");
            emit changed();
        }
        next();
    });
}

void ConnectionModel::authorize()
{
    if (m_state == State::WaitingForValidation && m_flow) {
        emit openUrlRequested(m_validationUrl);
        return;
    }
    if (m_state == State::RequestingCredential)
        return;
    if (!canAuthorize()) {
        reportError(validationError(tr("Enter a valid application key and secret first.", "@error")));
        return;
    }
    clearError();
    setState(State::RequestingCredential);
    // Busy while the keys are stored; the credential flow then runs on its own (CredentialFlow).
    StageOperation *op = startOperation();
    storeKeysThen(op->scope(), [this, op] {
        op->succeed();
        StageContext *ctx = context();
        if (!ctx || !ctx->api())
            return;
        applyEndpointToClient();
        if (m_flow)
            m_flow->deleteLater();
        m_flow = new CredentialFlow(ctx->api(), this);
        connect(m_flow, &CredentialFlow::credentialRequested, this, [this](const QUrl &url) {
            m_validationUrl = url;
            setState(State::WaitingForValidation);
            emit openUrlRequested(url);
            m_flow->waitForValidation();
        });
        connect(m_flow, &CredentialFlow::validated, this, [this](const QDateTime &expiration) {
            m_expiry = expiration;
            onCredentialValidated();
        });
        connect(m_flow, &CredentialFlow::failed, this, [this](const ApiError &e) { fail(e); });
        m_flow->requestCredential(wizardAccessRules());
    });
}

void ConnectionModel::cancelAuthorization()
{
    if (!m_flow)
        return;
    m_flow->cancel();
    m_flow->deleteLater();
    m_flow = nullptr;
    m_validationUrl.clear();
    if (m_state == State::WaitingForValidation || m_state == State::RequestingCredential)
        setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
}

void ConnectionModel::onCredentialValidated()
{
    StageContext *ctx = context();
    if (!m_flow || !ctx)
        return;
    SecretBytes ck = m_flow->takeConsumerKey();
    m_flow->deleteLater();
    m_flow = nullptr;
    m_validationUrl.clear();
    if (ck.isEmpty()) {
        fail(ApiError::make(ApiError::Kind::CredentialInvalid, u"no consumer key"_s));
        return;
    }
    ctx->api()->setConsumerKey(ck.clone());
    if (ctx->secrets()) {
        SecretWriteJob *job = ctx->secrets()->write(
                SecretKeys::ovhConsumerKey(currentEndpointIdForSecrets(), m_applicationKey), std::move(ck));
        job->onFinished(this, [this, job] {
            if (job->error() && job->error()->kind != ApiError::Kind::Canceled && m_secretWarning.isEmpty()) {
                m_secretWarning = tr("The system keychain is not available: the secrets are kept for "
                                     "this session only and you will have to authorize again next time.",
                                     "@info");
                emit changed();
            }
        });
    }
    connectToApi(true);
}

void ConnectionModel::autoValidateInSandbox()
{
    StageContext *ctx = context();
    if (m_endpointId != sandboxEndpointId() || !hasPracticeSandbox() || m_validationUrl.isEmpty() || !ctx) {
        reportError(validationError(tr("Nothing to validate: this only works in the practice sandbox "
                                       "while an authorization is pending.", "@error")));
        return;
    }
    QNetworkAccessManager *nam = ctx->api() ? ctx->api()->networkAccessManager() : nullptr;
    if (!nam) {
        reportError(validationError(tr("Nothing to validate: this only works in the practice sandbox "
                                       "while an authorization is pending.", "@error")));
        return;
    }
    QUrl url = m_sandbox.apiBase;
    url.setPath(u"/sandbox/validate-credential"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(30000);
    if (!m_sandbox.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_sandbox.caCertificates);
        request.setSslConfiguration(tls);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"validationUrl"_s, m_validationUrl.toString()},
                                                      {u"validity"_s, 3600 * 24}})
                                    .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            ApiError e = ApiError::make(ApiError::Kind::Network, u"sandbox validation: "_s + reply->errorString());
            reportError(e);
        }
        // Success is noticed by the CredentialFlow's polling.
    });
}

void ConnectionModel::forgetAuthorization()
{
    StageContext *ctx = context();
    cancelAuthorization();
    if (ctx && ctx->api())
        ctx->api()->clearConsumerKey();
    if (ctx && ctx->secrets() && !m_applicationKey.isEmpty())
        ctx->secrets()->remove(SecretKeys::ovhConsumerKey(currentEndpointIdForSecrets(), m_applicationKey));
    m_importedConsumerKey.clear();
    setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
}

void ConnectionModel::onCredentialRejected(const ApiError &error)
{
    if (m_state == State::RequestingCredential || m_state == State::WaitingForValidation)
        return; // the flow handles its own answers
    reportError(error);
    setState(State::NeedsReauthorization);
}

// ---- Resume and connect -------------------------------------------------------------------

void ConnectionModel::resume()
{
    StageContext *ctx = context();
    QString id = m_settings ? m_settings->endpointId() : QString();
    if (id.isEmpty() || (id == sandboxEndpointId() && !hasPracticeSandbox()))
        id = hasPracticeSandbox() ? sandboxEndpointId() : u"ovh-eu"_s;
    setEndpointId(id);
    if (m_endpointId.isEmpty())
        return;
    if (m_settings && !m_settings->serviceName().isEmpty())
        selectService(m_settings->serviceName());
    if (id != sandboxEndpointId() && m_settings && m_applicationKey.isEmpty())
        setApplicationKey(m_settings->applicationKey());
    if (!ctx || !ctx->secrets() || m_applicationKey.isEmpty()) {
        setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
        return;
    }
    // Reading the keys is one operation; connecting with them is the next (connectToApi()).
    StageOperation *op = startOperation();
    auto readConsumerKey = [this, ctx, op] {
        SecretReadJob *job = ctx->secrets()->read(
                SecretKeys::ovhConsumerKey(currentEndpointIdForSecrets(), m_applicationKey));
        job->onFinished(op->scope(), [this, job, ctx, op] {
            op->succeed();
            SecretBytes ck = job->takeSecret();
            if (ck.isEmpty() || !canAuthorize()) {
                setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
                emit refreshed(false);
                return;
            }
            applyEndpointToClient();
            ctx->api()->setConsumerKey(std::move(ck));
            connectToApi();
        });
    };
    if (id == sandboxEndpointId()) {
        readConsumerKey();
        return;
    }
    SecretReadJob *job = ctx->secrets()->read(SecretKeys::ovhApplicationSecret(id, m_applicationKey));
    job->onFinished(op->scope(), [this, job, readConsumerKey] {
        SecretBytes secret = job->takeSecret();
        if (!secret.isEmpty()) {
            m_applicationSecret = std::move(secret);
            emit inputChanged();
        }
        readConsumerKey();
    });
}

void ConnectionModel::useConsumerKey(SecretBytes consumerKey)
{
    m_importedConsumerKey = std::move(consumerKey);
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
    if (!api->hasCredentials() && !m_importedConsumerKey.isEmpty() && canAuthorize()) {
        applyEndpointToClient();
        api->setConsumerKey(m_importedConsumerKey.clone());
    }
    if (!api->hasCredentials()) {
        setState(canAuthorize() ? State::ReadyToAuthorize : State::NeedsKeys);
        QTimer::singleShot(0, this, [this] { emit refreshed(false); });
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
    auto readAccount = [this, op, api] {
        op->onAnswer(api->get(u"/me"_s), [this, op](const Result<QJsonValue> &m) {
            if (m.ok()) {
                const QJsonObject o = m.value().toObject();
                m_nicHandle = o.value("nichandle"_L1).toString();
                m_accountEmail = o.value("email"_L1).toString();
            }
            // /me is informative only: its failure (e.g. not granted) does not block.
            emit accountChanged();
            loadServices(op);
        });
    };
    if (justValidated && m_importedConsumerKey.isEmpty()) {
        readAccount();
        return;
    }
    op->onAnswer(api->get(u"/auth/currentCredential"_s), [this, op, readAccount](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            fail(r.error());
            op->fail(r.error());
            return;
        }
        const QJsonObject c = r.value().toObject();
        const QString status = c.value("status"_L1).toString();
        if (!status.isEmpty() && status != "validated"_L1) {
            const ApiError e = ApiError::make(ApiError::Kind::CredentialInvalid, u"credential "_s + status);
            fail(e);
            op->fail(e);
            return;
        }
        m_expiry = QDateTime::fromString(c.value("expiration"_L1).toString(), Qt::ISODateWithMs);
        if (!m_importedConsumerKey.isEmpty()) {
            // The imported consumer key works: keep it in the keychain from now on.
            if (StageContext *ctx = context(); ctx && ctx->secrets()) {
                storeKeysThen(this, [] {});
                ctx->secrets()->write(SecretKeys::ovhConsumerKey(currentEndpointIdForSecrets(), m_applicationKey),
                                      std::move(m_importedConsumerKey));
            }
            m_importedConsumerKey.clear();
        }
        readAccount();
    });
}

void ConnectionModel::loadServices(StageOperation *op)
{
    ApiClient *api = context()->api();
    op->onAnswer(api->get(u"/dedicatedCloud"_s), [this, op, api](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            fail(r.error());
            op->fail(r.error());
            return;
        }
        QStringList names;
        for (const QJsonValue &v : r.value().toArray())
            names << v.toString();
        names.sort();
        // Each service's details; one that cannot be read is still listed, by its name.
        auto services = std::make_shared<QList<DedicatedCloudService>>();
        CallGroup *group = op->group();
        for (int i = 0; i < names.size(); ++i) {
            DedicatedCloudService s;
            s.serviceName = names.at(i);
            services->append(s);
            group->addResult(api->get(u"/dedicatedCloud/%1"_s.arg(encodePathSegment(names.at(i)))),
                             [services, i](const Result<QJsonValue> &d) {
                if (d.ok())
                    readServiceDetails(d.value().toObject(), &(*services)[i]);
            });
        }
        group->onAllFinished(op->scope(), [this, op, services](const Result<Unit> &) {
            m_services = *services;
            emit servicesChanged();
            setState(State::Connected);
            emit connected();
            op->succeed();
        });
    });
}

void ConnectionModel::readServiceDetails(const QJsonObject &o, DedicatedCloudService *s)
{
    s->description = o.value("description"_L1).toString();
    s->location = o.value("location"_L1).toString();
    s->state = o.value("state"_L1).toString();
    s->version = versionText(o.value("version"_L1));
    s->webInterfaceUrl = QUrl(o.value("webInterfaceUrl"_L1).toString());
    s->userAccessPolicy = o.value("userAccessPolicy"_L1).toString();
    s->managementInterface = o.value("managementInterface"_L1).toString();
    s->advancedSecurity = o.value("advancedSecurity"_L1).toBool();
    s->detailsLoaded = true;
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
        const bool listed = std::any_of(m_services.begin(), m_services.end(),
                                        [&](const DedicatedCloudService &s) { return s.serviceName == serviceName; });
        if (!listed) {
            reportError(validationError(tr("The service %1 is not in your account.", "@error").arg(serviceName)));
            return;
        }
    }
    if (m_settings)
        m_settings->setServiceName(serviceName);
    if (ctx->serviceName() == serviceName)
        return;
    ctx->setServiceName(serviceName);
    emit selectedServiceChanged(serviceName);
    if (m_state == State::Connected)
        setState(State::Connected); // re-derives Done
}

} // namespace snc
