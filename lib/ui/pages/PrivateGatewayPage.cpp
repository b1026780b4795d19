// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateGatewayPage.h"

#include "stages/ApiValueText.h"
#include "stages/gateway/PrivateGatewayModel.h"
#include "tasks/TaskPoller.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/TreeFit.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/NamedWidget.h"
#include "ui/widgets/TaskProgressWidget.h"
#include "ui/widgets/SelectableText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker> // widgets only, while the model is shown in them
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace snc {

PrivateGatewayPage::PrivateGatewayPage(PrivateGatewayModel *model, QWidget *parent)
    : StagePage(model, parent), m_model(model)
{
    setObjectName(Names::privateGatewayPage);
    m_intro = named<QLabel>(this, Names::gatewayIntroLabel);
    m_dcLabel = new QLabel(this);
    m_ipLabel = new QLabel(this);
    m_maskLabel = new QLabel(this);
    m_pgLabel = new QLabel(this);
    m_snatLabel = new QLabel(this);
    m_datacenter = named<QComboBox>(this, Names::datacenterCombo);
    m_ip = named<QLineEdit>(this, Names::gatewayIpEdit);
    m_mask = named<QLineEdit>(this, Names::netmaskEdit);
    m_portgroup = named<QLineEdit>(this, Names::portgroupEdit);
    m_snat = named<QLineEdit>(this, Names::snatAddressEdit);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // the label above its field when both do not fit
    const QList<QPair<QLabel *, QWidget *>> rows{{m_dcLabel, m_datacenter}, {m_ipLabel, m_ip}, {m_maskLabel, m_mask},
                                                 {m_pgLabel, m_portgroup}, {m_snatLabel, m_snat}};
    for (const auto &[label, field] : rows) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    m_check = named<QLabel>(this, Names::gatewayCheckLabel);
    m_state = named<QLabel>(this, Names::gatewayStateLabel);
    m_runChecks = named<QPushButton>(this, Names::runChecksButton);
    m_checks = named<QTreeWidget>(this, Names::guardChecksTree);
    m_checks->setColumnCount(2);
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Each check is a title and a detail, on two lines or more: rows measured as one line ended
    // in "…" (issue 18, item 4).
    wrapCellsToColumns(m_checks);
    m_addNetwork = named<QPushButton>(this, Names::addGatewayNetworkButton);
    m_hosts = named<QPlainTextEdit>(this, Names::hostsInstructionsText);
    m_hosts->setReadOnly(true);
    m_confirmLabel = named<QLabel>(this, Names::riskConfirmationLabel);
    m_confirm = named<QLineEdit>(this, Names::riskConfirmationEdit);
    m_confirmLabel->setBuddy(m_confirm);
    m_enable = named<QPushButton>(this, Names::enableGatewayButton);
    m_reconfigure = named<QPushButton>(this, Names::reconfigureGatewayButton);
    m_disable = named<QPushButton>(this, Names::disableGatewayButton);
    m_progress = new TaskProgressWidget(this);
    m_progress->setObjectName(Names::gatewayTaskProgress);
    for (QLabel *l : {m_intro, m_check, m_state, m_confirmLabel}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_state, 1);
    checkRow->addWidget(m_addNetwork);
    checkRow->addWidget(m_runChecks);
    // Three actions, longer in French: the row wraps rather than cut one (issue 18, item 4).
    auto *actions = new FlowLayout;
    actions->setRightAligned(true);
    actions->addWidget(m_disable);
    actions->addWidget(m_reconfigure);
    actions->addWidget(m_enable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_check);
    layout->addLayout(checkRow);
    layout->addWidget(m_checks);
    layout->addWidget(m_hosts);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(errorLabel());
    layout->addStretch(1); // widgets keep their natural height; the space left is below them

    for (QLineEdit *e : {m_ip, m_mask, m_portgroup, m_snat})
        connect(e, &QLineEdit::textEdited, this, &PrivateGatewayPage::pushInputs);
    connect(m_confirm, &QLineEdit::textEdited, this, &PrivateGatewayPage::sync); // the buttons follow the phrase
    connect(m_datacenter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDatacenterId(m_datacenter->currentData().toLongLong());
    });
    connect(m_runChecks, &QPushButton::clicked, this, [this] {
        pushInputs();
        m_model->runChecks();
    });
    connect(m_addNetwork, &QPushButton::clicked, m_model, [this] { m_model->addGatewayNetworkToAllowed(); });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        pushInputs();
        if (m_model->enable(m_confirm->text()))
            m_progress->setRunning(tr("Enabling the private gateway", "@info task"), 0);
    });
    connect(m_reconfigure, &QPushButton::clicked, this, [this] {
        pushInputs();
        if (m_model->reconfigure(m_confirm->text()))
            m_progress->setRunning(tr("Reconfiguring the private gateway", "@info task"), 0);
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        if (m_model->disable(m_confirm->text()))
            m_progress->setRunning(tr("Disabling the private gateway", "@info task"), 0);
    });
    connect(m_model->taskProgress(), &TaskProgress::changed, this, [this] {
        const TaskProgress *task = m_model->taskProgress();
        if (task->isRunning())
            m_progress->setRunning(tr("Private gateway task: %1", "@info task").arg(TaskPoller::stateText(task->state())),
                                   task->percent());
    });
    connect(m_model, &PrivateGatewayModel::actionFinished, this, &PrivateGatewayPage::onActionFinished);
    connect(m_model, &PrivateGatewayModel::checksChanged, this, &PrivateGatewayPage::sync);
    connect(m_model, &StageModel::changed, this, &PrivateGatewayPage::sync);
    connect(m_model, &StageModel::busyChanged, this, &PrivateGatewayPage::sync);
    connect(m_model, &StageModel::statusChanged, this, &PrivateGatewayPage::sync);
    retranslate();
    sync();
}

