// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 3: values from the API or NSX are shown as text, never as HTML. The real window
// with every page built; markup is pushed through each label that shows a value from outside
// (service, account, access policy, pending options, NSX reasons, KMS lines) and must come out
// literally; every label of every page is plain text; the rail tooltips are escaped. Last, a
// sandbox seeded with markup serves it through the API and the real models.
#include "GuiFixture.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/modules/DedicatedCloudModule.h"
#include "sandbox/modules/StandardModules.h"
#include "stages/WizardController.h"
#include "stages/activation/ActivationModel.h"
#include "stages/networks/AllowedNetworksModel.h"
#include "ui/MainWindow.h"
#include "ui/pages/ActivationPage.h"
#include "ui/pages/AdminSecurityPage.h"
#include "ui/pages/AllowedNetworksPage.h"
#include "ui/pages/ConnectPage.h"
#include "ui/pages/PrivateGatewayPage.h"
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/VmEncryptionPage.h"
#include "ui/pages/VpnPage.h"
#include "ui/widgets/StatusRailDelegate.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QTextDocument>

using namespace snc;

namespace {
const QString hostile = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">");

/// What Qt will render: a label resolves AutoText with mightBeRichText().
bool rendersAsHtml(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

/// The text a tooltip shows (QToolTip renders it as rich text when it looks like HTML).
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}
} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) != "servedMarkupIsShownLiterally")
            QVERIFY(f.start());
    }
    void cleanup() { f.stop(); }

    void outsideValuesAreShownLiterally_data()
    {
        QTest::addColumn<QByteArray>("name");
        const char *const names[] = {
            MainWindow::Names::headerServiceLabel,       // service name
            MainWindow::Names::headerConnectionLabel,    // "Connected as" (NIC handle, e-mail)
            ConnectPage::Names::accountLabel,            // "Connected as"
            ConnectPage::Names::serviceDetailsLabel,     // service name, location, state, URL
            ConnectPage::Names::connectionStateLabel,
            AllowedNetworksPage::Names::policyLabel,     // access policy
            AdminSecurityPage::Names::adminCurrentLabel, // the admin's phone and e-mail
            SecureInterfaceSection::Names::totpAccountLabel,
            VpnPage::Names::vpnCheckLabel,
            VpnPage::Names::sessionStatusLabel,          // NSX failure reasons
            VpnPage::Names::cryptoLabel,
            PrivateGatewayPage::Names::gatewayStateLabel,
            PrivateGatewayPage::Names::gatewayCheckLabel,
            PrivateGatewayPage::Names::hostsStepInstructionsLabel, // host names from the API
            PrivateGatewayPage::Names::hostsCheckLabel,            // the hosts file's path
            VmEncryptionPage::Names::credentialStatusLabel, // KMS lines
            VmEncryptionPage::Names::kmipCertificateLabel,
            VmEncryptionPage::Names::vcenterInstructionsLabel,
            VmEncryptionPage::Names::registeredKmsLabel,
            ActivationPage::Names::pendingOptionsLabel,  // pending options
            ActivationPage::Names::blockersLabel,
        };
        for (const char *name : names)
            QTest::newRow(name) << QByteArray(name);
    }
    void outsideValuesAreShownLiterally()
    {
        QFETCH(QByteArray, name);
        auto *label = f.window->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label, name.constData());
        label->setText(hostile);
        QCOMPARE(label->text(), hostile);
        QVERIFY2(!rendersAsHtml(label), name.constData());
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    /// The safety net: no label anywhere in the window decides by itself that a text is HTML.
    void everyLabelIsPlainText()
    {
        const QList<QLabel *> labels = f.window->findChildren<QLabel *>();
        QVERIFY(labels.size() > 50);
        QStringList autoText;
        for (const QLabel *label : labels) {
            if (label->textFormat() != Qt::PlainText)
                autoText << (label->objectName().isEmpty() ? label->text() : label->objectName());
        }
        QVERIFY2(autoText.isEmpty(), qPrintable(autoText.join(QStringLiteral(", "))));
    }

    /// Rail tooltips carry the stages' status texts (NSX reasons, service names), after the
    /// status word: escaped, so what is shown is the status text itself, whatever it holds.
    void railToolTipsAreEscaped()
    {
        auto *rail = f.window->findChild<QListWidget *>(QLatin1String(MainWindow::Names::stageRail));
        QVERIFY(rail);
        QCOMPARE(rail->count(), WizardController::completionPage + 1);
        for (int i = 0; i <= WizardController::stageCount; ++i) { // the completion entry has no status text
            const StageModel *model = f.controller()->stage(i);
            const QString status = model->statusText();
            const QString word = rail->item(i)->data(StatusRailDelegate::wordRole).toString();
            const QString tip = rail->item(i)->toolTip();
            QVERIFY2(Qt::mightBeRichText(tip), qPrintable(tip)); // an escaped document, not raw text
            // The word seen on the rail first, then the stage's own text when it says more.
            const QString shown = shownToolTip(tip);
            QVERIFY2(shown.startsWith(word), qPrintable(shown));
            QVERIFY2(shown.endsWith(status == StageModel::statusName(model->status()) ? word : status), qPrintable(shown));
        }
    }

    /// A server that sends markup: the location and state of the service, its access policy and a
    /// pending option name reach the labels through the API client and the models.
    void servedMarkupIsShownLiterally()
    {
        sandbox::SandboxOptions options;
        options.tls = true;
        sandbox::SandboxServer server(options);
        const sandbox::StandardModuleSet modules = sandbox::registerStandardModules(server);
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        auto *service = modules.dedicatedCloud->service(sandbox::DedicatedCloudModule::defaultServiceName());
        QVERIFY(service);
        for (const char *key : {"location", "state", "userAccessPolicy"})
            service->properties.insert(QLatin1String(key), hostile);
        service->optionStates.insert(hostile, QStringLiteral("pending"));

        QTemporaryDir dir;
        const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
        const QString credentialsFile = dir.filePath(QStringLiteral("sandbox.json"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(server.caPem()) > 0);
        ca.close();
        QFile credentials(credentialsFile);
        QVERIFY(credentials.open(QIODevice::WriteOnly)
                && credentials.write(QJsonDocument(server.startupInfo()).toJson(QJsonDocument::Compact)) > 0);
        credentials.close();

        GuiFixture g;
        QVERIFY(g.start(1.0, [&](AppSession::Options &o) {
            o.embeddedSandbox = false;
            o.externalCaFile = caFile;
            o.externalCredentialsFile = credentialsFile;
        }));
        g.connectAndChooseService();
        auto *details = g.find<QLabel>(ConnectPage::Names::serviceDetailsLabel);
        QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(hostile), 30000);
        QVERIFY(!rendersAsHtml(details));

        AllowedNetworksModel *networks = g.controller()->allowedNetworks();
        g.controller()->setCurrentPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(networks->status() != StageModel::Status::Unknown && !networks->isBusy(), 30000);
        auto *policy = g.find<QLabel>(AllowedNetworksPage::Names::policyLabel);
        QTRY_VERIFY_WITH_TIMEOUT(policy->text().contains(hostile), 30000);
        QVERIFY(!rendersAsHtml(policy));

        ActivationModel *activation = g.controller()->activation();
        g.controller()->setCurrentPage(6);
        activation->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(activation->status() != StageModel::Status::Unknown && !activation->isBusy(), 30000);
        auto *pending = g.window->findChild<QLabel *>(QLatin1String(ActivationPage::Names::pendingOptionsLabel));
        QTRY_VERIFY_WITH_TIMEOUT(pending->text().contains(hostile), 30000);
        QVERIFY(!rendersAsHtml(pending));
        g.stop();
    }

private:
    GuiFixture f;
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
