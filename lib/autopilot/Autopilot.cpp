// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autopilot.h"

#include "core/Clock.h"
#include "otp/Base32.h"
#include "otp/Totp.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/SecureInterface.h"
#include "stages/security/TokenValidationModel.h"
#include "ui/MainWindow.h"
#include "ui/OutboxFeed.h"
#include "ui/widgets/ErrorLabel.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using MainWindowNames = snc::MainWindow::Names;

namespace snc {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

Autopilot::Autopilot(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &Autopilot::poll);
}

WizardController *Autopilot::controller() const
{
    return m_window ? m_window->controller() : nullptr;
}

QWidget *Autopilot::currentPage() const
{
    auto *stack = m_window ? m_window->findChild<QStackedWidget *>(QLatin1String(MainWindowNames::pageStack)) : nullptr;
    return stack ? stack->currentWidget() : nullptr;
}

bool Autopilot::isEnabled(const char *objectName) const
{
    const QWidget *w = find<QWidget>(objectName);
    return w && w->isEnabled() && w->isVisible();
}

QWidget *Autopilot::focusedWidget() const
{
    // The window's own focus chain: valid even when the platform has not activated the window.
    QWidget *w = m_window ? m_window->focusWidget() : nullptr;
    return w && w->isVisible() ? w : nullptr;
}

bool Autopilot::tabTo(QWidget *target, const QString &name)
{
    const auto reached = [this, target] {
        QWidget *f = focusedWidget();
        return f && (f == target || f->focusProxy() == target || target->focusProxy() == f);
    };
    if (reached())
        return true;
    int focusable = 0;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            ++focusable;
    }
    // Forward around the whole chain, then backward: each press is a real key event sent to the
    // focused widget (or the window when nothing has focus yet), never setFocus().
    for (const Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
        for (int i = 0; i <= focusable; ++i) {
            QWidget *f = focusedWidget();
            QTest::keyClick(f ? f : m_window.data(), key,
                            key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
            if (reached())
                return true;
        }
    }
    fail(QStringLiteral("cannot reach %1 with Tab").arg(name));
    return false;
}

void Autopilot::type(const char *objectName, const QString &text)
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

void Autopilot::click(const char *objectName)
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

void Autopilot::check(const char *objectName)
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

void Autopilot::selectRow(const char *objectName, int row)
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

void Autopilot::start()
{
    buildSteps();
    m_running = true;
    m_index = -1;
    m_acted = true;
    m_timer->start();
    m_stepStartedMs = nowMs();
    poll();
}

void Autopilot::poll()
{
    if (!m_running || !m_window)
        return;
    if (m_index >= 0 && m_index < m_steps.size()) {
        Step &step = m_steps[m_index];
        if (!m_acted) {
            if (!step.ready || step.ready()) {
                m_acted = true;
                m_actedMs = nowMs();
                m_actAgainCount = 0;
                if (step.act)
                    step.act();
                if (!m_running)
                    return;
            }
        }
        if (m_acted && (!step.done || step.done())) {
            if (step.screenshot)
                screenshot(step.name);
        } else if (m_acted && shouldReadAgain(step)) {
            // Checked first: on a page whose read failed, the open step's own action (Next)
            // would leave the page instead of reading it.
            ++m_actAgainCount;
            m_actedMs = nowMs();
            emit progress(QStringLiteral("stage %1: %2 (read again after: %3)").arg(step.stage).arg(step.name, visibleError()));
            click(MainWindowNames::refreshButton);
            return;
        } else if (m_acted && shouldActAgain(step)) {
            // As a person would: the action failed (a server error, a dropped connection), the
            // page re-read the live state and offers the action again: do it again. The steps'
            // actions look at that state first, so nothing is created twice.
            ++m_actAgainCount;
            m_actedMs = nowMs();
            emit progress(QStringLiteral("stage %1: %2 (again after: %3)").arg(step.stage).arg(step.name, visibleError()));
            if (step.act)
                step.act();
            return;
        } else {
            if (nowMs() - m_stepStartedMs > qint64(step.timeoutMs * m_timeoutFactor))
                fail(m_acted ? QStringLiteral("timed out") : QStringLiteral("never became possible"));
            return;
        }
    }
    ++m_index;
    if (m_index >= m_steps.size()) {
        succeed();
        return;
    }
    m_acted = false;
    m_stepStartedMs = nowMs();
    const Step &next = m_steps.at(m_index);
    emit progress(QStringLiteral("stage %1: %2").arg(next.stage).arg(next.name));
}

