// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusAudit.h"

#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"

#include <QJsonArray>

namespace snc {

StatusAudit::StatusAudit(WizardController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
}

void StatusAudit::run(const QString &serviceName, SecretBytes consumerKey)
{
    if (m_running || !m_controller)
        return;
    m_running = true;
    m_ok = false;
    m_error.clear();
    m_requestedService = serviceName;
    ConnectionModel *connection = m_controller->connection();
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(connection, &StageModel::refreshed, this, [this, once](bool ok) {
        QObject::disconnect(*once);
        onConnected(ok);
    });
    if (!consumerKey.isEmpty()) {
        connection->setEndpointId(ConnectionModel::sandboxEndpointId());
        connection->useConsumerKey(std::move(consumerKey));
    } else {
        connection->resume();
    }
}

void StatusAudit::onConnected(bool ok)
{
    ConnectionModel *connection = m_controller->connection();
    if (!ok || connection->state() != ConnectionModel::State::Connected) {
        finish(false, connection->hasError()
                          ? connection->lastErrorMessage()
                          : tr("Not connected: %1", "@error status audit").arg(connection->stateText()));
        return;
    }
    QString service = m_requestedService;
    if (service.isEmpty())
        service = connection->selectedServiceName();
    if (service.isEmpty() && connection->services().size() == 1)
        service = connection->services().constFirst().serviceName;
    if (service.isEmpty()) {
        finish(false, tr("Several services are on this account: choose one with --service.",
                         "@error status audit"));
        return;
    }
    connection->selectService(service);
    if (m_controller->context()->serviceName() != service) {
        finish(false, connection->lastErrorMessage());
        return;
    }
    connect(m_controller, &WizardController::refreshAllFinished, this, [this] { finish(true); },
            Qt::SingleShotConnection);
    m_controller->refreshAll();
}

void StatusAudit::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_ok = ok;
    m_error = error;
    emit finished(ok);
}

QString StatusAudit::stateId(int status)
{
    switch (StageModel::Status(status)) {
    case StageModel::Status::Unknown:
        return QStringLiteral("unknown");
    case StageModel::Status::NotStarted:
        return QStringLiteral("notStarted");
    case StageModel::Status::InProgress:
        return QStringLiteral("inProgress");
    case StageModel::Status::WaitingForUser:
        return QStringLiteral("waitingForUser");
    case StageModel::Status::Done:
        return QStringLiteral("done");
    case StageModel::Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

QList<StatusAudit::StageEntry> StatusAudit::stageEntries(const WizardController *controller)
{
    QList<StageEntry> entries;
    if (!controller)
        return entries;
    for (int n = 1; n <= WizardController::stageCount; ++n) {
        StageEntry e;
        e.number = n;
        e.stateId = stateId(int(StageModel::Status::Unknown));
        if (StageModel *stage = controller->stage(n)) {
            e.exists = true;
            e.title = stage->title();
            e.hasManualStep = stage->hasManualStep();
            e.manualStepConfirmed = e.hasManualStep && stage->isManualStepConfirmed();
            e.awaitsManualStep = stage->awaitsManualStep();
            // The state as the API says it; a confirmation missing on this computer is told apart.
            e.status = int(e.awaitsManualStep ? StageModel::Status::Done : stage->status());
            e.stateId = stateId(e.status);
            e.statusText = stage->statusText();
            if (stage->hasError())
                e.error = stage->lastError();
        }
        entries << e;
    }
    return entries;
}

QJsonObject StatusAudit::toJson() const
{
    QJsonObject root;
    if (!m_controller)
        return root;
    ConnectionModel *connection = m_controller->connection();
    root.insert(QStringLiteral("service"), m_controller->context()->serviceName());
    root.insert(QStringLiteral("region"), connection->endpointId());
    root.insert(QStringLiteral("account"), connection->nicHandle());
    root.insert(QStringLiteral("ok"), m_ok);
    if (!m_ok)
        root.insert(QStringLiteral("error"), m_error);
    QJsonArray stages;
    const auto entries = stageEntries(m_controller);
    for (const StageEntry &e : entries) {
        QJsonObject s;
        s.insert(QStringLiteral("number"), e.number);
        s.insert(QStringLiteral("title"), e.title);
        s.insert(QStringLiteral("state"), e.stateId);
        s.insert(QStringLiteral("statusText"), e.statusText);
        if (e.hasManualStep) // added by issue 18: the customer's own confirmation, on this computer
            s.insert(QStringLiteral("manualStep"), e.manualStepConfirmed ? QStringLiteral("confirmed")
                                                                         : QStringLiteral("notConfirmed"));
        if (e.error) {
            s.insert(QStringLiteral("error"), e.error->userMessage());
            s.insert(QStringLiteral("queryId"), e.error->queryId);
        }
        stages.append(s);
    }
    root.insert(QStringLiteral("stages"), stages);
    return root;
}

QString StatusAudit::toText() const
{
    QStringList lines;
    if (!m_controller)
        return {};
    if (!m_ok)
        lines << m_error;
    lines << tr("Service: %1", "@info status audit").arg(m_controller->context()->serviceName());
    const auto entries = stageEntries(m_controller);
    for (const StageEntry &e : entries) {
        if (!e.exists)
            continue;
        //: One line per stage in `snc-wizard --status`: number, title, state
        QString line = tr("%1. %2: %3", "@info status audit").arg(e.number).arg(e.title, e.statusText);
        if (e.error)
            line += QStringLiteral(" — ") + e.error->userMessage();
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace snc
