// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

Q_LOGGING_CATEGORY(lcApi, "snc.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "snc.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "snc.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTasks, "snc.tasks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStage, "snc.stage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "snc.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "snc.ui", QtInfoMsg)
