// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationTokenPanel.h"

#include "CountdownWidget.h"
#include "SelectableText.h"
#include "TechnicalDetails.h"
#include "core/SecretBytes.h"
#include "stages/ApiValueText.h"
#include "stages/OperationTokenGate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace snc {

OperationTokenPanel::OperationTokenPanel(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_operationId(new QLabel(this)),
      m_countdown(new CountdownWidget(this)), m_tokenLabel(new QLabel(this)), m_token(new QLineEdit(this)),
      m_validate(new QPushButton(this)), m_openPage(new QPushButton(this)), m_allowedIp(new QLabel(this)),
      m_problem(new QLabel(this)), m_redo(new QPushButton(this))
{
    setObjectName(Names::panel);
    m_text->setObjectName(Names::text);
    m_operationId->setObjectName(Names::operationId);
    m_token->setObjectName(Names::tokenEdit);
    m_validate->setObjectName(Names::validateButton);
    m_openPage->setObjectName(Names::openPageButton);
    m_allowedIp->setObjectName(Names::allowedIp);
    m_problem->setObjectName(Names::problem);
    m_redo->setObjectName(Names::redoButton);
    for (QLabel *label : {m_text, m_allowedIp, m_problem}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_operationId->setTextFormat(Qt::PlainText);
    makeTextSelectable(m_operationId); // read out to support, compared with the SMS
    m_token->setMaxLength(16);         // 6 digits, plus the spaces of a pasted "123 456"
    m_tokenLabel->setBuddy(m_token);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tokenLabel);
    row->addWidget(m_token);
    row->addWidget(m_validate);
    row->addWidget(m_openPage);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_operationId);
    m_technical = new TechnicalDetails(this); // the task's API name, for support
    m_technical->setObjectName(QStringLiteral("operationTokenTechnical"));
    layout->addWidget(m_technical);
    layout->addWidget(m_countdown);
    layout->addLayout(row);
    layout->addWidget(m_allowedIp);
    layout->addWidget(m_problem);
    layout->addWidget(m_redo, 0, Qt::AlignLeft);
    connect(m_validate, &QPushButton::clicked, this, &OperationTokenPanel::send);
    connect(m_token, &QLineEdit::returnPressed, this, &OperationTokenPanel::send);
    connect(m_token, &QLineEdit::textEdited, this, &OperationTokenPanel::render);
    connect(m_openPage, &QPushButton::clicked, this, &OperationTokenPanel::send);
    connect(m_redo, &QPushButton::clicked, this, [this] {
        if (m_gate)
            m_gate->redo();
    });
    retranslate();
    hide();
}

void OperationTokenPanel::setGate(OperationTokenGate *gate)
{
    if (m_gate == gate)
        return;
    if (m_gate)
        disconnect(m_gate, nullptr, this, nullptr);
    m_gate = gate;
    m_token->clear();
    m_countdown->setCountdown(gate ? gate->countdown() : nullptr);
    if (gate)
        connect(gate, &OperationTokenGate::changed, this, &OperationTokenPanel::render);
    render();
}

void OperationTokenPanel::send()
{
    if (!m_gate || m_gate->state() != OperationTokenGate::State::AwaitingToken)
        return;
    if (m_gate->isEmbedded()) {
        // Digits only, as the sandbox's page reads them; the field never keeps the token.
        QString digits = m_token->text();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.size() != 6)
            return;
        m_token->clear();
        m_gate->validate(SecretBytes::fromString(digits));
    } else {
        m_gate->validate(SecretBytes()); // opens the page; the token is typed there
    }
}

void OperationTokenPanel::render()
{
    using State = OperationTokenGate::State;
    const State state = m_gate ? m_gate->state() : State::Idle;
    setVisible(state != State::Idle);
    if (state == State::Idle)
        return;
    const bool waiting = state == State::AwaitingToken || state == State::Validating;
    const bool embedded = m_gate->isEmbedded();
    m_text->setText(m_gate->text());
    //: %1 the operation (task) id, as in the SMS; %2 what the operation does, in words
    m_operationId->setText(tr("Operation id: %1 (%2)", "@info token").arg(m_gate->taskId()).arg(ApiValueText::taskName(m_gate->taskName())));
    m_technical->setLines({QStringLiteral("taskId: %1").arg(m_gate->taskId()), QStringLiteral("name: %1").arg(m_gate->taskName())});
    m_countdown->setVisible(waiting);
    m_tokenLabel->setVisible(waiting && embedded);
    m_token->setVisible(waiting && embedded);
    m_validate->setVisible(waiting && embedded);
    QString digits = m_token->text();
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    m_validate->setEnabled(state == State::AwaitingToken && digits.size() == 6);
    m_openPage->setVisible(waiting && !embedded);
    m_openPage->setEnabled(state == State::AwaitingToken);
    m_allowedIp->setVisible(waiting);
    m_problem->setText(m_gate->errorMessage());
    m_problem->setVisible(!m_gate->errorMessage().isEmpty());
    m_redo->setVisible(state == State::Expired);
}

void OperationTokenPanel::retranslate()
{
    m_tokenLabel->setText(tr("SMS token:", "@label"));
    m_validate->setText(tr("Validate the operation", "@button"));
    m_openPage->setText(tr("Open the operation-validation page", "@button"));
    m_allowedIp->setText(OperationTokenGate::allowedIpRemark());
    m_redo->setText(tr("Redo the operation", "@button"));
    render();
}

void OperationTokenPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace snc
