// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace snc {

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName(),
                                         QLatin1String(w->metaObject()->className()));
}

QString shortText(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

/// A Qt internal (a scroll area's viewport, a combo box's line edit) or outside `window`.
bool skipped(const QWidget *w, const QWidget *window)
{
    return !w->isVisible() || w->window() != window || w->objectName().startsWith(QLatin1String("qt_"));
}

/// Elided on purpose: what is shown ends with "…" and the tooltip says it all.
bool elidedWithTooltip(const QLabel *label)
{
    const QString text = label->text();
    return text.endsWith(QChar(0x2026)) && label->toolTip().startsWith(text.chopped(1));
}

void checkLabel(const QLabel *label, QStringList &found)
{
    if (label->text().isEmpty() || elidedWithTooltip(label))
        return;
    const QSize hint = label->sizeHint();
    if (!label->wordWrap() && (hint.width() > label->width() || hint.height() > label->height())) {
        found << QStringLiteral("%1 cut: \"%2\" needs %3×%4 px, has %5×%6").arg(describe(label), shortText(label->text()))
                         .arg(hint.width()).arg(hint.height()).arg(label->width()).arg(label->height());
    } else if (label->wordWrap() && label->heightForWidth(label->width()) > label->height()) {
        found << QStringLiteral("%1 cut at the bottom: \"%2\" needs %3 px at %4 px wide, has %5")
                         .arg(describe(label), shortText(label->text()))
                         .arg(label->heightForWidth(label->width())).arg(label->width()).arg(label->height());
    }
}

void checkButton(const QAbstractButton *button, QStringList &found)
{
    if (button->text().isEmpty())
        return;
    // The minimum, not the size hint: a push button's hint adds a margin its style can do without.
    const QSize need = button->minimumSizeHint().expandedTo(
            QSize(button->sizeHint().width(), button->minimumSizeHint().height()));
    if (need.width() > button->width() || need.height() > button->height())
        found << QStringLiteral("%1 cut: \"%2\" needs %3×%4 px, has %5×%6").arg(describe(button), shortText(button->text()))
                         .arg(need.width()).arg(need.height()).arg(button->width()).arg(button->height());
}

/// A value shown to be read or copied (read-only, in clear: a pre-shared key revealed, an
/// address) must be seen whole: an edit narrower than its text shows only part of it. So must an
/// empty field's example.
void checkShownValue(const QLineEdit *edit, QStringList &found)
{
    const QMargins m = edit->textMargins();
    // The frame and the edit's own margin (QLineEditPrivate::horizontalMargin, 2 px) on each side.
    const auto need = [&](const QString &text) {
        return edit->fontMetrics().horizontalAdvance(text) + m.left() + m.right() + 2 * 2 +
               2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
    };
    // An empty field shows its example (placeholder): cut, it ends in "…".
    if (edit->text().isEmpty() && !edit->placeholderText().isEmpty() && need(edit->placeholderText()) > edit->width())
        found << QStringLiteral("%1 placeholder cut: \"%2\" needs %3 px, has %4").arg(describe(edit), edit->placeholderText())
                         .arg(need(edit->placeholderText())).arg(edit->width());
    if (!edit->isReadOnly() || edit->echoMode() != QLineEdit::Normal || edit->text().isEmpty())
        return;
    if (need(edit->text()) > edit->width())
        found << QStringLiteral("%1 shows part of its value: %2 characters need %3 px, has %4")
                         .arg(describe(edit)).arg(edit->text().size()).arg(need(edit->text())).arg(edit->width());
}

/// Each shown cell whose text needs more room than its cell has (the view elides it).
void checkView(const QAbstractItemView *view, QStringList &found)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QRect viewport = view->viewport()->rect();
    // Tables, trees and lists each have their own wordWrap property, none in their base class.
    const bool wrap = view->property("wordWrap").toBool();
    // Rows and columns at the top level, then one level of children (trees show few).
    QList<QModelIndex> parents{QModelIndex()};
    for (int r = 0; r < model->rowCount() && r < 200; ++r) {
        if (model->hasChildren(model->index(r, 0)))
            parents << model->index(r, 0);
    }
    for (const QModelIndex &parent : std::as_const(parents)) {
        for (int r = 0; r < model->rowCount(parent) && r < 200; ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                const QString text = index.data(Qt::DisplayRole).toString();
                const QRect cell = view->visualRect(index);
                if (text.isEmpty() || !cell.isValid() || !cell.intersects(viewport))
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.font = view->font();
                option.fontMetrics = view->fontMetrics();
                option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
                option.rect = cell;
                option.features = wrap ? QStyleOptionViewItem::WrapText : QStyleOptionViewItem::None;
                const QSize need = view->itemDelegateForIndex(index)->sizeHint(option, index);
                // Wrapped text is cut when it is lower than it needs; one line when it is narrower.
                const bool cut = wrap ? need.height() > cell.height() : need.width() > cell.width();
                if (cut)
                    found << QStringLiteral("%1 cell %2,%3 elided: \"%4\" needs %5×%6 px, has %7×%8")
                                     .arg(describe(view)).arg(r).arg(c).arg(shortText(text))
                                     .arg(need.width()).arg(need.height()).arg(cell.width()).arg(cell.height());
            }
        }
    }
}

