// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One store for what the customer confirmed and the wizard cannot check (WizardSettings::
// confirmation, ConfirmationRecord): secrets shown once and manual steps alike, per onboarding.
// The two stores it replaces are moved into it once, so that nobody is asked again.
#include "stages/ConfirmationRecord.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/WizardSettings.h"
#include "api/ApiClient.h"
#include "api/Endpoint.h"
#include "core/Clock.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace snc;

namespace {
const QString kScope = QStringLiteral("custom:127.0.0.1:1|pcc-1");
const QString kOtherEndpoint = QStringLiteral("ovh-eu|pcc-1");
} // namespace

class TestConfirmationStore : public QObject
{
    Q_OBJECT
private slots:
    // Settings written by a wizard before the single store: its shown-once answers are moved when
    // the settings are opened, its group is gone, and an answer already in the new store wins.
    void shownOnceAnswersAreMovedAtOpen()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings old(ini, QSettings::IniFormat);
            old.setValue(QStringLiteral("shownOnce/") + kScope + QStringLiteral("|ipsecPsk"), QStringLiteral("stored"));
            old.setValue(QStringLiteral("shownOnce/") + kScope + QStringLiteral("|totpSecret"), QStringLiteral("pending"));
            old.setValue(QStringLiteral("shownOnce/") + kScope + QStringLiteral("|other"), QStringLiteral("stored"));
            old.setValue(QStringLiteral("confirmations/") + kScope + QStringLiteral("|other"), QStringLiteral("pending"));
        }
        QSettings qs(ini, QSettings::IniFormat);
        WizardSettings settings(&qs);
        QCOMPARE(settings.confirmation(kScope, QStringLiteral("ipsecPsk")), WizardSettings::Confirmation::Confirmed);
        QCOMPARE(settings.confirmation(kScope, QStringLiteral("totpSecret")), WizardSettings::Confirmation::Pending);
        QCOMPARE(settings.confirmation(kScope, QStringLiteral("other")), WizardSettings::Confirmation::Pending);
        QVERIFY(!qs.childGroups().contains(QStringLiteral("shownOnce")));
    }

    // The old manual-step key named the service only: the onboarding of that service that is
    // chosen first adopts it (confirmed there from now on) and the old key is gone. A read alone
    // changes nothing: the move is its own step.
    void aConfirmedManualStepIsAdoptedOnce()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        const QString legacy = QStringLiteral("manualSteps/pcc-1|gateway.hostsFileLine");
        {
            QSettings old(ini, QSettings::IniFormat);
            old.setValue(legacy, true);
            old.setValue(QStringLiteral("manualSteps/pcc-1|kms.unconfirmed"), false);
            old.setValue(QStringLiteral("manualSteps/pcc-2|gateway.hostsFileLine"), true);
        }
        QSettings qs(ini, QSettings::IniFormat);
        WizardSettings settings(&qs);
        const QStringList before = qs.allKeys();
        QCOMPARE(settings.confirmation(kScope, QStringLiteral("gateway.hostsFileLine")),
                 WizardSettings::Confirmation::None); // not moved yet: a read is only a read
        QCOMPARE(qs.allKeys(), before);

        settings.migrateManualSteps(kScope);
        QCOMPARE(settings.confirmation(kScope, QStringLiteral("kms.vcenterKeyProvider")),
                 WizardSettings::Confirmation::None); // another step of the same service
        QCOMPARE(settings.confirmation(kScope, QStringLiteral("kms.unconfirmed")), WizardSettings::Confirmation::None);
        QCOMPARE(settings.confirmation(kScope, QStringLiteral("gateway.hostsFileLine")),
                 WizardSettings::Confirmation::Confirmed);
        QVERIFY(!qs.contains(legacy));
        QVERIFY(!qs.contains(QStringLiteral("manualSteps/pcc-1|kms.unconfirmed")));
        settings.migrateManualSteps(kOtherEndpoint); // the same service on another endpoint: moved, not copied
        QCOMPARE(settings.confirmation(kOtherEndpoint, QStringLiteral("gateway.hostsFileLine")),
                 WizardSettings::Confirmation::None);
        QVERIFY(qs.contains(QStringLiteral("manualSteps/pcc-2|gateway.hostsFileLine"))); // not chosen yet
    }

    // The controller runs the move when a service is chosen, before any stage reads.
    void choosingAServiceMovesItsManualSteps()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        qs.setValue(QStringLiteral("manualSteps/pcc-1|gateway.hostsFileLine"), true);
        SystemClock clock;
        QNetworkAccessManager nam;
        ApiClient api(&nam, &clock);
        MemorySecretStore secrets;
        WizardController wc(&api, &secrets, &clock, &qs);
        wc.context()->setEndpoint(Endpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:1"))), true);
        const QString scope = wc.context()->secretScope() + QStringLiteral("|pcc-1");
        QCOMPARE(wc.settings()->confirmation(scope, QStringLiteral("gateway.hostsFileLine")),
                 WizardSettings::Confirmation::None);
        wc.context()->setServiceName(QStringLiteral("pcc-1"));
        QCOMPARE(wc.context()->onboardingKey(), scope);
        QCOMPARE(wc.settings()->confirmation(scope, QStringLiteral("gateway.hostsFileLine")),
                 WizardSettings::Confirmation::Confirmed);
        QVERIFY(!qs.childGroups().contains(QStringLiteral("manualSteps")));
    }

    // A stage's record keys its answer by the onboarding: another service, another answer; the
    // same one after a restart.
    void aRecordIsPerOnboarding()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        WizardSettings settings(&qs);
        StageContext context(nullptr, nullptr, nullptr);
        context.setServiceName(QStringLiteral("pcc-1"));
        ConfirmationRecord record(&context, QStringLiteral("gateway.hostsFileLine"));
        record.setSettings(&settings);
        QCOMPARE(record.state(), WizardSettings::Confirmation::None);
        record.confirm(true);
        QVERIFY(record.isConfirmed());
        context.setServiceName(QStringLiteral("pcc-2"));
        QVERIFY(!record.isConfirmed());
        context.setServiceName(QStringLiteral("pcc-1"));
        ConfirmationRecord restarted(&context, QStringLiteral("gateway.hostsFileLine"));
        restarted.setSettings(&settings);
        QVERIFY(restarted.isConfirmed());
        restarted.confirm(false);
        QVERIFY(restarted.isPending());
    }
};

QTEST_GUILESS_MAIN(TestConfirmationStore)
#include "tst_confirmationstore.moc"
