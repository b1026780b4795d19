// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorLabel.h"
#include "SelectableText.h"
#include "StatusTone.h"

#include <QAccessible>
#include <QEvent>

namespace snc {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Selectable and focusable so the message and the query id can be copied into a ticket.
    makeTextSelectable(this);
    applyErrorColour();
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

void ErrorLabel::applyErrorColour()
{
    // Red readable on the palette in use: dark red on a light window, light red on a dark one
    // (dark and high-contrast themes); every other role follows the system palette. The red is
    // the Failed tone's shade, so an error and a failed stage say it in the same colour. Not
    // colour(): its fallback would read back the WindowText this very function set.
    const QColor red = StatusTone::shade(StatusTone::Kind::Failed, StatusTone::isDark(palette()));
    if (palette().color(QPalette::WindowText) == red)
        return;
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, red);
    setPalette(pal);
}

void ErrorLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    else if (event->type() == QEvent::PaletteChange)
        applyErrorColour();
    QLabel::changeEvent(event);
}

} // namespace snc
