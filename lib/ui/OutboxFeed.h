// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace snc {

/// One SMS or e-mail the practice sandbox "sent" to the demo user.
struct OutboxMessage
{
    enum class Channel { Sms, Email, Other };
    QString id;
    Channel channel = Channel::Other;
    QString to;
    QString subject;
    QString body;
    QDateTime sentAt;
    QString code; ///< the code the message carries (explicit field, else found in the text)

    /// Parses one message of GET /sandbox/outbox (tolerant about field names).
    static OutboxMessage fromJson(const QJsonValue &value);
    /// The code in a text: the last stand-alone group of 6 digits ("123 456" counts too).
    static QString findCode(const QString &text);
};

/**
 * @brief Reads the practice sandbox's outbox (`GET <sandbox>/sandbox/outbox`, loopback
 * introspection, unsigned) every 2 seconds, asynchronously, with the sandbox CA pinned.
 *
 * Only for the sandbox: the outbox holds the codes a practising user would receive by SMS and
 * e-mail. Never logs message bodies. One request at a time; a failed poll keeps the last list
 * and says so in lastError(). Owns its QNetworkAccessManager.
 */
class OutboxFeed : public QObject
{
    Q_OBJECT
public:
    /// `nam` is the application's network manager (not owned; outlives the feed).
    OutboxFeed(QNetworkAccessManager *nam, const QUrl &sandboxBase,
               const QList<QSslCertificate> &caCertificates, QObject *parent = nullptr);
    ~OutboxFeed() override;

    /// The sandbox's control secret (X-Sandbox-Control header), sent with every poll: the outbox
    /// is a control route (issue 15, item 9).
    void setControlSecret(const SecretBytes &secret) { m_controlSecret = secret.clone(); }
    /// Polls another sandbox from now on (the practice sandbox was started again).
    void setSandbox(const QUrl &sandboxBase, const QList<QSslCertificate> &caCertificates, const SecretBytes &secret);

    void start(int intervalMs = 2000);
    void stop();
    /// Polls now (if no poll is in flight).
    void pollNow();
    /**
     * @brief Tells the sandbox that the person practising has configured vCenter for
     * `serviceName` (`POST <sandbox>/sandbox/okms/vcenter {"serviceName"}`, a control route):
     * on OVHcloud the KMS registration of stage 5 waits for that, and in practice there is no
     * vCenter to configure. vcenterConfirmed(ok) when answered.
     */
    void confirmVcenterConfigured(const QString &serviceName);

    QList<OutboxMessage> messages() const { return m_messages; }
    /// The newest message of `channel` whose position in messages() is >= `fromIndex`, or null.
    const OutboxMessage *latest(OutboxMessage::Channel channel, int fromIndex = 0) const;
    QString lastError() const { return m_lastError; }
    /// Takes one answer of GET /sandbox/outbox (its JSON body) as the poll does: messagesChanged()
    /// when it differs from the last one. Public for tests and replays.
    void ingest(const QByteArray &body);

signals:
    void messagesChanged();
    /// A poll ended (ok or not); for tests and the autopilot.
    void polled(bool ok);
    void vcenterConfirmed(bool ok);

private:
    SecretBytes m_controlSecret;
    void onReply();

    QUrl m_url;
    QList<QSslCertificate> m_cas;
    QNetworkAccessManager *m_nam;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;
    QList<OutboxMessage> m_messages;
    QByteArray m_lastBody;
    QString m_lastError;
};

} // namespace snc
