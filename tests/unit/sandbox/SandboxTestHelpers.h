// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Raw HTTP(S) calls to a sandbox for its tests: signatures computed here with
// QCryptographicHash (never with snc_api nor the sandbox's own verifier).

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

namespace snc::test {

struct SandboxKeys
{
    QUrl url;
    QString applicationKey;
    QString applicationSecret;
    QString consumerKey;
};

struct RawReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

inline QByteArray ovhTestSignature(const QString &as, const QString &ck, const QByteArray &method,
                                   const QByteArray &url, const QByteArray &body, qint64 ts)
{
    const QByteArray text = as.toUtf8() + '+' + ck.toUtf8() + '+' + method + '+' + url + '+'
            + body + '+' + QByteArray::number(ts);
    return "$1$" + QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

/// Sends one request and waits for its end (tests only: QSignalSpy spins the event loop).
inline RawReply rawCall(QNetworkAccessManager &nam, QNetworkRequest request,
                        const QByteArray &method, const QByteArray &body = {})
{
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qWarning("request timed out");
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

/// A signed request with the given keys; `serverTime` = the sandbox's /auth/time.
inline QNetworkRequest signedRequest(const SandboxKeys &keys, const QByteArray &method,
                                     const QString &path, qint64 serverTime,
                                     const QByteArray &body = {},
                                     const QSslConfiguration &ssl = QSslConfiguration::defaultConfiguration())
{
    QUrl url = keys.url;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setSslConfiguration(ssl);
    req.setRawHeader("Content-Type", "application/json");
    req.setRawHeader("X-Ovh-Application", keys.applicationKey.toLatin1());
    req.setRawHeader("X-Ovh-Consumer", keys.consumerKey.toLatin1());
    req.setRawHeader("X-Ovh-Timestamp", QByteArray::number(serverTime));
    req.setRawHeader("X-Ovh-Signature",
                     ovhTestSignature(keys.applicationSecret, keys.consumerKey, method,
                                      url.toEncoded(), body, serverTime));
    return req;
}

/// A signed call with the given keys, waited for; `serverTime` = the sandbox's /auth/time.
inline RawReply signedCall(QNetworkAccessManager &nam, const SandboxKeys &keys,
                           const QByteArray &method, const QString &path, qint64 serverTime,
                           const QByteArray &body = {},
                           const QSslConfiguration &ssl = QSslConfiguration::defaultConfiguration())
{
    return rawCall(nam, signedRequest(keys, method, path, serverTime, body, ssl), method, body);
}

} // namespace snc::test
