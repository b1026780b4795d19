// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Endpoint.h"
#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace snc {

class StageContext;

/**
 * @brief How to reach the practice sandbox (started in-process by the app, or an external
 * `snc-sandbox` given by --endpoint/--ca/--credentials). Move-only (holds the secret).
 */
struct PracticeSandbox
{
    QUrl apiBase;                          ///< versionless, e.g. https://127.0.0.1:40123
    QList<QSslCertificate> caCertificates; ///< pinned: the only CAs trusted in sandbox mode
    QString applicationKey;
    SecretBytes applicationSecret;
    /// The sandbox's per-session secret for its `/sandbox/*` control routes (X-Sandbox-Control):
    /// the practice validation of a consumer key and the outbox need it (issue 15, item 9).
    SecretBytes controlSecret;
    /// The stages treat this sandbox as a production server (StageContext::isPracticeSandbox()
    /// false): the secure interface is OVHcloud's web pages, opened in the browser. Only for
    /// tests of those paths (`snc-wizard --production-paths`, tst_secretscan_production).
    bool productionPaths = false;
    bool isValid() const { return apiBase.isValid() && !applicationKey.isEmpty(); }
};

/**
 * @brief Where the wizard sends its calls and what it signs them with: the region (an OVHcloud
 * endpoint, or the practice sandbox), the application key and secret, and a consumer key that
 * came from outside (ovh.conf, environment, an external sandbox) and is not proven yet.
 *
 * A plain value owned by ConnectionModel, kept apart from the model's flow so that "which API,
 * which keys" is one small piece with its pure checks (the shape of a pasted key) next to it.
 * Move-only: it holds secrets. applyTo() is the one place that installs it in the ApiClient.
 */
struct ConnectionKeys
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionKeys)
public:
    QString endpointId;
    QString applicationKey;
    SecretBytes applicationSecret;
    SecretBytes importedConsumerKey; ///< stored in the keychain once it proved valid
    PracticeSandbox sandbox;

    /// Endpoint id of the practice sandbox.
    static QString sandboxEndpointId() { return QStringLiteral("sandbox"); }
    bool isSandbox() const { return endpointId == sandboxEndpointId(); }
    /// "ovh-eu", "ovh-ca", "ovh-us", and "sandbox" when a practice sandbox was given.
    QStringList endpointIds() const;
    /// Whether `id` is a region this value can switch to.
    bool isSelectable(const QString &id) const;
    /// Switches to region `id`: the keys of the previous one are forgotten (the sandbox brings
    /// its own keys).
    void switchTo(const QString &id);
    /// Takes the sandbox's keys when the sandbox is the region.
    void takeSandboxKeys();
    /// The page where an application key is created for the region (empty in the sandbox).
    QUrl createApplicationUrl() const;

    /// Translated display name ("OVHcloud Europe", …, "Practice sandbox").
    static QString endpointDisplayName(const QString &id);

    /// Translated problem with the key's shape, empty when fine (or empty input).
    QString applicationKeyError() const;
    QString applicationSecretError() const;
    /// Endpoint chosen, key and secret of the right shape.
    bool canAuthorize() const;
    /// Installs endpoint, pinned CAs, application key and secret in `ctx`'s ApiClient (its
    /// consumer key cleared) and the endpoint in `ctx`.
    void applyTo(StageContext *ctx) const;

    /// Pure shape check (alphanumeric, 8..64 characters after trimming).
    static bool isValidKeyShape(const QString &trimmed);
    /// The same check on a secret's bytes, with no QString copy of it.
    static bool isValidKeyShape(const SecretBytes &secret);
    /// Whitespace, CR and LF removed from both ends and from inside (a pasted secret never has any).
    static QString cleanPasted(const QString &text);
};

} // namespace snc
