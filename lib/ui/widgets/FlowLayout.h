// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace snc {

/**
 * @brief A row of widgets (buttons) that wraps onto the next line when it is narrower than the
 * row, instead of pushing the page into sideways scrolling or cutting the last button (issue 18,
 * item 4: "button rows that wrap"). Items keep their size hint and the order they were added in,
 * so the tab order and the reading order stay the same; setRightAligned() puts each line at the
 * right (a page's closing actions; not QLayout::setAlignment(), which places the whole layout). Its height follows its width (heightForWidth), which
 * QBoxLayout and QScrollArea honour. Owns its items, as any QLayout.
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void setRightAligned(bool right) { m_right = right; }
    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the visible items in `rect` (when `apply`), line after line; the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    bool m_right = false;
};

} // namespace snc
