// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/PlaceholderStageModel.h"

#include "stages/StageCatalog.h"

#include <QTimer>

namespace snc {

PlaceholderStageModel::PlaceholderStageModel(int number, StageContext *context, QObject *parent)
    : StageModel(context, parent), m_number(number)
{
}

QString PlaceholderStageModel::title() const
{
    return StageCatalog::title(m_number);
}

QUrl PlaceholderStageModel::guideUrl() const
{
    return StageCatalog::guideUrl(m_number);
}

QString PlaceholderStageModel::statusText() const
{
    return tr("Not available yet", "@info stage status");
}

void PlaceholderStageModel::refresh()
{
    // Asynchronous like every refresh(), so callers can count answers uniformly.
    QTimer::singleShot(0, this, [this] { emit refreshed(true); });
}

} // namespace snc
