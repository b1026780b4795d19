// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxPanel.h"

#include "OutboxFeed.h"
#include "OutboxMessageCard.h"
#include "widgets/SecretClipboard.h"
#include "widgets/Spacing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace snc {

OutboxPanel::OutboxPanel(OutboxFeed *feed, QWidget *parent)
    : QWidget(parent), m_feed(feed), m_clipboard(new SecretClipboard(this)), m_title(new QLabel(this)),
      m_hide(new QToolButton(this)), m_intro(new QLabel(this)), m_empty(new QLabel(this)),
      m_scroll(new QScrollArea(this)), m_phoneTitle(new QLabel), m_sms(new QWidget),
      m_smsLayout(new QVBoxLayout(m_sms)), m_mailTitle(new QLabel), m_mail(new QWidget),
      m_mailLayout(new QVBoxLayout(m_mail)), m_vcenter(new QPushButton(this)),
      m_vcenterResult(new QLabel(this))
{
    setObjectName(Names::outboxPanel);
    m_vcenter->setObjectName(Names::practiceVcenterButton);
    m_vcenterResult->setObjectName(Names::practiceVcenterLabel);
    m_sms->setObjectName(Names::outboxSmsList);
    m_mail->setObjectName(Names::outboxEmailList);
    m_empty->setObjectName(Names::outboxEmptyLabel);
    m_hide->setObjectName(Names::outboxHideButton);
    m_vcenterResult->setWordWrap(true);
    connect(m_vcenter, &QPushButton::clicked, this, &OutboxPanel::vcenterConfiguredClicked);
    connect(m_hide, &QToolButton::clicked, this, &OutboxPanel::hideRequested);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_phoneTitle->setFont(bold);
    m_mailTitle->setFont(bold);
    m_title->setWordWrap(true); // "Téléphone et messagerie d’entraînement" is wider than the panel
    m_intro->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont quiet = m_empty->font();
    quiet.setItalic(true); // an empty state, not a message
    m_empty->setFont(quiet);

    for (QVBoxLayout *l : {m_smsLayout, m_mailLayout}) {
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(Spacing::normal);
    }
    // The cards scroll; the title, the Hide button and the vCenter button stay in view.
    auto *cards = new QWidget;
    auto *cardsLayout = new QVBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->setSpacing(Spacing::normal);
    cardsLayout->addWidget(m_phoneTitle);
    cardsLayout->addWidget(m_sms);
    cardsLayout->addSpacing(Spacing::normal);
    cardsLayout->addWidget(m_mailTitle);
    cardsLayout->addWidget(m_mail);
    cardsLayout->addStretch(1);
    m_scroll->setWidget(cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *header = new QHBoxLayout;
    header->setSpacing(Spacing::normal);
    header->addWidget(m_title, 1);
    header->addWidget(m_hide, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::normal, 0, 0, 0);
    layout->setSpacing(Spacing::normal);
    layout->addLayout(header);
    layout->addWidget(m_intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_vcenter);
    layout->addWidget(m_vcenterResult);

    if (m_feed) {
        connect(m_feed, &OutboxFeed::messagesChanged, this, &OutboxPanel::rebuild);
        connect(m_feed, &OutboxFeed::vcenterConfirmed, this, [this](bool ok) {
            m_vcenterResult->setText(ok ? tr("The practice sandbox now treats vCenter as configured: the KMS "
                                             "registration of stage 5 can end.", "@info")
                                        : tr("The practice sandbox did not take it. Try again.", "@info"));
        });
    }
    retranslate();
    rebuild();
}

QList<OutboxMessageCard *> OutboxPanel::cards() const
{
    return m_sms->findChildren<OutboxMessageCard *>() + m_mail->findChildren<OutboxMessageCard *>();
}

void OutboxPanel::rebuild()
{
    for (QVBoxLayout *l : {m_smsLayout, m_mailLayout}) {
        while (QLayoutItem *item = l->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    const QList<OutboxMessage> messages = m_feed ? m_feed->messages() : QList<OutboxMessage>();
    OutboxMessageCard *newestSms = nullptr;
    OutboxMessageCard *newestMail = nullptr;
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        const bool mail = it->channel == OutboxMessage::Channel::Email;
        auto *card = new OutboxMessageCard(*it, m_clipboard, mail ? m_mail : m_sms);
        (mail ? m_mailLayout : m_smsLayout)->addWidget(card);
        OutboxMessageCard *&newest = mail ? newestMail : newestSms;
        if (!newest)
            newest = card;
    }
    // No empty boxes: a section shows when it has a message; one line when there is none at all.
    m_phoneTitle->setVisible(newestSms);
    m_sms->setVisible(newestSms);
    m_mailTitle->setVisible(newestMail);
    m_mail->setVisible(newestMail);
    m_scroll->setVisible(!messages.isEmpty());
    m_empty->setVisible(messages.isEmpty());
    // The free height goes to the cards, or to the empty-state line (text at its top): the
    // header stays together at the top either way.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->setStretchFactor(m_empty, messages.isEmpty() ? 1 : 0);
    // Alt+P / Alt+M go to the newest message's Copy button.
    m_phoneTitle->setBuddy(newestSms ? newestSms->copyButton() : nullptr);
    m_mailTitle->setBuddy(newestMail ? newestMail->copyButton() : nullptr);
}

void OutboxPanel::retranslate()
{
    m_title->setText(tr("Practice phone and mailbox", "@title"));
    m_intro->setText(tr("In the practice sandbox, the SMS and e-mails sent to the demo "
                        "administrator arrive here. Read the codes and type them in the wizard.",
                        "@info"));
    m_empty->setText(tr("No message yet. The codes sent by SMS or e-mail will appear here.", "@info empty list"));
    m_hide->setText(tr("Hide", "@button"));
    m_hide->setAccessibleName(tr("Hide the practice phone and mailbox", "@label accessible"));
    m_hide->setToolTip(tr("Hide this panel; the View menu and the PRACTICE ribbon bring it back.", "@info tooltip"));
    m_phoneTitle->setText(tr("&Phone (SMS)", "@label"));
    m_mailTitle->setText(tr("&Mailbox (e-mail)", "@label"));
    m_sms->setAccessibleName(tr("SMS received", "@label accessible"));
    m_mail->setAccessibleName(tr("E-mails received", "@label accessible"));
    //: On OVHcloud the KMS registration waits until vCenter is configured; practice has no vCenter
    m_vcenter->setText(tr("I have configured vCenter (practice)", "@button"));
    // Narrow, but never narrower than its widest button in this language (French is longer).
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(qMax(220, m_vcenter->sizeHint().width() + margins.left() + margins.right()));
}

void OutboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // the cards retranslate themselves
    QWidget::changeEvent(event);
}

} // namespace snc
