// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxFeed.h"

#include "core/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

namespace snc {

namespace {

QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble())
            return QString::number(qint64(v.toDouble()));
    }
    return {};
}

} // namespace

OutboxMessage OutboxMessage::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    OutboxMessage m;
    m.id = firstString(o, {"id", "messageId"});
    const QString channel = firstString(o, {"channel", "kind", "type", "medium"}).toLower();
    if (channel.contains(QLatin1String("sms")) || channel.contains(QLatin1String("phone")))
        m.channel = Channel::Sms;
    else if (channel.contains(QLatin1String("mail")))
        m.channel = Channel::Email;
    m.to = firstString(o, {"to", "recipient", "phoneNumber", "email", "address"});
    m.subject = firstString(o, {"subject", "title"});
    m.body = firstString(o, {"body", "text", "message", "content"});
    const QJsonValue when = o.value(QLatin1String("sentAt")).isUndefined()
            ? o.value(QLatin1String("date"))
            : o.value(QLatin1String("sentAt"));
    if (when.isDouble())
        m.sentAt = QDateTime::fromMSecsSinceEpoch(qint64(when.toDouble()), Qt::UTC);
    else
        m.sentAt = QDateTime::fromString(when.toString(), Qt::ISODateWithMs);
    m.code = firstString(o, {"code", "token"});
    if (m.code.isEmpty())
        m.code = findCode(m.body);
    return m;
}

QString OutboxMessage::findCode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<![\\d.])(\\d{3}) ?(\\d{3})(?![\\d.])"));
    QString found;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        found = match.captured(1) + match.captured(2);
    }
    return found;
}

OutboxFeed::OutboxFeed(QNetworkAccessManager *nam, const QUrl &sandboxBase,
                       const QList<QSslCertificate> &caCertificates, QObject *parent)
    : QObject(parent), m_cas(caCertificates), m_nam(nam),
      m_timer(new QTimer(this))
{
    m_url = sandboxBase;
    m_url.setPath(QStringLiteral("/sandbox/outbox"));
    connect(m_timer, &QTimer::timeout, this, &OutboxFeed::pollNow);
}

void OutboxFeed::setSandbox(const QUrl &sandboxBase, const QList<QSslCertificate> &caCertificates,
                            const SecretBytes &secret)
{
    QUrl url = sandboxBase;
    url.setPath(QStringLiteral("/sandbox/outbox"));
    if (url == m_url && caCertificates == m_cas)
        return;
    if (m_reply)
        m_reply->abort();
    m_url = url;
    m_cas = caCertificates;
    m_controlSecret = secret.clone();
}

OutboxFeed::~OutboxFeed()
{
    if (m_reply)
        m_reply->abort();
}

void OutboxFeed::start(int intervalMs)
{
    m_timer->start(intervalMs);
    pollNow();
}

void OutboxFeed::stop()
{
    m_timer->stop();
    if (m_reply)
        m_reply->abort();
}

void OutboxFeed::pollNow()
{
    if (m_reply)
        return;
    QNetworkRequest request(m_url);
    if (!m_controlSecret.isEmpty())
        request.setRawHeader("X-Sandbox-Control", m_controlSecret.expose());
    request.setTransferTimeout(5000);
    if (!m_cas.isEmpty()) {
        // Exactly the sandbox's CA, as for the API client: verification stays on.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_cas);
        request.setSslConfiguration(ssl);
    }
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &OutboxFeed::onReply);
}

void OutboxFeed::confirmVcenterConfigured(const QString &serviceName)
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/sandbox/okms/vcenter"));
    QNetworkRequest request(url);
    if (!m_controlSecret.isEmpty())
        request.setRawHeader("X-Sandbox-Control", m_controlSecret.expose());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    if (!m_cas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_cas);
        request.setSslConfiguration(ssl);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("serviceName"), serviceName}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCInfo(lcUi) << "practice: vCenter configured" << status;
        emit vcenterConfirmed(reply->error() == QNetworkReply::NoError && status >= 200 && status < 300);
    });
}

void OutboxFeed::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        m_lastError = reply->errorString();
        qCDebug(lcUi) << "outbox poll failed:" << reply->error();
        emit polled(false);
        return;
    }
    m_lastError.clear();
    ingest(reply->readAll());
    emit polled(true);
}

void OutboxFeed::ingest(const QByteArray &body)
{
    if (body != m_lastBody) {
        m_lastBody = body;
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QJsonArray array = doc.array();
        if (doc.isObject())
            array = doc.object().value(QLatin1String("messages")).toArray();
        QList<OutboxMessage> messages;
        for (const QJsonValue &v : std::as_const(array))
            messages.append(OutboxMessage::fromJson(v));
        m_messages = messages;
        emit messagesChanged();
    }
}

const OutboxMessage *OutboxFeed::latest(OutboxMessage::Channel channel, int fromIndex) const
{
    for (int i = int(m_messages.size()) - 1; i >= qMax(0, fromIndex); --i) {
        if (m_messages.at(i).channel == channel)
            return &m_messages.at(i);
    }
    return nullptr;
}

} // namespace snc
