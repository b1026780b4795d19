// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Poller.h"

#include "core/Clock.h"

#include <QTimer>

namespace snc {

Poller::Poller(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Poller::fire);
    m_steady.start();
}

qint64 Poller::nowMs() const
{
    return m_clock ? m_clock->nowMs() : m_steady.elapsed();
}

qint64 Poller::elapsedMs() const
{
    return m_running ? nowMs() - m_startedAtMs : 0;
}

qint64 Poller::remainingMs() const
{
    if (!m_running || m_timeoutMs == 0)
        return 0;
    return qMax<qint64>(0, m_timeoutMs - elapsedMs());
}

void Poller::start(int firstDelayMs)
{
    m_running = true;
    m_polls = 0;
    m_startedAtMs = nowMs();
    m_timer->start(qMax(0, firstDelayMs));
}

void Poller::again(int delayMs)
{
    if (!m_running)
        return;
    m_timer->start(qMax(0, delayMs));
}

void Poller::stop()
{
    m_running = false;
    m_timer->stop();
}

void Poller::fire()
{
    if (!m_running)
        return;
    const bool timedOut = m_timeoutMs > 0 && elapsedMs() >= m_timeoutMs;
    const bool enoughPolls = m_maxPolls > 0 && m_polls >= m_maxPolls;
    if (timedOut || enoughPolls) {
        m_running = false;
        emit expired();
        return;
    }
    ++m_polls;
    emit due();
}

} // namespace snc
