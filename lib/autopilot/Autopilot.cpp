// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autopilot.h"

#include "LayoutAudit.h"
#include "StageSteps.h"
#include "stages/WizardController.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/TokenValidationModel.h"
#include "ui/MainWindow.h"
#include "ui/widgets/ErrorLabel.h"

#include <QDateTime>
#include <QDir>
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
    : QObject(parent), m_window(window), m_ui(window, [this](const QString &why) { fail(why); }),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &Autopilot::poll);
}

WizardController *Autopilot::controller() const
{
    return m_window ? m_window->controller() : nullptr;
}

void Autopilot::setWelcomeWindow(QWidget *welcome)
{
    m_welcome = welcome;
    m_ui.setWelcomeWindow(welcome);
}

void Autopilot::attachWindow(MainWindow *window)
{
    m_window = window;
    m_ui.setWindow(window);
}

void Autopilot::buildSteps()
{
    m_steps.clear();
    m_coveredStages.clear();
    m_windowStepsPending = false;
    if (m_welcome && !m_window) {
        m_steps = steps::welcome(m_ui, [this] { return !m_window.isNull(); });
        m_windowStepsPending = true;
        return;
    }
    buildWindowSteps();
}

void Autopilot::buildWindowSteps()
{
    m_windowStepsPending = false;
    m_steps << steps::connection(m_ui, m_serviceName);
    // Stages 1 and 2 are always driven; the later tables are empty when their models are missing.
    const std::pair<int, QList<AutopilotStep>> tables[] = {
            {1, steps::allowedNetworks(m_ui)},
            {2, steps::adminSecurity(m_ui)},
            {3, steps::vpn(m_ui, m_screenshots)},
            {4, steps::privateGateway(m_ui)},
            {5, steps::vmEncryption(m_ui, m_screenshots)},
            {6, steps::activation(m_ui, m_screenshots)},
    };
    for (const auto &[stage, table] : tables) {
        if (table.isEmpty() || stage > m_lastStage)
            continue;
        m_coveredStages << stage;
        m_steps << table;
    }
    m_steps << steps::verification(m_ui, m_coveredStages);
    // The ending, as a person sees it: only once stage 6 was driven and verified.
    if (m_coveredStages.contains(6))
        m_steps << steps::completion(m_ui, m_screenshots);
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
    if (!m_running || (!m_window && !m_welcome))
        return;
    // Any stage's operation may wait for its token (issue 17 item 3): one helper for every step.
    const OperationTokens::Event event = m_tokens.poll();
    if (event != OperationTokens::Event::None) {
        const int stage = m_index >= 0 && m_index < m_steps.size() ? m_steps.at(m_index).stage : 0;
        const bool waiting = event == OperationTokens::Event::Waiting;
        emit progress(QStringLiteral("stage %1: %2").arg(stage).arg(waiting ? QStringLiteral("operation-token-wait")
                                                                            : QStringLiteral("operation-token-redo")));
        if (!waiting)
            m_acted = false; // the canceled operation is offered again: the step acts again
    }
    if (m_ui.hasFailed() || !m_running)
        return;
    if (m_index >= 0 && m_index < m_steps.size() && !advanceStep(m_steps[m_index]))
        return;
    ++m_index;
    if (m_index >= m_steps.size() && m_windowStepsPending && m_window)
        buildWindowSteps();
    if (m_index >= m_steps.size()) {
        succeed();
        return;
    }
    m_acted = false;
    m_stepStartedMs = nowMs();
    const Step &next = m_steps.at(m_index);
    emit progress(QStringLiteral("stage %1: %2").arg(next.stage).arg(next.name));
}

bool Autopilot::advanceStep(Step &step)
{
    if (!m_acted && (!step.ready || step.ready())) {
        m_acted = true;
        m_actedMs = nowMs();
        m_actAgainCount = 0;
        if (step.act)
            step.act();
        if (!m_running)
            return false;
    }
    if (m_acted && (!step.done || step.done())) {
        if (step.screenshot)
            screenshot(step.name);
        if (m_layoutAudit)
            auditLayout(step);
        return true;
    }
    if (m_acted && shouldReadAgain(step)) {
        // Checked first: on a page whose read failed, the open step's own action (Next)
        // would leave the page instead of reading it.
        ++m_actAgainCount;
        m_actedMs = nowMs();
        emit progress(QStringLiteral("stage %1: %2 (read again after: %3)").arg(step.stage).arg(step.name, visibleError()));
        m_ui.click(MainWindowNames::refreshButton);
    } else if (m_acted && shouldActAgain(step)) {
        // As a person would: the action failed (a server error, a dropped connection), the
        // page re-read the live state and offers the action again: do it again. The steps'
        // actions look at that state first, so nothing is created twice.
        ++m_actAgainCount;
        m_actedMs = nowMs();
        emit progress(QStringLiteral("stage %1: %2 (again after: %3)").arg(step.stage).arg(step.name, visibleError()));
        if (step.act)
            step.act();
    } else if (nowMs() - m_stepStartedMs > qint64(step.timeoutMs * m_timeoutFactor)) {
        fail(m_acted ? QStringLiteral("timed out") : QStringLiteral("never became possible"));
    }
    return false;
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
    if (!c || c->currentPage() != step.stage || c->isRefreshing() || !m_ui.isEnabled(MainWindowNames::refreshButton))
        return false;
    const StageModel *model = c->stage(step.stage);
    return model && !model->isBusy() && model->hasError();
}

