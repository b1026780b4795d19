// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenSharingMask.h"

#include "OneTimeSecretEdit.h"
#include "QrCodeView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>

namespace snc {

namespace {

/// The opaque cover over one secret widget. A child of it, so it follows its geometry and dies
/// with it; it paints over the widget and its children (it is raised above them).
class Cover : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(ScreenSharingMask)
public:
    explicit Cover(QWidget *target) : QWidget(target)
    {
        setObjectName(QLatin1String(ScreenSharingMask::coverName));
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setAutoFillBackground(false);
        target->installEventFilter(this);
        retranslate();
        setGeometry(target->rect());
        raise();
        show();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (watched == parent() && event->type() == QEvent::ChildAdded)
            raise(); // a child added later would paint over the cover
        return false;
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Window).darker(115));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect().adjusted(6, 2, -6, -2), Qt::AlignCenter | Qt::TextWordWrap, text());
        if (hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawRect(rect().adjusted(1, 1, -1, -1));
        }
    }

    void mousePressEvent(QMouseEvent *) override { uncover(); }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            uncover();
        else
            QWidget::keyPressEvent(event);
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }

private:
    static QString text() { return tr("Hidden while you share your screen: click to show", "@info"); }

    void retranslate()
    {
        setAccessibleName(tr("Hidden secret", "@label accessible"));
        setAccessibleDescription(tr("Hidden while you share your screen: press Space to show it", "@info accessible"));
        setToolTip(text());
        update();
    }

    void uncover()
    {
        QWidget *target = parentWidget();
        const bool hadFocus = hasFocus();
        deleteLater();
        hide();
        // Focus goes on to what was hidden (a password field to type into).
        if (hadFocus && target && (target->focusPolicy() & Qt::TabFocus))
            target->setFocus(Qt::OtherFocusReason);
    }
};

} // namespace

void ScreenSharingMask::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_protected.removeAll(nullptr);
    for (const QPointer<QWidget> &w : std::as_const(m_protected)) {
        if (enabled)
            cover(w);
        else
            qDeleteAll(w->findChildren<Cover *>(QLatin1String(coverName), Qt::FindDirectChildrenOnly));
    }
    emit enabledChanged(enabled);
}

void ScreenSharingMask::protect(QWidget *widget)
{
    if (!widget || m_protected.contains(widget))
        return;
    m_protected << widget;
    if (m_enabled)
        cover(widget);
}

void ScreenSharingMask::protectSecretsIn(QWidget *root)
{
    if (!root)
        return;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const auto *edit = qobject_cast<QLineEdit *>(w);
        const bool secret = qobject_cast<QrCodeView *>(w) || qobject_cast<OneTimeSecretEdit *>(w)
                || (edit && edit->echoMode() != QLineEdit::Normal) || w->property(secretProperty).toBool();
        if (secret)
            protect(w);
    }
}

bool ScreenSharingMask::isCovered(const QWidget *widget)
{
    return widget && widget->findChild<QWidget *>(QLatin1String(coverName), Qt::FindDirectChildrenOnly);
}

void ScreenSharingMask::cover(QWidget *widget)
{
    if (widget && !isCovered(widget))
        new Cover(widget);
}

} // namespace snc
