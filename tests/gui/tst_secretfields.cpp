// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 10: secrets shown on screen leave it only through the secure clipboard (the copy
// buttons, SecretClipboard). The PSK is masked until revealed and never selectable; the TOTP
// secret is not selectable text. A selection would go to the X11 primary selection, and Ctrl+C or
// a context menu would copy without the password-manager hint.
#include "GuiFixture.h"

#include "ui/pages/SecureInterfaceSection.h"
#include "ui/pages/VpnPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>

using namespace snc;

class TestSecretFields : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void pskIsMaskedAndNeverSelected()
    {
        auto *psk = f.window->findChild<QLineEdit *>(QLatin1String(VpnPage::Names::pskEdit));
        QVERIFY(psk);
        const QString secret = QStringLiteral("Psk-Stand-In-0123456789");
        psk->setText(secret); // what the page shows when NSX has just made a key
        QCOMPARE(psk->echoMode(), QLineEdit::Password);
        QCOMPARE(psk->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(!psk->dragEnabled());

        auto *reveal = f.window->findChild<QCheckBox *>(QLatin1String(VpnPage::Names::revealPskCheck));
        QVERIFY(reveal);
        QVERIFY(!reveal->isChecked());
        QVERIFY(!reveal->text().isEmpty());
        reveal->setChecked(true);
        QCOMPARE(psk->echoMode(), QLineEdit::Normal);
        QCOMPARE(psk->text(), secret);

        // Revealed, it still cannot be selected, so neither Ctrl+C nor the primary selection gets it.
        QApplication::clipboard()->setText(QStringLiteral("before"));
        psk->selectAll();
        QVERIFY(!psk->hasSelectedText());
        psk->setSelection(0, 5);
        QVERIFY(!psk->hasSelectedText());
        psk->copy();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));

        reveal->setChecked(false);
        QCOMPARE(psk->echoMode(), QLineEdit::Password);
    }

    void totpSecretIsNotSelectableText()
    {
        // The TOTP secret is shown once in the same widget as the PSK (ShownOnceSecret, issue 18
        // item 8): whole, not masked, and never selectable.
        auto *shown = f.window->findChild<QLineEdit *>(QLatin1String(SecureInterfaceSection::Names::totpSecretEdit));
        QVERIFY(shown);
        QVERIFY(f.window->findChild<QWidget *>(QLatin1String(SecureInterfaceSection::Names::copySecretButton)));
        QCOMPARE(shown->echoMode(), QLineEdit::Normal);
        QCOMPARE(shown->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(shown->isReadOnly());
        QVERIFY(shown->focusPolicy() & Qt::TabFocus); // read out by screen readers
        shown->setText(QStringLiteral("ABCD EFGH IJKL MNOP"));
        // What a user would do: select all with the keyboard, copy.
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QTest::keyClick(shown, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(!shown->hasSelectedText());
        QTest::keyClick(shown, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        shown->selectAll();
        QVERIFY(!shown->hasSelectedText());
    }

private:
    GuiFixture f;
};

QTEST_MAIN(TestSecretFields)
#include "tst_secretfields.moc"
