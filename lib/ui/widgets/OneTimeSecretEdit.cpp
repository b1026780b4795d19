// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneTimeSecretEdit.h"

#include <QStyle>

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

void OneTimeSecretEdit::setGroupSize(int size)
{
    m_groupSize = qMax(0, size);
    if (m_groupSize > 0) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(font().pointSizeF());
        setFont(mono);
    }
    wipeText(); // made again, grouped, when shown
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
    if (m_groupSize <= 0) {
        // The one QString of the secret: the edit keeps this very buffer (QLineEdit shares it).
        setText(m_secret.exposeString());
        return;
    }
    // Grouped: built straight into the one QString the edit keeps (reserved, so never
    // reallocated: no stale copy of a half-built value is left behind).
    const QByteArray &bytes = m_secret.expose();
    QString grouped;
    grouped.reserve(bytes.size() + bytes.size() / m_groupSize + 1);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0 && i % m_groupSize == 0)
            grouped.append(QLatin1Char(' '));
        grouped.append(QLatin1Char(bytes.at(i)));
    }
    // The whole value fits: the field is never narrower than its text (no 200-pixel PSK).
    setMinimumWidth(fontMetrics().horizontalAdvance(QString(grouped.size() + 2, QLatin1Char('M')))
                    + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this) + 12);
    setText(grouped);
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
