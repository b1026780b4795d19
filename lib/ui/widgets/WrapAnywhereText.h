// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

namespace snc {

/**
 * @brief Plain text that wraps anywhere, a URL with a long token for instance, shown in full at
 * any width (issue 18, item 4). A QLabel wraps at word boundaries only, so one long token sets its
 * minimum width and pushes the page into sideways scrolling; inserting break characters would
 * spoil what is copied. Looks like a label (no frame, no scroll bar, the window's background),
 * is read-only, selectable with the mouse and the keyboard, and Tab leaves it. Its height follows
 * its width (heightForWidth).
 */
class WrapAnywhereText : public QTextEdit
{
    Q_OBJECT
public:
    explicit WrapAnywhereText(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return toPlainText(); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace snc
