// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TaskState.h"

namespace snc {

bool TaskState::isSettledState(const QString &state)
{
    return state == QLatin1String("done") || state == QLatin1String("canceled");
}

} // namespace snc
