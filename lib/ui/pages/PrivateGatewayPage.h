// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace snc {

class PrivateGatewayModel;
class TaskProgressWidget;

/**
 * @brief Stage 4 — private gateway: datacenter, gateway IP, netmask, portgroup (and the
 * optional source-NAT address), the lock-out guard with each check's result, the hosts-file
 * lines for Linux, macOS and Windows, the typed confirmation when a check is not green, and
 * enable / reconfigure / disable with the task's progress. Bound to PrivateGatewayModel.
 */
class PrivateGatewayPage : public StagePage
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char privateGatewayPage[] = "privateGatewayPage";
        static constexpr char gatewayIntroLabel[] = "gatewayIntroLabel";
        static constexpr char datacenterCombo[] = "datacenterCombo";
        static constexpr char gatewayIpEdit[] = "gatewayIpEdit";
        static constexpr char netmaskEdit[] = "netmaskEdit";
        static constexpr char portgroupEdit[] = "portgroupEdit";
        static constexpr char snatAddressEdit[] = "snatAddressEdit";
        static constexpr char gatewayCheckLabel[] = "gatewayCheckLabel";
        static constexpr char gatewayStateLabel[] = "gatewayStateLabel";
        static constexpr char runChecksButton[] = "runChecksButton";
        static constexpr char guardChecksTree[] = "guardChecksTree";
        static constexpr char addGatewayNetworkButton[] = "addGatewayNetworkButton";
        static constexpr char hostsInstructionsText[] = "hostsInstructionsText";
        static constexpr char riskConfirmationLabel[] = "riskConfirmationLabel";
        static constexpr char riskConfirmationEdit[] = "riskConfirmationEdit";
        static constexpr char enableGatewayButton[] = "enableGatewayButton";
        static constexpr char reconfigureGatewayButton[] = "reconfigureGatewayButton";
        static constexpr char disableGatewayButton[] = "disableGatewayButton";
        static constexpr char gatewayTaskProgress[] = "gatewayTaskProgress";
    };

    explicit PrivateGatewayPage(PrivateGatewayModel *model, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void sync() override;

private:
    void pushInputs();
    void fillChecks();
    void onActionFinished(bool ok);

    PrivateGatewayModel *m_model;
    QLabel *m_intro;
    QLabel *m_dcLabel, *m_ipLabel, *m_maskLabel, *m_pgLabel, *m_snatLabel;
    QComboBox *m_datacenter;
    QLineEdit *m_ip, *m_mask, *m_portgroup, *m_snat;
    QLabel *m_check;
    QLabel *m_state;
    QPushButton *m_runChecks;
    QTreeWidget *m_checks;
    QPushButton *m_addNetwork;
    QPlainTextEdit *m_hosts;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QPushButton *m_enable, *m_reconfigure, *m_disable;
    TaskProgressWidget *m_progress;
};

} // namespace snc
