// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {

// Answer fields whose value is a secret: the contract test needs their type, never their value.
const QStringList &secretFields()
{
    static const QStringList names{u"consumerKey"_s, u"privateKeyPEM"_s};
    return names;
}

} // namespace

bool AnswerRecorder::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    return true;
}

bool AnswerRecorder::isApiPath(const QString &path)
{
    for (const QString &prefix : {u"/1.0/"_s, u"/v1/"_s, u"/v2/"_s}) {
        if (path.startsWith(prefix))
            return true;
    }
    return false;
}

QJsonValue AnswerRecorder::parseAnyJson(const QByteArray &body)
{
    // QJsonDocument only reads arrays and objects: wrap the body so that "1733400000",
    // "\"text\"" and "null" (answers of /auth/time, logout…) are read too.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Null);
    return doc.array().first();
}

QJsonValue AnswerRecorder::withoutSecrets(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutSecrets(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (secretFields().contains(it.key()) && it.value().isString())
            it.value() = u"<redacted>"_s;
        else
            it.value() = withoutSecrets(it.value());
    }
    return out;
}

void AnswerRecorder::record(const QByteArray &method, const QString &path, const QString &query,
                            const QString &routeKey, int status, const QByteArray &contentType,
                            const QByteArray &body)
{
    if (!m_file.isOpen() || !isApiPath(path))
        return;
    const bool json = contentType.startsWith("application/json");
    const QJsonObject line{
            {u"method"_s, QString::fromLatin1(method)},
            {u"path"_s, path},
            {u"query"_s, query},
            {u"route"_s, routeKey},
            {u"status"_s, status},
            {u"body"_s, json ? withoutSecrets(parseAnyJson(body)) : QJsonValue(QJsonValue::Null)},
    };
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace snc::sandbox
