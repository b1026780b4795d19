// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllowedNetworksPage.h"

#include "stages/ApiValueText.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/SubStepCard.h"
#include "tasks/TaskPoller.h"
#include "ui/widgets/TreeFit.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/TaskProgressWidget.h"
#include "ui/widgets/SelectableText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QSet>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace snc {

AllowedNetworksPage::AllowedNetworksPage(AllowedNetworksModel *model, QWidget *parent)
    : StagePage(model, parent), m_model(model), m_intro(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_total(new QLabel(this)), m_delete(new QPushButton(this)),
      m_networkLabel(new QLabel(this)), m_network(new QLineEdit(this)),
      m_useMine(new QPushButton(this)), m_descriptionLabel(new QLabel(this)),
      m_description(new QLineEdit(this)), m_check(new QLabel(this)), m_add(new QPushButton(this)),
      m_policy(new QLabel(this)), m_filtered(new QPushButton(this)),
      m_progress(new TaskProgressWidget(this))
{
    setObjectName(Names::allowedNetworksPage);
    m_list->setObjectName(Names::networksTree);
    m_total->setObjectName(Names::totalAddressesLabel);
    m_delete->setObjectName(Names::deleteNetworkButton);
    m_network->setObjectName(Names::networkEdit);
    m_useMine->setObjectName(Names::useMyAddressButton);
    m_description->setObjectName(Names::descriptionEdit);
    m_check->setObjectName(Names::networkCheckLabel);
    m_add->setObjectName(Names::addNetworkButton);
    m_policy->setObjectName(Names::policyLabel);
    m_filtered->setObjectName(Names::setFilteredButton);
    for (QLabel *l : {m_intro, m_check, m_policy, m_total}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    // Addresses and states are short; descriptions and kinds ("documentation range (practice
    // only)") take the rest and wrap rather than end in "…" (issue 18, item 4).
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    wrapCellsToColumns(m_list);
    m_networkLabel->setBuddy(m_network);
    m_descriptionLabel->setBuddy(m_description);
    m_description->setMaxLength(255);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_total, 1);
    listButtons->addWidget(m_delete);
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network, 1);
    networkRow->addWidget(m_useMine);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_networkLabel, networkRow);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(QString(), m_check);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_filtered);

    // One thing at a time (issue 18 item 2): the addresses, then the policy, each on a card.
    m_addressesStep = addSubStep(Names::addressesStep);
    QVBoxLayout *addresses = m_addressesStep->bodyLayout();
    addresses->addWidget(m_list);
    addresses->addLayout(listButtons);
    addresses->addLayout(form);
    addresses->addLayout(addRow);
    m_policyStep = addSubStep(Names::policyStep);
    m_policyStep->bodyLayout()->addLayout(policyRow);
    m_policyStep->setChangeable(false); // the policy only goes one way here: filtered
    markPrimary(m_add);
    markPrimary(m_filtered);
    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_intro);
    inner->addWidget(m_addressesStep);
    inner->addWidget(m_policyStep);
    inner->addWidget(m_progress);
    inner->addStretch(1); // widgets keep their natural height; the space left is below them
    // The cards' headings add height: the page scrolls as a whole rather than squeeze its
    // labels on a 1180×760 screen (one scroll bar per page, issue 18 item 2).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(Names::networksScrollArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(errorLabel());

    connect(m_network, &QLineEdit::textChanged, this, &AllowedNetworksPage::checkInput);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_model->addNetwork(m_network->text(), m_description->text()))
            m_progress->setRunning(m_model->taskProgress()->text(), 0);
    });
    connect(m_useMine, &QPushButton::clicked, m_model, &AllowedNetworksModel::fetchCurrentPublicAddress);
    connect(m_model, &AllowedNetworksModel::currentPublicAddressChanged, this,
            [this](const QString &address) {
                if (!address.isEmpty())
                    m_network->setText(address);
            });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (item)
            m_model->deleteNetwork(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AllowedNetworksPage::sync);
    connect(m_filtered, &QPushButton::clicked, m_model, [this] { m_model->setPolicyFiltered(); });
    connect(m_model->taskProgress(), &TaskProgress::changed, this, &AllowedNetworksPage::onTaskProgress);
    connect(m_model, &AllowedNetworksModel::actionFinished, this, &AllowedNetworksPage::onActionFinished);
    connect(m_model, &StageModel::changed, this, &AllowedNetworksPage::fillList);
    connect(m_model, &StageModel::changed, this, &AllowedNetworksPage::sync);
    connect(m_model, &StageModel::busyChanged, this, &AllowedNetworksPage::sync);
    connect(m_model, &StageModel::statusChanged, this, &AllowedNetworksPage::sync);
    retranslate();
    fillList();
    sync();
}

