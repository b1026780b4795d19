// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxClock.h"

#include "core/Clock.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

SandboxClock::SandboxClock(const snc::Clock *base, double timeScale, qint64 skewSecs)
    : m_base(base), m_scale(timeScale > 0 ? timeScale : 1.0), m_skewSecs(skewSecs)
{
    m_anchorRealMs = realNowMs();
    m_anchorSandboxMs = m_anchorRealMs + m_skewSecs * 1000;
}

qint64 SandboxClock::realNowMs() const
{
    return m_base ? m_base->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

qint64 SandboxClock::apiNowMs() const
{
    return realNowMs() + m_skewSecs * 1000;
}

qint64 SandboxClock::nowMs() const
{
    const qint64 elapsed = realNowMs() - m_anchorRealMs;
    return m_anchorSandboxMs + qint64(std::llround(double(elapsed) * m_scale));
}

qint64 SandboxClock::realDelayFor(qint64 sandboxMs) const
{
    if (sandboxMs <= 0)
        return 0;
    return qint64(std::ceil(double(sandboxMs) / m_scale));
}

void SandboxClock::resumeFrom(qint64 sandboxMs)
{
    // Never run backwards: a task saved at sandbox time T must not see time before T again.
    if (sandboxMs > nowMs()) {
        m_anchorRealMs = realNowMs();
        m_anchorSandboxMs = sandboxMs;
    }
}

QString SandboxClock::isoDate(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
                   .toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
            + u"+00:00"_s;
}

} // namespace snc::sandbox
