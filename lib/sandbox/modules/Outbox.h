// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxModule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace snc::sandbox {

/**
 * @brief The practising user's phone and mailbox: every SMS and e-mail the simulated OVHcloud
 * "sends" lands here, so a person (the wizard's side panel) or the autopilot can read the codes.
 *
 * `GET /sandbox/outbox[?since=<id>]` (introspection: loopback only, never faulted) answers the
 * messages in sending order, oldest first, optionally only those with an id greater than
 * `since`:
 *
 *     [{"id":3,"channel":"sms","to":"+33.612345678","subject":null,
 *       "body":"OVHcloud - Hosted Private Cloud - …","code":"540427",
 *       "sentAt":"2026-01-08T10:00:00+00:00","taskId":4091003}, …]
 *
 * `channel` is "sms" or "email"; `subject` is null for an SMS; `code` is the one code the
 * message carries (null if none), so readers need not parse the body; `taskId` is present on
 * operation-validation SMS only. `sentAt` is sandbox time. Messages persist with the state
 * (key "outbox"); the list keeps the last 200.
 */
class Outbox : public SandboxModule
{
public:
    struct Message
    {
        qint64 id = 0;
        QString channel;
        QString to;
        QString subject;
        QString body;
        QString code;
        qint64 sentMs = 0;
        qint64 taskId = 0;
    };

    static constexpr int maxMessages = 200;

    void attach(SandboxContext *context) override;
    void registerRoutes(Router &router) override;

    QString stateKey() const override { return QStringLiteral("outbox"); }
    QJsonValue saveState() const override;
    void loadState(const QJsonValue &value) override;

    /// Adds an SMS; returns its id.
    qint64 sendSms(const QString &to, const QString &body, const QString &code, qint64 taskId = 0);
    /// Adds an e-mail; returns its id.
    qint64 sendEmail(const QString &to, const QString &subject, const QString &body,
                     const QString &code);

    const QList<Message> &messages() const { return m_messages; }
    static QJsonObject toJson(const Message &message);

private:
    qint64 add(Message message);

    SandboxContext *m_context = nullptr;
    QList<Message> m_messages;
    qint64 m_nextId = 1;
};

} // namespace snc::sandbox
