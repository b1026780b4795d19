// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectPage.h"

#include "stages/connection/ConnectionModel.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/SelectableText.h"
#include "ui/widgets/TechnicalDetails.h"
#include "stages/ApiValueText.h"
#include "ui/widgets/WrapAnywhereText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace snc {

namespace {
QLabel *wrapped(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    makeTextSelectable(l);
    return l;
}
QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

ConnectPage::ConnectPage(ConnectionModel *model, QWidget *parent)
    : StagePage(model, parent), m_model(model)
{
    setObjectName(Names::connectPage);
    m_intro = wrapped(this, Names::connectIntroLabel);
    m_regionLabel = new QLabel(this);
    m_region = new QComboBox(this);
    m_region->setObjectName(Names::regionCombo);
    m_regionLabel->setBuddy(m_region);

    m_keysBox = new QGroupBox(this);
    m_keyLabel = new QLabel(m_keysBox);
    m_key = new QLineEdit(m_keysBox);
    m_key->setObjectName(Names::applicationKeyEdit);
    m_keyLabel->setBuddy(m_key);
    m_keyError = wrapped(m_keysBox, Names::applicationKeyErrorLabel);
    m_secretLabel = new QLabel(m_keysBox);
    m_secret = new QLineEdit(m_keysBox);
    m_secret->setObjectName(Names::applicationSecretEdit);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_secretError = wrapped(m_keysBox, Names::applicationSecretErrorLabel);
    m_import = button(m_keysBox, Names::importButton);
    m_createApp = button(m_keysBox, Names::createApplicationButton);
    m_importReport = wrapped(m_keysBox, Names::importReportLabel);
    auto *keys = new QFormLayout(m_keysBox);
    keys->addRow(m_keyLabel, m_key);
    keys->addRow(QString(), m_keyError);
    keys->addRow(m_secretLabel, m_secret);
    keys->addRow(QString(), m_secretError);
    auto *keyButtons = new FlowLayout;
    keyButtons->addWidget(m_import);
    keyButtons->addWidget(m_createApp);
    keys->addRow(keyButtons);
    keys->addRow(m_importReport);

    m_authBox = new QGroupBox(this);
    m_rulesIntro = wrapped(m_authBox, Names::accessRulesIntroLabel);
    m_rules = wrapped(m_authBox, Names::accessRulesLabel);
    m_rulesDetails = new TechnicalDetails(m_authBox);
    m_rulesDetails->setObjectName(QStringLiteral("accessRulesDetails"));
    m_authorize = button(m_authBox, Names::authorizeButton);
    m_validation = new WrapAnywhereText(m_authBox);
    m_validation->setObjectName(QLatin1String(Names::validationUrlLabel));
    m_openValidation = button(m_authBox, Names::openValidationButton);
    m_sandboxApprove = button(m_authBox, Names::sandboxApproveButton);
    m_cancel = button(m_authBox, Names::cancelAuthorizationButton);
    m_confirmValidated = button(m_authBox, Names::confirmValidatedButton);
    m_validationWait = wrapped(m_authBox, Names::validationWaitLabel);
    m_state = wrapped(m_authBox, Names::connectionStateLabel);
    m_account = wrapped(m_authBox, Names::accountLabel);
    m_storageWarning = wrapped(m_authBox, Names::secretStorageWarningLabel);
    auto *auth = new QVBoxLayout(m_authBox);
    auth->addWidget(m_rulesIntro);
    auth->addWidget(m_rules);
    auth->addWidget(m_rulesDetails);
    // Four buttons, longer in French: the row wraps rather than cut "Stop waiting" or scroll.
    auto *authButtons = new FlowLayout;
    for (QPushButton *b : {m_authorize, m_openValidation, m_sandboxApprove, m_cancel})
        authButtons->addWidget(b);
    auth->addLayout(authButtons);
    // The one action of each moment (issue 18 item 10): authorize; then, in practice, approve as
    // the demo user (only one of them is shown at a time).
    markPrimary(m_authorize);
    markPrimary(m_sandboxApprove);
    auth->addWidget(m_validation);
    // Its own row, next to what the last check answered: the button row is full on small screens.
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_validationWait, 1);
    confirmRow->addWidget(m_confirmValidated, 0, Qt::AlignTop);
    auth->addLayout(confirmRow);
    auth->addWidget(m_state);
    auth->addWidget(m_account);
    auth->addWidget(m_storageWarning);

