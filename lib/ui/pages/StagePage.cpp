// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagePage.h"

#include "stages/StageModel.h"
#include "ui/widgets/ErrorLabel.h"

#include <QEvent>
#include <QLabel>

namespace snc {

StagePage::StagePage(StageModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_error(new ErrorLabel(this))
{
    m_error->setObjectName(Names::pageErrorLabel);
    if (model) {
        connect(model, &StageModel::errorOccurred, m_error, &ErrorLabel::showError);
        // An error stays until the model clears it (next successful action).
        auto clearIfResolved = [this] {
            if (m_model && !m_model->hasError())
                m_error->clearError();
        };
        connect(model, &StageModel::changed, this, clearIfResolved);
        connect(model, &StageModel::statusChanged, this, clearIfResolved);
        connect(model, &StageModel::refreshed, this, clearIfResolved);
    }
}

QString StagePage::heading() const
{
    if (!m_model)
        return {};
    if (m_model->number() == 0)
        return m_model->title();
    //: Page heading: %1 stage number, %2 stage title
    return tr("%1. %2", "@title").arg(m_model->number()).arg(m_model->title());
}

void StagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        sync();
    }
    QWidget::changeEvent(event);
}

QString StagePage::bulletList(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines << tr("• %1", "@item bullet").arg(item);
    return lines.join(QLatin1Char('\n'));
}

QLabel *StagePage::makeTitle(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace snc
