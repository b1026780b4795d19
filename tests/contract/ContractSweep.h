// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// tst_contract's second capture: a fresh `snc-sandbox --record-answers` read route by route, so
// that the models of routes the autopilot run does not read (GET /auth/details, the service's
// security options, a datacenter…) are checked as delivered. Calls are signed here with
// QCryptographicHash, never with the wizard's signer. Test code only: it may block.

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace snc::test {

class ContractSweep
{
public:
    /// Starts the sandbox recording to `capture`; false with `error`.
    bool start(const QString &sandbox, const QString &capture, QString *error)
    {
        m_process.start(sandbox, {QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--record-answers"), capture});
        if (!m_process.waitForStarted(30000) || !m_process.waitForReadyRead(30000)) {
            *error = QStringLiteral("snc-sandbox did not start: ") + m_process.errorString();
            return false;
        }
        QByteArray line = m_process.readLine();
        while (!line.endsWith('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readLine();
        m_info = QJsonDocument::fromJson(line).object();
        m_serverTime = call("GET", QStringLiteral("/1.0/auth/time"), false).toInteger();
        if (m_serverTime <= 0)
            *error = QStringLiteral("no JSON line or no /auth/time from snc-sandbox");
        return m_serverTime > 0;
    }

    ~ContractSweep()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    /// Reads every delivered object once (lists first, then each id they give), then logs out.
    void readEverything()
    {
        const QString sn = QStringLiteral("/1.0/dedicatedCloud/")
                + call("GET", QStringLiteral("/1.0/dedicatedCloud")).toArray().first().toString();
        for (const char *path : {"/1.0/me", "/1.0/auth/currentCredential", "/1.0/auth/details"})
            call("GET", QString::fromLatin1(path));
        for (const char *sub : {"", "/securityOptions", "/securityOptions/pendingOptions",
                                "/securityOptions/compatibilityMatrix?showIncompatible=true",
                                "/securityOptions/dependenciesTree?option=snc", "/passwordPolicy",
                                "/vmEncryption", "/vmEncryption/kms", "/allowedNetwork", "/task"})
            call("GET", sn + QString::fromLatin1(sub));
        for (const QJsonValue &id : call("GET", sn + QStringLiteral("/user")).toArray())
            call("GET", sn + QStringLiteral("/user/%1").arg(id.toInteger()));
        for (const QJsonValue &id : call("GET", sn + QStringLiteral("/datacenter")).toArray()) {
            call("GET", sn + QStringLiteral("/datacenter/%1").arg(id.toInteger()));
            call("GET", sn + QStringLiteral("/datacenter/%1/privateGateway").arg(id.toInteger()));
        }
        for (const QJsonValue &block : call("GET", sn + QStringLiteral("/ip")).toArray()) {
            const QString network = QString::fromLatin1(QUrl::toPercentEncoding(block.toString()));
            call("GET", sn + QStringLiteral("/ip/") + network);
            call("GET", sn + QStringLiteral("/ip/") + network + QStringLiteral("/details"));
        }
        call("POST", QStringLiteral("/1.0/me/geolocation"));
        call("POST", QStringLiteral("/1.0/auth/logout"));
    }

private:
    QJsonValue call(const QByteArray &method, const QString &pathAndQuery, bool sign = true)
    {
        const QUrl url = QUrl::fromEncoded(m_info.value(QStringLiteral("url")).toString().toUtf8()
                                           + pathAndQuery.toUtf8());
        QNetworkRequest request(url);
        request.setRawHeader("X-Ovh-Application", m_info.value(QStringLiteral("applicationKey")).toString().toUtf8());
        if (sign) {
            const QByteArray as = m_info.value(QStringLiteral("applicationSecret")).toString().toUtf8();
            const QByteArray ck = m_info.value(QStringLiteral("consumerKey")).toString().toUtf8();
            const QByteArray ts = QByteArray::number(m_serverTime);
            const QByteArray text = as + '+' + ck + '+' + method + '+' + url.toEncoded() + "++" + ts;
            request.setRawHeader("X-Ovh-Consumer", ck);
            request.setRawHeader("X-Ovh-Timestamp", ts);
            request.setRawHeader("X-Ovh-Signature",
                                 "$1$" + QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonValue value = QJsonDocument::fromJson('[' + reply->readAll() + ']').array().at(0);
        reply->deleteLater();
        return value;
    }

    QProcess m_process;
    QJsonObject m_info;
    QNetworkAccessManager m_nam;
    qint64 m_serverTime = 0;
};

} // namespace snc::test
