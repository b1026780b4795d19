// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageStatusLine.h"

#include "stages/PageStatus.h"
#include "stages/StageModel.h"
#include "stages/TaskProgress.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace snc {

PageStatusLine::PageStatusLine(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_check(new QCheckBox(this))
{
    m_label->setObjectName(Names::pageStatusLabel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // task descriptions come from the API
    m_check->setObjectName(Names::manualStepCheck);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_check);
    m_check->hide();
    // A gesture: the customer vouches for what the API cannot see (the model keeps it).
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        if (m_model)
            m_model->setManualStepConfirmed(on);
    });
}

void PageStatusLine::setModel(StageModel *model)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (model) {
        m_connections << connect(model, &StageModel::statusChanged, this, &PageStatusLine::sync)
                      << connect(model, &StageModel::changed, this, &PageStatusLine::sync)
                      << connect(model, &StageModel::busyChanged, this, &PageStatusLine::sync)
                      << connect(model, &StageModel::manualStepChanged, this, &PageStatusLine::sync)
                      << connect(model->taskProgress(), &TaskProgress::changed, this, &PageStatusLine::sync);
    }
    sync();
}

QString PageStatusLine::text() const
{
    return m_label->text();
}

void PageStatusLine::sync()
{
    const PageStatus status = PageStatus::of(m_model);
    m_label->setText(status.text);
    m_label->setAccessibleName(status.text);
    // Weight says whose turn it is at a glance; the words say it for everyone.
    QFont font = m_label->font();
    font.setBold(status.kind == PageStatus::Kind::YourTurn);
    m_label->setFont(font);
    m_label->setVisible(!status.text.isEmpty());
    const bool step = m_model && m_model->hasManualStep();
    m_check->setVisible(step);
    // Hidden on pages without a manual step, but named all the same (audits walk every widget).
    m_check->setAccessibleName(tr("Confirmation of a step only you can do", "@label accessible"));
    if (step) {
        const QSignalBlocker block(m_check); // showing the model is not a gesture
        m_check->setChecked(m_model->isManualStepConfirmed());
        m_check->setText(m_model->manualStepLabel());
        m_check->setAccessibleName(m_model->manualStepLabel());
    }
}

void PageStatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        sync();
    QWidget::changeEvent(event);
}

} // namespace snc
