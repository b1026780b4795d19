// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace snc {

/// One ovh.conf file that was looked at.
struct OvhConfigFile
{
    QString path;
    bool exists = false;
    bool readable = false;
    /// Group- or world-readable (mode & 077 != 0): the UI offers to move secrets to the keychain
    /// and to chmod 600 or delete the file.
    bool tooPermissive = false;
};

/**
 * @brief What an existing OVH setup provides, each value with where it came from
 * (the environment variable name, e.g. "OVH_APPLICATION_KEY", or a file path). Move-only
 * (holds secrets). An empty origin means the value was not found.
 */
struct OvhImportedConfig
{
    QString endpoint;            ///< "ovh-eu", … or a URL (custom)
    QString endpointOrigin;
    QString applicationKey;
    QString applicationKeyOrigin;
    SecretBytes applicationSecret;
    QString applicationSecretOrigin;
    SecretBytes consumerKey;
    QString consumerKeyOrigin;
    QList<OvhConfigFile> files;  ///< every candidate file, in lookup order
    QStringList warnings;        ///< translated (unreadable file, permissive file, OAuth2 ignored)

    bool isEmpty() const;
    /// Some secret came from a file (not the environment): offer to move it to the keychain.
    bool secretsInFiles() const;
};

/**
 * @brief Reads OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY and
 * ovh.conf files, like the official clients but never from the current folder.
 *
 * Precedence per value: environment, then `~/.ovh.conf`, then `/etc/ovh.conf` (earlier wins).
 * The endpoint is OVH_ENDPOINT or `[default] endpoint=` (default "ovh-eu" when keys exist but no
 * endpoint is given); keys are read from the section named after it (`[ovh-eu] application_key=`).
 * Unreadable files are skipped with a warning. Synchronous but tiny (two small local files).
 * Environment and paths are injectable for tests.
 */
class OvhConfigImport
{
    Q_DECLARE_TR_FUNCTIONS(OvhConfigImport)
public:
    OvhConfigImport();

    void setEnvironment(const QProcessEnvironment &environment) { m_env = environment; }
    /// Files in precedence order (first wins). Default: defaultConfigPaths().
    void setConfigPaths(const QStringList &paths) { m_paths = paths; }
    QStringList configPaths() const { return m_paths; }

    /// `~/.ovh.conf` (from HOME in the environment), `/etc/ovh.conf`. Never `./ovh.conf`.
    static QStringList defaultConfigPaths(const QProcessEnvironment &environment);

    OvhImportedConfig read() const;
    /// Translated, one line per value found saying where it came from, then the warnings
    /// (or "nothing was found" and the warnings): what the user reads after an import.
    static QStringList describe(const OvhImportedConfig &config);

private:
    QProcessEnvironment m_env;
    QStringList m_paths;
};

} // namespace snc
