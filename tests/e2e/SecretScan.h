// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the secret scans (tst_secretscan, tst_secretscan_production): the secrets of a run
// collected from the sandbox's JSON, the forms a leak may take, and the search itself.
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace e2e {

struct Secret
{
    QString what;
    QByteArray value;
};

/// Every string under `value` whose key path matches `pred`, collected into `out`.
inline void collect(const QJsonValue &value, const QString &path, QList<Secret> &out,
                    const std::function<bool(const QString &)> &pred)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), path + QLatin1Char('/') + it.key(), out, pred);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            collect(a.at(i), path + QLatin1Char('/'), out, pred);
    } else if (value.isString() && !value.toString().isEmpty() && pred(path)) {
        out.append({path, value.toString().toUtf8()});
    }
}

/// The forms a secret may take in a file: raw, base64 (std and url), hex, percent-encoded.
inline QList<QByteArray> encodings(const QByteArray &raw)
{
    QList<QByteArray> forms{raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                            raw.toHex(), raw.toHex().toUpper(), QUrl::toPercentEncoding(QString::fromUtf8(raw))};
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

/// The base64 body of a PEM block, one line each (a leak may be re-wrapped: lines are searched).
inline QList<QByteArray> pemBodyLines(const QByteArray &pem)
{
    QList<QByteArray> lines;
    for (const QByteArray &l : pem.split('\n')) {
        const QByteArray t = l.trimmed();
        if (!t.isEmpty() && !t.startsWith("-----") && t.size() >= 40)
            lines.append(t);
    }
    return lines;
}

/// A named haystack: a file (relative path) or a captured stream ("<stdout+stderr>").
using Haystack = QPair<QString, QByteArray>;

/// Every file under `root`, hidden ones included, but `skip`, named relative to `root`.
inline QList<Haystack> filesUnder(const QString &root, const QString &skip = QString())
{
    QList<Haystack> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == skip)
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.append({QDir(root).relativeFilePath(path), f.readAll()});
    }
    return out;
}

/// `form` in `content`. A form made of digits only (a 6-digit code) counts only with no digit on
/// either side: a longer number (a timestamp, a byte count) that contains it is not a leak.
inline bool containsSecret(const QByteArray &content, const QByteArray &form)
{
    const bool digits = std::all_of(form.cbegin(), form.cend(), [](char c) { return c >= '0' && c <= '9'; });
    for (qsizetype at = content.indexOf(form); at >= 0; at = content.indexOf(form, at + 1)) {
        if (!digits)
            return true;
        const qsizetype end = at + form.size();
        const bool digitBefore = at > 0 && content.at(at - 1) >= '0' && content.at(at - 1) <= '9';
        const bool digitAfter = end < content.size() && content.at(end) >= '0' && content.at(end) <= '9';
        if (!digitBefore && !digitAfter)
            return true;
    }
    return false;
}

/// "<secret> found in <haystack>" for each form of each secret found, but where `allowed` says
/// that secret may be (e.g. the PSK in the swanctl.conf the user saved).
inline QStringList findSecrets(const QList<Secret> &secrets, const QList<Haystack> &haystacks,
                               const std::function<bool(const Secret &, const QString &)> &allowed = {})
{
    QStringList hits;
    for (const Secret &secret : secrets) {
        for (const QByteArray &form : encodings(secret.value)) {
            for (const auto &[name, content] : haystacks) {
                if (allowed && allowed(secret, name))
                    continue;
                if (containsSecret(content, form))
                    hits << QStringLiteral("%1 found in %2").arg(secret.what, name);
            }
        }
    }
    hits.removeDuplicates();
    return hits;
}

} // namespace e2e
