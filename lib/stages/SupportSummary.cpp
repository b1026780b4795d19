// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportSummary.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Redaction.h"
#include "stages/PageStatus.h"
#include "stages/StageContext.h"
#include "stages/StatusAudit.h"
#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

namespace snc {

SupportSummary::SupportSummary(WizardController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
}

void SupportSummary::collect()
{
    m_tasks.clear();
    if (!m_controller) {
        emit ready(text());
        return;
    }
    StageContext *ctx = m_controller->context();
    const QString service = ctx->serviceName();
    const auto tasks = m_controller->settings()->pendingTasks(service);
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it)
        m_tasks << PendingTask{it.key(), it.value(), QStringLiteral("unknown")};
    m_waiting = int(m_tasks.size());
    if (m_waiting == 0 || !ctx->api() || service.isEmpty()) {
        emit ready(text());
        return;
    }
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        ApiCall *call = ctx->api()->get(ctx->servicePath() + QStringLiteral("/task/%1").arg(m_tasks.at(i).id));
        call->onFinished(this, [this, i](const Result<QJsonValue> &r) {
            if (i < m_tasks.size()) {
                m_tasks[i].state = r.ok() ? r.value().toObject().value(QStringLiteral("state")).toString()
                                          : QStringLiteral("%1 (HTTP %2, query id %3)")
                                                .arg(ApiError::kindName(r.error().kind))
                                                .arg(r.error().httpStatus)
                                                .arg(r.error().queryId);
            }
            if (--m_waiting == 0)
                emit ready(text());
        });
    }
}

QString SupportSummary::reference() const
{
    const QByteArray hash = QCryptographicHash::hash(body().toUtf8(), QCryptographicHash::Sha256);
    const int screen = m_controller ? m_controller->currentPage() : 0;
    return QStringLiteral("S%1-%2").arg(screen).arg(QString::fromLatin1(hash.toHex().left(4).toUpper()));
}

QString SupportSummary::text() const
{
    return QStringLiteral("Reference: %1\n%2").arg(reference(), body());
}

QString SupportSummary::body() const
{
    QStringList lines;
    // Not translated on purpose: support reads it, whatever the customer's language; the stage
    // titles and states below are in the interface's language, as the customer sees them.
    lines << QStringLiteral("SecNumCloud Onboarding Wizard %1").arg(QCoreApplication::applicationVersion());
    lines << QStringLiteral("System: %1 (%2 %3), Qt %4")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                      QString::fromLatin1(qVersion()));
    lines << QStringLiteral("Language: %1").arg(QLocale().name());
    if (!m_controller)
        return lines.join(QLatin1Char('\n'));
    StageContext *ctx = m_controller->context();
    ConnectionModel *connection = m_controller->connection();
    // Where the customer is and what the screen says, first: support points from there.
    const StageModel *current = m_controller->stage(m_controller->currentPage());
    lines << QStringLiteral("Screen: %1").arg(m_controller->currentPage());
    lines << QStringLiteral("Status line: %1").arg(PageStatus::of(current).text);
    const QString next = m_controller->nextBlockedReason();
    lines << QStringLiteral("Next: %1").arg(next.isEmpty() ? QStringLiteral("enabled") : next);
    lines << QStringLiteral("Last error on this screen: %1")
                     .arg(current && current->hasError() ? current->lastErrorMessage() : QStringLiteral("none"));
    lines << QStringLiteral("Region: %1%2").arg(connection->endpointId(),
                                                ctx->isPracticeSandbox() ? QStringLiteral(" (practice sandbox)") : QString());
    lines << QStringLiteral("Connection: %1").arg(connection->stateText());
    lines << QStringLiteral("Account: %1").arg(connection->nicHandle());
    lines << QStringLiteral("Service: %1").arg(ctx->serviceName());
    // The names as OVHcloud's API gave them (their TLD varies), for the ticket and the hosts file.
    const ServiceHosts hosts = ctx->serviceHosts();
    lines << QStringLiteral("Host names (from the API): %1")
                     .arg(!hosts.isKnown()    ? QStringLiteral("not read")
                          : hosts.nsxtRead ? hosts.vsphereHostNames().join(QStringLiteral(", "))
                                           : QStringLiteral("%1 (NSX-T not read yet)").arg(hosts.pccFqdn()));
    if (ctx->api())
        lines << QStringLiteral("Clock offset with OVHcloud: %1 s").arg(ctx->api()->timeDeltaSeconds());
    lines << QStringLiteral("Stages:");
    QStringList errors;
    const auto describeError = [&errors](const ApiError &e, const QString &name) {
        errors << QStringLiteral("  %1: %2 (HTTP %3, %4, query id %5): %6")
                      .arg(name, ApiError::kindName(e.kind))
                      .arg(e.httpStatus)
                      .arg(e.errorCode.isEmpty() ? QStringLiteral("-") : e.errorCode,
                           e.queryId.isEmpty() ? QStringLiteral("-") : e.queryId, e.userMessage());
    };
    if (connection->hasError())
        describeError(connection->lastError(), QStringLiteral("connection"));
    // The stages' states as the support audit (snc-wizard --status) reads them.
    const auto entries = StatusAudit::stageEntries(m_controller);
    for (const StatusAudit::StageEntry &e : entries) {
        if (!e.exists)
            continue;
        // A stage OVHcloud has done but the customer has not confirmed is what the screen says:
        // waiting for them.
        const QString state = e.awaitsManualStep
                ? QStringLiteral("%1 (OVHcloud's part done)").arg(StageModel::statusName(StageModel::Status::WaitingForUser))
                : StageModel::statusName(StageModel::Status(e.status));
        lines << QStringLiteral("  %1. %2: %3 — %4").arg(e.number).arg(e.title, state, e.statusText);
        if (e.error)
            describeError(*e.error, QStringLiteral("stage %1").arg(e.number));
    }
    lines << QStringLiteral("Pending tasks:");
    if (m_tasks.isEmpty())
        lines << QStringLiteral("  none");
    for (const PendingTask &t : m_tasks)
        lines << QStringLiteral("  %1: task %2, %3").arg(t.key).arg(t.id).arg(t.state);
    lines << QStringLiteral("Last errors:");
    if (errors.isEmpty())
        lines << QStringLiteral("  none");
    lines << errors;
    return redaction::redact(lines.join(QLatin1Char('\n')));
}

} // namespace snc
