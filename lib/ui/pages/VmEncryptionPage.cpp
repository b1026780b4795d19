// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmEncryptionPage.h"

#include "stages/TaskProgress.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/SubStepCard.h"
#include "ui/widgets/TaskProgressWidget.h"
#include "ui/widgets/SelectableText.h"
#include "ui/widgets/TechnicalDetails.h"
#include "stages/ApiValueText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace snc {

namespace {
QLabel *textLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    makeTextSelectable(l);
    return l;
}
} // namespace

VmEncryptionPage::VmEncryptionPage(VmEncryptionModel *model, QWidget *parent)
    : StagePage(model, parent), m_model(model)
{
    setObjectName(Names::vmEncryptionPage);
    auto *content = new QWidget;
    m_intro = textLabel(content, Names::vmEncryptionIntroLabel);
    m_okmsLabel = new QLabel(content);
    m_okms = new QComboBox(content);
    m_okms->setObjectName(Names::okmsCombo);
    m_okmsLabel->setBuddy(m_okms);
    m_orderHelp = textLabel(content, Names::orderOkmsLabel);
    m_credentialTitle = makeTitle(content, Names::credentialTitleLabel);
    m_nameLabel = new QLabel(content);
    m_name = new QLineEdit(content);
    m_name->setObjectName(Names::credentialNameEdit);
    m_name->setMaxLength(50);
    m_nameLabel->setBuddy(m_name);
    m_urnsLabel = new QLabel(content);
    m_urns = new QLineEdit(content);
    m_urns->setObjectName(Names::identityUrnsEdit);
    m_urnsLabel->setBuddy(m_urns);
    m_validityLabel = new QLabel(content);
    m_validity = new QSpinBox(content);
    m_validity->setObjectName(Names::validitySpin);
    m_validity->setRange(1, 365);
    m_validityLabel->setBuddy(m_validity);
    m_useCsr = new QCheckBox(content);
    m_useCsr->setObjectName(Names::useCsrCheck);
    m_algorithmLabel = new QLabel(content);
    m_algorithm = new QComboBox(content);
    m_algorithm->setObjectName(Names::keyAlgorithmCombo);
    m_algorithmLabel->setBuddy(m_algorithm);
    // RSA first: OVHcloud's OKMS-for-VMware guide asks vCenter for an RSA key.
    for (auto a : {crypto::KeyAlgorithm::Rsa3072, crypto::KeyAlgorithm::Rsa4096, crypto::KeyAlgorithm::EcP256})
        m_algorithm->addItem(QString(), int(a));
    m_create = new QPushButton(content);
    m_create->setObjectName(Names::createCredentialButton);
    m_credentialStatus = textLabel(content, Names::credentialStatusLabel);
    m_credentialTechnical = new TechnicalDetails(content);
    m_credentialTechnical->setObjectName(QStringLiteral("credentialTechnical"));

    m_keyBox = new QWidget(content);
    m_keyBox->setObjectName(Names::keySaveBox);
    m_keyWarning = textLabel(m_keyBox, Names::keyWarningLabel);
    m_saveKeychain = new QPushButton(m_keyBox);
    m_saveKeychain->setObjectName(Names::saveKeyKeychainButton);
    m_keyFile = new QLineEdit(m_keyBox);
    m_keyFile->setObjectName(Names::keyFileEdit);
    m_browse = new QPushButton(m_keyBox);
    m_browse->setObjectName(Names::browseKeyFileButton);
    m_saveFile = new QPushButton(m_keyBox);
    m_saveFile->setObjectName(Names::saveKeyFileButton);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_keyFile, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_saveFile);
    auto *keyLayout = new QVBoxLayout(m_keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyWarning);
    keyLayout->addWidget(m_saveKeychain, 0, Qt::AlignLeft);
    keyLayout->addLayout(fileRow);

    m_kmipTitle = makeTitle(content, Names::kmipTitleLabel);
    m_probe = new QPushButton(content);
    m_probe->setObjectName(Names::probeKmipButton);
    m_certificate = textLabel(content, Names::kmipCertificateLabel);
    m_certificate->setFocusPolicy(Qt::StrongFocus); // the thumbprint is read out and compared
    m_register = new QPushButton(content);
    m_register->setObjectName(Names::registerKmsButton);
    m_progress = new TaskProgressWidget(content);
    m_progress->setObjectName(Names::kmsTaskProgress);
    m_vcenter = textLabel(content, Names::vcenterInstructionsLabel);
    m_registered = textLabel(content, Names::registeredKmsLabel);
    m_registeredTechnical = new TechnicalDetails(content);
    m_registeredTechnical->setObjectName(QStringLiteral("registeredKmsTechnical"));

    auto *form = new QFormLayout;
    form->addRow(m_okmsLabel, m_okms);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_urnsLabel, m_urns);
    form->addRow(m_validityLabel, m_validity);
    form->addRow(QString(), m_useCsr);
    form->addRow(m_algorithmLabel, m_algorithm);
    // One thing at a time (issue 18 item 2): the credential, its key, the KMS's certificate and
    // the registration each on a numbered card, open while it is the sub-step to do. The cards'
    // headings carry the section titles (the title labels stay, hidden, under their names).
    m_credentialTitle->hide();
    m_kmipTitle->hide();
    m_credentialStep = addSubStep(Names::credentialStep);
    QVBoxLayout *credential = m_credentialStep->bodyLayout();
    credential->addWidget(m_orderHelp);
    credential->addWidget(m_credentialTitle);
    credential->addLayout(form);
    credential->addWidget(m_create, 0, Qt::AlignRight);
    credential->addWidget(m_credentialStatus);
    credential->addWidget(m_credentialTechnical);
    m_credentialStep->setChangeable(false); // a new credential is made from the KMS's own page
    m_keyStep = addSubStep(Names::keyStep);
    m_keyStep->addToBody(m_keyBox);
    m_keyStep->setChangeable(false); // the key is shown once: no way back to it
    m_certificateStep = addSubStep(Names::kmsCertificateStep);
    QVBoxLayout *certificate = m_certificateStep->bodyLayout();
    certificate->addWidget(m_kmipTitle);
    certificate->addWidget(m_probe, 0, Qt::AlignLeft);
    certificate->addWidget(m_certificate);
    certificate->addWidget(m_register, 0, Qt::AlignRight);
    m_certificateStep->setChangeable(false);
    m_registrationStep = addSubStep(Names::registrationStep);
    QVBoxLayout *registration = m_registrationStep->bodyLayout();
    registration->addWidget(m_progress);
    registration->addWidget(m_vcenter);
    registration->addWidget(m_registered);
    registration->addWidget(m_registeredTechnical);
    m_registrationStep->setChangeable(false);
    for (QPushButton *primary : {m_create, m_saveKeychain, m_register})
        markPrimary(primary);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    for (SubStepCard *card : subSteps())
        layout->addWidget(card);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(Names::vmEncryptionScroll);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(errorLabel());

    connect(m_okms, &QComboBox::activated, this, [this](int i) { m_model->setSelectedOkmsId(m_okms->itemData(i).toString()); });
    connect(m_name, &QLineEdit::textEdited, m_model, &VmEncryptionModel::setCredentialName);
    connect(m_urns, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setIdentityUrns(text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts));
    });
    connect(m_validity, &QSpinBox::valueChanged, m_model, &VmEncryptionModel::setValidityDays);
    connect(m_useCsr, &QCheckBox::toggled, m_model, &VmEncryptionModel::setUseCsr);
    connect(m_algorithm, &QComboBox::activated, this, [this](int i) {
        m_model->setKeyAlgorithm(crypto::KeyAlgorithm(m_algorithm->itemData(i).toInt()));
    });
    connect(m_create, &QPushButton::clicked, m_model, [this] { m_model->createCredential(); });
    connect(m_saveKeychain, &QPushButton::clicked, m_model, [this] { m_model->saveKeyToKeychain(); });
    connect(m_browse, &QPushButton::clicked, this, &VmEncryptionPage::browseKeyFile);
    connect(m_saveFile, &QPushButton::clicked, m_model, [this] { m_model->saveKeyToFile(m_keyFile->text().trimmed()); });
    connect(m_keyFile, &QLineEdit::textChanged, this, &VmEncryptionPage::sync);
    connect(m_probe, &QPushButton::clicked, m_model, [this] { m_model->probeKmip(); });
    connect(m_register, &QPushButton::clicked, m_model, [this] {
        if (m_model->registerKms())
            m_progress->setRunning(tr("Registering the KMS with your vSphere service", "@info task"), 0);
    });
    // The registration task, as every stage shows its task: through the model's TaskProgress.
    TaskProgress *task = m_model->taskProgress();
    connect(task, &TaskProgress::changed, this, [this, task] {
        if (!task->isRunning())
            return;
        // The task's own words (OVHcloud's, e.g. "Waiting for customer to configure the KMS
        // Server..."): why it waits.
        const QString description = m_model->registrationTaskDescription();
        if (description.isEmpty())
            m_progress->setRunning(tr("Registering the KMS with your vSphere service (%1)", "@info task")
                                           .arg(ApiValueText::taskState(task->state())), task->percent());
        else
            //: %1 task state, %2 the task's description from OVHcloud (English)
            m_progress->setRunning(tr("Registering the KMS with your vSphere service (%1): %2", "@info task")
                                           .arg(ApiValueText::taskState(task->state()), description), task->percent());
    });
    connect(task, &TaskProgress::runningChanged, this, [this](bool running) {
        if (!running)
            m_progress->setFinished(m_model->registeredKms().size() > 0,
                                    tr("Registration finished.", "@info task"));
    });
    connect(m_model, &StageModel::changed, this, &VmEncryptionPage::sync);
    connect(m_model, &VmEncryptionModel::inputChanged, this, &VmEncryptionPage::sync);
    connect(m_model, &StageModel::busyChanged, this, &VmEncryptionPage::sync);
    connect(m_model, &StageModel::statusChanged, this, &VmEncryptionPage::sync);
    connect(m_model, &VmEncryptionModel::keySavedChanged, this, &VmEncryptionPage::sync);
    connect(m_model, &VmEncryptionModel::probeFinished, this, &VmEncryptionPage::sync);
    connect(m_model, &VmEncryptionModel::credentialStateChanged, this, &VmEncryptionPage::sync);
    retranslate();
    sync();
}