void AllowedNetworksPage::fillList()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    QSet<qint64> before;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        before.insert(m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
    // A row is "just added" if the list shown before was the server's (read at least once): the
    // first address of an empty list too, but not every row of the first read.
    const bool shownBefore = m_list->property("sncListRead").toBool();
    m_list->setProperty("sncListRead", m_model->status() != StageModel::Status::Unknown);
    m_list->clear();
    const QList<AllowedNetwork> networks = m_model->networks();
    QTreeWidgetItem *added = nullptr;
    for (const AllowedNetwork &n : networks) {
        auto *item = new QTreeWidgetItem(m_list);
        if (shownBefore && !before.contains(n.networkAccessId))
            added = item;
        item->setText(0, n.network);
        item->setText(1, n.description);
        item->setText(2, ApiValueText::networkState(n.state));
        item->setText(3, n.block.isValid()
                ? Ipv4BlockCheck::check(n.block.toString(), {}, true).categoryText() : QString());
        item->setData(0, Qt::UserRole, n.networkAccessId);
        if (n.networkAccessId == current)
            m_list->setCurrentItem(item);
    }
    // Sized to its rows (issue 18, item 10): no tall empty box; the new row is brought into view.
    fitHeightToRows(m_list, 2, 8);
    //: Shown inside the empty list of allowed addresses
    setEmptyText(m_list, tr("No address authorized yet", "@info empty list"));
    if (added)
        revealRow(m_list, m_list->indexFromItem(added)); // selected, and seen in the page
    if (networks.isEmpty()) {
        m_total->setText(tr("No address is allowed yet: add the public address you administer from below.",
                            "@info empty list"));
        return;
    }
    //: %n addresses in total, %1 the limit (2048)
    m_total->setText(tr("%n address(es) allowed in total (limit: %1).", "@info",
                        int(m_model->totalAddresses()))
                             .arg(locale().toString(qulonglong(Ipv4BlockCheck::ovhAddressLimit))));
}

void AllowedNetworksPage::checkInput()
{
    const QString input = m_network->text();
    if (input.trimmed().isEmpty()) {
        m_check->clear();
        m_add->setEnabled(false);
        return;
    }
    const Ipv4BlockCheck check = m_model->checkNetwork(input);
    QStringList lines;
    if (!check.ok()) {
        lines << check.errorText;
    } else {
        //: %1 the normalised block, %2 its category ("public", "private (RFC 1918)")
        lines << tr("%1 will be added (%2).", "@info").arg(check.block.toString(), check.categoryText());
        lines << check.notices << check.warnings;
    }
    m_check->setText(bulletList(lines));
    m_add->setEnabled(check.ok() && !m_model->isTaskRunning() && !m_model->isBusy());
}

void AllowedNetworksPage::onTaskProgress()
{
    if (m_model->isTaskRunning()) {
        m_lastTaskText = m_model->taskProgress()->text();
        m_progress->setRunning(m_lastTaskText, m_model->taskProgress()->percent());
    }
    sync();
}

void AllowedNetworksPage::onActionFinished(bool ok)
{
    if (ok) {
        closeReopenedSubStep(); // an address added or deleted after "Change": the list is done again
        m_progress->setFinished(true, tr("Done: the list is up to date.", "@info"));
        m_network->clear();
        m_description->clear();
    } else {
        m_progress->setFinished(false, tr("The change did not complete.", "@info"));
    }
    sync();
}

void AllowedNetworksPage::retranslate()
{
    m_intro->setText(tr("Only the addresses listed here can reach your vCenter. Add the public "
                        "address of each place you administer from, then set the access policy "
                        "to \"filtered\".", "@info"));
    m_list->setHeaderLabels({tr("Network", "@title column"), tr("Description", "@title column"),
                             tr("State", "@title column"), tr("Kind", "@title column")});
    m_list->setAccessibleName(tr("Allowed networks", "@label accessible"));
    m_delete->setText(tr("&Delete", "@button"));
    m_networkLabel->setText(tr("&Address or block:", "@label"));
    m_network->setPlaceholderText(tr("e.g. 203.0.113.7 or 198.51.100.0/28", "@info placeholder"));
    // The example is read whole (issue 18, item 4): the field is never narrower than it, and the
    // form puts the label above the field when the row cannot hold both (WrapLongRows).
    m_network->setMinimumWidth(m_network->fontMetrics().horizontalAdvance(m_network->placeholderText()) + 16);
    m_useMine->setText(tr("Use &my current address", "@button"));
    m_descriptionLabel->setText(tr("D&escription:", "@label"));
    m_description->setPlaceholderText(tr("e.g. Paris office", "@info placeholder"));
    m_add->setText(tr("A&dd", "@button"));
    m_filtered->setText(tr("Set the policy to &filtered", "@button"));
    m_addressesStep->setTitle(tr("Allowed addresses", "@title sub-step"));
    m_policyStep->setTitle(tr("Access policy", "@title sub-step"));
    fillList();
    checkInput();
}

void AllowedNetworksPage::sync()
{
    const bool idle = !m_model->isTaskRunning() && !m_model->isBusy();
    const QTreeWidgetItem *item = m_list->currentItem();
    m_delete->setEnabled(idle && item);
    m_useMine->setEnabled(!m_model->isBusy());
    m_filtered->setEnabled(idle && !m_model->isPolicyFiltered() && !m_model->userAccessPolicy().isEmpty());
    const QString policy = m_model->userAccessPolicy();
    m_policy->setText(policy.isEmpty() ? tr("Access policy: unknown yet.", "@info")
                      : m_model->isPolicyFiltered()
                              ? tr("Access policy: filtered — only the networks above are allowed.", "@info")
                              : tr("Access policy: %1 — set it to filtered to finish this stage.", "@info")
                                        .arg(ApiValueText::networkState(policy)));
    checkInput();
    m_addressesStep->setSummary(m_total->text());
    m_policyStep->setSummary(m_policy->text());
    updateSubSteps();
}

int AllowedNetworksPage::derivedSubStep() const
{
    // The stage's own rule (AllowedNetworksModel::status()): an allowed entry, then "filtered".
    if (m_model->allowedBlocks().isEmpty())
        return 0;
    return m_model->isPolicyFiltered() ? 2 : 1;
}

} // namespace snc
