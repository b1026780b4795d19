// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace snc {

/**
 * @brief Finds what a person would see cut in a window as it is shown now (issue 18, item 4:
 * "nothing clipped, ever"), one line per problem naming the widget's objectName and its text.
 *
 * Looks at the visible widgets of `window` (Qt's own internals, named "qt_…", excepted):
 * - a scroll area showing a horizontal scroll bar (pages scroll vertically only), or hiding
 *   content on the right with its horizontal scroll bar turned off;
 * - a label, button or line edit cut on the right by an ancestor (wider than what its parent
 *   shows: a card wider than its scroll area's viewport), or above or below by an ancestor
 *   inside its scroll area's viewport (a band lower than its sentence);
 * - a label without word wrap, or a button, narrower or lower than its text needs;
 * - a label with word wrap lower than its text needs at its width (cut at the bottom);
 * - an item view (table, tree, list) cell whose text does not fit its cell (elided);
 * - a read-only value in clear, or an empty field's placeholder, wider than its line edit;
 * - the window itself not at `expectedSize` (a layout's minimum pushed it out), when given.
 * A label elided on purpose (its text ends with "…" and its tooltip holds the whole text) is fine.
 * Pending layout requests are processed first, so the answer is about the settled layout.
 * Reads only; does not own `window`.
 */
QStringList layoutProblems(QWidget *window, QSize expectedSize = {});

} // namespace snc
