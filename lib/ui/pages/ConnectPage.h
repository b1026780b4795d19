// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace snc {

class TechnicalDetails;

class WrapAnywhereText;

class ConnectionModel;

/**
 * @brief The "Connect" page: region, application key and secret (typed or imported), the access
 * rules shown before the consumer-key validation, the validation link, the account, and the
 * service picker with its details. Bound to ConnectionModel; no network call of its own.
 */
class ConnectPage : public StagePage
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char connectPage[] = "connectPage";
        static constexpr char connectIntroLabel[] = "connectIntroLabel";
        static constexpr char regionCombo[] = "regionCombo";
        static constexpr char applicationKeyEdit[] = "applicationKeyEdit";
        static constexpr char applicationKeyErrorLabel[] = "applicationKeyErrorLabel";
        static constexpr char applicationSecretEdit[] = "applicationSecretEdit";
        static constexpr char applicationSecretErrorLabel[] = "applicationSecretErrorLabel";
        static constexpr char importButton[] = "importButton";
        static constexpr char createApplicationButton[] = "createApplicationButton";
        static constexpr char importReportLabel[] = "importReportLabel";
        static constexpr char accessRulesIntroLabel[] = "accessRulesIntroLabel";
        static constexpr char accessRulesLabel[] = "accessRulesLabel";
        static constexpr char authorizeButton[] = "authorizeButton";
        static constexpr char validationUrlLabel[] = "validationUrlLabel";
        static constexpr char openValidationButton[] = "openValidationButton";
        static constexpr char sandboxApproveButton[] = "sandboxApproveButton";
        static constexpr char cancelAuthorizationButton[] = "cancelAuthorizationButton";
        static constexpr char confirmValidatedButton[] = "confirmValidatedButton";
        static constexpr char validationWaitLabel[] = "validationWaitLabel";
        static constexpr char connectionStateLabel[] = "connectionStateLabel";
        static constexpr char accountLabel[] = "accountLabel";
        static constexpr char secretStorageWarningLabel[] = "secretStorageWarningLabel";
        static constexpr char serviceList[] = "serviceList";
        static constexpr char serviceDetailsLabel[] = "serviceDetailsLabel";
    };

    explicit ConnectPage(ConnectionModel *model, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void sync() override;

private:
    void fillRegions();
    void fillServices();
    void showServiceDetails();

    ConnectionModel *m_model;
    QLabel *m_intro;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QGroupBox *m_keysBox;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_keyError;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_secretError;
    QPushButton *m_import;
    QPushButton *m_createApp;
    QLabel *m_importReport;
    QGroupBox *m_authBox;
    QLabel *m_rulesIntro;
    QLabel *m_rules;
    TechnicalDetails *m_rulesDetails;   ///< the rules as the API writes them (issue 18, item 5)
    TechnicalDetails *m_serviceTechnical; ///< the selected service's raw state
    QPushButton *m_authorize;
    /// The validation URL ends with a long token: it wraps anywhere (WrapAnywhereText).
    WrapAnywhereText *m_validation;
    QPushButton *m_openValidation;
    QPushButton *m_sandboxApprove;
    QPushButton *m_cancel;
    QPushButton *m_confirmValidated; ///< "I have validated it": one check at once (issue 16)
    QLabel *m_validationWait;
    QLabel *m_state;
    QLabel *m_account;
    QLabel *m_storageWarning;
    QGroupBox *m_serviceBox;
    QListWidget *m_services;
    QLabel *m_serviceDetails;
};

} // namespace snc
