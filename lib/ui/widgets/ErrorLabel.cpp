// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorLabel.h"

#include <QAccessible>
#include <QEvent>

namespace snc {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Selectable and focusable so the message and the query id can be copied into a ticket.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    setPalette(pal);
    hide();
}

void ErrorLabel::showError(const ApiError &error)
{
    m_error = error;
    render();
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ErrorLabel::showMessage(const QString &message)
{
    m_error.reset();
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError()
{
    m_error.reset();
    clear();
    hide();
}

void ErrorLabel::render()
{
    if (!m_error)
        return;
    QString text = m_error->userMessage();
    if (!m_error->queryId.isEmpty())
        text = tr("%1\nReference for support: %2", "@info error with the OVH query id")
                       .arg(text, m_error->queryId);
    setText(text);
    setAccessibleName(tr("Error", "@label accessible"));
    setAccessibleDescription(text);
}

void ErrorLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

} // namespace snc
