// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRailDelegate.h"

#include "StatusTone.h"

#include <QApplication>
#include <QPainter>

namespace snc {

namespace {
StatusTone::Kind toneOf(const QModelIndex &index)
{
    return StatusTone::Kind(index.data(StatusRailDelegate::toneRole).toInt());
}
int iconSize(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height();
}
} // namespace

void StatusRailDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int size = iconSize(*option);
    const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
    option->icon = QIcon(StatusTone::icon(toneOf(index), option->palette, size, dpr));
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationAlignment = Qt::AlignTop | Qt::AlignHCenter;
    // The title, then one line kept free (a no-break space) for the word drawn under it.
    option->text = index.data(Qt::DisplayRole).toString() + QLatin1Char('\n') + QChar(0x00a0);
    option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    option->features |= QStyleOptionViewItem::WrapText;
}

void StatusRailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The word, on the free last line of the text rectangle, in the tone's colour (the highlight's
    // text colour on a selected row, where the tone could vanish into the highlight).
    // Under the title's wrapped lines, measured as the style lays them out (same width, margins).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const QRect title = opt.fontMetrics.boundingRect(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                                     index.data(Qt::DisplayRole).toString());
    const QRect wordRect(text.left(), title.bottom() + 1, text.width(), opt.fontMetrics.height());
    QFont font = opt.font;
    font.setBold(true);
    painter->save();
    painter->setFont(font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                             : StatusTone::colour(toneOf(index), opt.palette));
    painter->drawText(wordRect, Qt::AlignLeft | Qt::AlignVCenter, index.data(wordRole).toString());
    painter->restore();
}

QSize StatusRailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
}

} // namespace snc
