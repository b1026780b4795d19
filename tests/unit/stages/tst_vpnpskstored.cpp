// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 8: the PSK shown once must be said stored before stage 3 is Done. The answer is
// remembered in the settings (a boolean, never the key), so a wizard restarted before the answer
// shows the key again (read back from the keychain) and still waits for it; after it, Done.
#include "SandboxFixture.h"
#include "Stage2Helpers.h"
#include "Stage34Helpers.h"
#include "stages/WizardSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snc;
using namespace snc::test;

class TestVpnPskStored : public Stage3TestCase
{
    Q_OBJECT

private slots:
    void restartKeepsTheQuestion()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("wizard.ini"));
        SecretBytes shown;
        {
            QSettings qs(ini, QSettings::IniFormat);
            WizardSettings settings(&qs);
            VpnModel vpn(f->context.get());
            vpn.setWizardSettings(&settings);
            QVERIFY(connectVpn(vpn));
            QVERIFY(!vpn.isPskConfirmationOwed());
            vpn.setSettings(practiceVpn());
            QSignalSpy finished(&vpn, &VpnModel::applyFinished);
            QVERIFY(vpn.apply());
            QVERIFY(finished.wait(20000));
            QVERIFY2(finished.first().first().toBool(), qPrintable(vpn.lastErrorMessage()));
            QCOMPARE(vpn.sessionState(), VpnModel::SessionState::Up);
            QVERIFY(vpn.hasFreshPsk() && vpn.isPskConfirmationOwed());
            QCOMPARE(vpn.status(), StageModel::Status::WaitingForUser);
            QVERIFY(vpn.statusText().contains(QStringLiteral("pre-shared key")));
            shown = vpn.freshPsk();
            qs.sync();
            // Only the answer is in the settings file, never the key.
            QFile file(ini);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray stored = file.readAll();
            QVERIFY(stored.contains("pending"));
            QVERIFY(!stored.contains(shown.expose()));
        } // the wizard stops before the user answered

        QSettings qs(ini, QSettings::IniFormat);
        WizardSettings settings(&qs);
        VpnModel resumed(f->context.get());
        resumed.setWizardSettings(&settings);
        QSignalSpy pskChanged(&resumed, &VpnModel::freshPskChanged);
        QVERIFY(connectVpn(resumed));
        QCOMPARE(resumed.sessionState(), VpnModel::SessionState::Up);
        QVERIFY(resumed.isPskConfirmationOwed());
        QCOMPARE(resumed.status(), StageModel::Status::WaitingForUser);
        // Shown again: the same key, from the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(resumed.hasFreshPsk(), 5000);
        QVERIFY(resumed.freshPsk() == shown);

        resumed.setPskStored(true);
        QVERIFY(!resumed.hasFreshPsk());
        QCOMPARE(resumed.status(), StageModel::Status::Done);
        QCOMPARE(settings.confirmation(f->context->secretScope() + QLatin1Char('|') + f->serviceName(),
                                    QStringLiteral("ipsecPsk")),
                 WizardSettings::Confirmation::Confirmed);

        // And after another restart: Done at once, nothing shown.
        VpnModel again(f->context.get());
        again.setWizardSettings(&settings);
        QVERIFY(connectVpn(again));
        QCOMPARE(again.status(), StageModel::Status::Done);
        QTest::qWait(200);
        QVERIFY(!again.hasFreshPsk());
    }
};

QTEST_GUILESS_MAIN(TestVpnPskStored)
#include "tst_vpnpskstored.moc"
