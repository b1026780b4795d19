// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "core/Log.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClock.h"

#include <QJsonArray>

namespace snc::sandbox {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

void Outbox::attach(SandboxContext *context)
{
    m_context = context;
}

void Outbox::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/sandbox/outbox"), RouteAccess::Introspection,
               [this](SandboxRequest &request) {
                   qint64 since = 0;
                   if (request.query.hasQueryItem(QStringLiteral("since"))) {
                       bool ok = false;
                       since = request.query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
                       if (!ok)
                           return SandboxResponse::error(
                                   400, QStringLiteral("Invalid parameter since: expected a message id"));
                   }
                   QJsonArray list;
                   for (const Message &m : std::as_const(m_messages)) {
                       if (m.id > since)
                           list.append(toJson(m));
                   }
                   return SandboxResponse::json(list);
               });
}

QJsonObject Outbox::toJson(const Message &m)
{
    QJsonObject o{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("channel"), m.channel},
            {QStringLiteral("to"), m.to},
            {QStringLiteral("subject"), orNull(m.subject)},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("code"), orNull(m.code)},
            {QStringLiteral("sentAt"), SandboxClock::isoDate(m.sentMs)},
    };
    if (m.taskId > 0)
        o.insert(QStringLiteral("taskId"), m.taskId);
    return o;
}

qint64 Outbox::add(Message message)
{
    message.id = m_nextId++;
    message.sentMs = m_context && m_context->clock ? m_context->clock->nowMs() : 0;
    // Only the channel is logged: the body holds codes.
    qCDebug(lcSandbox) << "outbox:" << message.channel << "message" << message.id;
    const qint64 id = message.id;
    m_messages.append(std::move(message));
    while (m_messages.size() > maxMessages)
        m_messages.removeFirst();
    if (m_context && m_context->state)
        m_context->mutated();
    return id;
}

qint64 Outbox::sendSms(const QString &to, const QString &body, const QString &code, qint64 taskId)
{
    Message m;
    m.channel = QStringLiteral("sms");
    m.to = to;
    m.body = body;
    m.code = code;
    m.taskId = taskId;
    return add(std::move(m));
}

qint64 Outbox::sendEmail(const QString &to, const QString &subject, const QString &body,
                         const QString &code)
{
    Message m;
    m.channel = QStringLiteral("email");
    m.to = to;
    m.subject = subject;
    m.body = body;
    m.code = code;
    return add(std::move(m));
}

QJsonValue Outbox::saveState() const
{
    QJsonArray list;
    for (const Message &m : m_messages) {
        QJsonObject o = toJson(m);
        o.insert(QStringLiteral("sentMs"), m.sentMs);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("nextId"), m_nextId}, {QStringLiteral("messages"), list}};
}

void Outbox::loadState(const QJsonValue &value)
{
    const QJsonObject root = value.toObject();
    m_messages.clear();
    m_nextId = qMax<qint64>(1, root.value(QStringLiteral("nextId")).toInteger(1));
    const QJsonArray list = root.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Message m;
        m.id = o.value(QStringLiteral("id")).toInteger();
        m.channel = o.value(QStringLiteral("channel")).toString();
        m.to = o.value(QStringLiteral("to")).toString();
        m.subject = o.value(QStringLiteral("subject")).toString();
        m.body = o.value(QStringLiteral("body")).toString();
        m.code = o.value(QStringLiteral("code")).toString();
        m.sentMs = o.value(QStringLiteral("sentMs")).toInteger();
        m.taskId = o.value(QStringLiteral("taskId")).toInteger();
        if (m.id <= 0)
            continue;
        m_nextId = qMax(m_nextId, m.id + 1);
        m_messages.append(std::move(m));
    }
}

} // namespace snc::sandbox
