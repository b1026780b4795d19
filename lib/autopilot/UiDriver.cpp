// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiDriver.h"

#include "stages/WizardController.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

#include <utility>

using MainWindowNames = snc::MainWindow::Names;

namespace snc {

UiDriver::UiDriver(MainWindow *window, FailureHandler onFailure)
    : m_window(window), m_onFailure(std::move(onFailure))
{
}

WizardController *UiDriver::controller() const
{
    return m_window ? m_window->controller() : nullptr;
}

QWidget *UiDriver::currentPage() const
{
    auto *stack = m_window ? m_window->findChild<QStackedWidget *>(QLatin1String(MainWindowNames::pageStack)) : nullptr;
    return stack ? stack->currentWidget() : nullptr;
}

bool UiDriver::isEnabled(const char *objectName) const
{
    const QWidget *w = find<QWidget>(objectName);
    return w && w->isEnabled() && w->isVisible();
}

QWidget *UiDriver::focusedWidget() const
{
    // The window's own focus chain: valid even when the platform has not activated the window.
    QWidget *w = root() ? root()->focusWidget() : nullptr;
    return w && w->isVisible() ? w : nullptr;
}

void UiDriver::openStage(int n)
{
    WizardController *c = controller();
    if (isEnabled(MainWindowNames::nextButton) && c && c->currentPage() == n - 1) {
        click(MainWindowNames::nextButton);
        return;
    }
    selectRow(MainWindowNames::stageRail, n);
}

void UiDriver::fail(const QString &why)
{
    m_failed = true;
    if (m_onFailure)
        m_onFailure(why);
}

bool UiDriver::tabTo(QWidget *target, const QString &name)
{
    const auto reached = [this, target] {
        QWidget *f = focusedWidget();
        return f && (f == target || f->focusProxy() == target || target->focusProxy() == f);
    };
    if (reached())
        return true;
    int focusable = 0;
    const auto widgets = root()->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            ++focusable;
    }
    // Forward around the whole chain, then backward: each press is a real key event sent to the
    // focused widget (or the window when nothing has focus yet), never setFocus().
    for (const Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
        for (int i = 0; i <= focusable; ++i) {
            QWidget *f = focusedWidget();
            QTest::keyClick(f ? f : root(), key,
                            key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
            if (reached())
                return true;
        }
    }
    fail(QStringLiteral("cannot reach %1 with Tab").arg(name));
    return false;
}

void UiDriver::type(const char *objectName, const QString &text)
{
    auto *edit = find<QLineEdit>(objectName);
    if (!edit) {
        fail(QStringLiteral("no field named %1").arg(QLatin1String(objectName)));
        return;
    }
    if (m_keyboardOnly) {
        if (!tabTo(edit, QLatin1String(objectName)))
            return;
        // Tab already selects a line edit's text; Ctrl+A makes sure, Backspace empties it.
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    } else {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    }
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(edit, ch.toLatin1());
        } else {
            // QTest maps only ASCII to keys; other characters arrive as a keyboard layout would
            // deliver them: an unknown key carrying the text.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(edit, &press);
            QCoreApplication::sendEvent(edit, &release);
        }
    }
}

void UiDriver::click(const char *objectName)
{
    auto *button = find<QAbstractButton>(objectName);
    if (!button) {
        fail(QStringLiteral("no button named %1").arg(QLatin1String(objectName)));
        return;
    }
    if (m_keyboardOnly) {
        if (tabTo(button, QLatin1String(objectName)))
            QTest::keyClick(button, Qt::Key_Space);
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

void UiDriver::check(const char *objectName)
{
    auto *box = find<QAbstractButton>(objectName);
    if (!box) {
        fail(QStringLiteral("no check box named %1").arg(QLatin1String(objectName)));
        return;
    }
    if (box->isChecked())
        return;
    if (m_keyboardOnly) {
        if (tabTo(box, QLatin1String(objectName)))
            QTest::keyClick(box, Qt::Key_Space);
        return;
    }
    // On the box itself: a check box only reacts on its indicator and text.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

void UiDriver::selectRow(const char *objectName, int row)
{
    auto *list = find<QListWidget>(objectName);
    if (!list || !list->item(row)) {
        fail(QStringLiteral("no row %1 in %2").arg(row).arg(QLatin1String(objectName)));
        return;
    }
    if (!m_keyboardOnly) {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
        return;
    }
    if (!tabTo(list, QLatin1String(objectName)))
        return;
    // Arrows move the current row one step at a time, as a person would; Space selects it.
    for (int i = 0; i <= list->count() && list->currentRow() != row; ++i)
        QTest::keyClick(list, list->currentRow() < row ? Qt::Key_Down : Qt::Key_Up);
    if (list->currentRow() != row) {
        fail(QStringLiteral("cannot move to row %1 of %2 with the arrows").arg(row).arg(QLatin1String(objectName)));
        return;
    }
    if (!list->item(row)->isSelected())
        QTest::keyClick(list, Qt::Key_Space);
}

} // namespace snc
