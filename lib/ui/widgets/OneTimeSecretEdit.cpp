// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneTimeSecretEdit.h"

namespace snc {

OneTimeSecretEdit::OneTimeSecretEdit(QWidget *parent) : QLineEdit(parent)
{
    setReadOnly(true);
    setEchoMode(QLineEdit::Password);
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    connect(this, &QLineEdit::selectionChanged, this, [this] {
        if (hasSelectedText())
            deselect();
    });
}

OneTimeSecretEdit::~OneTimeSecretEdit()
{
    wipeText();
}

void OneTimeSecretEdit::setSecret(SecretBytes secret)
{
    wipeText();
    m_secret = std::move(secret);
    if (isVisible())
        fill();
}

void OneTimeSecretEdit::showEvent(QShowEvent *event)
{
    QLineEdit::showEvent(event);
    fill();
}

void OneTimeSecretEdit::hideEvent(QHideEvent *event)
{
    wipeText();
    QLineEdit::hideEvent(event);
}

void OneTimeSecretEdit::fill()
{
    if (m_secret.isEmpty() || !text().isEmpty())
        return;
    // The one QString of the secret: the edit keeps this very buffer (QLineEdit shares it).
    setText(m_secret.exposeString());
}

void OneTimeSecretEdit::wipeText()
{
    if (text().isEmpty())
        return;
    // Hold the edit's buffer, make the edit let go of it (setText, not clear(): clear() would
    // record the characters in the undo history), then cleanse it: we are its last owner.
    QString held = text();
    setText(QString());
    wipe(held);
}

} // namespace snc
