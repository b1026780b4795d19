// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5's step table: VM encryption with OKMS. With a screenshots folder, the private key is
// saved there as a file (with its certificate); without one, into the keychain. The KMS
// registration then waits, as on OVHcloud, until the customer has configured vCenter: the
// autopilot does what that person does outside the wizard, and tells the practice sandbox (its
// control route `POST /sandbox/okms/vcenter`), the sandbox's stand-in for vCenter.
#include "StageSteps.h"
#include "UiDriver.h"

#include "api/ApiClient.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/PageStatusLine.h"
#include "ui/pages/VmEncryptionPage.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

using PageStatusLineNames = snc::PageStatusLine::Names;
using VmEncryptionNames = snc::VmEncryptionPage::Names;

namespace snc {

namespace {

class EncryptionSteps
{
public:
    using CState = VmEncryptionModel::CredentialState;
    using Status = StageModel::Status;

    EncryptionSteps(UiDriver &ui, const QString &folder)
        : m_ui(ui), m_c(ui.controller()), m_kms(m_c->vmEncryption()), m_folder(folder)
    {
    }

    StepBody open()
    {
        return {[this] { return !m_c->isRefreshing(); },
                [this] { m_ui.openStage(5); },
                // A registration waiting for vCenter keeps the stage busy (it is followed) for as long
                // as it waits: the page is open all the same.
                [this] {
                    return m_c->currentPage() == 5 && m_kms->status() != Status::Unknown && (!m_kms->isBusy() || registering());
                }};
    }

    StepBody credential()
    {
        return {[this] {
                    return done() || m_kms->credentialState() != CState::None
                            || m_ui.isEnabled(VmEncryptionNames::createCredentialButton);
                },
                [this] {
                    if (!done() && m_kms->credentialState() == CState::None)
                        m_ui.click(VmEncryptionNames::createCredentialButton);
                },
                [this] {
                    return done() || m_kms->hasUnsavedKey() || m_kms->keyStorage() != VmEncryptionModel::KeyStorage::None
                            || m_kms->credentialState() == CState::Failed;
                }};
    }

    StepBody saveKey()
    {
        return {[this] {
                    return !m_kms->hasUnsavedKey()
                            || m_ui.isEnabled(m_folder.isEmpty() ? VmEncryptionNames::saveKeyKeychainButton
                                                                 : VmEncryptionNames::keyFileEdit);
                },
                [this] { saveTheKey(); },
                [this] { return !m_kms->hasUnsavedKey() && (!m_kms->isBusy() || registering()); }};
    }

    /// A failed request (a 5xx, a dropped connection with nothing created) leaves the credential
    /// Failed and the create button enabled: the generic "again after an error" presses it, as a
    /// person would; the model re-reads the credentials first and reuses the same key pair.
    StepBody credentialReady()
    {
        return {nullptr,
                [this] {
                    if (m_kms->credentialState() == CState::Failed && m_ui.isEnabled(VmEncryptionNames::createCredentialButton))
                        m_ui.click(VmEncryptionNames::createCredentialButton);
                },
                [this] {
                    return done() || (m_kms->credentialState() == CState::Ready && m_kms->certificateMatchesKey());
                }};
    }

    StepBody readKmsCertificate()
    {
        return {[this] { return done() || registering() || m_ui.isEnabled(VmEncryptionNames::probeKmipButton); },
                [this] {
                    if (!done() && !registering())
                        m_ui.click(VmEncryptionNames::probeKmipButton);
                },
                [this] { return done() || registering() || (m_kms->kmipCertificate().has_value() && !m_kms->isProbing()); }};
    }

    StepBody registerKms()
    {
        // Nothing to tick: the button is enabled only once the certificate verified (issue 15 item 2).
        // A wizard restarted while the registration waited follows it again by itself.
        return {[this] { return done() || registering() || m_ui.isEnabled(VmEncryptionNames::registerKmsButton); },
                [this] {
                    if (!done() && !registering())
                        m_ui.click(VmEncryptionNames::registerKmsButton);
                },
                [this] { return done() || waitingForVCenter(); }};
    }

