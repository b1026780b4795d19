// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateGatewayPage.h"

#include "stages/ApiValueText.h"
#include "stages/gateway/PrivateGatewayModel.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/SubStepCard.h"
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
#include <QScrollArea>
#include <QSignalBlocker> // widgets only, while the model is shown in them
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
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
    m_hostsStepIntro = new QLabel(this);
    m_hostsStepText = named<QLabel>(this, Names::hostsStepInstructionsLabel);
    // The same instructions as in 4.1: the card is read on its own, once 4.1 has closed.
    m_hostsStepText->setTextFormat(Qt::PlainText); // built from the API's host names
    m_hostsCheck = named<QLabel>(this, Names::hostsCheckLabel);
    m_hostsCheck->setTextFormat(Qt::PlainText);
    m_recheckHosts = named<QPushButton>(this, Names::recheckHostsButton);
    for (QLabel *l : {m_hostsStepIntro, m_hostsStepText, m_hostsCheck}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    auto *checkRow = new QHBoxLayout;
    checkRow->addStretch(1);
    checkRow->addWidget(m_addNetwork);
    checkRow->addWidget(m_runChecks);
    // Three actions, longer in French: the row wraps rather than cut one (issue 18, item 4).
    auto *actions = new FlowLayout;
    actions->setRightAligned(true);
    actions->addWidget(m_disable);
    actions->addWidget(m_reconfigure);
    actions->addWidget(m_enable);

    // One thing at a time (issue 18 item 2). The hosts-file instructions stay with the checks:
    // the hosts check asks for "the line below", and the line must be in place before enabling,
    // or the gateway cuts the path this computer reaches vSphere by.
    m_checksStep = addSubStep(Names::gatewayChecksStep);
    QVBoxLayout *checks = m_checksStep->bodyLayout();
    checks->addLayout(form);
    checks->addWidget(m_check);
    checks->addLayout(checkRow);
    checks->addWidget(m_checks);
    checks->addWidget(m_hosts);
    // Done means enabled: its Change is where an enabled gateway is disabled or moved to the
    // settings of 4.1, behind the same guard and phrase as enabling.
    m_enableStep = addSubStep(Names::gatewayEnableStep);
    QVBoxLayout *enable = m_enableStep->bodyLayout();
    enable->addWidget(m_state);
    enable->addWidget(m_confirmLabel);
    enable->addWidget(m_confirm);
    enable->addLayout(actions);
    // Only the customer can vouch for their other computers: the status line's box confirms it
    // (one confirmation per stage, where every stage asks for its own; the autopilot ticks it).
    m_hostsStep = addSubStep(Names::hostsFileStep);
    QVBoxLayout *hosts = m_hostsStep->bodyLayout();
    hosts->addWidget(m_hostsStepIntro);
    hosts->addWidget(m_hostsCheck); // its detail asks for "the line below"
    hosts->addWidget(m_recheckHosts, 0, Qt::AlignRight);
    hosts->addWidget(m_hostsStepText);
    markPrimary(m_runChecks);

    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_intro);
    for (SubStepCard *card : subSteps())
        inner->addWidget(card);
    // Below the cards: the result of an action stays in view when its card closes.
    inner->addWidget(m_progress);
    inner->addStretch(1); // widgets keep their natural height; the space left is below them
    // The page scrolls as a whole (one scroll bar per page, never a horizontal one).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(Names::gatewayScrollArea);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(errorLabel());

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
    // The hosts file is watched once read; a file that could not be read is looked at again here.
    connect(m_recheckHosts, &QPushButton::clicked, this, [this] {
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
            m_progress->setRunning(tr("Private gateway task: %1", "@info task").arg(ApiValueText::taskState(task->state())),
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
    if (ok)
        closeReopenedSubStep(); // reconfigured or disabled after "Change": the model decides again
    sync();
}

QString PrivateGatewayPage::resultMark(int result)
{
    switch (GuardCheck::Result(result)) {
    case GuardCheck::Result::Pass: return tr("✓ passed", "@item check result");
    case GuardCheck::Result::Fail: return tr("✗ failed", "@item check result");
    case GuardCheck::Result::Info: return tr("⚠ warning", "@item check result");
    case GuardCheck::Result::Unknown: break;
    }
    return tr("not checked yet", "@item check result");
}

void PrivateGatewayPage::fillChecks()
{
    m_checks->clear();
    const QList<GuardCheck> checks = m_model->checks();
    for (const GuardCheck &c : checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, resultMark(int(c.result)));
        // The title in the language shown now (a language switch refills the list).
        const QString title = LockoutGuard::titleOf(c.id);
        item->setText(1, c.detail.isEmpty() ? title : tr("%1\n%2", "@item check: title, detail").arg(title, c.detail));
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
    m_checksStep->setTitle(tr("Settings and lock-out checks", "@title sub-step"));
    m_enableStep->setTitle(tr("Enable the private gateway", "@title sub-step"));
    m_hostsStep->setTitle(tr("Hosts-file line on your admin computers", "@title sub-step"));
    m_hostsStepText->setAccessibleName(tr("Hosts file instructions", "@label accessible"));
    m_recheckHosts->setText(tr("Check &again", "@button"));
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
    m_recheckHosts->setEnabled(m_runChecks->isEnabled());
    m_addNetwork->setEnabled(idle && !m_model->gatewayNetwork().isEmpty());
    m_enable->setEnabled(idle && problems.isEmpty() && !enabled && !m_model->isChecking() && m_model->changeAllowed(typed));
    m_reconfigure->setEnabled(idle && problems.isEmpty() && enabled && m_model->changeAllowed(typed));
    m_disable->setEnabled(idle && enabled && m_model->disableAllowed(typed));
    // Enable while off; once on, moving it (Reconfigure) or Disable: one primary button.
    m_enable->setVisible(!enabled);
    m_reconfigure->setVisible(enabled);
    m_disable->setVisible(enabled);
    if (isPrimary(m_enable) == enabled)
        markPrimary(m_enable, !enabled);
    if (isPrimary(m_reconfigure) != enabled)
        markPrimary(m_reconfigure, enabled);

    //: %1 the checkbox text of the status line ("I have added the hosts-file line on my admin computers")
    m_hostsStepIntro->setText(tr("Add the line below to the hosts file of every computer you administer vSphere "
                                 "from, then tick “%1”.", "@info")
                                      .arg(m_model->manualStepLabel()));
    m_hostsStepText->setText(m_model->hostsInstructions());
    const QList<GuardCheck> checks = m_model->checks();
    const auto hosts = std::find_if(checks.begin(), checks.end(),
                                    [](const GuardCheck &c) { return c.id == GuardCheck::Id::HostsFile; });
    const GuardCheck::Result hostsResult = hosts == checks.end() ? GuardCheck::Result::Unknown : hosts->result;
    m_hostsCheck->setText(hostsResult == GuardCheck::Result::Unknown
                                  ? tr("This computer's hosts file: not checked since the wizard started.", "@info")
                                  //: %1 the result ("✓ passed"), %2 what was found
                                  : tr("This computer's hosts file: %1. %2", "@info").arg(resultMark(int(hostsResult)), hosts->detail));

    // The one-line summaries of the done sub-steps, in plain words.
    const qsizetype failed = std::count_if(checks.begin(), checks.end(),
                                           [](const GuardCheck &c) { return c.result == GuardCheck::Result::Fail; });
    //: %1 gateway IP, %2 netmask, %3 portgroup
    const QString settings = tr("Gateway %1, netmask %2, portgroup %3", "@info").arg(m_model->ip(), m_model->netmask(), m_model->portgroup());
    m_checksStep->setSummary(!checksAnswered() ? tr("%1.", "@info summary: settings").arg(settings)
                             : failed == 0     ? tr("%1: every lock-out check passed.", "@info").arg(settings)
                                               //: %1 the settings; %n checks that failed
                                               : tr("%1: %n lock-out check(s) not passed.", "@info", int(failed)).arg(settings));
    m_enableStep->setSummary(enabled ? tr("The private gateway is enabled at %1 (netmask %2, portgroup %3).", "@info")
                                               .arg(m_model->serverIp(), m_model->serverNetmask(), m_model->serverPortgroup())
                                     : QString());
    m_hostsStep->setSummary(hostsResult == GuardCheck::Result::Fail
                                    ? tr("You confirmed the line on your admin computers; this computer's hosts file does "
                                         "not have it.", "@info")
                                    : tr("You confirmed the line on your admin computers.", "@info"));
    updateSubSteps();
}

bool PrivateGatewayPage::checksAnswered() const
{
    const QList<GuardCheck> checks = m_model->checks();
    return !m_model->isChecking() && m_model->inputProblems().isEmpty() && !checks.isEmpty()
            && std::none_of(checks.begin(), checks.end(),
                            [](const GuardCheck &c) { return c.result == GuardCheck::Result::Unknown; });
}

bool PrivateGatewayPage::settingsDifferFromServer() const
{
    return m_model->state() == QLatin1String("enabled")
            && (m_model->ip() != m_model->serverIp() || m_model->netmask() != m_model->serverNetmask()
                || m_model->portgroup() != m_model->serverPortgroup());
}

int PrivateGatewayPage::derivedSubStep() const
{
    const QString state = m_model->state();
    // A change under way (ours, or found on the server after a restart) is followed on 4.2.
    if (m_model->isTaskRunning() || state == QLatin1String("enabling") || state == QLatin1String("disabling"))
        return 1;
    // Enabled with the settings shown: the hosts-file line is left, until the customer confirms it.
    if (state == QLatin1String("enabled") && !settingsDifferFromServer())
        return m_model->status() == StageModel::Status::Done ? 3 : 2;
    // Off, in error, or other settings typed for an enabled gateway: its checks, then the change.
    // The checks are answered for these settings only (other settings forget them), and only in
    // this session: a restarted wizard runs them again before anything is changed.
    return checksAnswered() ? 1 : 0;
}

} // namespace snc
