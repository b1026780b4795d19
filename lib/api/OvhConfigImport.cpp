// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OvhConfigImport.h"

#include "Endpoint.h"
#include "core/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QHash>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

using Ini = QHash<QString, QHash<QString, QString>>; // section -> key -> value

// Python's configparser dialect, as the official clients use: [section], "key = value" or
// "key: value", '#'/';' comment lines, keys case-insensitive. QSettings' INI would mangle values
// (commas become lists, quotes are interpreted), so a tiny parser is safer.
Ini parseIni(const QByteArray &data)
{
    Ini ini;
    QString section;
    QList<QByteArray> lines = data.split('\n');
    for (QByteArray &raw : lines) {
        QString line = QString::fromUtf8(raw).trimmed();
        wipe(raw);
        // Every line may hold a secret: each copy made here is wiped before the next one.
        const auto next = qScopeGuard([&line] { wipe(line); });
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        qsizetype sep = line.indexOf(u'=');
        const qsizetype colon = line.indexOf(u':');
        if (sep < 0 || (colon >= 0 && colon < sep))
            sep = colon;
        if (sep <= 0 || section.isEmpty())
            continue;
        ini[section][line.left(sep).trimmed().toLower()] = line.mid(sep + 1).trimmed();
    }
    return ini;
}

/// Wipes every value parsed from a file (the secrets among them) once they have been copied
/// into SecretBytes.
void wipeValues(Ini &ini)
{
    for (auto section = ini.begin(); section != ini.end(); ++section) {
        for (auto value = section->begin(); value != section->end(); ++value)
            wipe(value.value());
    }
}

struct LoadedFile
{
    QString path;
    Ini ini;
};

} // namespace

bool OvhImportedConfig::isEmpty() const
{
    return endpointOrigin.isEmpty() && applicationKeyOrigin.isEmpty()
            && applicationSecretOrigin.isEmpty() && consumerKeyOrigin.isEmpty();
}

bool OvhImportedConfig::secretsInFiles() const
{
    auto fromFile = [](const QString &origin) {
        return !origin.isEmpty() && !origin.startsWith(u"OVH_"_s);
    };
    return fromFile(applicationSecretOrigin) || fromFile(consumerKeyOrigin);
}

OvhConfigImport::OvhConfigImport()
    : m_env(QProcessEnvironment::systemEnvironment())
    , m_paths(defaultConfigPaths(m_env))
{
}

QStringList OvhConfigImport::defaultConfigPaths(const QProcessEnvironment &environment)
{
    // The official clients also read ./ovh.conf; we never do: the wizard's working folder is
    // arbitrary and a file there could silently redirect the user's credentials.
    QStringList paths;
    const QString home = environment.value(u"HOME"_s);
    if (!home.isEmpty())
        paths.append(QDir(home).filePath(u".ovh.conf"_s));
    paths.append(u"/etc/ovh.conf"_s);
    return paths;
}

