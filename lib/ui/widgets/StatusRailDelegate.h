// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace snc {

/**
 * @brief Draws a rail entry as the visual system shows a status (issue 18, item 10): the painted
 * StatusTone icon, the entry's title, and under it the status word in the tone's colour.
 *
 * The item carries its title as Qt::DisplayRole, its StatusTone::Kind (int) as `toneRole` and the
 * word as `wordRole`; the icon and the colour are derived here, from the view's palette at paint
 * time, so a theme change (dark, high contrast) needs no refill.
 */
class StatusRailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int toneRole = Qt::UserRole + 20;
    static constexpr int wordRole = Qt::UserRole + 21;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace snc
