// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusTone.h"

#include <QList>
#include <QMetaType>
#include <QStyledItemDelegate>

namespace snc {

/// One sub-step listed under the current stage's rail entry: "2.3", "Password", its status.
struct RailSubStep
{
    QString number;
    QString title;
    StatusTone::Kind tone = StatusTone::Kind::NotStarted;
};

/**
 * @brief Draws a rail entry as the visual system shows a status (issue 18, item 10): the painted
 * StatusTone icon, the entry's title, and under it the status word in the tone's colour; then,
 * for the current stage, one line per sub-step: its icon, number, title and status word.
 *
 * The item carries its title only as Qt::DisplayRole (what a screen reader and a test read), its
 * StatusTone::Kind (int) as `toneRole`, the word as `wordRole` and its sub-steps, if shown, as
 * `subStepsRole` (a QList<RailSubStep>). The words are StatusTone::word()'s, the icons and the
 * colours are derived here, from the view's palette at paint time, so a theme change (dark, high
 * contrast) needs no refill.
 */
class StatusRailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int toneRole = Qt::UserRole + 20;
    static constexpr int wordRole = Qt::UserRole + 21;
    static constexpr int subStepsRole = Qt::UserRole + 22;

    /// What a sub-step line says: "2.3 Password: Done" (translated).
    static QString subStepText(const RailSubStep &step);

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace snc

Q_DECLARE_METATYPE(snc::RailSubStep)
