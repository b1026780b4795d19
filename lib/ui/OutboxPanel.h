// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace snc {

class OutboxFeed;

/**
 * @brief Practice sandbox only: the demo user's phone (SMS) and mailbox, side by side with the
 * wizard, so a practising user can read the codes the "service" sends. Fed by an OutboxFeed
 * (not owned); newest message first. Retranslates on QEvent::LanguageChange.
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
        static constexpr char outboxSmsList[] = "outboxSmsList";
        static constexpr char outboxEmailList[] = "outboxEmailList";
        static constexpr char practiceVcenterButton[] = "practiceVcenterButton";
        static constexpr char practiceVcenterLabel[] = "practiceVcenterLabel";
    };

    explicit OutboxPanel(OutboxFeed *feed, QWidget *parent = nullptr);

signals:
    /// "I have configured vCenter (practice)": stage 5's KMS registration waits for vCenter,
    /// which the practice sandbox has not; the window tells the sandbox (OutboxFeed) for the
    /// current service.
    void vcenterConfiguredClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QPointer<OutboxFeed> m_feed;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_phoneTitle;
    QListWidget *m_sms;
    QLabel *m_mailTitle;
    QListWidget *m_mail;
    QPushButton *m_vcenter;
    QLabel *m_vcenterResult;
};

} // namespace snc
