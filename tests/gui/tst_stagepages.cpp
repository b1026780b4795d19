// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stage pages against the embedded sandbox, driven by objectName like a user: the live network
// check, adding an address through a task, the policy; the admin profile check, a wrong SMS code
// shown as an error, and the token field.
#include "GuiFixture.h"

#include "stages/networks/AllowedNetworksModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "stages/security/AdminUserModel.h"
#include "stages/security/SecureInterface.h"
#include "ui/MainWindow.h"
#include "ui/OutboxFeed.h"
#include "ui/OutboxMessageCard.h"
#include "ui/OutboxPanel.h"
#include "ui/pages/AdminSecurityPage.h"
#include "ui/pages/AllowedNetworksPage.h"
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/StagePage.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using AdminSecurityNames = snc::AdminSecurityPage::Names;
using AllowedNetworksNames = snc::AllowedNetworksPage::Names;
using MainWindowNames = snc::MainWindow::Names;
using OutboxPanelNames = snc::OutboxPanel::Names;
using SecureInterfaceNames = snc::SecureInterfaceSection::Names;
using StagePageNames = snc::StagePage::Names;

using namespace snc;

class TestStagePages : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(f.start());
        f.connectAndChooseService();
    }
    void cleanup() { f.stop(); }
    void allowedNetworks();
    void adminSecurity();

private:
    GuiFixture f;
};

void TestStagePages::allowedNetworks()
{
    f.click(MainWindowNames::nextButton);
    AllowedNetworksModel *model = f.controller()->allowedNetworks();
    QTRY_VERIFY_WITH_TIMEOUT(model->status() != StageModel::Status::Unknown && !model->isBusy(), 30000);
    auto *check = f.find<QLabel>(AllowedNetworksNames::networkCheckLabel);
    auto *add = f.find<QPushButton>(AllowedNetworksNames::addNetworkButton);

    f.type(AllowedNetworksNames::networkEdit, QStringLiteral("127.0.0.1"));
    QVERIFY(!add->isEnabled());
    QVERIFY(!check->text().isEmpty());
    QVERIFY(check->text().contains(model->checkNetwork(QStringLiteral("127.0.0.1")).errorText));

    f.type(AllowedNetworksNames::networkEdit, QStringLiteral("10.1.2.3/24"));
    QVERIFY(add->isEnabled());
    QVERIFY(check->text().contains(QStringLiteral("10.1.2.0/24")));

    f.click(AllowedNetworksNames::useMyAddressButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.find<QLineEdit>(AllowedNetworksNames::networkEdit)->text(), QStringLiteral("203.0.113.7"), 30000);
    f.type(AllowedNetworksNames::descriptionEdit, QStringLiteral("Test bench"));
    f.click(AllowedNetworksNames::addNetworkButton);
    auto *tree = f.find<QTreeWidget>(AllowedNetworksNames::networksTree);
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 1 && !model->isTaskRunning() && !model->isBusy(), 120000);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("203.0.113.7/32"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Test bench"));
    // Sub-step 1.1 is done: the policy's card is open; "Change" brings the addresses back, and
    // the same address again is refused before anything is sent.
    QTRY_VERIFY(!f.find<QLineEdit>(AllowedNetworksNames::networkEdit)->isVisible());
    f.click("addressesStepChangeButton");
    QVERIFY(f.find<QLineEdit>(AllowedNetworksNames::networkEdit)->isVisible());
    f.type(AllowedNetworksNames::networkEdit, QStringLiteral("203.0.113.7"));
    QVERIFY(!add->isEnabled());
    QVERIFY(!f.find<QPushButton>(AllowedNetworksNames::setFilteredButton)->isVisible()); // one card at a time
    f.click("addressesStepCloseButton"); // nothing to change after all: back to the policy

    f.click(AllowedNetworksNames::setFilteredButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->status(), StageModel::Status::Done, 120000);
    QTRY_VERIFY(f.find<QPushButton>(MainWindowNames::nextButton)->isEnabled());
    QCOMPARE(f.window->railTone(1), snc::StatusTone::Kind::Done);
}

