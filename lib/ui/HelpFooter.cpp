// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpFooter.h"

#include "stages/SupportSummary.h"
#include "stages/WizardController.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace snc {

HelpFooter::HelpFooter(WizardController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_screen(new QLabel(this)), m_button(new QPushButton(this)),
      m_referenceLabel(new QLabel(this))
{
    m_screen->setObjectName(Names::screenLabel);
    m_button->setObjectName(Names::getHelpButton);
    m_referenceLabel->setObjectName(Names::helpReferenceLabel);
    m_referenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_referenceLabel->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen);
    layout->addWidget(m_button);
    layout->addWidget(m_referenceLabel);
    connect(m_button, &QPushButton::clicked, this, &HelpFooter::getHelp);
    retranslate();
}

void HelpFooter::sync()
{
    if (!m_controller)
        return;
    //: Footer: the screen number support asks for; %1 0 (connection) to 6, or a sub-step ("2.4")
    m_screen->setText(tr("Screen %1", "@info footer")
                              .arg(m_subStep.isEmpty() ? QString::number(m_controller->currentPage()) : m_subStep));
    m_screen->setAccessibleName(m_screen->text());
}

void HelpFooter::setSubStep(const QString &number)
{
    m_subStep = number;
    sync();
}

void HelpFooter::getHelp()
{
    if (!m_controller)
        return;
    // collect() reads the pending tasks' states (asynchronous): the button waits for it, once.
    m_button->setEnabled(false);
    auto *summary = new SupportSummary(m_controller, this);
    connect(summary, &SupportSummary::ready, this, [this, summary](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
        m_reference = summary->reference();
        summary->deleteLater();
        m_button->setEnabled(true);
        //: %1 a short code ("S3-7F2A") the customer reads out to support
        m_referenceLabel->setText(tr("Reference: %1", "@info").arg(m_reference));
        m_referenceLabel->setAccessibleName(m_referenceLabel->text());
        m_referenceLabel->show();
        emit copied(tr("Support summary copied (reference %1): paste it into your message to OVHcloud "
                       "support, or read the reference out on the phone.", "@info").arg(m_reference));
    });
    summary->collect();
}

void HelpFooter::retranslate()
{
    m_button->setText(tr("&Get help", "@button"));
    m_button->setToolTip(tr("Copies a summary for OVHcloud support (no password, key or code) and shows "
                            "a reference to read out", "@info tooltip"));
    m_button->setAccessibleName(tr("Get help", "@label accessible"));
    m_button->setAccessibleDescription(m_button->toolTip());
    if (!m_reference.isEmpty())
        m_referenceLabel->setText(tr("Reference: %1", "@info").arg(m_reference));
    sync();
}

void HelpFooter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace snc
