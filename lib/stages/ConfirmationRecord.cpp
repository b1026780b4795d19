// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/ConfirmationRecord.h"

#include "stages/StageContext.h"

namespace snc {

ConfirmationRecord::ConfirmationRecord(StageContext *context, QString subject)
    : m_context(context), m_subject(std::move(subject))
{
}

QString ConfirmationRecord::scopeKey() const
{
    // The same key as OnboardingTasks: one onboarding is one endpoint scope and one service.
    return m_context ? m_context->onboardingKey() : QString();
}

ConfirmationRecord::State ConfirmationRecord::state() const
{
    const QString scope = scopeKey();
    if (!m_settings || scope.isEmpty())
        return m_memory.value(scope, State::None);
    return m_settings->confirmation(scope, m_subject);
}

void ConfirmationRecord::set(State state)
{
    const QString scope = scopeKey();
    if (!m_settings || scope.isEmpty())
        m_memory.insert(scope, state);
    else
        m_settings->setConfirmation(scope, m_subject, state);
}

} // namespace snc
