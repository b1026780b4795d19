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
 * a name never changes (tests/unit/secrets/tst_secretkeys.cpp pins every one).
 *
 * QSettings keys (e.g. WizardSettings' pending tasks) are not secret-store keys: not here.
 */
namespace snc::SecretKeys {

/// OVH application secret of `applicationKey` on `endpointId`: ovh/<ep>/<ak>/application-secret.
QString ovhApplicationSecret(const QString &endpointId, const QString &applicationKey);
/// Consumer key granted to that application on that endpoint: ovh/<ep>/<ak>/consumer-key.
QString ovhConsumerKey(const QString &endpointId, const QString &applicationKey);

/// NSX `admin` password of a service, kept at stage 2 and read at stage 3: nsx/<sn>/admin-password.
QString nsxAdminPassword(const QString &serviceName);
/// IPsec pre-shared key of the service's VPN (stage 3): nsx/<sn>/ipsec-psk.
QString nsxIpsecPsk(const QString &serviceName);

// An OKMS credential's entries. An empty `credentialId` (OKMS has not given one yet) is named
// "pending": an empty segment would make an invalid key.
/// Keychain-saved private key of an OKMS credential: okms/<okmsId>/<credentialId>/privateKey.
QString okmsPrivateKey(const QString &okmsId, const QString &credentialId);
/// Certificate kept next to a keychain-saved key: okms/<okmsId>/<credentialId>/certificate.
QString okmsCertificate(const QString &okmsId, const QString &credentialId);
/// Where the key file was saved (a path, not the key): okms/<okmsId>/<credentialId>/privateKeyFile.
QString okmsPrivateKeyFile(const QString &okmsId, const QString &credentialId);
/// Recovery copy of a generated key, kept from before its CSR is sent until the key is saved:
/// okms/<okmsId>/pending/<credentialName>/privateKey.
QString okmsRecoveryPrivateKey(const QString &okmsId, const QString &credentialName);

/**
 * A key is valid when it is non-empty, at most 512 characters, has no empty '/'-separated
 * segment and no control character, and its last segment is neither all digits nor "count"
 * (those names are reserved for the chunks of long values). Stores refuse invalid keys.
 */
bool isValid(const QString &key);

} // namespace snc::SecretKeys
