// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRailDelegate.h"

#include "Spacing.h"
#include "StatusTone.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <utility>

namespace snc {

namespace {
StatusTone::Kind toneOf(const QModelIndex &index)
{
    return StatusTone::Kind(index.data(StatusRailDelegate::toneRole).toInt());
}

/// The parts of an entry, laid out in `rect`: icon on the left, title wrapped beside it, the word
/// on the line under the title, then the current stage's sub-steps (issue 18 item 2), one per
/// line. One function for paint() and sizeHint(), so they always agree.
struct Parts
{
    QRect icon;
    QRect title;
    QRect word;
    QRect details;
    int height = 0;
};

/// The item's text: its first line is the title, the lines after it (if any) the sub-steps.
std::pair<QString, QString> splitText(const QString &text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline < 0)
        return {text, QString()};
    return {text.left(newline), text.mid(newline + 1)};
}

Parts layOut(const QStyleOptionViewItem &option, const QString &text, int width)
{
    const auto [title, details] = splitText(text);
    const QFontMetrics &fm = option.fontMetrics;
    const int margin = Spacing::tight;
    const int iconSize = fm.height();
    Parts parts;
    const int left = option.rect.left() + margin;
    const int top = option.rect.top() + margin;
    parts.icon = QRect(left, top, iconSize, iconSize);
    const int textLeft = left + iconSize + Spacing::normal;
    const int textWidth = qMax(1, width - (textLeft - option.rect.left()) - margin);
    const QRect titleBounds = fm.boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::AlignLeft | Qt::TextWordWrap, title);
    parts.title = QRect(textLeft, top, textWidth, titleBounds.height());
    parts.word = QRect(textLeft, parts.title.bottom() + 1, textWidth, fm.height());
    int detailsHeight = 0;
    if (!details.isEmpty()) {
        detailsHeight = fm.boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::AlignLeft | Qt::TextWordWrap, details).height();
        parts.details = QRect(textLeft, parts.word.bottom() + 1, textWidth, detailsHeight);
    }
    parts.height = margin + parts.title.height() + fm.height() + detailsHeight + margin;
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
    const QString text = opt.text;
    const auto [title, details] = splitText(text);
    // The style draws the row (background, selection, focus); the parts are drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Parts parts = layOut(option, text, option.rect.width());
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
    if (!details.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(parts.details, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, details);
    }
    painter->restore();
}

QSize StatusRailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = widthFor(option);
    QStyleOptionViewItem opt(option);
    opt.rect = QRect(0, 0, width, 0);
    const Parts parts = layOut(opt, index.data(Qt::DisplayRole).toString(), width);
    return {width, parts.height};
}

} // namespace snc
