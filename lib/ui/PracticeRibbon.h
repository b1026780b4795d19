// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace snc {

/**
 * @brief The "PRACTICE" ribbon across the main window while it is connected to the practice
 * sandbox (issue 18, item 10): the word itself and what it means, so nobody takes practice for
 * production, never a colour alone. Its button shows or hides the practice phone and mailbox
 * (the window keeps the state; setPanelShown() mirrors it). Retranslates on LanguageChange.
 */
class PracticeRibbon : public QFrame
{
    Q_OBJECT
public:
    struct Names
    {
        static constexpr char practiceRibbon[] = "practiceRibbon";
        static constexpr char practiceRibbonLabel[] = "practiceRibbonLabel";
        static constexpr char practicePanelButton[] = "practicePanelButton";
    };

    explicit PracticeRibbon(QWidget *parent = nullptr);

    /// Mirrors the panel's state on the button (no signal).
    void setPanelShown(bool shown);
    QString text() const;

signals:
    /// The button was pressed: show (`shown`) or hide the practice phone and mailbox.
    void panelToggled(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_mark;
    QLabel *m_text;
    QToolButton *m_panel;
};

} // namespace snc