bool Autopilot::shouldActAgain(const Step &step) const
{
    if (m_actAgainCount >= kMaxAgain || nowMs() - m_actedMs < 1000 || visibleError().isEmpty())
        return false;
    WizardController *c = controller();
    StageModel *model = c ? c->stage(c->currentPage()) : nullptr;
    if (model && model->isBusy())
        return false;
    return !step.ready || step.ready();
}

bool Autopilot::shouldReadAgain(const Step &step) const
{
    if (!step.opensPage || m_actAgainCount >= kMaxAgain || nowMs() - m_actedMs < 1000)
        return false;
    WizardController *c = controller();
    if (!c || c->currentPage() != step.stage || c->isRefreshing() || !isEnabled(MainWindowNames::refreshButton))
        return false;
    const StageModel *model = c->stage(step.stage);
    return model && !model->isBusy() && model->hasError();
}

QString Autopilot::visibleError() const
{
    QStringList messages;
    const auto labels = m_window->findChildren<ErrorLabel *>();
    for (const ErrorLabel *l : labels) {
        if (l->isVisible() && !l->text().isEmpty())
            messages << l->text();
    }
    WizardController *c = controller();
    const int page = c ? c->currentPage() : 0;
    if (StageModel *model = c ? c->stage(page) : nullptr) {
        if (model->hasError() && !messages.contains(model->lastErrorMessage()))
            messages << model->lastErrorMessage();
    }
    if (AdminSecurityModel *security = c ? c->adminSecurity() : nullptr) {
        const ApiError tokenError = security->token()->lastError();
        if (page == 2 && security->token()->state() == TokenValidationModel::State::Failed)
            messages << tokenError.userMessage();
    }
    return messages.join(QStringLiteral(" | "));
}

void Autopilot::fail(const QString &why)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    const Step step = m_index >= 0 && m_index < m_steps.size() ? m_steps.at(m_index) : Step{};
    screenshot(QStringLiteral("failed-%1").arg(step.name));
    QString error = visibleError();
    if (m_keyboardOnly) {
        const QWidget *f = focusedWidget();
        error += QStringLiteral(" [focus: %1 %2]").arg(f ? QLatin1String(f->metaObject()->className()) : QLatin1String("none"),
                                                     f ? f->objectName() : QString());
    }
    m_failure = QStringLiteral("autopilot failed at stage %1, step %2: %3%4")
                        .arg(step.stage)
                        .arg(step.name, why,
                             error.isEmpty() ? QString() : QStringLiteral(" — ") + error);
    emit finished(1, m_failure);
}

void Autopilot::succeed()
{
    m_running = false;
    m_timer->stop();
    WizardController *c = controller();
    for (int n : std::as_const(m_coveredStages)) {
        if (!c->stage(n) || c->stage(n)->status() != StageModel::Status::Done) {
            m_failure = QStringLiteral("autopilot failed at stage %1, verification: status is "
                                       "\"%2\" after a refresh from the API")
                                .arg(n)
                                .arg(c->stage(n) ? c->stage(n)->statusText() : QString());
            if (n == 2) {
                const TokenValidationModel *token = c->adminSecurity()->token();
                m_failure += QStringLiteral(" (admin profile complete: %1, account enabled: %2, "
                                            "token state: %3, pending options: %4)")
                                     .arg(c->adminSecurity()->admin()->isProfileComplete())
                                     .arg(c->adminSecurity()->admin()->isAccountEnabled())
                                     .arg(int(token->state()))
                                     .arg(token->pendingOptions().join(QLatin1Char(',')));
            }
            if (c->stage(n)->hasError())
                m_failure += QStringLiteral(" — ") + c->stage(n)->lastErrorMessage();
            emit finished(1, m_failure);
            return;
        }
    }
    QStringList covered;
    for (int n : std::as_const(m_coveredStages))
        covered << QString::number(n);
    emit finished(0, QStringLiteral("autopilot: stages %1 verified done through the API%2")
                             .arg(covered.join(u','),
                                  m_keyboardOnly ? QStringLiteral(" (keyboard only)") : QString()));
}

void Autopilot::screenshot(const QString &name)
{
    if (m_screenshots.isEmpty() || !m_window)
        return;
    QDir().mkpath(m_screenshots);
    const QString file = QDir(m_screenshots).filePath(
            QStringLiteral("%1-%2.png").arg(m_shots + 1, 2, 10, QLatin1Char('0')).arg(name));
    if (m_window->grab().save(file))
        ++m_shots;
}

} // namespace snc