void PrivateGatewayPage::pushInputs()
{
    // Every listener hears the change; this page's sync() answers it without undoing the typing
    // (inputs are pushed on textEdited, which setText() never emits, and sync() leaves a field
    // that says what the model holds or is being typed in).
    m_model->setInputs(m_ip->text(), m_mask->text(), m_portgroup->text(), m_snat->text());
}

void PrivateGatewayPage::onActionFinished(bool ok)
{
    m_progress->setFinished(ok, ok ? tr("Done: the state was read back.", "@info")
                                   : tr("The change did not complete.", "@info"));
    sync();
}

void PrivateGatewayPage::fillChecks()
{
    m_checks->clear();
    const QList<GuardCheck> checks = m_model->checks();
    for (const GuardCheck &c : checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        QString mark;
        switch (c.result) {
        case GuardCheck::Result::Pass: mark = tr("✓ passed", "@item check result"); break;
        case GuardCheck::Result::Fail: mark = tr("✗ failed", "@item check result"); break;
        case GuardCheck::Result::Info: mark = tr("⚠ warning", "@item check result"); break;
        case GuardCheck::Result::Unknown: mark = tr("not checked yet", "@item check result"); break;
        }
        item->setText(0, mark);
        item->setText(1, c.detail.isEmpty() ? c.title : tr("%1\n%2", "@item check: title, detail").arg(c.title, c.detail));
        item->setData(0, Qt::UserRole, int(c.result));
    }
    // As tall as its checks (issue 18, item 10): no empty box, no second scroll bar.
    fitHeightToRows(m_checks, 2, 12);
    //: Shown inside the empty list of lock-out checks
    setEmptyText(m_checks, tr("No check run yet", "@info empty list"));
}

