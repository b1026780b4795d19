// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace snc {

class ShownOnceSecret;
class SubStepCard;
class VpnModel;

/**
 * @brief Stage 3 — IPsec VPN with NSX, as four numbered sub-steps (issue 18 item 2): 3.1 NSX
 * access (the password, or the NSX right, when needed); 3.2 the tunnel (the peer and both sides'
 * subnets, the local endpoint from the PCC's free public addresses, the strong crypto choices,
 * Apply, the session state); 3.3 the PSK shown once (masked, a reveal box, copied only through
 * SecretClipboard, "I have stored it") with the offer to allow the customer subnets (stage 1);
 * 3.4 the swanctl.conf / summary exports (non-modal file dialog), open to the end.
 * Bound to VpnModel; no network call of its own.
 */
class VpnPage : public StagePage
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char vpnPage[] = "vpnPage";
        static constexpr char vpnIntroLabel[] = "vpnIntroLabel";
        static constexpr char nsxPasswordLabel[] = "nsxPasswordLabel";
        static constexpr char nsxPasswordEdit[] = "nsxPasswordEdit";
        static constexpr char nsxLoginEdit[] = "nsxLoginEdit";
        static constexpr char nsxLoginLabel[] = "nsxLoginLabel";
        static constexpr char nsxPasswordButton[] = "nsxPasswordButton";
        static constexpr char nsxRightLabel[] = "nsxRightLabel";
        static constexpr char grantNsxRightButton[] = "grantNsxRightButton";
        static constexpr char peerAddressEdit[] = "peerAddressEdit";
        static constexpr char peerIdEdit[] = "peerIdEdit";
        static constexpr char customerSubnetsEdit[] = "customerSubnetsEdit";
        static constexpr char pccSubnetsEdit[] = "pccSubnetsEdit";
        static constexpr char localAddressCombo[] = "localAddressCombo";
        static constexpr char dhGroupCombo[] = "dhGroupCombo";
        static constexpr char ikeLifetimeSpin[] = "ikeLifetimeSpin";
        static constexpr char espLifetimeSpin[] = "espLifetimeSpin";
        static constexpr char vpnCheckLabel[] = "vpnCheckLabel";
        static constexpr char cryptoLabel[] = "cryptoLabel";
        static constexpr char applyVpnButton[] = "applyVpnButton";
        static constexpr char sessionStatusLabel[] = "sessionStatusLabel";
        static constexpr char pskLabel[] = "pskLabel";
        static constexpr char pskEdit[] = "pskEdit";
        static constexpr char revealPskCheck[] = "revealPskCheck";
        static constexpr char copyPskButton[] = "copyPskButton";
        static constexpr char savePskButton[] = "savePskButton";
        static constexpr char pskStatusLabel[] = "pskStatusLabel";
        /// "I have stored it" (issue 18 item 8): the stage is Done only once it is ticked.
        static constexpr char pskStoredCheck[] = "pskStoredCheck";
        static constexpr char pskBox[] = "pskBox";
        static constexpr char allowedQuestionLabel[] = "allowedQuestionLabel";
        static constexpr char addAllowedNetworksButton[] = "addAllowedNetworksButton";
        static constexpr char adminHostsEdit[] = "adminHostsEdit";
        static constexpr char exportSwanctlButton[] = "exportSwanctlButton";
        static constexpr char exportSummaryButton[] = "exportSummaryButton";
        static constexpr char vpnSummaryText[] = "vpnSummaryText";
        static constexpr char vpnScrollArea[] = "vpnScrollArea";
        // Its sub-steps (issue 18 item 2): 3.1 … 3.4; each Change button is `<card>ChangeButton`.
        static constexpr char nsxAccessStep[] = "nsxAccessStep";
        static constexpr char tunnelStep[] = "tunnelStep";
        static constexpr char pskStep[] = "pskStep";
        static constexpr char exportStep[] = "exportStep";
    };

    /// What the sub-step derivation reads of the model (public so that every state can be tested
    /// without bringing a sandbox's tunnel up and down).
    struct SubStepFacts
    {
        bool nsxAccessMissing = false; ///< the NSX password or right is still needed
        bool configuredOnNsx = false;  ///< NSX holds a session (negotiating, up or down)
        bool applying = false;
        bool pskConfirmationOwed = false;
    };
    /// The rank of the sub-step to work on: 0 NSX access, 1 the tunnel, 2 the key and allowed
    /// networks, 3 the exports (the last card, which stays open once the rest is done).
    static int subStepFor(const SubStepFacts &facts);

    explicit VpnPage(VpnModel *model, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void sync() override;
    int derivedSubStep() const override;

private:
    void pushInputs();
    QString tunnelSummary() const;
    void saveAs(bool swanctl);

    VpnModel *m_model;
    QLabel *m_intro;
    QWidget *m_passwordBox;
    QWidget *m_rightBox; ///< the login's user lacks the NSX right: why, and the grant
    QLabel *m_rightLabel;
    QPushButton *m_grantRight;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QPushButton *m_usePassword;
    QLabel *m_peerLabel, *m_peerIdLabel, *m_customerLabel, *m_pccLabel, *m_localLabel;
    QLabel *m_dhLabel, *m_ikeLabel, *m_espLabel;
    QLineEdit *m_peer, *m_peerId, *m_customer, *m_pcc;
    QComboBox *m_local;
    QComboBox *m_dh;
    QSpinBox *m_ikeLife, *m_espLife;
    QLabel *m_check;
    QLabel *m_crypto;
    QPushButton *m_apply;
    QLabel *m_session;
    ShownOnceSecret *m_psk; ///< the PSK, shown once
    QWidget *m_allowedBox;
    QLabel *m_allowedQuestion;
    QLabel *m_adminHostsLabel;
    QLineEdit *m_adminHosts; ///< shown only when the subnets do not fit in the 2048 addresses
    QPushButton *m_addAllowed;
    QPushButton *m_exportSwanctl, *m_exportSummary;
    QPlainTextEdit *m_summary;
    SubStepCard *m_accessStep;
    SubStepCard *m_tunnelStep;
    SubStepCard *m_pskStep;
    SubStepCard *m_exportStep;
};

} // namespace snc
