// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace snc {

/**
 * @brief Makes a label's text selectable with the mouse and the keyboard (a support agent on the
 * phone copies what the customer reads out).
 *
 * Why deferred: a selectable label lays its text out through a QTextDocument, several times per
 * layout pass; on the first window that was about a fifth of the time to its first paint
 * (BENCHMARKS.md). While a SelectableTextDeferral is alive, labels are only remembered; when it
 * ends (MainWindow: right after its first paint) they all become selectable at once. Nobody can
 * select or tab before the window is painted, so nothing is lost.
 */
void makeTextSelectable(QLabel *label);

/// Holds makeTextSelectable() back for its lifetime (or until release()); nests.
class SelectableTextDeferral
{
public:
    SelectableTextDeferral();
    ~SelectableTextDeferral();
    SelectableTextDeferral(const SelectableTextDeferral &) = delete;
    SelectableTextDeferral &operator=(const SelectableTextDeferral &) = delete;
    /// Ends the deferral now: every label held back becomes selectable.
    void release();

private:
    bool m_active = true;
};

} // namespace snc
