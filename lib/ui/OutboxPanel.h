// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace snc {

class OutboxFeed;
class OutboxMessageCard;
class SecretClipboard;

/**
 * @brief Practice sandbox only: the demo user's phone (SMS) and mailbox, beside the wizard, so a
 * practising user can read the codes the "service" sends. Fed by an OutboxFeed (not owned).
 *
 * One card per message, newest first (OutboxMessageCard: from, to, time, subject, the code in bold
 * with a Copy button), under "Phone (SMS)" and "Mailbox (e-mail)"; a section without messages is
 * not shown, and with no message at all one line says what will arrive here (issue 18, item 10).
 * The header's Hide button asks the window to collapse the panel (hideRequested()); the window
 * remembers it. The autopilot reads the codes from the OutboxFeed, never from these widgets.
 * Retranslates on QEvent::LanguageChange.
 */
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char outboxPanel[] = "outboxPanel";
        /// The containers of the SMS and of the e-mail cards.
        static constexpr char outboxSmsList[] = "outboxSmsList";
        static constexpr char outboxEmailList[] = "outboxEmailList";
        static constexpr char outboxEmptyLabel[] = "outboxEmptyLabel";
        static constexpr char outboxHideButton[] = "outboxHideButton";
        static constexpr char practiceVcenterButton[] = "practiceVcenterButton";
        static constexpr char practiceVcenterLabel[] = "practiceVcenterLabel";
    };

    explicit OutboxPanel(OutboxFeed *feed, QWidget *parent = nullptr);

    /// The cards shown, newest first (SMS then e-mail sections).
    QList<OutboxMessageCard *> cards() const;

signals:
    /// "I have configured vCenter (practice)": stage 5's KMS registration waits for vCenter,
    /// which the practice sandbox has not; the window tells the sandbox (OutboxFeed) for the
    /// current service.
    void vcenterConfiguredClicked();
    /// The header's Hide button: the window collapses the panel (View menu, ribbon bring it back).
    void hideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QPointer<OutboxFeed> m_feed;
    SecretClipboard *m_clipboard;
    QLabel *m_title;
    QToolButton *m_hide;
    QLabel *m_intro;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QLabel *m_phoneTitle;
    QWidget *m_sms;
    QVBoxLayout *m_smsLayout;
    QLabel *m_mailTitle;
    QWidget *m_mail;
    QVBoxLayout *m_mailLayout;
    QPushButton *m_vcenter;
    QLabel *m_vcenterResult;
};

} // namespace snc
