// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 8: one "shown once" pattern (ShownOnceSecret) for the PSK, the TOTP secret and a
// generated password: the whole value in monospace groups, Copy (cleared after a while, said on
// screen), Save (owner-only file), and "I have stored it", remembered as a boolean in the settings.
#include "core/SecretBytes.h"
#include "stages/ConfirmationRecord.h"
#include "stages/WizardSettings.h"
#include "ui/widgets/OneTimeSecretEdit.h"
#include "ui/widgets/SecretClipboard.h"
#include "ui/widgets/ShownOnceSecret.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFontInfo>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace snc;

namespace {
const ShownOnceSecret::Names kNames{"value", "reveal", "copy", "save", "stored", "status", "title"};
const QByteArray kSecret("Ab3dEf6hIj9kLm2nOp5rSt8vWx1zA4cE"); // 32 characters, as the PSK
} // namespace

class TestShownOnceSecret : public QObject
{
    Q_OBJECT
private slots:
    void wholeValueInMonospaceGroups()
    {
        ShownOnceSecret w(kNames);
        w.setSecret(SecretBytes(kSecret));
        w.resize(300, 200); // narrower than the value: the field must not shrink below it
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *value = w.findChild<OneTimeSecretEdit *>(QStringLiteral("value"));
        QVERIFY(value);
        QCOMPARE(value->text(), QStringLiteral("Ab3d Ef6h Ij9k Lm2n Op5r St8v Wx1z A4cE"));
        QVERIFY(QFontInfo(value->font()).fixedPitch() || value->font().styleHint() == QFont::Monospace);
        QVERIFY(value->minimumWidth() >= value->fontMetrics().horizontalAdvance(value->text()));
        QVERIFY(value->width() >= value->fontMetrics().horizontalAdvance(value->text()));
        // What is copied and saved is the bare value, not the groups.
        QCOMPARE(value->secret().expose(), kSecret);
        // Not maskable by default (the TOTP secret); maskable: masked until "Show".
        auto *reveal = w.findChild<QCheckBox *>(QStringLiteral("reveal"));
        QVERIFY(!reveal->isVisible());
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        w.setMaskable(true);
        QVERIFY(reveal->isVisible());
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QTest::keyClick(reveal, Qt::Key_Space);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
    }

    void copyIsClearedAndSaidOnScreen()
    {
        ShownOnceSecret w(kNames);
        w.setSecret(SecretBytes(kSecret));
        w.show();
        w.clipboard()->setClearAfterMs(1500);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QVERIFY(w.statusText().isEmpty());
        auto *copy = w.findChild<QPushButton *>(QStringLiteral("copy"));
        QTest::keyClick(copy, Qt::Key_Space); // keyboard only
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(kSecret));
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY2(w.statusText().contains(QStringLiteral("cleared in 2 second")), qPrintable(w.statusText()));
        QTRY_VERIFY2_WITH_TIMEOUT(w.statusText().contains(QStringLiteral("cleared in 1 second")),
                                  qPrintable(w.statusText()), 1500);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 3000);
        QCOMPARE(w.statusText(), QStringLiteral("The clipboard has been cleared."));
        QVERIFY(!w.clipboard()->isArmed());
    }

    void copyReplacedByTheUserIsLeftAlone()
    {
        ShownOnceSecret w(kNames);
        w.setSecret(SecretBytes(kSecret));
        w.clipboard()->setClearAfterMs(300);
        w.findChild<QPushButton *>(QStringLiteral("copy"))->click();
        QApplication::clipboard()->setText(QStringLiteral("mine"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.clipboard()->isArmed(), 2000);
        QTest::qWait(1100); // a tick of the on-screen countdown
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("mine"));
        QVERIFY(!w.statusText().contains(QStringLiteral("cleared")));
    }

    void saveWritesOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("psk.txt"));
        const mode_t old = umask(0); // the widest umask: the file must still be 0600
        ShownOnceSecret w(kNames);
        w.setSecret(SecretBytes(kSecret));
        QSignalSpy saved(&w, &ShownOnceSecret::saved);
        const bool ok = w.saveTo(path);
        umask(old);
        QVERIFY(ok);
        QCOMPARE(saved.count(), 1);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kSecret + '\n');
        QVERIFY(w.statusText().contains(QStringLiteral("readable by you only")));
        // A folder that does not exist: said, nothing emitted.
        QVERIFY(!w.saveTo(dir.filePath(QStringLiteral("missing/psk.txt"))));
        QCOMPARE(saved.count(), 1);
        QVERIFY(w.statusText().contains(QStringLiteral("Could not save")));
    }

    void storedIsTheUsersAnswer()
    {
        ShownOnceSecret w(kNames);
        w.show();
        auto *stored = w.findChild<QCheckBox *>(QStringLiteral("stored"));
        QVERIFY(stored && !stored->text().isEmpty());
        QSignalSpy changed(&w, &ShownOnceSecret::storedChanged);
        w.setStored(true); // the model's remembered answer: no signal back
        QCOMPARE(changed.count(), 0);
        w.setStored(false);
        QTest::keyClick(stored, Qt::Key_Space);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), true);
        QVERIFY(w.isStored());
        QTest::mouseClick(stored, Qt::LeftButton, {}, QPoint(6, stored->height() / 2));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!w.isStored());
    }

    void confirmationIsRememberedNotTheSecret()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        const QString scope = QStringLiteral("custom:127.0.0.1:1|pcc-192-0-2-1");
        {
            QSettings qs(ini, QSettings::IniFormat);
            WizardSettings settings(&qs);
            QCOMPARE(settings.confirmation(scope, QStringLiteral("ipsecPsk")), WizardSettings::Confirmation::None);
            settings.setConfirmation(scope, QStringLiteral("ipsecPsk"), WizardSettings::Confirmation::Pending);
            settings.setConfirmation(scope, QStringLiteral("totpSecret"), WizardSettings::Confirmation::Confirmed);
        }
        QSettings again(ini, QSettings::IniFormat);
        WizardSettings restarted(&again);
        QCOMPARE(restarted.confirmation(scope, QStringLiteral("ipsecPsk")), WizardSettings::Confirmation::Pending);
        QCOMPARE(restarted.confirmation(scope, QStringLiteral("totpSecret")), WizardSettings::Confirmation::Confirmed);
        QCOMPARE(restarted.confirmation(QStringLiteral("ovh-eu|pcc-192-0-2-1"), QStringLiteral("ipsecPsk")),
                 WizardSettings::Confirmation::None); // another endpoint: another onboarding
        restarted.setConfirmation(scope, QStringLiteral("ipsecPsk"), WizardSettings::Confirmation::None);
        QCOMPARE(restarted.confirmation(scope, QStringLiteral("ipsecPsk")), WizardSettings::Confirmation::None);
        // Without a context (no service), a record lives in memory and starts with nothing owed.
        ConfirmationRecord record(nullptr, QStringLiteral("x"));
        QVERIFY(!record.isPending());
        record.markShown();
        QVERIFY(record.isPending());
        record.confirm(true);
        QCOMPARE(record.state(), WizardSettings::Confirmation::Confirmed);
    }
};

QTEST_MAIN(TestShownOnceSecret)
#include "tst_shownoncesecret.moc"
