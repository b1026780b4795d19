// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeFit.h"

#include <QHeaderView>
#include <QLabel>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QEvent>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>

namespace snc {

namespace {
/// Measures a cell at its column's width, so a wrapped text gets the lines it needs.
class ColumnWidthDelegate : public QStyledItemDelegate
{
public:
    explicit ColumnWidthDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // A column sized to its contents asks for its one-line width: measured at its own
        // width it could never grow.
        if (m_view->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem atWidth(option);
        int width = m_view->header()->sectionSize(index.column());
        if (index.column() == m_view->header()->logicalIndex(0))
            width -= m_view->indentation() * (m_view->rootIsDecorated() ? 1 : 0);
        // The style wraps only within a valid rectangle (a height too); the view passes none.
        if (width > 0)
            atWidth.rect = QRect(0, 0, width, qMax(1, option.rect.height()));
        atWidth.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(atWidth, index);
    }

private:
    QTreeView *m_view;
};
} // namespace

void wrapCellsToColumns(QTreeView *view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setItemDelegate(new ColumnWidthDelegate(view));
    // Queued: a resize-to-contents column may resize again during the new layout; one pass then
    // settles it, and several resizes in one turn make one layout.
    auto *pending = new QTimer(view);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    QObject::connect(view->header(), &QHeaderView::sectionResized, pending, qOverload<>(&QTimer::start));
}

namespace {
const char kFitRows[] = "sncFitRows"; ///< QPoint(minRows, maxRows) once fitHeightToRows() was called

void refit(QTreeView *view)
{
    const QPoint limits = view->property(kFitRows).toPoint();
    const QAbstractItemModel *model = view->model();
    const int rows = model ? model->rowCount(view->rootIndex()) : 0;
    const int lineHeight = view->fontMetrics().height() + 6;
    int height = 0;
    for (int r = 0; r < qMin(rows, limits.y()); ++r) {
        const int row = view->sizeHintForRow(r);
        height += row > 0 ? row : lineHeight;
    }
    height = qMax(height, limits.x() * lineHeight);
    if (!view->isHeaderHidden())
        height += view->header()->sizeHint().height();
    height += 2 * view->frameWidth();
    if (view->horizontalScrollBar()->isVisible())
        height += view->horizontalScrollBar()->sizeHint().height();
    view->setFixedHeight(height);
}
} // namespace

void fitHeightToRows(QTreeView *view, int minRows, int maxRows)
{
    if (!view->property(kFitRows).isValid()) {
        // Wrapped rows change height with their column's width: fit again after a resize.
        auto *pending = new QTimer(view);
        pending->setSingleShot(true);
        pending->setInterval(0);
        QObject::connect(pending, &QTimer::timeout, view, [view] { refit(view); });
        QObject::connect(view->header(), &QHeaderView::sectionResized, pending, qOverload<>(&QTimer::start));
    }
    view->setProperty(kFitRows, QPoint(minRows, maxRows));
    refit(view);
}

namespace {
/// Keeps the empty-state label over its viewport when the viewport is resized.
class ViewportFollower : public QObject
{
public:
    explicit ViewportFollower(QLabel *label) : QObject(label), m_label(label) { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A resize of a viewport whose window is being shown can stay pending: the paint that
        // follows any resize catches it too.
        const bool sized = event->type() == QEvent::Resize || event->type() == QEvent::Paint;
        if (sized && watched == m_label->parentWidget() && m_label->geometry() != m_label->parentWidget()->rect())
            m_label->setGeometry(m_label->parentWidget()->rect());
        return false;
    }

private:
    QLabel *m_label;
};

void syncEmptyState(QTreeView *view)
{
    auto *label = view->viewport()->findChild<QLabel *>(QLatin1String(emptyStateLabelName), Qt::FindDirectChildrenOnly);
    if (!label)
        return;
    const QAbstractItemModel *model = view->model();
    label->setVisible(!model || model->rowCount(view->rootIndex()) == 0);
}
} // namespace

void setEmptyText(QTreeView *view, const QString &text)
{
    auto *label = view->viewport()->findChild<QLabel *>(QLatin1String(emptyStateLabelName), Qt::FindDirectChildrenOnly);
    if (!label) {
        // A child of the viewport, laid out over it: it scrolls with nothing and never takes a
        // row's place; the view's rows (none) are painted under it.
        label = new QLabel(view->viewport());
        label->setObjectName(QLatin1String(emptyStateLabelName));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);

        QFont quiet = label->font();
        quiet.setItalic(true);
        label->setFont(quiet);
        // Over the whole viewport (the two empty lines the fit leaves), following its size.
        label->setGeometry(view->viewport()->rect());
        view->viewport()->installEventFilter(new ViewportFollower(label));
        if (QAbstractItemModel *model = view->model()) {
            const auto sync = [view] { syncEmptyState(view); };
            QObject::connect(model, &QAbstractItemModel::rowsInserted, label, sync);
            QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, sync);
            QObject::connect(model, &QAbstractItemModel::modelReset, label, sync);
            QObject::connect(model, &QAbstractItemModel::layoutChanged, label, sync);
        }
    }
    label->setText(text);
    label->setAccessibleName(text);
    syncEmptyState(view);
}

void revealRow(QTreeView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    if (view->selectionModel())
        view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    // After the fit (queued relayouts): the row's place in the page is known only then.
    const QPersistentModelIndex row(index);
    const QPointer<QTreeView> guard(view);
    QTimer::singleShot(0, view, [guard, row] {
        if (!guard || !row.isValid())
            return;
        guard->scrollTo(row);
        for (QWidget *p = guard->parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p)) {
                const QRect rect = guard->visualRect(row);
                const QPoint centre = guard->viewport()->mapTo(area->widget(), rect.center());
                area->ensureVisible(centre.x(), centre.y(), 0, rect.height());
                break;
            }
        }
    });
}

} // namespace snc
