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
class SubStepCard;
class TaskProgressWidget;

/**
 * @brief Stage 4 — private gateway: datacenter, gateway IP, netmask, portgroup (and the
 * optional source-NAT address), the lock-out guard with each check's result, the hosts-file
 * lines for Linux, macOS and Windows, the typed confirmation when a check is not green, and
 * enable / reconfigure / disable with the task's progress. Bound to PrivateGatewayModel.
 *
 * Three sub-steps (issue 18 item 2), derived from the model: 4.1 the settings and the lock-out
 * checks (done once the checks answered for these settings, or the gateway is on with them),
 * 4.2 enabling (done once enabled; its Change holds Reconfigure and Disable), 4.3 the hosts-file
 * line on the admin computers (done once the customer confirmed it, the status line's box).
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
        static constexpr char hostsStepInstructionsLabel[] = "hostsStepInstructionsLabel";
        static constexpr char hostsCheckLabel[] = "hostsCheckLabel";
        static constexpr char recheckHostsButton[] = "recheckHostsButton";
        static constexpr char gatewayScrollArea[] = "gatewayScrollArea";
        // Its sub-steps (issue 18 item 2): 4.1 … 4.3; each Change button is `<card>ChangeButton`.
        static constexpr char gatewayChecksStep[] = "gatewayChecksStep";
        static constexpr char gatewayEnableStep[] = "gatewayEnableStep";
        static constexpr char hostsFileStep[] = "hostsFileStep";
    };

    explicit PrivateGatewayPage(PrivateGatewayModel *model, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void sync() override;
    int derivedSubStep() const override;

private:
    void pushInputs();
    void fillChecks();
    void onActionFinished(bool ok);
    /// "✓ passed", "✗ failed"… for a check's result (translated).
    static QString resultMark(int result);
    /// Every check has a result for the current settings and none is running.
    bool checksAnswered() const;
    /// Enabled, with settings in the fields other than the server's: a reconfiguration pending.
    bool settingsDifferFromServer() const;

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
    QLabel *m_hostsStepIntro;
    QLabel *m_hostsStepText; ///< the hosts-file instructions again, in 4.3
    QLabel *m_hostsCheck;
    QPushButton *m_recheckHosts; ///< the checks again, from 4.3 (the hosts file as it is now)
    SubStepCard *m_checksStep;
    SubStepCard *m_enableStep;
    SubStepCard *m_hostsStep;
};

} // namespace snc
