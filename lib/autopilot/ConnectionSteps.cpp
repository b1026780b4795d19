// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The connection's step table: keys, authorization, validation in the sandbox, service choice.
#include "StageSteps.h"
#include "UiDriver.h"

#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"
#include "ui/pages/ConnectPage.h"

#include <QListWidget>

using ConnectNames = snc::ConnectPage::Names;

namespace snc {

namespace {

class ConnectionSteps
{
public:
    using State = ConnectionModel::State;

    ConnectionSteps(UiDriver &ui, const QString &serviceName)
        : m_ui(ui), m_c(ui.controller()), m_conn(m_c->connection()), m_serviceName(serviceName)
    {
    }

    StepBody start()
    {
        return {nullptr, nullptr, [this] { return settled() && !m_c->isRefreshing(); }};
    }

    StepBody keys()
    {
        return {nullptr,
                [this] {
                    if (hasKeys())
                        return;
                    // Keys for the practice sandbox are the ones it printed; a person would
                    // paste them from there. The secret is not readable back, so only the key
                    // is typed when missing; the model already holds the sandbox secret.
                    m_ui.type(ConnectNames::applicationKeyEdit, m_conn->applicationKey());
                },
                [this] { return hasKeys(); }};
    }

    StepBody authorize()
    {
        return {[this] { return connected() || m_ui.isEnabled(ConnectNames::authorizeButton); },
                [this] {
                    if (!connected())
                        m_ui.click(ConnectNames::authorizeButton);
                },
                [this] { return m_conn->state() == State::WaitingForValidation || connected(); }};
    }

    StepBody validate()
    {
        return {[this] { return connected() || m_ui.isEnabled(ConnectNames::sandboxApproveButton); },
                [this] {
                    if (!connected())
                        m_ui.click(ConnectNames::sandboxApproveButton);
                },
                [this] { return connected() && !m_conn->services().isEmpty(); }};
    }

    StepBody chooseService()
    {
        return {nullptr,
                [this] {
                    const QString chosen = m_conn->selectedServiceName();
                    if (!chosen.isEmpty() && (m_serviceName.isEmpty() || chosen == m_serviceName))
                        return;
                    auto *list = m_ui.find<QListWidget>(ConnectNames::serviceList);
                    if (!list || list->count() == 0)
                        return m_ui.fail(QStringLiteral("no service to choose"));
                    int row = 0;
                    if (!m_serviceName.isEmpty()) {
                        // The row a person would pick: the one that carries the service's name.
                        row = -1;
                        for (int i = 0; i < list->count(); ++i) {
                            if (list->item(i)->data(Qt::UserRole).toString() == m_serviceName)
                                row = i;
                        }
                        if (row < 0)
                            return m_ui.fail(QStringLiteral("--service %1 is not in the account").arg(m_serviceName));
                    }
                    m_ui.selectRow(ConnectNames::serviceList, row);
                },
                [this] {
                    const QString chosen = m_conn->selectedServiceName();
                    return !chosen.isEmpty() && (m_serviceName.isEmpty() || chosen == m_serviceName)
                            && m_c->canGoNext();
                }};
    }

private:
    bool connected() const { return m_conn->state() == State::Connected; }
    bool hasKeys() const { return connected() || m_conn->canAuthorize(); }
    /// No connection attempt under way.
    bool settled() const
    {
        const State s = m_conn->state();
        return s != State::Connecting && s != State::RequestingCredential && !m_conn->isBusy();
    }

    UiDriver &m_ui;
    WizardController *m_c;
    ConnectionModel *m_conn;
    QString m_serviceName;
};

} // namespace

QList<AutopilotStep> steps::connection(UiDriver &ui, const QString &serviceName)
{
    using S = ConnectionSteps;
    return makeSteps(std::make_shared<S>(ui, serviceName), 0, {
            {"start",             60000, Shot,   &S::start},
            {"connect-keys",      30000, NoShot, &S::keys},
            {"connect-authorize", 30000, Shot,   &S::authorize},
            {"connect-validate",  60000, Shot,   &S::validate},
            {"connect-service",   30000, Shot,   &S::chooseService},
    });
}

} // namespace snc