    m_serviceBox = new QGroupBox(this);
    m_services = new QListWidget(m_serviceBox);
    m_services->setObjectName(Names::serviceList);
    m_serviceDetails = wrapped(m_serviceBox, Names::serviceDetailsLabel);
    auto *services = new QVBoxLayout(m_serviceBox);
    services->addWidget(m_services);
    services->addWidget(m_serviceDetails);
    m_serviceTechnical = new TechnicalDetails(m_serviceBox);
    m_serviceTechnical->setObjectName(QStringLiteral("serviceDetailsTechnical"));
    services->addWidget(m_serviceTechnical);

    auto *region = new QHBoxLayout;
    region->addWidget(m_regionLabel);
    region->addWidget(m_region, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(region);
    layout->addWidget(m_keysBox);
    layout->addWidget(m_authBox);
    layout->addWidget(m_serviceBox, 1);
    layout->addWidget(errorLabel());

    // User actions → model. Text is handed over as typed; the model trims pasted whitespace.
    connect(m_region, &QComboBox::activated, this, [this](int index) {
        m_model->setEndpointId(m_region->itemData(index).toString());
    });
    connect(m_key, &QLineEdit::textEdited, m_model, &ConnectionModel::setApplicationKey);
    connect(m_secret, &QLineEdit::textEdited, m_model, &ConnectionModel::setApplicationSecret);
    connect(m_import, &QPushButton::clicked, m_model, [this] { m_model->importExisting(); });
    connect(m_createApp, &QPushButton::clicked, m_model, [this] {
        emit m_model->openUrlRequested(m_model->createApplicationUrl());
    });
    connect(m_authorize, &QPushButton::clicked, m_model, [this] {
        m_model->authorize();
        // The model holds the secret (SecretBytes, then the keychain): no copy stays in the edit,
        // and sync() never puts one back (the model has no text getter for it).
        m_secret->clear();
    });
    connect(m_openValidation, &QPushButton::clicked, m_model, [this] {
        emit m_model->openUrlRequested(m_model->validationUrl());
    });
    connect(m_sandboxApprove, &QPushButton::clicked, m_model, &ConnectionModel::autoValidateInSandbox);
    connect(m_cancel, &QPushButton::clicked, m_model, &ConnectionModel::cancelAuthorization);
    connect(m_confirmValidated, &QPushButton::clicked, m_model, &ConnectionModel::confirmValidated);
    connect(m_services, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_model->selectService(m_services->item(row)->data(Qt::UserRole).toString());
        showServiceDetails();
    });

    // Model → widgets.
    connect(m_model, &ConnectionModel::stateChanged, this, &ConnectPage::sync);
    connect(m_model, &ConnectionModel::endpointChanged, this, &ConnectPage::sync);
    connect(m_model, &ConnectionModel::inputChanged, this, &ConnectPage::sync);
    connect(m_model, &ConnectionModel::accountChanged, this, &ConnectPage::sync);
    connect(m_model, &ConnectionModel::importReportChanged, this, &ConnectPage::sync);
    connect(m_model, &ConnectionModel::changed, this, &ConnectPage::sync);
    connect(m_model, &ConnectionModel::validationWaitChanged, this, &ConnectPage::sync);
    connect(m_model, &ConnectionModel::servicesChanged, this, &ConnectPage::fillServices);
    connect(m_model, &ConnectionModel::selectedServiceChanged, this, &ConnectPage::fillServices);
    retranslate();
    sync();
    fillServices();
}

