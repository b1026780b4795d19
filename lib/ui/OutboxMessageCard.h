// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxFeed.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace snc {

class SecretClipboard;
class WrapAnywhereText;

/**
 * @brief One SMS or e-mail of the practice outbox as a card (issue 18, item 10): channel and time,
 * from and to, the e-mail's subject, the text, then the code in bold with a Copy button.
 *
 * The code is copied through SecretClipboard (kept out of clipboard managers' history, cleared
 * after a while), like every other secret. Every text is plain (it comes from the sandbox).
 * Retranslates on QEvent::LanguageChange.
 */
class OutboxMessageCard : public QFrame
{
    Q_OBJECT
public:
    struct Names
    {
        static constexpr char outboxMessageCard[] = "outboxMessageCard";
        static constexpr char outboxCodeLabel[] = "outboxCodeLabel";
        static constexpr char outboxCopyCodeButton[] = "outboxCopyCodeButton";
    };

    /// `clipboard` is shared by the panel's cards (not owned).
    OutboxMessageCard(const OutboxMessage &message, SecretClipboard *clipboard, QWidget *parent = nullptr);

    const OutboxMessage &message() const { return m_message; }
    QPushButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    OutboxMessage m_message;
    SecretClipboard *m_clipboard;
    QLabel *m_heading;
    WrapAnywhereText *m_parties;
    QLabel *m_subject;
    WrapAnywhereText *m_body;
    QLabel *m_codeCaption;
    QLabel *m_code;
    QPushButton *m_copy;
};

} // namespace snc
