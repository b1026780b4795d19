// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapAnywhereText.h"

#include <QFontMetrics>
#include <QtMath>
#include <QTextDocument>

namespace snc {

WrapAnywhereText::WrapAnywhereText(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // No background of its own, as a label (no colour of ours either): the group box shows
    // through, so it reads as text, not as a field to type in.
    viewport()->setAutoFillBackground(false);
    viewport()->setBackgroundRole(QPalette::Window);
    document()->setDocumentMargin(0);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WrapAnywhereText::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    setPlainText(text);
    updateGeometry();
}

int WrapAnywhereText::heightForWidth(int width) const
{
    // The same text laid out at that width, on a copy: the shown document keeps its own width.
    QTextDocument probe;
    probe.setDefaultFont(font());
    probe.setDocumentMargin(0);
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    probe.setDefaultTextOption(option);
    probe.setPlainText(toPlainText());
    probe.setTextWidth(qMax(1, width - 2 * frameWidth()));
    return qCeil(probe.size().height()) + 2 * frameWidth();
}

QSize WrapAnywhereText::sizeHint() const
{
    const int width = qMin(fontMetrics().horizontalAdvance(toPlainText()) + 2 * frameWidth() + 2,
                           fontMetrics().averageCharWidth() * 80);
    return QSize(width, heightForWidth(width));
}

QSize WrapAnywhereText::minimumSizeHint() const
{
    // Any width: the text wraps anywhere. The height is the layout's, through heightForWidth.
    return QSize(fontMetrics().averageCharWidth() * 8, fontMetrics().height());
}

void WrapAnywhereText::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    // A new width may need a new height: ask the layout again if it does.
    if (heightForWidth(width()) != height())
        updateGeometry();
}

} // namespace snc
