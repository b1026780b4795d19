// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MainWindow.h"

#include <QLatin1String>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

namespace snc {

class WizardController;

/**
 * @brief The autopilot's hands: finds widgets by objectName and types, clicks, checks and
 * selects as a person would, with synthesized key and mouse events (QTest) or, in keyboard-only
 * mode, with Tab/Backtab, Space, arrows and typing alone (no mouse event, no setFocus()).
 *
 * A control that cannot be found or reached calls the failure handler (the autopilot's fail())
 * and hasFailed() becomes true. Does not own the window.
 */
class UiDriver
{
public:
    using FailureHandler = std::function<void(const QString &why)>;

    UiDriver(MainWindow *window, FailureHandler onFailure);

    void setKeyboardOnly(bool keyboardOnly) { m_keyboardOnly = keyboardOnly; }
    bool isKeyboardOnly() const { return m_keyboardOnly; }

    MainWindow *window() const { return m_window; }
    /// The window driven before the main window exists (the welcome page); the main window,
    /// once set, is the one driven.
    void setWelcomeWindow(QWidget *welcome) { m_welcome = welcome; }
    void setWindow(MainWindow *window) { m_window = window; }
    /// The window the controls are looked for in: the main window, else the welcome page.
    QWidget *root() const { return m_window ? static_cast<QWidget *>(m_window.data()) : m_welcome.data(); }
    WizardController *controller() const;
    QWidget *currentPage() const;
    /// The widget that has the window's keyboard focus, if visible.
    QWidget *focusedWidget() const;

    /// The widget named `objectName`, on the current page first (names repeat across pages).
    template <class T>
    T *find(const char *objectName) const
    {
        QWidget *r = root();
        if (!r)
            return nullptr;
        if (QWidget *page = currentPage()) {
            if (T *w = page->findChild<T *>(QLatin1String(objectName)))
                return w;
        }
        return r->findChild<T *>(QLatin1String(objectName));
    }
    bool isEnabled(const char *objectName) const;

    void type(const char *objectName, const QString &text);
    void click(const char *objectName);
    /// Checks a check box (click, or Tab + Space).
    void check(const char *objectName);
    /// Makes `row` the current row of a list (click on the item, or Tab + arrows + Space).
    void selectRow(const char *objectName, int row);

    /// Opens stage `n`'s page as a person would: Next from the page before, else the stage rail
    /// (stages 3–4 may be driven by other steps, or not).
    void openStage(int n);

    /// Ends the run with `why` (the autopilot names the stage, the step and the error shown).
    void fail(const QString &why);
    /// fail() was called during this run: the step's remaining actions must not run.
    bool hasFailed() const { return m_failed; }

private:
    /// Keyboard-only: presses Tab (then Backtab) until `target` has focus; false (and fail())
    /// when it cannot be reached, bounded by the number of focusable widgets.
    bool tabTo(QWidget *target, const QString &name);

    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_welcome;
    FailureHandler m_onFailure;
    bool m_keyboardOnly = false;
    bool m_failed = false;
};

} // namespace snc
