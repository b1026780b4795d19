// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AutopilotStep.h"
#include "OperationTokens.h"
#include "UiDriver.h"
#include "ui/MainWindow.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QString>
#include <QWidget>

class QTimer;

namespace snc {

class WizardController;

/**
 * @brief Drives the REAL wizard UI from the welcome page (practice chosen, Start pressed; see
 * setWelcomeWindow()) through the connection and the six stages in the practice sandbox, as a
 * person would: it finds widgets by objectName, types with key events and clicks
 * with mouse events (QTest) or, in keyboard-only mode, reaches every control with Tab/Backtab and
 * activates it with Space, arrows and typing (no mouse event at all, no setFocus()); it reads the SMS and e-mail codes from the sandbox outbox, computes
 * the authenticator's codes from the secret shown on screen (lib/otp, as a phone would), and
 * saves a PNG of the window after each step when asked.
 *
 * Nothing blocks: the autopilot is a list of steps (one table per stage, StageSteps.h), each with
 * a readiness condition, an action and a completion condition, polled every 100 ms on the event
 * loop; UiDriver is its hands. It succeeds only when, after
 * a final refresh from the API, every covered stage reports Done; then finished(0). Any step that does
 * not complete in time ends with finished(1) and a message naming the stage, the step and the
 * error shown by the wizard. Does not own the window.
 */
class Autopilot : public QObject
{
    Q_OBJECT
public:
    explicit Autopilot(MainWindow *window, QObject *parent = nullptr);

    /// The run begins on this welcome page (step "welcome": practice chosen, Start pressed, as a
    /// person would); the rest is built once attachWindow() gives the main window it opened.
    void setWelcomeWindow(QWidget *welcome);
    /// The main window that took the welcome page's place.
    void attachWindow(MainWindow *window);

    /// Saves "NN-<step>.png" into `directory` after each step (created if needed).
    void setScreenshotDirectory(const QString &directory) { m_screenshots = directory; }
    /// The service to onboard (--service); empty = the first one the connection page lists.
    void setServiceName(const QString &serviceName) { m_serviceName = serviceName; }
    /// Multiplies every step's time limit (slow machines, CI).
    void setTimeoutFactor(double factor) { m_timeoutFactor = factor; }
    /// No mouse event is ever sent: focus moves with Tab/Backtab only, controls are activated
    /// with Space, arrows and typing. A control Tab cannot reach fails the run.
    void setKeyboardOnly(bool keyboardOnly) { m_ui.setKeyboardOnly(keyboardOnly); }
    bool isKeyboardOnly() const { return m_ui.isKeyboardOnly(); }
    /// Drives (and verifies) the stages up to `stage` only (1–6; default 6): on the production
    /// paths the later stages need OVHcloud's own hosts (`--last-stage`).
    void setLastStage(int stage) { m_lastStage = stage; }
    /// After every step, looks for anything cut on screen (LayoutAudit.h: sideways scrolling, a
    /// label or button narrower than its text, an elided cell, the window pushed past
    /// `windowSize` when valid); each new problem is printed with its step, and the run then ends
    /// with finished(1) listing them all, so that one run shows every one (`--layout-audit`).
    void setLayoutAudit(bool audit, QSize windowSize = {})
    {
        m_layoutAudit = audit;
        m_auditSize = windowSize;
    }
    /// What the layout audit found, "stage N, step: problem", in order (empty without the audit).
    QStringList layoutProblems() const { return m_layoutProblems; }
    /// `--let-token-expire TASKNAME`: leaves the first operation of that OVH task name to expire
    /// without typing its token, then redoes it (the e2e drill of issue 17 item 3).
    void setLetTokenExpire(const QString &taskName) { m_tokens.setLetExpire(taskName); }

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
    using Step = AutopilotStep;

    /// The run: connection, then each stage's step table (StageSteps.h), then verification.
    void buildSteps();
    /// The connection's and the stages' steps (they need the main window's controller).
    void buildWindowSteps();
    void poll();
    /// Acts on the current step once it is ready, then screenshots it when it is done.
    /// False when the step is still under way (nothing more to do in this poll).
    bool advanceStep(Step &step);
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
    /// The first covered stage that is not Done, with what the wizard knows about it; empty if none.
    QString verificationFailure() const;
    void screenshot(const QString &name);
    void auditLayout(const Step &step);
    QString visibleError() const;
    WizardController *controller() const;

    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_welcome;
    /// The welcome step ran and the main window's steps are not built yet.
    bool m_windowStepsPending = false;
    UiDriver m_ui;
    /// Validates, whatever step runs, an operation the window shows waiting for its SMS token.
    OperationTokens m_tokens{m_ui};
    QTimer *m_timer;
    QList<Step> m_steps;
    int m_index = -1;
    bool m_acted = false;
    qint64 m_actedMs = 0;
    int m_actAgainCount = 0;
    qint64 m_stepStartedMs = 0;
    bool m_running = false;
    /// The stages this run drives and must verify Done at the end: those whose table has steps.
    QList<int> m_coveredStages;
    int m_lastStage = 6;
    double m_timeoutFactor = 1.0;
    QString m_screenshots;
    QString m_serviceName;
    QString m_failure;
    int m_shots = 0;
    bool m_layoutAudit = false;
    QSize m_auditSize;
    /// Each problem once, at the first step it was seen (it is usually still there later).
    QStringList m_layoutProblems;
    QSet<QString> m_seenProblems;
};

} // namespace snc