void PrivateGatewayPage::retranslate()
{
    m_intro->setText(tr("The private gateway moves vSphere from the internet to your vRack. Before enabling it, "
                        "make sure you can still reach it: the checks below guard against locking yourself out.",
                        "@info"));
    m_dcLabel->setText(tr("&Datacenter:", "@label"));
    m_ipLabel->setText(tr("Gateway &IP:", "@label"));
    m_ip->setPlaceholderText(tr("e.g. 172.16.0.1", "@info placeholder"));
    m_maskLabel->setText(tr("&Netmask:", "@label"));
    m_mask->setPlaceholderText(tr("e.g. 255.255.255.0", "@info placeholder"));
    m_pgLabel->setText(tr("vRack &portgroup:", "@label"));
    m_portgroup->setPlaceholderText(tr("e.g. pg-vrack-admin", "@info placeholder"));
    m_snatLabel->setText(tr("Your &source-NAT address (optional):", "@label"));
    m_runChecks->setText(tr("&Check", "@button"));
    m_addNetwork->setText(tr("&Allow the gateway's network", "@button"));
    m_checks->setHeaderLabels({tr("Result", "@title column"), tr("Check", "@title column")});
    m_checks->setAccessibleName(tr("Lock-out checks", "@label accessible"));
    m_hosts->setAccessibleName(tr("Hosts file lines", "@label accessible"));
    m_confirm->setAccessibleName(tr("Risk confirmation", "@label accessible"));
    m_enable->setText(tr("&Enable", "@button"));
    m_reconfigure->setText(tr("&Reconfigure", "@button"));
    m_disable->setText(tr("Di&sable", "@button"));
    m_datacenter->setAccessibleName(tr("Datacenter", "@label accessible"));
}

void PrivateGatewayPage::sync()
{
    {
        const QSignalBlocker block(m_datacenter);
        m_datacenter->clear();
        const auto dcs = m_model->datacenters();
        for (const PrivateGatewayModel::Datacenter &dc : dcs)
            m_datacenter->addItem(tr("%1 (id %2)", "@item datacenter").arg(dc.name).arg(dc.id), dc.id);
        m_datacenter->setCurrentIndex(qMax(0, m_datacenter->findData(m_model->datacenterId())));
    }
    for (const auto &[edit, text] : {std::pair{m_ip, m_model->ip()}, std::pair{m_mask, m_model->netmask()},
                                     std::pair{m_portgroup, m_model->portgroup()}, std::pair{m_snat, m_model->snatAddress()}}) {
        if (edit->text().trimmed() != text && !edit->hasFocus())
            edit->setText(text);
    }
    const QStringList problems = m_model->inputProblems();
    m_check->setText(problems.isEmpty() ? tr("The gateway's network is %1.", "@info").arg(m_model->gatewayNetwork())
                                        : bulletList(problems));
    const QString state = m_model->state();
    m_state->setText(state.isEmpty() ? tr("State: unknown yet.", "@info")
                     : state == QLatin1String("enabled")
                             ? tr("State: enabled at %1/%2 on %3.", "@info").arg(m_model->serverIp(), m_model->serverNetmask(), m_model->serverPortgroup())
                             : tr("State: %1.", "@info").arg(ApiValueText::optionState(state)));
    fillChecks();
    m_hosts->setPlainText(m_model->hostsInstructions());
    const bool idle = !m_model->isBusy() && !m_model->isTaskRunning();
    const bool enabled = state == QLatin1String("enabled");
    // The buttons follow the model's own rules (the guard), with what is typed in the field.
    const QString typed = m_confirm->text();
    const bool askPhrase = !m_model->changeAllowed() || (enabled && !m_model->disableAllowed());
    m_confirmLabel->setVisible(askPhrase);
    m_confirm->setVisible(askPhrase);
    m_confirmLabel->setText(enabled ? tr("Not every check is green, or disabling would cut the path you reach vSphere "
                                         "by. To change the gateway anyway, type: %1", "@label")
                                              .arg(m_model->confirmationPhrase())
                                    : tr("Not every check is green. To enable anyway, type: %1", "@label")
                                              .arg(m_model->confirmationPhrase()));
    m_runChecks->setEnabled(idle && !m_model->isChecking() && !m_model->gatewayNetwork().isEmpty());
    m_addNetwork->setEnabled(idle && !m_model->gatewayNetwork().isEmpty());
    m_enable->setEnabled(idle && problems.isEmpty() && !enabled && !m_model->isChecking() && m_model->changeAllowed(typed));
    m_reconfigure->setEnabled(idle && problems.isEmpty() && enabled && m_model->changeAllowed(typed));
    m_disable->setEnabled(idle && enabled && m_model->disableAllowed(typed));
}

} // namespace snc
