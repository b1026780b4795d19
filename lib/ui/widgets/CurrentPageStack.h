// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

namespace snc {

/**
 * @brief A stacked widget whose size hints are the current page's, not the largest page's.
 *
 * The main window puts the page stack in a scroll area so that long pages fit a 1366×768 screen.
 * QStackedWidget asks for the size of its LARGEST page, so every page scrolled as if it were the
 * longest one, and pages with their own scroll area showed two scroll bars. Here only the page on
 * screen counts; the scroll area re-lays out when the page changes.
 *
 * Height for width too: a resizable QScrollArea sizes its widget by `widget->heightForWidth()`
 * whenever the widget's layout has height for width, and QStackedLayout answers with the
 * maximum over all pages, so a short page (the completion screen) was given the tallest page's
 * height: empty space under it, and a scroll range that kept the previous page's offset.
 */
class CurrentPageStack : public QStackedWidget
{
public:
    explicit CurrentPageStack(QWidget *parent = nullptr) : QStackedWidget(parent)
    {
        connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
    }

    QSize sizeHint() const override
    {
        const QWidget *w = currentWidget();
        return w ? w->sizeHint() : QStackedWidget::sizeHint();
    }
    QSize minimumSizeHint() const override
    {
        const QWidget *w = currentWidget();
        return w ? w->minimumSizeHint() : QStackedWidget::minimumSizeHint();
    }
    bool hasHeightForWidth() const override
    {
        const QWidget *w = currentWidget();
        return w ? w->hasHeightForWidth() : QStackedWidget::hasHeightForWidth();
    }
    /// -1 for a current page without height for width: QScrollArea then keeps the page's
    /// minimum size (the scroll area still asks, since QStackedLayout says "some page has").
    int heightForWidth(int width) const override
    {
        const QWidget *w = currentWidget();
        if (!w)
            return QStackedWidget::heightForWidth(width);
        return w->hasHeightForWidth() ? w->heightForWidth(width) : -1;
    }
};

} // namespace snc
