// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxPanel.h"
#include "stages/DisplayFormat.h"

#include "OutboxFeed.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace snc {

OutboxPanel::OutboxPanel(OutboxFeed *feed, QWidget *parent)
    : QWidget(parent), m_feed(feed), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_phoneTitle(new QLabel(this)), m_sms(new QListWidget(this)), m_mailTitle(new QLabel(this)),
      m_mail(new QListWidget(this)), m_vcenter(new QPushButton(this)), m_vcenterResult(new QLabel(this))
{
    m_vcenter->setObjectName(Names::practiceVcenterButton);
    m_vcenterResult->setObjectName(Names::practiceVcenterLabel);
    m_vcenterResult->setWordWrap(true);
    connect(m_vcenter, &QPushButton::clicked, this, &OutboxPanel::vcenterConfiguredClicked);
    setObjectName(Names::outboxPanel);
    m_sms->setObjectName(Names::outboxSmsList);
    m_mail->setObjectName(Names::outboxEmailList);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_intro->setWordWrap(true);
    m_title->setWordWrap(true); // "Téléphone et messagerie d’entraînement" is wider than the panel
    for (QListWidget *list : {m_sms, m_mail}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    m_phoneTitle->setBuddy(m_sms);
    m_mailTitle->setBuddy(m_mail);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_phoneTitle);
    layout->addWidget(m_sms, 1);
    layout->addWidget(m_mailTitle);
    layout->addWidget(m_mail, 1);
    layout->addWidget(m_vcenter);
    layout->addWidget(m_vcenterResult);
    setMinimumWidth(260);

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

void OutboxPanel::rebuild()
{
    m_sms->clear();
    m_mail->clear();
    if (!m_feed)
        return;
    const QList<OutboxMessage> messages = m_feed->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        const QString when = it->sentAt.isValid()
                ? DisplayFormat::time(it->sentAt, locale())
                : QString();
        if (it->channel == OutboxMessage::Channel::Email) {
            //: %1 time, %2 subject, %3 message text
            m_mail->addItem(tr("%1 — %2\n%3", "@item e-mail").arg(when, it->subject, it->body));
        } else {
            //: %1 time, %2 message text
            m_sms->addItem(tr("%1\n%2", "@item SMS").arg(when, it->body));
        }
    }
}

void OutboxPanel::retranslate()
{
    m_title->setText(tr("Practice phone and mailbox", "@title"));
    m_intro->setText(tr("In the practice sandbox, the SMS and e-mails sent to the demo "
                        "administrator arrive here. Read the codes and type them in the wizard.",
                        "@info"));
    m_phoneTitle->setText(tr("&Phone (SMS)", "@label"));
    m_mailTitle->setText(tr("&Mailbox (e-mail)", "@label"));
    m_sms->setAccessibleName(tr("SMS received", "@label accessible"));
    m_mail->setAccessibleName(tr("E-mails received", "@label accessible"));
    //: On OVHcloud the KMS registration waits until vCenter is configured; practice has no vCenter
    m_vcenter->setText(tr("I have configured vCenter (practice)", "@button"));
}

void OutboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace snc
