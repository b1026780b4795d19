// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSession.h"

#include "api/ApiClient.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/modules/StandardModules.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "stages/WizardController.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>

namespace snc {

AppSession::AppSession(QObject *parent) : QObject(parent) {}

AppSession::~AppSession()
{
    shutdown();
    // Reverse order of the dependencies: models use the client, the client uses the network
    // manager, the network manager talks to the sandbox.
    delete m_controller;
    m_controller = nullptr;
    delete m_api;
    m_api = nullptr;
    delete m_nam;
    m_nam = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    delete m_settings;
    m_settings = nullptr;
    if (m_sandbox)
        m_sandbox->stop();
    m_sandbox.reset();
}

void AppSession::shutdown()
{
    if (m_controller)
        m_controller->shutdown();
}

bool AppSession::start(const Options &options, QString *error)
{
    m_clock = SystemClock::instance();
    if (options.externalEndpoint.isValid() || !options.externalCredentialsFile.isEmpty()) {
        if (!loadExternalSandbox(options, error))
            return false;
        m_productionPaths = options.productionPaths;
    }

    m_nam = new QNetworkAccessManager;
    m_api = new ApiClient(m_nam, m_clock);
    if (options.sessionOnlySecrets)
        m_secrets = new MemorySecretStore;
    else
        m_secrets = new KeychainSecretStore;
    if (options.settingsFile.isEmpty())
        m_settings = new QSettings;
    else
        m_settings = new QSettings(options.settingsFile, QSettings::IniFormat);

    m_controller = new WizardController(m_api, m_secrets, m_clock, m_settings);
    ConnectionModel *connection = m_controller->connection();
    // The practice sandbox is the default while no credentials exist (nothing remembered).
    const bool nothingRemembered = m_controller->settings()->applicationKey().isEmpty()
            || m_controller->settings()->endpointId().isEmpty();
    const bool practice = !options.preferProduction
            && (options.preferSandbox || nothingRemembered
                || m_controller->settings()->endpointId() == ConnectionModel::sandboxEndpointId());
    // The embedded sandbox runs only in a practice session (issue 15, item 9): a session on a
    // remembered OVHcloud region has no sandbox listening in the process that holds its secrets.
    m_embeddedAllowed = !hasPracticeSandbox() && (options.embeddedSandbox || options.preferSandbox);
    m_sandboxTimeScale = options.sandboxTimeScale;
    m_uiLanguage = options.uiLanguage;
    if (m_embeddedAllowed && practice && !startEmbeddedSandbox(options.sandboxTimeScale, error))
        return false;
    if (hasPracticeSandbox())
        connection->setPracticeSandbox(practiceSandbox());
    if (hasPracticeSandbox() && practice)
        m_controller->settings()->setEndpointId(ConnectionModel::sandboxEndpointId());
    // Another region chosen: the embedded sandbox stops (its socket closes); practice chosen
    // again: a new one starts (new port, keys and secrets) and replaces the old in the model.
    connect(connection, &ConnectionModel::endpointChanged, this, [this, connection](const QString &id) {
        if (!m_embeddedAllowed)
            return;
        if (id != ConnectionModel::sandboxEndpointId()) {
            stopEmbeddedSandbox();
        } else if (!m_sandbox) {
            QString why;
            if (startEmbeddedSandbox(m_sandboxTimeScale, &why))
                connection->setPracticeSandbox(practiceSandbox());
            else
                qCWarning(lcUi) << "the practice sandbox could not start again:" << why;
        }
    });
    return true;
}

void AppSession::stopEmbeddedSandbox()
{
    if (!m_sandbox)
        return;
    m_sandbox->stop();
    m_sandbox.reset();
    qCInfo(lcUi) << "embedded practice sandbox stopped (another region chosen)";
}

QString AppSession::accountLanguageFor(const QString &uiLanguage)
{
    // OVHcloud's account languages are locale tags (nichandle.LanguageEnum: fr_FR, en_GB, …).
    if (uiLanguage.startsWith(QLatin1String("fr")))
        return QStringLiteral("fr_FR");
    return QStringLiteral("en_GB");
}

void AppSession::setUiLanguage(const QString &uiLanguage)
{
    m_uiLanguage = uiLanguage;
    if (m_sandbox)
        m_sandbox->setAccountLanguage(accountLanguageFor(uiLanguage));
}

bool AppSession::startEmbeddedSandbox(double timeScale, QString *error)
{
    sandbox::SandboxOptions opts;
    opts.tls = true;
    opts.port = 0;
    opts.timeScale = timeScale;
    // A new TOTP secret and new codes at each start, as a real service would give.
    opts.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    // Practice as on an SNC PCC: after stage 2, sensitive operations wait for an SMS token
    // (issue 17 item 3; the programs' default, UNPUBLISHED.md row 17.3a).
    opts.unpublished.append({QStringLiteral("sensitiveOperations"), QStringLiteral("standard")});
    if (!m_uiLanguage.isEmpty())
        opts.accountLanguage = accountLanguageFor(m_uiLanguage);
    m_sandbox = std::make_unique<sandbox::SandboxServer>(opts);
    sandbox::registerStandardModules(*m_sandbox);
    QString why;
    if (!m_sandbox->start(&why)) {
        if (error)
            *error = tr("The practice sandbox could not start: %1", "@error").arg(why);
        m_sandbox.reset();
        return false;
    }
    m_sandboxBase = m_sandbox->url();
    m_sandboxCas = QSslCertificate::fromData(m_sandbox->caPem(), QSsl::Pem);
    m_sandboxKey = m_sandbox->applicationKey();
    m_sandboxSecret = SecretBytes::fromString(m_sandbox->applicationSecret());
    m_sandboxControl = SecretBytes::fromString(m_sandbox->controlSecret());
    qCInfo(lcUi) << "embedded practice sandbox on" << m_sandboxBase.toString();
    return true;
}

bool AppSession::loadExternalSandbox(const Options &options, QString *error)
{
    QJsonObject info;
    if (!options.externalCredentialsFile.isEmpty()) {
        QFile file(options.externalCredentialsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the credentials file %1: %2", "@error")
                                 .arg(options.externalCredentialsFile, file.errorString());
            return false;
        }
        // The file holds the JSON line snc-sandbox printed (possibly after other output).
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
            if (doc.isObject() && doc.object().contains(QLatin1String("applicationKey")))
                info = doc.object();
        }
        if (info.isEmpty()) {
            if (error)
                *error = tr("The credentials file %1 does not contain the line printed by "
                            "snc-sandbox.", "@error").arg(options.externalCredentialsFile);
            return false;
        }
    }
    m_sandboxBase = options.externalEndpoint.isValid()
            ? options.externalEndpoint
            : QUrl(info.value(QLatin1String("url")).toString());
    QString caFile = options.externalCaFile;
    if (caFile.isEmpty())
        caFile = info.value(QLatin1String("ca")).toString();
    if (!caFile.isEmpty()) {
        QFile ca(caFile);
        if (!ca.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the CA file %1: %2", "@error").arg(caFile, ca.errorString());
            return false;
        }
        m_sandboxCas = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
        if (m_sandboxCas.isEmpty()) {
            if (error)
                *error = tr("The CA file %1 holds no PEM certificate.", "@error").arg(caFile);
            return false;
        }
    }
    m_sandboxKey = info.value(QLatin1String("applicationKey")).toString();
    m_sandboxSecret = SecretBytes::fromString(info.value(QLatin1String("applicationSecret")).toString());
    m_sandboxControl = SecretBytes::fromString(info.value(QLatin1String("controlSecret")).toString());
    if (!m_sandboxBase.isValid() || m_sandboxBase.host().isEmpty() || m_sandboxKey.isEmpty()) {
        if (error)
            *error = tr("An external sandbox needs --endpoint URL and --credentials FILE "
                        "(the JSON line snc-sandbox prints).", "@error");
        m_sandboxBase.clear();
        return false;
    }
    return true;
}

PracticeSandbox AppSession::practiceSandbox() const
{
    PracticeSandbox sandbox;
    sandbox.apiBase = m_sandboxBase;
    sandbox.caCertificates = m_sandboxCas;
    sandbox.applicationKey = m_sandboxKey;
    sandbox.applicationSecret = m_sandboxSecret.clone();
    sandbox.controlSecret = m_sandboxControl.clone();
    sandbox.productionPaths = m_productionPaths;
    return sandbox;
}

} // namespace snc
