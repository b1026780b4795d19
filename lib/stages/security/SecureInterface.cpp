// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/SecureInterface.h"

#include "stages/StageContext.h"

namespace snc {

SecureInterface::SecureInterface(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

StageContext *SecureInterface::context() const
{
    return m_context;
}

QUrl SecureInterface::baseUrl() const
{
    return m_context ? m_context->secureInterfaceBase() : QUrl();
}

void SecureInterface::markEnabled()
{
    setBusy(false);
    if (m_step != Step::Enabled) {
        setStep(Step::Enabled);
        emit accountEnabled();
    }
}

void SecureInterface::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void SecureInterface::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace snc
