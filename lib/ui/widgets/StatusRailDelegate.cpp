// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRailDelegate.h"

#include "Spacing.h"
#include "StatusTone.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace snc {

namespace {
StatusTone::Kind toneOf(const QModelIndex &index)
{
    return StatusTone::Kind(index.data(StatusRailDelegate::toneRole).toInt());
}

QList<RailSubStep> subStepsOf(const QModelIndex &index)
{
    return index.data(StatusRailDelegate::subStepsRole).value<QList<RailSubStep>>();
}

/// The parts of an entry, laid out in `rect`: icon on the left, title wrapped beside it, the word
/// on the line under the title, then the current stage's sub-steps (issue 18 item 2), one per
/// line with an icon of their own. One function for paint() and sizeHint(), so they always agree.
struct Parts
{
    QRect icon;
    QRect title;
    QRect word;
    QList<QRect> subIcons;
    QList<QRect> subTexts;
    int height = 0;
};

Parts layOut(const QStyleOptionViewItem &option, const QString &title, const QList<RailSubStep> &subSteps, int width)
{
    const QFontMetrics &fm = option.fontMetrics;
    const int margin = Spacing::tight;
    const int iconSize = fm.height();
    Parts parts;
    const int left = option.rect.left() + margin;
    const int top = option.rect.top() + margin;
    parts.icon = QRect(left, top, iconSize, iconSize);
    const int textLeft = left + iconSize + Spacing::normal;
    const int textWidth = qMax(1, width - (textLeft - option.rect.left()) - margin);
    const auto wrappedHeight = [&fm](int w, const QString &text) {
        return fm.boundingRect(QRect(0, 0, w, 1 << 20), Qt::AlignLeft | Qt::TextWordWrap, text).height();
    };
    parts.title = QRect(textLeft, top, textWidth, wrappedHeight(textWidth, title));
    parts.word = QRect(textLeft, parts.title.bottom() + 1, textWidth, fm.height());
    // Sub-steps under the word, aligned with the title: a smaller icon, then the line wrapped.
    const int subIcon = qMax(8, fm.height() * 3 / 4);
    const int subTextLeft = textLeft + subIcon + Spacing::tight;
    const int subTextWidth = qMax(1, width - (subTextLeft - option.rect.left()) - margin);
    int y = parts.word.bottom() + 1;
    for (const RailSubStep &step : subSteps) {
        const int h = qMax(fm.height(), wrappedHeight(subTextWidth, StatusRailDelegate::subStepText(step)));
        parts.subIcons << QRect(textLeft, y + (fm.height() - subIcon) / 2, subIcon, subIcon);
        parts.subTexts << QRect(subTextLeft, y, subTextWidth, h);
        y += h;
    }
    parts.height = y - option.rect.top() + margin;
    return parts;
}

int widthFor(const QStyleOptionViewItem &option)
{
    if (option.rect.width() > 0)
        return option.rect.width();
    // No width given: the view's own, as wide as an entry of a one-column list gets.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return 200;
}
} // namespace

void StatusRailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QList<RailSubStep> subSteps = subStepsOf(index);
    // The style draws the row (background, selection, focus); the parts are drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Parts parts = layOut(option, title, subSteps, option.rect.width());
    const bool selected = option.state & QStyle::State_Selected;
    const qreal dpr = widget ? widget->devicePixelRatioF() : qApp->devicePixelRatio();
    painter->save();
    // On a selected row the icon stands on the highlight: its tone is chosen against that (or
    // falls back to the highlight's text colour), not against the window.
    QPalette iconPalette = option.palette;
    if (selected) {
        iconPalette.setColor(QPalette::Window, option.palette.color(QPalette::Highlight));
        iconPalette.setColor(QPalette::WindowText, option.palette.color(QPalette::HighlightedText));
    }
    painter->drawPixmap(parts.icon.topLeft(), StatusTone::icon(toneOf(index), iconPalette, parts.icon.width(), dpr));
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(parts.title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    // The word in the tone's colour (on a selected row the highlight's text colour: the tone
    // could vanish into the highlight; the word and the icon still say it).
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(selected ? option.palette.color(group, QPalette::HighlightedText)
                             : StatusTone::colour(toneOf(index), option.palette));
    painter->drawText(parts.word, Qt::AlignLeft | Qt::AlignVCenter, index.data(wordRole).toString());
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    for (qsizetype i = 0; i < subSteps.size(); ++i) {
        const RailSubStep &step = subSteps.at(i);
        painter->drawPixmap(parts.subIcons.at(i).topLeft(),
                            StatusTone::icon(step.tone, iconPalette, parts.subIcons.at(i).width(), dpr));
        painter->drawText(parts.subTexts.at(i), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, subStepText(step));
    }
    painter->restore();
}

QSize StatusRailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = widthFor(option);
    QStyleOptionViewItem opt(option);
    opt.rect = QRect(0, 0, width, 0);
    const Parts parts = layOut(opt, index.data(Qt::DisplayRole).toString(), subStepsOf(index), width);
    return {width, parts.height};
}

QString StatusRailDelegate::subStepText(const RailSubStep &step)
{
    //: Rail line of a sub-step under its stage: %1 number ("2.3"), %2 title, %3 its status in words ("Done")
    return tr("%1 %2: %3", "@item rail sub-step").arg(step.number, step.title, StatusTone::word(step.tone));
}

} // namespace snc
