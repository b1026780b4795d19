// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace snc