void ConnectPage::fillRegions()
{
    const QSignalBlocker block(m_region);
    m_region->clear();
    const QStringList ids = m_model->endpointIds();
    for (const QString &id : ids)
        m_region->addItem(m_model->endpointDisplayName(id), id);
    m_region->setCurrentIndex(m_region->findData(m_model->endpointId()));
}

void ConnectPage::fillServices()
{
    const QSignalBlocker block(m_services);
    m_services->clear();
    const QList<DedicatedCloudService> services = m_model->services();
    for (const DedicatedCloudService &s : services) {
        //: Service list entry: %1 service name, %2 its description
        auto *item = new QListWidgetItem(
                s.description.isEmpty() ? s.serviceName
                                        : tr("%1 — %2", "@item").arg(s.serviceName, s.description),
                m_services);
        item->setData(Qt::UserRole, s.serviceName);
        if (s.serviceName == m_model->selectedServiceName())
            m_services->setCurrentItem(item);
    }
    showServiceDetails();
}

void ConnectPage::showServiceDetails()
{
    const QString selected = m_model->selectedServiceName();
    QString text;
    QStringList technical;
    const QList<DedicatedCloudService> services = m_model->services();
    for (const DedicatedCloudService &s : services) {
        if (s.serviceName != selected)
            continue;
        technical = {QStringLiteral("serviceName: %1").arg(s.serviceName), QStringLiteral("state: %1").arg(s.state)};
        if (!s.detailsLoaded) {
            text = tr("%1: details not available.", "@info").arg(s.serviceName);
            break;
        }
        text = bulletList({tr("Service: %1", "@info").arg(s.serviceName),
                           tr("Location: %1", "@info").arg(s.location),
                           tr("State: %1", "@info").arg(ApiValueText::optionState(s.state)),
                           tr("Version: %1", "@info").arg(s.version.isEmpty() ? tr("unknown", "@info version") : s.version),
                           tr("Web interface: %1", "@info").arg(s.webInterfaceUrl.toString())});
    }
    if (text.isEmpty() && services.isEmpty() && m_model->state() == ConnectionModel::State::Connected)
        text = tr("No Hosted Private Cloud service was found on this account.", "@info");
    else if (text.isEmpty() && !services.isEmpty())
        text = tr("Choose the service to onboard.", "@info");
    m_serviceDetails->setText(text);
    m_serviceTechnical->setLines(technical);
}

void ConnectPage::retranslate()
{
    m_intro->setText(tr("Choose where your service is, then let the wizard use the OVHcloud API "
                        "on your behalf. The practice sandbox lets you try every step without an "
                        "OVHcloud account.", "@info"));
    m_regionLabel->setText(tr("&Region:", "@label"));
    m_keysBox->setTitle(tr("Application keys", "@title"));
    m_keyLabel->setText(tr("Application &key:", "@label"));
    m_secretLabel->setText(tr("Application &secret:", "@label"));
    m_secret->setPlaceholderText(tr("Kept in your system keychain", "@info placeholder"));
    m_import->setText(tr("&Import existing settings", "@button"));
    m_import->setToolTip(tr("Reads OVH_* environment variables and ~/.ovh.conf or /etc/ovh.conf",
                            "@info tooltip"));
    m_createApp->setText(tr("Create &keys on OVHcloud…", "@button"));
    m_authBox->setTitle(tr("Authorization", "@title"));
    m_rulesIntro->setText(tr("The wizard will ask OVHcloud for these rights only. Read them, then "
                             "validate them on the page that opens:", "@info"));
    m_openValidation->setText(tr("&Open the validation page again", "@button"));
    m_sandboxApprove->setText(tr("Approve as the &demo user", "@button"));
    m_sandboxApprove->setToolTip(tr("Practice sandbox: does what the validation page would do",
                                    "@info tooltip"));
    m_cancel->setText(tr("&Stop waiting", "@button"));
    m_confirmValidated->setText(tr("I have &validated it", "@button"));
    m_confirmValidated->setToolTip(tr("Checks the authorization with OVHcloud now instead of at the next "
                                      "automatic check", "@info tooltip"));
    m_serviceBox->setTitle(tr("Service", "@title"));
    m_services->setAccessibleName(tr("Hosted Private Cloud services", "@label accessible"));
    fillRegions();
    fillServices();
}