void VmEncryptionPage::browseKeyFile()
{
    // Non-modal: the page never runs a nested event loop.
    auto *dialog = new QFileDialog(this, tr("Save the private key", "@title dialog"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(Names::keyFileDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(QStringLiteral("%1.key").arg(m_model->credentialName()));
    connect(dialog, &QFileDialog::fileSelected, m_keyFile, &QLineEdit::setText);
    dialog->open();
}

QString VmEncryptionPage::certificateText() const
{
    const auto cert = m_model->kmipCertificate();
    if (!cert)
        return {};
    QStringList lines;
    //: %1 host, %2 port, %3 IPv4 address
    lines << tr("Endpoint: %1, port %2, address %3", "@info").arg(m_model->kmipHost()).arg(m_model->kmipPort()).arg(m_model->kmipAddress());
    lines << tr("Subject: %1", "@info").arg(cert->subject);
    lines << tr("Issuer: %1", "@info").arg(cert->issuer);
    lines << tr("Valid from %1 to %2", "@info").arg(locale().toString(cert->notBefore, QLocale::ShortFormat),
                                                  locale().toString(cert->notAfter, QLocale::ShortFormat));
    lines << tr("SHA-1 thumbprint: %1", "@info").arg(cert->sha1Thumbprint);
    lines << tr("SHA-256 fingerprint: %1", "@info").arg(cert->sha256Fingerprint);
    // Registration needs the chain to the OKMS's public CA and the host name: no click-through.
    if (m_model->kmipVerified())
        lines << tr("The certificate chain is trusted.", "@info");
    else
        //: %1 the verification errors
        lines << tr("Not trusted, so it cannot be registered — the certificate does not chain to your "
                    "OVHcloud KMS's public certificate authority or is not for this host: %1", "@info")
                         .arg(m_model->kmipVerificationErrors().join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

void VmEncryptionPage::retranslate()
{
    m_intro->setText(tr("vSphere encrypts virtual machines with keys kept in a KMS. This stage creates an "
                        "access certificate for vCenter in your OVHcloud KMS, checks the KMS's own "
                        "certificate and registers the KMS with your service.", "@info"));
    m_okmsLabel->setText(tr("OVHcloud &KMS:", "@label"));
    m_orderHelp->setText(VmEncryptionModel::orderHelpText());
    m_credentialTitle->setText(tr("Access credential for vCenter", "@title section"));
    m_nameLabel->setText(tr("&Name:", "@label"));
    m_urnsLabel->setText(tr("&Identities (URNs):", "@label"));
    m_urns->setPlaceholderText(tr("e.g. urn:v1:eu:identity:account:xx1111-ovh", "@info placeholder"));
    m_validityLabel->setText(tr("&Validity:", "@label"));
    m_validity->setSuffix(tr(" days", "@label spin suffix"));
    m_useCsr->setText(tr("Make the key here, send only a request (recommended)", "@option"));
    m_useCsr->setToolTip(tr("The private key is generated on this computer and never leaves it; OVHcloud "
                            "receives a certificate signing request (CSR) only.", "@info tooltip"));
    m_algorithmLabel->setText(tr("&Key type:", "@label"));
    m_algorithm->setItemText(0, tr("RSA 3072 (recommended for vCenter)", "@item key"));
    m_algorithm->setItemText(1, tr("RSA 4096", "@item key"));
    m_algorithm->setItemText(2, tr("EC P-256", "@item key"));
    m_create->setText(tr("&Create the credential", "@button"));
    m_saveKeychain->setText(tr("Save the key in the &keychain", "@button"));
    m_keyFile->setPlaceholderText(tr("File for the private key", "@info placeholder"));
    m_keyFile->setAccessibleName(tr("Private key file", "@label accessible"));
    m_browse->setText(tr("&Browse…", "@button"));
    m_saveFile->setText(tr("Save to this &file", "@button"));
    m_kmipTitle->setText(tr("The KMS's certificate", "@title section"));
    m_probe->setText(tr("&Read the KMS certificate", "@button"));
    m_register->setText(tr("Re&gister the KMS with my service", "@button"));
    m_okms->setAccessibleName(tr("OVHcloud KMS instance", "@label accessible"));
    m_credentialStep->setTitle(m_credentialTitle->text());
    m_keyStep->setTitle(tr("Private key", "@title sub-step"));
    m_certificateStep->setTitle(m_kmipTitle->text());
    m_registrationStep->setTitle(tr("Registration with vCenter", "@title sub-step"));
    m_certificate->setAccessibleName(tr("KMS certificate details", "@label accessible"));
    sync();
}

void VmEncryptionPage::sync()
{
    using CState = VmEncryptionModel::CredentialState;
    const QList<OkmsInstance> instances = m_model->okmsInstances();
    {
        const QSignalBlocker block(m_okms);
        m_okms->clear();
        for (const OkmsInstance &o : instances) {
            //: OKMS entry: %1 region, %2 id
            m_okms->addItem(tr("%1 — %2", "@item okms").arg(o.region, o.id), o.id);
        }
        m_okms->setCurrentIndex(m_okms->findData(m_model->selectedOkmsId()));
    }
    const bool refreshedWithNone = m_model->status() != StageModel::Status::Unknown && instances.isEmpty();
    m_orderHelp->setVisible(refreshedWithNone);
    if (!m_name->hasFocus())
        m_name->setText(m_model->credentialName());
    if (!m_urns->hasFocus())
        m_urns->setText(m_model->identityUrns().join(QStringLiteral(", ")));
    m_validity->setValue(m_model->validityDays());
    m_useCsr->setChecked(m_model->useCsr());
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(m_model->keyAlgorithm())));
    m_algorithm->setEnabled(m_model->useCsr());

    const CState state = m_model->credentialState();
    const bool idle = !m_model->isBusy() && !m_model->isTaskRunning();
    m_create->setEnabled(idle && !instances.isEmpty() && (state == CState::None || state == CState::Failed));
    QString status;
    switch (state) {
    case CState::None:
        break;
    case CState::GeneratingKey:
        status = tr("Generating the key pair on this computer…", "@info");
        break;
    case CState::Requesting:
        status = tr("Requesting the credential from OVHcloud…", "@info");
        break;
    case CState::WaitingForReady:
        status = tr("OVHcloud is issuing the certificate (%1)…", "@info")
                         .arg(ApiValueText::credentialState(m_model->credentialStatus()));
        break;
    case CState::Ready:
        status = m_model->certificateMatchesKey()
                ? tr("The access credential is ready; its certificate matches the private key.", "@info")
                : tr("The access credential is ready.", "@info");
        if (!m_model->certificateFilePath().isEmpty())
            status += QLatin1Char(' ') + tr("Certificate saved to %1.", "@info").arg(m_model->certificateFilePath());
        break;
    case CState::Failed:
        status = tr("The credential could not be completed.", "@info");
        break;
    }
    m_credentialStatus->setText(status);
    QStringList credentialRaw;
    if (!m_model->credentialId().isEmpty())
        credentialRaw << QStringLiteral("credential id: %1").arg(m_model->credentialId());
    if (!m_model->credentialStatus().isEmpty())
        credentialRaw << QStringLiteral("status: %1").arg(m_model->credentialStatus());
    m_credentialTechnical->setLines(credentialRaw);

    const bool unsaved = m_model->hasUnsavedKey();
    m_keyBox->setVisible(unsaved || m_model->keyStorage() != VmEncryptionModel::KeyStorage::None);
    if (unsaved)
        m_keyWarning->setText(m_model->leaveBlockedReason());
    else if (m_model->keyStorage() == VmEncryptionModel::KeyStorage::Keychain)
        m_keyWarning->setText(tr("The private key is saved in the keychain.", "@info"));
    else if (m_model->keyStorage() == VmEncryptionModel::KeyStorage::File)
        m_keyWarning->setText(tr("The private key is saved to %1 (readable by you only).", "@info").arg(m_model->keyFilePath()));
    m_saveKeychain->setEnabled(unsaved && !m_model->isBusy());
    m_saveFile->setEnabled(unsaved && !m_keyFile->text().trimmed().isEmpty());
    m_browse->setEnabled(unsaved);
    m_keyFile->setEnabled(unsaved);

    m_probe->setEnabled(!instances.isEmpty() && !m_model->isProbing() && idle);
    m_certificate->setText(certificateText());
    m_certificate->setVisible(m_model->kmipCertificate().has_value());
    m_register->setEnabled(m_model->kmipVerified() && idle && !unsaved);
    m_vcenter->setText(m_model->vCenterInstructions());
    m_vcenter->setVisible(m_model->isTaskRunning() || !m_model->registeredKms().isEmpty());
    QStringList kms;
    QStringList kmsRaw;
    for (const RegisteredKms &k : m_model->registeredKms()) {
        //: %1 IP, %2 port, %3 its state in words
        kms << tr("Key server %1, port %2: %3", "@info").arg(k.ip).arg(k.port).arg(ApiValueText::optionState(k.state));
        kmsRaw << QStringLiteral("%1:%2 sslThumbprint %3 state %4").arg(k.ip).arg(k.port).arg(k.sslThumbprint, k.state);
    }
    m_registered->setText(bulletList(kms));
    m_registeredTechnical->setLines(kmsRaw);

    // The one-line summaries of the done sub-steps, in the words the page already uses.
    m_credentialStep->setSummary(state == CState::Ready ? tr("The access credential is ready.", "@info")
                                                        : QString());
    m_keyStep->setSummary(unsaved ? QString() : m_keyWarning->text());
    const auto cert = m_model->kmipCertificate();
    m_certificateStep->setSummary(cert ? tr("SHA-1 thumbprint: %1", "@info").arg(cert->sha1Thumbprint) : QString());
    m_registrationStep->setSummary(kms.join(QStringLiteral("; ")));
    updateSubSteps();
}

int VmEncryptionPage::derivedSubStep() const
{
    if (m_model->status() == StageModel::Status::Done)
        return int(subSteps().size());
    // From the end: a registration under way (or made) is the last sub-step, whatever the page saw.
    if (m_model->isTaskRunning() || !m_model->registeredKms().isEmpty())
        return 3;
    // The key is shown once: saving it comes before anything else, even a credential still issued.
    if (m_model->hasUnsavedKey())
        return 1;
    // Not ready (being issued, or failed: its button creates it again) is the credential's sub-step.
    if (m_model->credentialState() != VmEncryptionModel::CredentialState::Ready)
        return 0;
    return 2;
}

} // namespace snc
