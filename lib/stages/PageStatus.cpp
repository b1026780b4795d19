// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/PageStatus.h"
#include "stages/DisplayFormat.h"

#include "stages/StageModel.h"
#include "stages/TaskProgress.h"

#include <QLocale>

namespace snc {

PageStatus PageStatus::yourTurn(const QString &what)
{
    //: Page status line: %1 what the customer should do now
    return {Kind::YourTurn, tr("Your turn: %1", "@info status").arg(what)};
}

PageStatus PageStatus::waiting(const QString &what, qint64 taskId, const QDateTime &since)
{
    // Support asks "which task?" and "since when?": both are in the line when known.
    const QString time = since.isValid() ? DisplayFormat::time(since) : QString();
    if (taskId > 0 && !time.isEmpty())
        //: %1 what OVHcloud is doing, %2 the OVH task number, %3 a time of day
        return {Kind::Waiting, tr("Waiting for OVHcloud: %1, task #%2, since %3", "@info status")
                                       .arg(what).arg(taskId).arg(time)};
    if (taskId > 0)
        //: %1 what OVHcloud is doing, %2 the OVH task number
        return {Kind::Waiting, tr("Waiting for OVHcloud: %1, task #%2", "@info status").arg(what).arg(taskId)};
    //: %1 what OVHcloud is doing
    return {Kind::Waiting, tr("Waiting for OVHcloud: %1", "@info status").arg(what)};
}

PageStatus PageStatus::done(const QString &detail)
{
    if (detail.isEmpty() || detail == StageModel::statusName(StageModel::Status::Done))
        return {Kind::Done, tr("Done", "@info status")};
    //: %1 the stage's own status ("VPN session up (2 of 2 tunnels)")
    return {Kind::Done, tr("Done: %1", "@info status").arg(detail)};
}

PageStatus PageStatus::of(const StageModel *model)
{
    if (!model)
        return {};
    // A task OVHcloud runs comes first: nothing the customer does speeds it up.
    if (const TaskProgress *task = model->taskProgress(); task && task->isRunning()) {
        if (model->taskWaitsForCustomer()) { // "waiting for OVHcloud" would be a contradiction
            const QString what = model->hasManualStep() ? model->manualStepRequest() : model->nextStepText();
            if (task->taskId() <= 0)
                return yourTurn(what);
            //: %1 what the customer should do, %2 the OVH task number
            return {Kind::YourTurn, tr("Your turn: %1 (OVHcloud task #%2 waits for it)", "@info status")
                                            .arg(what).arg(task->taskId())};
        }
        QString what = task->action();
        if (what.isEmpty())
            what = task->description();
        if (what.isEmpty())
            what = model->title();
        return waiting(what, task->taskId(), task->since());
    }
    if (model->status() == StageModel::Status::Done)
        return done(model->statusText());
    // OVHcloud at work without a task to follow (OKMS issuing a credential): not "Your turn:
    // In progress" above "OVHcloud is issuing the certificate".
    if (const QString work = model->ovhcloudWork(); !work.isEmpty())
        return waiting(work, 0, {});
    if (model->status() == StageModel::Status::Unknown && model->isBusy())
        return waiting(tr("reading the state of this stage", "@info status"), 0, {});
    // A call in flight (a code checked, a setting sent, a refresh): nothing is the customer's to
    // do until it answers, and the footer says "OVHcloud is being asked" meanwhile. "Your turn"
    // here stood above a token already validated (the stage2-validate-token screenshot).
    if (model->isBusy())
        return waiting(tr("the answer to this page's request", "@info status"), 0, {});
    if (model->status() == StageModel::Status::Unknown && model->number() > 0)
        return yourTurn(tr("press “Refresh from OVHcloud” to read the state of this stage", "@info status"));
    return yourTurn(model->nextStepText());
}

} // namespace snc