OvhImportedConfig OvhConfigImport::read() const
{
    OvhImportedConfig out;
    QList<LoadedFile> loaded;
    for (const QString &path : m_paths) {
        OvhConfigFile f;
        f.path = path;
        const QFileInfo info(path);
        f.exists = info.exists() && info.isFile();
        if (f.exists) {
            QFile file(path);
            f.readable = file.open(QIODevice::ReadOnly);
            if (f.readable) {
                QByteArray bytes = file.read(64 * 1024);
                loaded.append({path, parseIni(bytes)});
                wipe(bytes);
                const QFileDevice::Permissions p = info.permissions();
                f.tooPermissive = p & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                       | QFileDevice::WriteGroup | QFileDevice::WriteOther);
            } else {
                qCWarning(lcApi) << "skipping unreadable OVH configuration file" << path;
                out.warnings.append(tr("The file %1 exists but cannot be read; it was skipped.",
                                       "@info").arg(QDir::toNativeSeparators(path)));
            }
        }
        out.files.append(f);
    }

    // First the environment, then each file in order: the first source that has a value wins.
    auto lookup = [&](const QString &envName, const QString &section, const QString &key,
                      QString *origin) -> QString {
        const QString env = m_env.value(envName).trimmed();
        if (!env.isEmpty()) {
            *origin = envName;
            return env;
        }
        for (const LoadedFile &f : loaded) {
            const QString v = f.ini.value(section).value(key);
            if (!v.isEmpty()) {
                *origin = f.path;
                return v;
            }
        }
        return {};
    };

    out.endpoint = lookup(u"OVH_ENDPOINT"_s, u"default"_s, u"endpoint"_s, &out.endpointOrigin);
    const QString section = out.endpoint.isEmpty() ? u"ovh-eu"_s : out.endpoint;
    out.applicationKey = lookup(u"OVH_APPLICATION_KEY"_s, section, u"application_key"_s,
                                &out.applicationKeyOrigin);
    QString secret = lookup(u"OVH_APPLICATION_SECRET"_s, section, u"application_secret"_s,
                            &out.applicationSecretOrigin);
    out.applicationSecret = SecretBytes::fromString(secret);
    wipe(secret);
    QString ck = lookup(u"OVH_CONSUMER_KEY"_s, section, u"consumer_key"_s, &out.consumerKeyOrigin);
    out.consumerKey = SecretBytes::fromString(ck);
    wipe(ck);
    if (out.endpoint.isEmpty() && !out.isEmpty())
        out.endpoint = u"ovh-eu"_s; // the official clients' default, and SecNumCloud's region

    // Warn only about files that actually provided something secret.
    for (const OvhConfigFile &f : std::as_const(out.files)) {
        const bool gaveSecret = f.path == out.applicationSecretOrigin
                || f.path == out.consumerKeyOrigin;
        if (f.tooPermissive && gaveSecret)
            out.warnings.append(tr("The file %1 can be read by other users of this computer and "
                                   "holds secrets. Move them into the system keychain, then "
                                   "delete the file or restrict it to yourself.", "@info")
                                        .arg(QDir::toNativeSeparators(f.path)));
    }
    QString oauthOrigin;
    if (!lookup(u"OVH_CLIENT_ID"_s, section, u"client_id"_s, &oauthOrigin).isEmpty())
        out.warnings.append(tr("An OAuth2 client (service account) is configured in %1; the "
                               "wizard uses application keys and ignores it.", "@info")
                                    .arg(oauthOrigin));
    for (LoadedFile &f : loaded)
        wipeValues(f.ini);
    return out;
}

QStringList OvhConfigImport::describe(const OvhImportedConfig &cfg)
{
    QStringList report;
    if (cfg.isEmpty()) {
        report << tr("No OVH_* environment variable and no ovh.conf file was found.", "@info");
        report << cfg.warnings;
        return report;
    }
    const QString endpoint = cfg.endpoint.isEmpty() ? u"ovh-eu"_s : cfg.endpoint;
    const Endpoint known = Endpoint::forId(endpoint);
    if (known.isValid()) {
        report << tr("Region: %1 (from %2)", "@info").arg(known.displayName(),
                                                           cfg.endpointOrigin.isEmpty() ? tr("default", "@info origin") : cfg.endpointOrigin);
    } else {
        report << tr("The endpoint “%1” is not an OVHcloud region the wizard knows; choose "
                     "the region yourself.", "@info").arg(endpoint);
    }
    if (!cfg.applicationKey.isEmpty())
        report << tr("Application key: from %1", "@info").arg(cfg.applicationKeyOrigin);
    if (!cfg.applicationSecret.isEmpty())
        report << tr("Application secret: from %1", "@info").arg(cfg.applicationSecretOrigin);
    if (!cfg.consumerKey.isEmpty())
        report << tr("Consumer key: from %1 (it will be checked when you connect)", "@info")
                          .arg(cfg.consumerKeyOrigin);
    if (cfg.secretsInFiles())
        report << tr("Some secrets came from a file: once connected they are kept in the "
                     "system keychain, and you can delete them from the file.", "@info");
    report << cfg.warnings;
    return report;
}

} // namespace snc
