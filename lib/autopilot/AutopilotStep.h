// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <initializer_list>
#include <memory>

namespace snc {

/**
 * @brief One step of the autopilot: a name (also the screenshot's file name, a contract with
 * outside checks), the stage it belongs to, a time limit and what it does.
 *
 * `ready` says when the action is possible, `act` does it (as a person would, through the UI),
 * `done` says when the step is over. Null functions mean "always" (ready, done) or "nothing" (act).
 */
struct AutopilotStep
{
    QString name;
    int stage = 0;
    int timeoutMs = 60000;
    std::function<bool()> ready;
    std::function<void()> act;
    std::function<bool()> done;
    bool screenshot = true;
    /// The step opens the stage page `stage`: if reading that page fails (an error shown,
    /// nothing running), the autopilot presses "Refresh from OVHcloud", as a person would.
    bool opensPage = false;
};

/// What a step does: readiness, action and completion (see AutopilotStep).
struct StepBody
{
    std::function<bool()> ready;
    std::function<void()> act;
    std::function<bool()> done;
};

/// How a step is recorded: a screenshot after it, and whether it opens its stage's page.
enum StepFlags {
    NoShot = 0,
    Shot = 1,
    OpensPage = 2,
};

/**
 * @brief One line of a stage's step table: name, time limit, flags and the member of `Table`
 * that says what the step does. makeSteps() turns the rows into AutopilotSteps.
 */
template <class Table>
struct StepRow
{
    const char *name;
    int timeoutMs;
    int flags;
    StepBody (Table::*body)();
};

/// The steps of one stage's table, in order. The steps share ownership of `table`, so a table's
/// state (an outbox mark, a noted password) lives exactly as long as the steps that use it.
template <class Table>
QList<AutopilotStep> makeSteps(const std::shared_ptr<Table> &table, int stage,
                               std::initializer_list<StepRow<Table>> rows)
{
    QList<AutopilotStep> steps;
    for (const StepRow<Table> &row : rows) {
        StepBody body = ((*table).*(row.body))();
        const auto keep = [table](auto f) { return [table, f] { return f(); }; };
        AutopilotStep step;
        step.name = QString::fromLatin1(row.name);
        step.stage = stage;
        step.timeoutMs = row.timeoutMs;
        if (body.ready)
            step.ready = keep(std::move(body.ready));
        if (body.act)
            step.act = keep(std::move(body.act));
        if (body.done)
            step.done = keep(std::move(body.done));
        step.screenshot = (row.flags & Shot) != 0;
        step.opensPage = (row.flags & OpensPage) != 0;
        steps << step;
    }
    return steps;
}

} // namespace snc
