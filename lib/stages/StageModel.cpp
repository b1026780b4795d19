// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/StageModel.h"

#include "api/ApiCall.h"
#include "stages/StageCatalog.h"
#include "stages/StageContext.h"
#include "stages/OperationRunner.h"
#include "stages/StageOperation.h"
#include "stages/OnboardingTasks.h"
#include "stages/TaskProgress.h"
#include "stages/WizardSettings.h"
#include "tasks/TaskPoller.h"

#include <QTimer>

namespace snc {

StageModel::StageModel(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_operations(new OperationRunner(this)),
      m_taskProgress(new TaskProgress(this)), m_tokenGate(new OperationTokenGate(context, this))
{
    connect(m_operations, &OperationRunner::busyChanged, this, &StageModel::busyChanged);
    connect(m_tokenGate, &OperationTokenGate::openUrlRequested, this, &StageModel::openUrlRequested);
    // Virtual: resolved at the call, once the subclass exists.
    connect(m_tokenGate, &OperationTokenGate::redoRequested, this, [this] { redoCanceledOperation(); });
}

void StageModel::redoCanceledOperation()
{
    // Nothing was done by the canceled operation: the live state says what is still missing, and
    // the stage's actions (which re-read before creating anything) offer it again.
    refresh();
}

StageContext *StageModel::context() const
{
    return m_context;
}

StageModel::~StageModel()
{
    // Operations still running stop without a callback: the subclass is already gone.
    m_operations->dropAll();
}

StageOperation *StageModel::startOperation()
{
    StageOperation *op = m_operations->start();
    if (m_startedRead && !*m_startedRead)
        *m_startedRead = op; // the first one refresh() starts is its read (see refreshThen())
    return op;
}

void StageModel::refreshThen(QObject *context, std::function<void(bool ok)> answer)
{
    QPointer<StageOperation> read;
    m_startedRead = &read;
    refresh();
    m_startedRead = nullptr;
    if (read)
        m_lastRead = read;
    else if (m_lastRead && m_lastRead->isRunning())
        read = m_lastRead; // "a refresh asked while one runs is answered by the running one"
    if (read && !read->isRunning()) { // ended at once: its refreshed() is gone already
        QTimer::singleShot(0, context, [answer, ok = !hasError()] { answer(ok); });
        return;
    }
    if (read) {
        read->onFinished(context, [answer](const Result<Unit> &r) { answer(r.ok()); });
        return;
    }
    connect(this, &StageModel::refreshed, context, [answer](bool ok) { answer(ok); },
            Qt::SingleShotConnection);
}

bool StageModel::isBusy() const
{
    return m_operations->isBusy();
}

QString StageModel::title() const
{
    return StageCatalog::title(number());
}

QUrl StageModel::guideUrl() const
{
    return StageCatalog::guideUrl(number());
}

void StageModel::cancel()
{
    cancelOperations();
}

void StageModel::cancelOperations()
{
    m_operations->cancelAll();
}

QString StageModel::statusText() const
{
    return statusName(m_status);
}

QString StageModel::lastErrorMessage() const
{
    return m_lastError ? m_lastError->userMessage() : QString();
}

void StageModel::clearError()
{
    if (!m_lastError)
        return;
    m_lastError.reset();
    emit changed();
}

QString StageModel::statusName(Status status)
{
    switch (status) {
    case Status::Unknown:
        return tr("Not checked yet", "@info stage status");
    case Status::NotStarted:
        return tr("Not started", "@info stage status");
    case Status::InProgress:
        return tr("In progress", "@info stage status");
    case Status::WaitingForUser:
        return tr("Waiting for you", "@info stage status");
    case Status::Done:
        return tr("Done", "@info stage status");
    case Status::Failed:
        return tr("Failed", "@info stage status");
    }
    return {};
}

void StageModel::setStatus(Status status)
{
    m_derived = status;
    applyStatus(status);
}

void StageModel::applyStatus(Status status)
{
    if (status == Status::Done && hasManualStep() && !isManualStepConfirmed())
        status = Status::WaitingForUser; // OVHcloud's part is done, the customer's is not yet
    if (m_status == status)
        return;
    const bool wasComplete = isComplete();
    m_status = status;
    emit statusChanged(status);
    if (wasComplete != isComplete())
        emit completeChanged(isComplete());
}

bool StageModel::isManualStepConfirmed() const
{
    return !hasManualStep() || m_manualStep->isConfirmed();
}

void StageModel::setManualStepConfirmed(bool confirmed)
{
    if (!hasManualStep() || confirmed == isManualStepConfirmed())
        return;
    m_manualStep->confirm(confirmed);
    emit manualStepChanged();
    applyStatus(m_derived);
    emit changed();
}

void StageModel::requireManualStep(const QString &key)
{
    m_manualStep.emplace(m_context.data(), key);
    m_manualStep->setSettings(m_confirmations);
}

bool StageModel::awaitsManualStep() const
{
    return m_derived == Status::Done && !isManualStepConfirmed();
}

void StageModel::setConfirmationSettings(WizardSettings *settings)
{
    m_confirmations = settings;
    if (m_manualStep)
        m_manualStep->setSettings(settings);
    emit manualStepChanged();
    applyStatus(m_derived);
}

QString StageModel::nextStepText() const
{
    if (awaitsManualStep())
        return manualStepRequest();
    return statusText();
}

void StageModel::reportError(const ApiError &error)
{
    m_lastError = error;
    emit errorOccurred(error);
    emit changed();
}

void StageModel::reportValidationError(const QString &message)
{
    reportError(ApiError::localCheck(message));
}

TaskPoller *StageModel::createTaskPoller()
{
    auto *poller = new TaskPoller(m_context ? m_context->api() : nullptr, this);
    if (m_context) {
        poller->setWallClock(m_context->clock()); // how long a task has waited, in server time
        m_context->onboardingTasks()->recordRunsOf(poller, number()); // what the compliance report reads
    }
    m_taskProgress->follow(poller);
    m_tokenGate->follow(poller);
    return poller;
}

void StageModel::resetOnServiceChange()
{
    if (!m_context)
        return;
    connect(m_context, &StageContext::serviceChanged, this, [this] {
        cancel();
        m_taskProgress->reset();
        forgetService();
        setStatus(Status::Unknown);
        emit manualStepChanged(); // the confirmations of the new service
        emit changed();
    });
}

} // namespace snc
