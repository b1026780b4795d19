// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace snc {

/**
 * @brief A "Technical details" disclosure (issue 18, item 5): the API's own words (paths, raw
 * states, ids, task names) for a support agent, kept out of the customer's sentences.
 *
 * Collapsed by default; a toggle button opens it. It starts open while the View menu's "Technical
 * details" toggle is on (setOpenByDefault(), remembered by MainWindow in the settings), and every
 * disclosure follows that toggle when it changes. The lines are plain text (never HTML: they come
 * from the API), selectable, so a support agent can copy them. Hidden while it has no line.
 */
class TechnicalDetails : public QWidget
{
    Q_OBJECT
public:
    struct Names
    {
        static constexpr char toggle[] = "technicalDetailsToggle";
        static constexpr char text[] = "technicalDetailsText";
    };

    explicit TechnicalDetails(QWidget *parent = nullptr);

    /// The raw lines shown when open, one per line; none hides the whole disclosure.
    void setLines(const QStringList &lines);
    QStringList lines() const { return m_lines; }
    bool isOpen() const;
    void setOpen(bool open);

    /// Whether disclosures start (and are now) open: the View menu's toggle.
    static void setOpenByDefault(bool open);
    static bool openByDefault();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QToolButton *m_toggle;
    QLabel *m_text;
    QStringList m_lines;
};

} // namespace snc
