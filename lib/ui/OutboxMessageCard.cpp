// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxMessageCard.h"

#include "stages/DisplayFormat.h"
#include "widgets/FlowLayout.h"
#include "widgets/SecretClipboard.h"
#include "widgets/Spacing.h"
#include "widgets/WrapAnywhereText.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace snc {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the sandbox's text, never markup
    label->setWordWrap(true);
    return label;
}
} // namespace

OutboxMessageCard::OutboxMessageCard(const OutboxMessage &message, SecretClipboard *clipboard, QWidget *parent)
    : QFrame(parent), m_message(message), m_clipboard(clipboard), m_heading(plainLabel(this)),
      m_parties(new WrapAnywhereText(this)), m_subject(plainLabel(this)), m_body(new WrapAnywhereText(this)),
      m_codeCaption(plainLabel(this)), m_code(plainLabel(this)), m_copy(new QPushButton(this))
{
    setObjectName(Names::outboxMessageCard);
    setProperty("snc-card", true); // the card frame of the style sheet
    m_code->setObjectName(Names::outboxCodeLabel);
    m_copy->setObjectName(Names::outboxCopyCodeButton);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    // The code is what the person came for: bold and larger, in digits easy to read out.
    QFont codeFont = bold;
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.25);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
    m_code->setFont(codeFont);
    m_code->setWordWrap(false);
    // The card follows the panel's width, which has no horizontal scroll bar: the address and
    // the text wrap anywhere (an e-mail address is one long word), and the Copy button goes
    // under the code when the line is too narrow for both ("Copier le code" in French).
    auto *codeRow = new FlowLayout;
    codeRow->setSpacing(Spacing::normal);
    codeRow->addWidget(m_codeCaption);
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::normal, Spacing::normal, Spacing::normal, Spacing::normal);
    layout->setSpacing(Spacing::tight);
    layout->addWidget(m_heading);
    layout->addWidget(m_parties);
    layout->addWidget(m_subject);
    layout->addWidget(m_body);
    layout->addLayout(codeRow);

    const bool hasCode = !m_message.code.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_codeCaption), static_cast<QWidget *>(m_code),
                       static_cast<QWidget *>(m_copy)})
        w->setVisible(hasCode);
    m_subject->setVisible(!m_message.subject.isEmpty());
    m_code->setText(m_message.code);
    m_body->setText(m_message.body);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_clipboard)
            m_clipboard->copy(m_message.code);
    });
    retranslate();
}

void OutboxMessageCard::retranslate()
{
    const QString channel = m_message.channel == OutboxMessage::Channel::Email ? tr("E-mail", "@label channel")
            : m_message.channel == OutboxMessage::Channel::Sms                 ? tr("SMS", "@label channel")
                                                                               : tr("Message", "@label channel");
    const QString when = m_message.sentAt.isValid()
            ? DisplayFormat::time(m_message.sentAt, locale())
            : QString();
    //: Card heading: %1 "SMS" or "E-mail", %2 time received
    m_heading->setText(when.isEmpty() ? channel : tr("%1 · %2", "@label card heading").arg(channel, when));
    // The sandbox names no sender: it stands for OVHcloud.
    //: %1 the recipient (the demo administrator's phone number or e-mail address)
    m_parties->setText(m_message.to.isEmpty()
                               ? tr("From: OVHcloud (practice)", "@info message sender")
                               : tr("From: OVHcloud (practice)\nTo: %1", "@info message parties").arg(m_message.to));
    //: %1 the e-mail's subject, as the practice sandbox wrote it
    m_subject->setText(tr("Subject: %1", "@info e-mail").arg(m_message.subject));
    m_codeCaption->setText(tr("Code:", "@label"));
    m_codeCaption->setBuddy(m_copy); // a field label names its control (accessibility audit)
    m_code->setAccessibleName(tr("Code %1", "@label accessible").arg(m_message.code));
    m_copy->setText(tr("Copy code", "@button"));
    m_copy->setAccessibleName(tr("Copy the code %1", "@label accessible").arg(m_message.code));
    m_copy->setToolTip(tr("Copies the code; the clipboard is emptied again after 30 seconds.", "@info tooltip"));
    setAccessibleName(m_heading->text());
}

void OutboxMessageCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace snc
