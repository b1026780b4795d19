// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace snc {

namespace {
/// Long enough for a loaded CI machine, short enough that a wrong endpoint is refused promptly.
constexpr int kTimeoutMs = 10000;
/// The sandbox's statistics are a few kilobytes; anything far larger is not them.
constexpr qint64 kMaxBody = 4 * 1024 * 1024;
} // namespace

SandboxCheck::SandboxCheck(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    connect(m_nam, &QNetworkAccessManager::finished, this, &SandboxCheck::onFinished);
}

SandboxCheck::~SandboxCheck() = default;

QUrl SandboxCheck::statsUrl(const QUrl &base)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/sandbox/stats"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool SandboxCheck::isSandboxStats(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    return o.value(QLatin1String("requestsPerRoute")).isObject() && o.value(QLatin1String("totalRequests")).isDouble()
            && o.value(QLatin1String("duplicateCreations")).isDouble();
}

void SandboxCheck::start(const QUrl &base, const QList<QSslCertificate> &cas)
{
    QNetworkRequest request(statsUrl(base));
    // A redirect could lead from a sandbox-looking address to anything: the answer must come
    // from the endpoint itself.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (request.url().scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!cas.isEmpty())
            tls.setCaCertificates(cas);
        request.setSslConfiguration(tls);
    }
    m_nam->get(request);
}

void SandboxCheck::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString url = reply->url().toDisplayString(QUrl::RemoveUserInfo);
    if (reply->error() != QNetworkReply::NoError) {
        emit finished(false, QStringLiteral("%1 did not answer as the sandbox does: %2").arg(url, reply->errorString()));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxBody);
    if (status != 200 || !isSandboxStats(body)) {
        emit finished(false, QStringLiteral("%1 answered HTTP %2 without the sandbox's statistics").arg(url).arg(status));
        return;
    }
    emit finished(true, QString());
}

} // namespace snc
