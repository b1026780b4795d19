// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/ShownOnceRecord.h"

#include "stages/StageContext.h"

namespace snc {

ShownOnceRecord::ShownOnceRecord(StageContext *context, QString name) : m_context(context), m_name(std::move(name)) {}

QString ShownOnceRecord::scopeKey() const
{
    // The same key as OnboardingTasks: one onboarding is one endpoint scope and one service.
    if (!m_context || m_context->serviceName().isEmpty())
        return {};
    return m_context->secretScope() + QLatin1Char('|') + m_context->serviceName();
}

ShownOnceRecord::State ShownOnceRecord::state() const
{
    if (!m_settings)
        return m_memory;
    return m_settings->shownOnce(scopeKey(), m_name);
}

void ShownOnceRecord::set(State state)
{
    m_memory = state;
    if (m_settings)
        m_settings->setShownOnce(scopeKey(), m_name, state);
}

} // namespace snc
