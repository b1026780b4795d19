// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the TaskPoller tests (tst_taskpoller, tst_taskbackoff): a TaskPoller on ApiFixture's
// client and TestClock, polling at once and then every `intervalMs`, so a test sets its route and
// starts a task. The poller is destroyed before the client it calls (member after base).
#pragma once

#include "tasks/TaskPoller.h"
#include "unit/api/ApiTestFixture.h"

namespace snc::test {

struct PollerFixture : ApiFixture
{
    TaskPoller poller{client.get()};

    explicit PollerFixture(int intervalMs)
    {
        poller.setClock(&clock);
        poller.setFirstPollDelayMs(0);
        poller.setIntervalMs(intervalMs);
    }
};

} // namespace snc::test
