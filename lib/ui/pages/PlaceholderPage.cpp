// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include "stages/StageModel.h"
#include "ui/widgets/ErrorLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace snc {

PlaceholderPage::PlaceholderPage(StageModel *model, QWidget *parent)
    : StagePage(model, parent), m_text(new QLabel(this)), m_status(new QLabel(this)),
      m_guide(new QPushButton(this))
{
    setObjectName(QStringLiteral("stagePage%1").arg(model->number()));
    m_text->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("placeholderStatusLabel"));
    m_status->setWordWrap(true);
    m_guide->setObjectName(QStringLiteral("guideButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_status);
    layout->addWidget(m_guide, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(errorLabel());
    connect(m_guide, &QPushButton::clicked, model, [model] { emit model->openUrlRequested(model->guideUrl()); });
    connect(model, &StageModel::statusChanged, this, &PlaceholderPage::sync);
    retranslate();
    sync();
}

void PlaceholderPage::retranslate()
{
    m_text->setText(tr("The wizard does not guide this step yet. Follow the official OVHcloud "
                       "guide to do it in the control panel.", "@info"));
    m_guide->setText(tr("Open the &guide", "@button"));
}

void PlaceholderPage::sync()
{
    if (stageModel())
        m_status->setText(stageModel()->statusText());
}

} // namespace snc
