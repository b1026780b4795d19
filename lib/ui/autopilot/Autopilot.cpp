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
    auto *stack = m_window ? m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack")) : nullptr;
    return stack ? stack->currentWidget() : nullptr;
}

bool Autopilot::isEnabled(const char *objectName) const
{
    const QWidget *w = find<QWidget>(objectName);
    return w && w->isEnabled() && w->isVisible();
}

void Autopilot::type(const char *objectName, const QString &text)
{
    auto *edit = find<QLineEdit>(objectName);
    if (!edit) {
        fail(QStringLiteral("no field named %1").arg(QLatin1String(objectName)));
        return;
    }
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
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
    QTest::mouseClick(button, Qt::LeftButton);
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
                if (step.act)
                    step.act();
                if (!m_running)
                    return;
            }
        }
        if (m_acted && (!step.done || step.done())) {
            if (step.screenshot)
                screenshot(step.name);
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
    const QString error = visibleError();
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
    emit finished(0, QStringLiteral("autopilot: stages %1 verified done through the API").arg(covered.join(u',')));
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