void ConnectPage::sync()
{
    using State = ConnectionModel::State;
    const State state = m_model->state();
    const bool sandbox = m_model->endpointId() == ConnectionModel::sandboxEndpointId();
    if (m_region->currentData().toString() != m_model->endpointId() || m_region->count() != m_model->endpointIds().size())
        fillRegions();
    if (!m_key->hasFocus() && m_key->text() != m_model->applicationKey())
        m_key->setText(m_model->applicationKey());
    if (!m_model->hasApplicationSecret() && !m_secret->hasFocus())
        m_secret->clear();
    m_keyError->setText(m_model->applicationKeyError());
    m_keyError->setVisible(!m_keyError->text().isEmpty());
    m_secretError->setText(m_model->applicationSecretError());
    m_secretError->setVisible(!m_secretError->text().isEmpty());
    m_createApp->setVisible(m_model->createApplicationUrl().isValid());
    m_importReport->setText(bulletList(m_model->importReport()));
    m_importReport->setVisible(!m_model->importReport().isEmpty());

    m_rules->setText(bulletList(m_model->accessRulesPurposes()));
    m_rulesDetails->setLines(m_model->accessRulesTechnical());
    const bool waiting = state == State::WaitingForValidation;
    const bool canStart = state == State::ReadyToAuthorize || state == State::NeedsReauthorization
            || state == State::Failed || state == State::NeedsKeys;
    m_authorize->setText(state == State::NeedsReauthorization ? tr("&Authorize again", "@button")
                                                              : tr("&Authorize the wizard", "@button"));
    m_authorize->setEnabled(canStart && m_model->canAuthorize());
    m_authorize->setVisible(state != State::Connected);
    m_openValidation->setVisible(waiting && m_model->validationUrl().isValid());
    m_sandboxApprove->setVisible(waiting && sandbox);
    m_cancel->setVisible(waiting);
    m_confirmValidated->setVisible(waiting);
    m_confirmValidated->setEnabled(m_model->canConfirmValidated());
    m_validationWait->setText(m_model->validationWaitText());
    m_validationWait->setVisible(waiting && !m_model->validationWaitText().isEmpty());
    m_validation->setVisible(waiting && m_model->validationUrl().isValid());
    m_validation->setText(tr("Validation page: %1", "@info").arg(m_model->validationUrl().toString()));
    m_state->setText(m_model->stateText());
    const bool connected = state == State::Connected;
    m_account->setVisible(connected);
    if (connected) {
        const QDateTime expiry = m_model->credentialExpiry();
        const QString until = expiry.isValid()
                ? locale().toString(expiry.toLocalTime(), QLocale::LongFormat)
                : tr("no expiry", "@info credential");
        //: %1 NIC handle, %2 e-mail, %3 date or "no expiry"
        m_account->setText(tr("Connected as %1 (%2). Authorization valid until: %3.", "@info")
                                   .arg(m_model->nicHandle(), m_model->accountEmail(), until));
    }
    m_storageWarning->setText(m_model->secretStorageWarning());
    m_storageWarning->setVisible(!m_model->secretStorageWarning().isEmpty());
    m_serviceBox->setEnabled(connected);
    m_keysBox->setEnabled(!waiting && state != State::Connecting && state != State::RequestingCredential);
}

} // namespace snc
