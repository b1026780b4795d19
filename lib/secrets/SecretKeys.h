// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief The catalogue of every SecretStore key the product uses: the one place they are named.
 *
 * A key is a log-safe name, never a secret: '/'-separated segments, each input escaped ('%' →
 * "%25", '/' → "%2F") so that no input can reach into another entry. The names are a stored
 * format: existing keychains, and a wizard resumed after a crash, find their entries by them, so
 * a name never changes (tests/unit/secrets/tst_secretkeys.cpp pins every one). The one change so
 * far, the endpoint scope of the per-service names (issue 15, item 7), keeps the old names in
 * Legacy, read once on a production region and migrated (StageContext::readSecret()).
 *
 * QSettings keys (e.g. WizardSettings' pending tasks) are not secret-store keys: not here.
 */
namespace snc::SecretKeys {

/// OVH application secret of `applicationKey` on `endpointId`: ovh/<ep>/<ak>/application-secret.
QString ovhApplicationSecret(const QString &endpointId, const QString &applicationKey);
/// Consumer key granted to that application on that endpoint: ovh/<ep>/<ak>/consumer-key.
QString ovhConsumerKey(const QString &endpointId, const QString &applicationKey);

// Per-service secrets are scoped by the endpoint they belong to (issue 15, item 7): `scope` is
// StageContext::secretScope(), "ovh-eu", "ovh-ca", "ovh-us" for the OVHcloud regions and
// "custom:<host>:<port>" for any other server (a sandbox), so a server that lists a service with
// the customer's name never finds the production entries under its own scope.

/// NSX `admin` password of a service, kept at stage 2 and read at stage 3:
/// nsx/<scope>/<sn>/admin-password.
QString nsxAdminPassword(const QString &scope, const QString &serviceName);
/// IPsec pre-shared key of the service's VPN (stage 3): nsx/<scope>/<sn>/ipsec-psk.
QString nsxIpsecPsk(const QString &scope, const QString &serviceName);

// An OKMS credential's entries. An empty `credentialId` (OKMS has not given one yet) is named
// "pending": an empty segment would make an invalid key.
/// Keychain-saved private key of an OKMS credential: okms/<scope>/<okmsId>/<credentialId>/privateKey.
QString okmsPrivateKey(const QString &scope, const QString &okmsId, const QString &credentialId);
/// Certificate kept next to a keychain-saved key: okms/<scope>/<okmsId>/<credentialId>/certificate.
QString okmsCertificate(const QString &scope, const QString &okmsId, const QString &credentialId);
/// Where the key file was saved (a path, not the key):
/// okms/<scope>/<okmsId>/<credentialId>/privateKeyFile.
QString okmsPrivateKeyFile(const QString &scope, const QString &okmsId, const QString &credentialId);
/// Recovery copy of a generated key, kept from before its CSR is sent until the key is saved:
/// okms/<scope>/<okmsId>/pending/<credentialName>/privateKey.
QString okmsRecoveryPrivateKey(const QString &scope, const QString &okmsId, const QString &credentialName);

/**
 * @brief The names used before issue 15 (not scoped by endpoint), read once to migrate.
 *
 * Only StageContext::readSecret() reads them, and only while a production region is chosen: the
 * entry is then rewritten under its scoped name and the old one removed. Nothing writes them.
 */
namespace Legacy {
/// nsx/<sn>/admin-password
QString nsxAdminPassword(const QString &serviceName);
/// nsx/<sn>/ipsec-psk
QString nsxIpsecPsk(const QString &serviceName);
/// okms/<okmsId>/<credentialId>/privateKey
QString okmsPrivateKey(const QString &okmsId, const QString &credentialId);
/// okms/<okmsId>/<credentialId>/privateKeyFile
QString okmsPrivateKeyFile(const QString &okmsId, const QString &credentialId);
/// okms/<okmsId>/pending/<credentialName>/privateKey
QString okmsRecoveryPrivateKey(const QString &okmsId, const QString &credentialName);
} // namespace Legacy

/**
 * A key is valid when it is non-empty, at most 512 characters, has no empty '/'-separated
 * segment and no control character, and its last segment is neither all digits nor "count"
 * (those names are reserved for the chunks of long values). Stores refuse invalid keys.
 */
bool isValid(const QString &key);

} // namespace snc::SecretKeys
