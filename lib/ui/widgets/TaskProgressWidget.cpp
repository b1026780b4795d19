// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskProgressWidget.h"
#include "SelectableText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace snc {

TaskProgressWidget::TaskProgressWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(Names::taskProgressWidget);
    m_label->setObjectName(Names::taskProgressLabel);
    m_bar->setObjectName(Names::taskProgressBar);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // it shows the task's description, read from the API
    makeTextSelectable(m_label);
    m_label->setFocusPolicy(Qt::StrongFocus); // the task id is read out to support
    m_bar->setRange(0, 100);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    clear();
}

void TaskProgressWidget::setRunning(const QString &text, int percent)
{
    m_running = true;
    m_label->setText(text);
    // The bar's accessible name is the task sentence: a screen reader focusing it hears what runs.
    m_bar->setAccessibleName(text);
    if (percent <= 0) {
        m_bar->setRange(0, 0); // busy until the first real progress
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(qBound(0, percent, 100));
    }
    m_bar->show();
    show();
}

void TaskProgressWidget::setFinished(bool ok, const QString &text)
{
    m_running = false;
    m_bar->setRange(0, 100);
    m_bar->setValue(ok ? 100 : 0);
    m_bar->hide();
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

void TaskProgressWidget::clear()
{
    m_running = false;
    m_label->clear();
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    hide();
}

QString TaskProgressWidget::text() const
{
    return m_label->text();
}

int TaskProgressWidget::percent() const
{
    return m_bar->maximum() == 0 ? 0 : m_bar->value();
}

} // namespace snc
