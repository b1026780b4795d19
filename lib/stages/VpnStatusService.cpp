// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/VpnStatusService.h"

#include <QTimer>

namespace snc {

VpnStatusService::VpnStatusService(QObject *parent) : QObject(parent) {}

void VpnStatusService::setSource(QObject *owner, Source *source)
{
    m_owner = owner;
    m_source = source;
    if (owner) // its end takes the session's state away
        connect(owner, &QObject::destroyed, this, &VpnStatusService::changed, Qt::UniqueConnection);
    emit changed();
}

QString VpnStatusService::text() const
{
    if (!hasSource())
        return tr("Stage 3 is not available.", "@info");
    return m_source->sessionText();
}

void VpnStatusService::readStatus(QObject *context, std::function<void()> done)
{
    if (!hasSource()) {
        QTimer::singleShot(0, context, std::move(done));
        return;
    }
    m_source->readSessionStatus(context, std::move(done));
}

} // namespace snc