/// How many pixels of `w` its ancestors hide on the right: each parent clips its children, so a
/// child wider than what its parent shows (a card wider than a scroll area's viewport, with no
/// horizontal scroll bar) is cut although the child itself has all the room its text needs.
int hiddenOnTheRight(const QWidget *w, const QWidget *window)
{
    const int right = w->mapTo(window, QPoint(w->width(), 0)).x();
    int clip = right;
    for (const QWidget *p = w; p != window && (p = p->parentWidget());)
        clip = qMin(clip, p->mapTo(window, QPoint(p->width(), 0)).x());
    return right - clip;
}

/// How many pixels of `w` its ancestors hide above and below: a label as tall as its text in a
/// band lower than the label (the status line's sentence grown to two lines). Only up to the
/// nearest scroll area's viewport: what a viewport hides is scrolled away, not cut.
int hiddenVertically(const QWidget *w, const QWidget *window)
{
    const int top = w->mapTo(window, QPoint(0, 0)).y();
    const int bottom = top + w->height();
    int clipTop = top, clipBottom = bottom;
    for (const QWidget *p = w; p != window && (p = p->parentWidget());) {
        if (qobject_cast<const QAbstractScrollArea *>(p->parentWidget())
            && static_cast<const QAbstractScrollArea *>(p->parentWidget())->viewport() == p)
            break;
        const int pTop = p->mapTo(window, QPoint(0, 0)).y();
        clipTop = qMax(clipTop, pTop);
        clipBottom = qMin(clipBottom, pTop + p->height());
    }
    return qMax(0, clipTop - top) + qMax(0, bottom - clipBottom);
}

/// A text widget, checked on its own by the functions above, and cut by its ancestors here.
void checkClipped(const QWidget *w, const QString &text, const QWidget *window, QStringList &found)
{
    if (text.isEmpty())
        return;
    if (const int hidden = hiddenOnTheRight(w, window); hidden > 0)
        found << QStringLiteral("%1 cut on the right by its parent: \"%2\" has %3 of its %4 px hidden")
                         .arg(describe(w), shortText(text)).arg(hidden).arg(w->width());
    if (const int hidden = hiddenVertically(w, window); hidden > 0)
        found << QStringLiteral("%1 cut vertically by its parent: \"%2\" has %3 of its %4 px hidden")
                         .arg(describe(w), shortText(text)).arg(hidden).arg(w->height());
}

} // namespace

QStringList layoutProblems(QWidget *window, QSize expectedSize)
{
    // Layout requests cascade from the changed widget up, one level per pass.
    for (int i = 0; i < 8; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList found;
    if (expectedSize.isValid() && window->size() != expectedSize)
        found << QStringLiteral("window is %1×%2, not %3×%4 (a layout's minimum pushed it out)")
                         .arg(window->width()).arg(window->height()).arg(expectedSize.width()).arg(expectedSize.height());
    const auto widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (skipped(w, window))
            continue;
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w)) {
            // A scroll bar turned off still has its range: what is wider than the view is hidden.
            if (area->horizontalScrollBar()->isVisible())
                found << QStringLiteral("%1 scrolls sideways (%2 px hidden)").arg(describe(w)).arg(area->horizontalScrollBar()->maximum());
            else if (area->horizontalScrollBar()->maximum() > 0)
                found << QStringLiteral("%1 hides %2 px on the right (no horizontal scroll bar)").arg(describe(w))
                                 .arg(area->horizontalScrollBar()->maximum());
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w))
            checkView(view, found);
        else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            checkLabel(label, found);
            checkClipped(label, label->text(), window, found);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            checkButton(button, found);
            checkClipped(button, button->text(), window, found);
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
            checkShownValue(edit, found);
            checkClipped(edit, edit->text().isEmpty() ? edit->placeholderText() : edit->text(), window, found);
        }
        // Text that wraps by its own height (WrapAnywhereText): lower than it needs is cut.
        if (qobject_cast<const QTextEdit *>(w) && w->hasHeightForWidth() && w->heightForWidth(w->width()) > w->height())
            found << QStringLiteral("%1 cut at the bottom: needs %2 px at %3 px wide, has %4").arg(describe(w))
                             .arg(w->heightForWidth(w->width())).arg(w->width()).arg(w->height());
    }
    found.removeDuplicates();
    return found;
}

} // namespace snc