void TestStagePages::adminSecurity()
{
    f.controller()->setCurrentPage(2); // navigation is the shell's business, tested there
    AdminSecurityModel *model = f.controller()->adminSecurity();
    QTRY_VERIFY_WITH_TIMEOUT(model->admin()->isLoaded() && !model->isBusy(), 30000);

    f.type(AdminSecurityNames::phoneEdit, QStringLiteral("06 12 34 56 78"));
    // Issue 18 item 5: the number as people write it, never the API's "+33.612345678".
    QTRY_VERIFY(f.find<QLabel>(AdminSecurityNames::profileCheckLabel)->text().contains(QStringLiteral("+33 6 12 34 56 78")));
    QVERIFY(!f.find<QLabel>(AdminSecurityNames::profileCheckLabel)->text().contains(QStringLiteral("+33.")));
    f.type(AdminSecurityNames::phoneEdit, QStringLiteral("12"));
    QVERIFY(!f.find<QLabel>(AdminSecurityNames::profileCheckLabel)->text().contains(QStringLiteral("+33")));
    f.type(AdminSecurityNames::phoneEdit, QStringLiteral("+33 (0)6 12 34 56 78"));
    f.type(AdminSecurityNames::emailEdit, QStringLiteral("admin@example.com"));
    f.click(AdminSecurityNames::saveProfileButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->admin()->isProfileComplete() && !model->admin()->isTaskRunning(), 120000);
    QVERIFY(f.find<QLabel>(AdminSecurityNames::adminCurrentLabel)->text().contains(QStringLiteral("+33 6 12 34 56 78")));

    // As on OVHcloud, the secure interface refuses a caller outside the allowed networks: the
    // page says so (translated message, what to do) and stays where it was.
    auto *error = f.find<QLabel>(StagePageNames::pageErrorLabel);
    QTRY_VERIFY(f.find<QPushButton>(SecureInterfaceNames::startResetButton)->isEnabled());
    f.click(SecureInterfaceNames::startResetButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 30000);
    QCOMPARE(model->secureInterface()->step(), SecureInterface::Step::Idle);

    // Stage 1 done through its model (its page is tested above), then the codes can be sent.
    AllowedNetworksModel *networks = f.controller()->allowedNetworks();
    networks->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!networks->isBusy(), 30000);
    QVERIFY(networks->addNetwork(QStringLiteral("203.0.113.7"), QStringLiteral("Test bench")));
    QTRY_VERIFY_WITH_TIMEOUT(networks->totalAddresses() == 1 && !networks->isTaskRunning() && !networks->isBusy(), 120000);

    // Codes: the sandbox sends them to the outbox; a wrong SMS code is an error on the page.
    QTRY_VERIFY(f.find<QPushButton>(SecureInterfaceNames::startResetButton)->isEnabled());
    f.click(SecureInterfaceNames::startResetButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->secureInterface()->step(), SecureInterface::Step::WaitingForCodes, 30000);
    OutboxFeed *outbox = f.window->outboxFeed();
    QVERIFY(outbox);
    QTRY_VERIFY_WITH_TIMEOUT(outbox->latest(OutboxMessage::Channel::Email) != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!f.find<QWidget>(OutboxPanelNames::outboxEmailList)->findChildren<snc::OutboxMessageCard *>().isEmpty(), 10000);
    const QString emailCode = outbox->latest(OutboxMessage::Channel::Email)->code;
    QCOMPARE(emailCode.size(), 6);
    f.type(SecureInterfaceNames::smsCodeEdit, QStringLiteral("000000"));
    f.type(SecureInterfaceNames::emailCodeEdit, emailCode);
    const QString firstError = error->text();
    f.click(SecureInterfaceNames::submitCodesButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty() && error->text() != firstError, 30000);
    QCOMPARE(model->secureInterface()->step(), SecureInterface::Step::WaitingForCodes);

    // The token field takes 6 digits only; before a token is requested it is disabled.
    QVERIFY(!f.find<QLineEdit>(AdminSecurityNames::tokenEdit)->isEnabled());
    QVERIFY(!f.find<QPushButton>(AdminSecurityNames::validateTokenButton)->isEnabled());
    // "Didn't get the SMS? Send a new code" only once a code was sent.
    QVERIFY(f.find<QPushButton>(AdminSecurityNames::resendTokenButton)->isHidden());
    QVERIFY(f.find<QLabel>(AdminSecurityNames::resendTokenLabel)->isHidden());
}

QTEST_MAIN(TestStagePages)
#include "tst_stagepages.moc"
