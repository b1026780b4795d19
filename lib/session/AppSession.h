// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/connection/ConnectionModel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace snc {

class ApiClient;
class Clock;
class SecretStore;
class WizardController;

namespace sandbox {
class SandboxServer;
}

/**
 * @brief Everything the wizard runs on, built once and torn down in the right order: the
 * practice sandbox (embedded in-process, or an external `snc-sandbox`), the network access
 * manager, the API client, the secret store, the settings and the WizardController.
 *
 * Destruction order is the reverse of the dependencies (controller and its models first, then the
 * client, the network manager and last the sandbox), so closing the window while calls are in
 * flight aborts them cleanly instead of touching freed objects.
 */
class AppSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /// Offer the embedded practice sandbox (TLS, free loopback port, CA pinned). It starts only
        /// when practice is the session's endpoint (preferSandbox, nothing remembered, or the
        /// remembered endpoint), and stops when another region is chosen (issue 15, item 9).
        bool embeddedSandbox = true;
        /// Select the practice sandbox as the region at start (--sandbox, or no credentials yet).
        bool preferSandbox = false;
        /// OVHcloud chosen on the welcome page: no embedded sandbox starts, even when nothing is
        /// remembered (the connection then offers ovh-eu); choosing practice later still starts one.
        bool preferProduction = false;
        /// External snc-sandbox: base URL, CA PEM file and the JSON line it printed.
        QUrl externalEndpoint;
        QString externalCaFile;
        QString externalCredentialsFile;
        /// Secrets for this session only (no keychain).
        bool sessionOnlySecrets = false;
        /// Settings file (INI); empty = the platform's default QSettings.
        QString settingsFile;
        /// With an external sandbox: the stages take the production paths on it (the secure
        /// interface's web pages in the browser), as on OVHcloud (`--production-paths`).
        bool productionPaths = false;
        /// Sandbox time scale (tasks run faster); 1 = real time.
        double sandboxTimeScale = 1.0;
        /// The interface language ("fr", "en"): the embedded practice sandbox writes its SMS and
        /// e-mails in it, as OVHcloud does in the account's language (issue 18, item 5).
        QString uiLanguage;
    };

    explicit AppSession(QObject *parent = nullptr);
    ~AppSession() override;

    /// Builds everything. On failure returns false with a translated, one-line reason.
    bool start(const Options &options, QString *error);

    WizardController *controller() const { return m_controller; }

    /**
     * @brief The interface language changed ("fr", "en"): the embedded practice sandbox's account
     * language follows it from its next message (and at its next start). An external sandbox is
     * left as it was started (its --account-language).
     */
    void setUiLanguage(const QString &uiLanguage);
    /// The account language ("fr_FR", "en_GB") the practice sandbox gets for an interface language.
    static QString accountLanguageFor(const QString &uiLanguage);
    ApiClient *api() const { return m_api; }
    Clock *clock() const { return m_clock; }
    QSettings *settings() const { return m_settings; }
    SecretStore *secretStore() const { return m_secrets; }
    /// Nullptr unless the sandbox runs in-process: only while practice is the chosen endpoint (a
    /// session on a remembered OVHcloud region starts none; choosing another region stops it).
    sandbox::SandboxServer *embeddedSandbox() const { return m_sandbox.get(); }
    bool hasPracticeSandbox() const { return m_sandboxBase.isValid(); }
    /// Versionless base URL of the practice sandbox (embedded or external).
    QUrl sandboxBase() const { return m_sandboxBase; }
    QList<QSslCertificate> sandboxCaCertificates() const { return m_sandboxCas; }
    QString sandboxApplicationKey() const { return m_sandboxKey; }

    /// Stops everything in flight (models, calls): WizardController::shutdown(). Safe to call
    /// twice; called by the destructor.
    void shutdown();

private:
    bool startEmbeddedSandbox(double timeScale, QString *error);
    void stopEmbeddedSandbox();
    bool loadExternalSandbox(const Options &options, QString *error);
    PracticeSandbox practiceSandbox() const;

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_api = nullptr;
    Clock *m_clock = nullptr;
    SecretStore *m_secrets = nullptr;
    QSettings *m_settings = nullptr;
    WizardController *m_controller = nullptr;
    QUrl m_sandboxBase;
    QList<QSslCertificate> m_sandboxCas;
    QString m_sandboxKey;
    SecretBytes m_sandboxSecret; // public in the sandbox, but handled like any secret
    bool m_embeddedAllowed = false; ///< an embedded sandbox may run (none external given)
    double m_sandboxTimeScale = 1.0;
    SecretBytes m_sandboxControl; // the sandbox's control-route secret (issue 15, item 9)
    bool m_productionPaths = false;
    QString m_uiLanguage; ///< the interface language the practice account's language follows
};

} // namespace snc
