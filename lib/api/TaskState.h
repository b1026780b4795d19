// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace snc {

/**
 * @brief The rules on dedicatedCloud.TaskStateEnum values that more than one floor needs.
 *
 * Here, in lib/api, because ApiClient's answer cache uses them as well as TaskPoller and the
 * searches for a task whose answer was lost (lib/tasks/PendingTaskSearch). Words for the
 * customer are elsewhere (stages/ApiValueText::taskState).
 */
struct TaskState
{
    /// done or canceled: the task never changes again, so its answer may be kept and a search
    /// may skip it. Not error: support can reset a task in error (POST …/resetTaskState).
    static bool isSettledState(const QString &state);
};

} // namespace snc
