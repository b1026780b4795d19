// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainText.h"

#include <QLabel>
#include <QTextDocument>

namespace snc {

void showLabelsAsPlainText(QWidget *root)
{
    if (!root)
        return;
    QList<QLabel *> labels = root->findChildren<QLabel *>();
    if (auto *self = qobject_cast<QLabel *>(root))
        labels.prepend(self);
    for (QLabel *label : std::as_const(labels)) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

QString plainToolTip(const QString &text)
{
    // convertFromPlainText escapes and wraps in <p>, so the tooltip is always rich text whose
    // content is the literal value (a bare toHtmlEscaped() would show "&amp;" when the value has
    // no tag-like part and is then taken for plain text).
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace snc
