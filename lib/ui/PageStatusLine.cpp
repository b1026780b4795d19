// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageStatusLine.h"

#include "stages/PageStatus.h"
#include "stages/StageModel.h"
#include "stages/TaskProgress.h"
#include "widgets/Spacing.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace snc {

PageStatusLine::PageStatusLine(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_check(new QCheckBox(this))
{
    m_icon->setObjectName(Names::pageStatusIcon);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_label->setObjectName(Names::pageStatusLabel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // task descriptions come from the API
    m_check->setObjectName(Names::manualStepCheck);
    // One band (style sheet: QFrame[snc-status]): the icon beside the sentence, the manual
    // step's confirmation under the sentence.
    auto *band = m_band = new QFrame(this);
    band->setProperty("snc-status", true);
    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(Spacing::tight);
    text->addWidget(m_label);
    text->addWidget(m_check);
    auto *row = new QHBoxLayout(band);
    row->setContentsMargins(Spacing::normal, Spacing::tight, Spacing::normal, Spacing::tight);
    row->setSpacing(Spacing::normal);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    m_icon->setParent(band);
    m_label->setParent(band);
    m_check->setParent(band);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(band);
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
    m_icon->setVisible(!status.text.isEmpty());
    m_tone = status.kind == PageStatus::Kind::Done      ? StatusTone::Kind::Done
            : status.kind == PageStatus::Kind::Waiting ? StatusTone::Kind::Waiting
                                                       : StatusTone::Kind::YourTurn;
    paintIcon();
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
    m_band->setVisible(!status.text.isEmpty() || step); // no empty band
    settleLayout();
}

void PageStatusLine::settleLayout()
{
    // A sentence that now takes another number of lines: lay out up to the window at once. Left
    // to Qt, the layout request climbs one level per event-loop turn (band, this line, the page
    // area), and meanwhile the band keeps its old height with the sentence cut in it: what the
    // autopilot's stage 4 screenshot caught, and a frame a person may see. The page scroll below
    // gives way (the page area's layout gives this line its height for width first).
    if (!isVisible())
        return;
    for (QWidget *w = m_band; w; w = w->parentWidget()) {
        if (QLayout *l = w->layout())
            l->activate();
        if (w->isWindow())
            break;
    }
}

void PageStatusLine::paintIcon()
{
    // As tall as one line of the sentence, so it sits level with its first words.
    const int size = m_label->fontMetrics().height();
    m_icon->setPixmap(StatusTone::icon(m_tone, palette(), size, devicePixelRatioF()));
    m_icon->setFixedSize(size, size);
    m_icon->setAccessibleName(StatusTone::word(m_tone));
    m_icon->setToolTip(StatusTone::word(m_tone));
}

void PageStatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        sync();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        paintIcon(); // the dark theme's colours, the new line height
    QWidget::changeEvent(event);
}

} // namespace snc