QString Autopilot::visibleError() const
{
    QStringList messages;
    if (!m_window)
        return {};
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
    if (m_ui.isKeyboardOnly()) {
        const QWidget *f = m_ui.focusedWidget();
        error += QStringLiteral(" [focus: %1 %2]").arg(f ? QLatin1String(f->metaObject()->className()) : QLatin1String("none"),
                                                     f ? f->objectName() : QString());
    }
    m_failure = QStringLiteral("autopilot failed at stage %1, step %2: %3%4")
                        .arg(step.stage)
                        .arg(step.name, why,
                             error.isEmpty() ? QString() : QStringLiteral(" — ") + error);
    emit finished(1, m_failure);
}

QString Autopilot::verificationFailure() const
{
    WizardController *c = controller();
    for (int n : std::as_const(m_coveredStages)) {
        if (c->stage(n) && c->stage(n)->status() == StageModel::Status::Done)
            continue;
        QString failure = QStringLiteral("autopilot failed at stage %1, verification: status is "
                                         "\"%2\" after a refresh from the API")
                                  .arg(n)
                                  .arg(c->stage(n) ? c->stage(n)->statusText() : QString());
        if (n == 2) {
            const TokenValidationModel *token = c->adminSecurity()->token();
            failure += QStringLiteral(" (admin profile complete: %1, account enabled: %2, "
                                      "token state: %3, pending options: %4)")
                               .arg(c->adminSecurity()->admin()->isProfileComplete())
                               .arg(c->adminSecurity()->admin()->isAccountEnabled())
                               .arg(int(token->state()))
                               .arg(token->pendingOptions().join(QLatin1Char(',')));
        }
        if (c->stage(n)->hasError())
            failure += QStringLiteral(" — ") + c->stage(n)->lastErrorMessage();
        return failure;
    }
    return {};
}

void Autopilot::succeed()
{
    m_running = false;
    m_timer->stop();
    m_failure = verificationFailure();
    if (m_failure.isEmpty() && !m_layoutProblems.isEmpty())
        m_failure = QStringLiteral("autopilot failed the layout audit, %1 problem(s):\n%2")
                            .arg(m_layoutProblems.size()).arg(m_layoutProblems.join(u'\n'));
    if (!m_failure.isEmpty()) {
        emit finished(1, m_failure);
        return;
    }
    QStringList covered;
    for (int n : std::as_const(m_coveredStages))
        covered << QString::number(n);
    emit finished(0, QStringLiteral("autopilot: stages %1 verified done through the API%2")
                             .arg(covered.join(u','),
                                  m_ui.isKeyboardOnly() ? QStringLiteral(" (keyboard only)") : QString()));
}

void Autopilot::auditLayout(const Step &step)
{
    // Before the main window exists the welcome page is what is on screen: it is audited too.
    QWidget *shown = m_ui.root();
    if (!shown)
        return;
    for (const QString &problem : snc::layoutProblems(shown, m_auditSize)) {
        if (m_seenProblems.contains(problem))
            continue;
        m_seenProblems.insert(problem);
        const QString line = QStringLiteral("stage %1, %2: %3").arg(step.stage).arg(step.name, problem);
        m_layoutProblems << line;
        emit progress(QStringLiteral("layout audit: ") + line);
    }
}

void Autopilot::screenshot(const QString &name)
{
    // The welcome page until the main window has taken its place.
    QWidget *shown = m_window && m_window->isVisible() ? static_cast<QWidget *>(m_window.data()) : m_welcome.data();
    if (m_screenshots.isEmpty() || !shown)
        return;
    QDir().mkpath(m_screenshots);
    const QString file = QDir(m_screenshots).filePath(
            QStringLiteral("%1-%2.png").arg(m_shots + 1, 2, 10, QLatin1Char('0')).arg(name));
    if (shown->grab().save(file))
        ++m_shots;
}

} // namespace snc
