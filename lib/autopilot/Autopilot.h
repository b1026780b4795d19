// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MainWindow.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QTimer;

namespace snc {

class WizardController;

/**
 * @brief Drives the REAL wizard UI through the connection and the six stages in the practice
 * sandbox, as a person would: it finds widgets by objectName, types with key events and clicks
 * with mouse events (QTest) or, in keyboard-only mode, reaches every control with Tab/Backtab and
 * activates it with Space, arrows and typing (no mouse event at all, no setFocus()); it reads the SMS and e-mail codes from the sandbox outbox, computes
 * the authenticator's codes from the secret shown on screen (lib/otp, as a phone would), and
 * saves a PNG of the window after each step when asked.
 *
 * Nothing blocks: the autopilot is a list of steps, each with a readiness condition, an action
 * and a completion condition, polled every 100 ms on the event loop. It succeeds only when, after
 * a final refresh from the API, every covered stage reports Done; then finished(0). Any step that does
 * not complete in time ends with finished(1) and a message naming the stage, the step and the
 * error shown by the wizard. Does not own the window.
 */
class Autopilot : public QObject
{
    Q_OBJECT
public:
    explicit Autopilot(MainWindow *window, QObject *parent = nullptr);

    /// Saves "NN-<step>.png" into `directory` after each step (created if needed).
    void setScreenshotDirectory(const QString &directory) { m_screenshots = directory; }
    /// Multiplies every step's time limit (slow machines, CI).
    void setTimeoutFactor(double factor) { m_timeoutFactor = factor; }
    /// No mouse event is ever sent: focus moves with Tab/Backtab only, controls are activated
    /// with Space, arrows and typing. A control Tab cannot reach fails the run.
    void setKeyboardOnly(bool keyboardOnly) { m_keyboardOnly = keyboardOnly; }
    bool isKeyboardOnly() const { return m_keyboardOnly; }

    void start();
    bool isRunning() const { return m_running; }
    QString failureMessage() const { return m_failure; }
    /// Number of screenshots written so far.
    int screenshotCount() const { return m_shots; }

signals:
    /// Progress, one line per step ("stage 1: networks.add"), for the console.
    void progress(const QString &line);
    /// 0 on success; non-zero with message naming the stage and the error.
    void finished(int exitCode, const QString &message);

private:
    struct Step
    {
        QString name;
        int stage = 0;
        int timeoutMs = 60000;
        std::function<bool()> ready;
        std::function<void()> act;
        std::function<bool()> done;
        bool screenshot = true;
        /// The step opens the stage page `stage`: if reading that page fails (an error shown,
        /// nothing running), the step presses "Refresh from OVHcloud", as a person would.
        bool opensPage = false;
    };

    void buildSteps();
    /// Connection, stage 1 (allowed networks) and stage 2 (admin security, token).
    void buildStage12Steps();
    /// Stage 3 (IPsec VPN) and stage 4 (private gateway): AutopilotSteps34.cpp.
    void buildStage34Steps();
    /// Stage 5 (VM encryption) and stage 6 (SecNumCloud activation): AutopilotSteps56.cpp.
    void buildStage56Steps();
    /// Refreshes from the API until every stage in m_coveredStages is Done.
    void buildVerificationSteps();
    void poll();
    void fail(const QString &why);
    /// The step's action failed with an error shown, nothing is running and the action is
    /// possible again (at most a few times per step, at least 1 s apart).
    bool shouldActAgain(const Step &step) const;
    /// Acting or reading again: at most this many times per step (shared by both).
    static constexpr int kMaxAgain = 5;
    /// The page this step opens is shown, its read failed (an error shown) and nothing is running
    /// or refreshing: the page must be read again (same limits as shouldActAgain()).
    bool shouldReadAgain(const Step &step) const;
    void succeed();
    void screenshot(const QString &name);
    QString visibleError() const;
    WizardController *controller() const;

    QWidget *currentPage() const;
    /// The widget named `objectName`, on the current page first (names repeat across pages).
    template <class T>
    T *find(const char *objectName) const
    {
        if (!m_window)
            return nullptr;
        if (QWidget *page = currentPage()) {
            if (T *w = page->findChild<T *>(QLatin1String(objectName)))
                return w;
        }
        return m_window->findChild<T *>(QLatin1String(objectName));
    }
    void type(const char *objectName, const QString &text);
    void click(const char *objectName);
    /// Checks a check box (click, or Tab + Space).
    void check(const char *objectName);
    /// Makes `row` the current row of a list (click on the item, or Tab + Home/Down).
    void selectRow(const char *objectName, int row);
    /// Keyboard-only: presses Tab (then Backtab) until `target` has focus; false (and fail())
    /// when it cannot be reached, bounded by the number of focusable widgets.
    bool tabTo(QWidget *target, const QString &name);
    QWidget *focusedWidget() const;
    bool isEnabled(const char *objectName) const;

    QPointer<MainWindow> m_window;
    QTimer *m_timer;
    QList<Step> m_steps;
    int m_index = -1;
    bool m_acted = false;
    qint64 m_actedMs = 0;
    int m_actAgainCount = 0;
    qint64 m_stepStartedMs = 0;
    bool m_running = false;
    bool m_refreshDone = false;
    int m_outboxMark = 0;
    /// The stages this run drives and must verify Done at the end; each build*Steps() adds its own.
    QList<int> m_coveredStages;
    double m_timeoutFactor = 1.0;
    bool m_keyboardOnly = false;
    QString m_screenshots;
    QString m_failure;
    int m_shots = 0;
};

} // namespace snc
