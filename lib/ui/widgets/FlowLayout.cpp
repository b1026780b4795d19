// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace snc {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else goes on further lines.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, as a QHBoxLayout would ask for.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return QSize(width + qMax(0, shown - 1) * qMax(0, spacing()) + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    // spacing() is -1 when neither the layout nor its parent set one: ask the style, like QBoxLayout.
    int gap = spacing();
    if (gap < 0) {
        const QWidget *w = parentWidget();
        gap = w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 6;
        if (gap < 0)
            gap = 6;
    }
    // Lines first (which items, how wide), then placed: a right-aligned line needs its width.
    struct Line
    {
        QList<QLayoutItem *> items;
        int width = 0;
        int height = 0;
    };
    QList<Line> lines(1);
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        Line &line = lines.last();
        if (!line.items.isEmpty() && line.width + gap + hint.width() > area.width())
            lines.append(Line());
        Line &target = lines.last();
        target.width += (target.items.isEmpty() ? 0 : gap) + qMin(hint.width(), area.width());
        target.height = qMax(target.height, hint.height());
        target.items << item;
    }
    int y = area.y();
    for (const Line &line : std::as_const(lines)) {
        int x = m_right ? area.right() + 1 - line.width : area.x();
        for (QLayoutItem *item : line.items) {
            const QSize hint = item->sizeHint();
            const int width = qMin(hint.width(), area.width());
            if (apply)
                item->setGeometry(QRect(x, y, width, line.height));
            x += width + gap;
        }
        y += line.height + (line.items.isEmpty() ? 0 : gap);
    }
    const int used = y - area.y() - (lines.last().items.isEmpty() ? 0 : gap);
    return qMax(0, used) + m.top() + m.bottom();
}

} // namespace snc