    /// The page says why the registration waits (the task's description): configure vCenter.
    StepBody configureVCenter()
    {
        return {[this] { return done() || waitingForVCenter(); },
                [this] {
                    if (!done())
                        tellSandboxVCenterIsConfigured();
                },
                [this] { return done() && !m_kms->isBusy(); }};
    }

    /// A person who configured the key provider in vCenter says so: stage 5 is done only then.
    StepBody confirmManualStep()
    {
        return {[this] { return done(); },
                [this] { m_ui.check(PageStatusLineNames::manualStepCheck); },
                [this] { return m_kms->status() == Status::Done; }};
    }

private:
    /// OVHcloud's part done (the customer's confirmation may still be missing: confirmManualStep()).
    bool done() const { return m_kms->status() == Status::Done || m_kms->awaitsManualStep(); }
    bool registering() const { return m_kms->isTaskRunning(); }
    /// Running (`doing`: past any SMS token it waited for) and saying it waits for vCenter.
    bool waitingForVCenter() const
    {
        return registering() && m_kms->taskProgress()->state() == QLatin1String("doing")
                && !m_kms->registrationTaskDescription().isEmpty();
    }

    void tellSandboxVCenterIsConfigured()
    {
        const PracticeSandbox &sandbox = m_c->connection()->practiceSandbox();
        QNetworkAccessManager *nam = m_c->context()->api()->networkAccessManager();
        if (!sandbox.isValid() || !nam) {
            qWarning("autopilot: no practice sandbox to configure vCenter in");
            return;
        }
        QUrl url = sandbox.apiBase;
        url.setPath(QStringLiteral("/sandbox/okms/vcenter"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Sandbox-Control", sandbox.controlSecret.expose());
        request.setTransferTimeout(30000);
        if (!sandbox.caCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(sandbox.caCertificates);
            request.setSslConfiguration(tls);
        }
        const QJsonObject body{{QStringLiteral("serviceName"), m_c->context()->serviceName()}};
        QNetworkReply *reply = nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
            if (reply->error() != QNetworkReply::NoError)
                qWarning("autopilot: the sandbox did not take \"vCenter configured\": %s", qPrintable(reply->errorString()));
            reply->deleteLater();
        });
    }

    void saveTheKey()
    {
        if (!m_kms->hasUnsavedKey())
            return;
        if (m_folder.isEmpty()) {
            m_ui.click(VmEncryptionNames::saveKeyKeychainButton);
            return;
        }
        QDir().mkpath(m_folder);
        m_ui.type(VmEncryptionNames::keyFileEdit, QDir(m_folder).filePath(QStringLiteral("okms-vcenter.key")));
        m_ui.click(VmEncryptionNames::saveKeyFileButton);
    }

    UiDriver &m_ui;
    WizardController *m_c;
    VmEncryptionModel *m_kms;
    const QString m_folder;
};

} // namespace

QList<AutopilotStep> steps::vmEncryption(UiDriver &ui, const QString &folder)
{
    if (!ui.controller()->vmEncryption() || !ui.controller()->activation())
        return {};
    using S = EncryptionSteps;
    return makeSteps(std::make_shared<S>(ui, folder), 5, {
            {"stage5-open",                 60000,  Shot | OpensPage, &S::open},
            {"stage5-credential",           120000, Shot,             &S::credential},
            {"stage5-save-key",             60000,  Shot,             &S::saveKey},
            {"stage5-credential-ready",     180000, Shot,             &S::credentialReady},
            {"stage5-read-kms-certificate", 60000,  Shot,             &S::readKmsCertificate},
            {"stage5-register-kms",         180000, Shot,             &S::registerKms},
            {"stage5-configure-vcenter",    180000, Shot,             &S::configureVCenter},
            {"stage5-confirm-vcenter-key-provider", 30000, NoShot, &S::confirmManualStep},
    });
}

} // namespace snc
