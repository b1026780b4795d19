// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatusTone.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace snc {

/**
 * @brief One numbered sub-step of a stage page (issue 18 item 2, "one thing per screen"): a
 * heading "2.3 Password" with its state in words, the body shown only while it is the current
 * sub-step, and once done a one-line summary with a "Change" button that asks to reopen it.
 *
 * The card does not decide its state: the page derives it from the model (StagePage's sub-step
 * list) so a resumed wizard lands on the right card. The body widget is reparented to the card.
 * The Change button is named `<card objectName>ChangeButton`, Close `<card objectName>CloseButton`.
 */
class SubStepCard : public QFrame
{
    Q_OBJECT
public:
    enum class State { Later, Current, Done };
    Q_ENUM(State)

    explicit SubStepCard(QWidget *parent = nullptr);

    /// Also names the heading, state, summary and Change button after it.
    void setCardName(const char *objectName);
    void setNumber(const QString &number);
    QString number() const { return m_numberText; }
    void setTitle(const QString &title);
    QString title() const { return m_titleText; }
    /// One line saying what was chosen ("+33 6 •• •• •• 78, admin@example.com"); shown when done.
    void setSummary(const QString &summary);
    /// Whether a done card offers "Change" (false where the service offers no way back).
    void setChangeable(bool changeable);
    /// Adds a widget to the body (reparented; shown only while the card is current).
    void addToBody(QWidget *widget);
    QWidget *body() const { return m_body; }
    /// The body's own layout (owned by the card; no margins of its own, the card's frame gives
    /// them): a page adds its rows, sub-layouts and widgets here rather than wrapping them in a
    /// widget of its own. Widgets added here are reparented to body().
    QVBoxLayout *bodyLayout() const { return m_bodyLayout; }

    void setState(State state);
    State state() const { return m_state; }
    /// How a sub-step's state is said and drawn, in the words and icons of a stage's status (the
    /// rail lists the current stage's sub-steps with them): Done, Your turn, Not started.
    static StatusTone::Kind tone(State state);
    /// Everything the customer must do on the stage is done, and this card stays open only to be
    /// read (stage 3's exports, stage 6's report): while current it says "Done", as the stage does
    /// in the rail, never "Your turn" under a stage marked done. StagePage sets it from the stage.
    void setNothingLeftToDo(bool nothingLeft);
    /// The card's status as it is said and drawn (its state label, its accessible name, the rail):
    /// tone(state()), except a current card with nothing left to do, which is Done.
    StatusTone::Kind shownTone() const;
    /// Reopened by Change: while current, a Close button (`<card>CloseButton`) gives the way out.
    void setReopened(bool reopened);
    QPushButton *changeButton() const { return m_change; }

signals:
    /// The user pressed Change: the page reopens the card until it is done again.
    void changeRequested();
    /// The user closed a reopened card without redoing it: the page follows the model again.
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply();

    State m_state = State::Later;
    bool m_changeable = true;
    bool m_reopened = false;
    bool m_nothingLeftToDo = false;
    QString m_numberText;
    QString m_titleText;
    QLabel *m_heading;
    QLabel *m_stateLabel;
    QLabel *m_summary;
    QPushButton *m_change;
    QPushButton *m_close;
    QWidget *m_body;
    QVBoxLayout *m_bodyLayout;
};

} // namespace snc
