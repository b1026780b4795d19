// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace snc {

class AllowedNetworksModel;
class SubStepCard;
class TaskProgressWidget;

/**
 * @brief Stage 1 — authorize IP addresses: the allowed networks with their state, a form to add
 * an address or CIDR block (checked as it is typed: notices, warnings, category), "use my
 * current address", delete, the access policy, and the progress of each change's task.
 * Bound to AllowedNetworksModel; no network call of its own.
 */
class AllowedNetworksPage : public StagePage
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char allowedNetworksPage[] = "allowedNetworksPage";
        static constexpr char networksTree[] = "networksTree";
        static constexpr char totalAddressesLabel[] = "totalAddressesLabel";
        static constexpr char deleteNetworkButton[] = "deleteNetworkButton";
        static constexpr char networkEdit[] = "networkEdit";
        static constexpr char useMyAddressButton[] = "useMyAddressButton";
        static constexpr char descriptionEdit[] = "descriptionEdit";
        static constexpr char networkCheckLabel[] = "networkCheckLabel";
        static constexpr char addNetworkButton[] = "addNetworkButton";
        static constexpr char policyLabel[] = "policyLabel";
        static constexpr char setFilteredButton[] = "setFilteredButton";
        // Its sub-steps (issue 18 item 2): 1.1 addresses, 1.2 access policy.
        static constexpr char addressesStep[] = "addressesStep";
        static constexpr char policyStep[] = "policyStep";
        static constexpr char networksScrollArea[] = "networksScrollArea";
    };

    explicit AllowedNetworksPage(AllowedNetworksModel *model, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void sync() override;
    int derivedSubStep() const override;

private:
    void fillList();
    void checkInput();
    void onTaskProgress();
    void onActionFinished(bool ok);

    AllowedNetworksModel *m_model;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_total;
    QPushButton *m_delete;
    QLabel *m_networkLabel;
    QLineEdit *m_network;
    QPushButton *m_useMine;
    QLabel *m_descriptionLabel;
    QLineEdit *m_description;
    QLabel *m_check;
    QPushButton *m_add;
    QLabel *m_policy;
    QPushButton *m_filtered;
    TaskProgressWidget *m_progress;
    QString m_lastTaskText;
    SubStepCard *m_addressesStep;
    SubStepCard *m_policyStep;
};

} // namespace snc
