// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QModelIndex;
class QString;
class QTreeView;

namespace snc {

/**
 * @brief Cells of `view` wrap within their column and rows take the height of their wrapped text,
 * measured again each time a column changes width (issue 18, item 4: no elided cell).
 *
 * QTreeView alone measures a row as one line per text line, whatever the column's width (its
 * indexRowSizeHint() gives the delegate no width), and only over the columns in view when it
 * lays the rows out: a long text then ends in "…". This installs a delegate that measures at the
 * column's width and lays the rows out again after a column resize. Call once; turns word wrap
 * on; the view owns the delegate.
 */
void wrapCellsToColumns(QTreeView *view);

/**
 * @brief Sizes `view` to its rows (issue 18, item 10): its height is its header, its top-level
 * rows (at least `minRows` lines tall, so an empty list still reads as a list, at most `maxRows`,
 * then it scrolls) and its frame, fitted again when a column changes width (wrapped rows). Call
 * after each fill; the page's one scroll bar does the rest.
 */
void fitHeightToRows(QTreeView *view, int minRows, int maxRows);

/// The objectName of the empty-state line setEmptyText() puts in a view.
inline constexpr char emptyStateLabelName[] = "emptyStateLabel";

/**
 * @brief While `view` has no row, its viewport says so in words ("No address authorized yet")
 * instead of showing blank lines (issue 18, item 10). Call again to change the text (a language
 * change); the line shows and hides itself with the model's rows. Plain text, word-wrapped.
 */
void setEmptyText(QTreeView *view, const QString &text);

/**
 * @brief Makes `index` the current and selected row of `view`, scrolls the view to it and, once the
 * view has its new height, scrolls the page around it (the nearest QScrollArea) so the row is seen:
 * the address just added is in view, not below the fold.
 */
void revealRow(QTreeView *view, const QModelIndex &index);

} // namespace snc
