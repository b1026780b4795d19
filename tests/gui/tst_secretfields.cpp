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
        auto *label = f.window->findChild<QLabel *>(QLatin1String(SecureInterfaceSection::Names::totpSecretLabel));
        QVERIFY(label);
        QVERIFY(f.window->findChild<QWidget *>(QLatin1String(SecureInterfaceSection::Names::copySecretButton)));
        // Labels become selectable after the first paint (SelectableTextDeferral): that has passed.
        QVERIFY(f.window->findChild<QLabel *>(QLatin1String(SecureInterfaceSection::Names::totpAccountLabel))
                        ->textInteractionFlags()
                & Qt::TextSelectableByMouse);
        label->setText(QStringLiteral("ABCD EFGH IJKL MNOP"));
        QCOMPARE(label->textInteractionFlags(), Qt::NoTextInteraction);
        // What a user would do: select all with the keyboard, copy.
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(!label->hasSelectedText());
        QTest::keyClick(label, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    }

private:
    GuiFixture f;
};

QTEST_MAIN(TestSecretFields)
#include "tst_secretfields.moc"
