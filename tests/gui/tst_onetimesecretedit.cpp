// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 11: the PSK shown once on the VPN page (OneTimeSecretEdit). Its text is made once
// per showing, not on every refresh, and the edit's own buffer is cleansed in place when the field
// is hidden, given another secret or destroyed. Seen through SecretBytes' wipe observer, which
// reports each buffer's bytes just before the wipe and whether they read zero just after.
#include "ui/widgets/OneTimeSecretEdit.h"

#include <QTest>
#include <QVBoxLayout>

using namespace snc;

namespace {
const QByteArray kPsk = "Psk-Stand-In-0123456789abcdefXYZ";
QByteArray groupedPsk()
{
    return QByteArrayLiteral("Psk- Stan d-In -012 3456 789a bcde fXYZ");
}
} // namespace

class TestOneTimeSecretEdit : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_wipes.clear();
        setWipeObserverForTests([this](const WipeRecord &r) {
            if (r.wasString && (r.before == kPsk || r.before == groupedPsk()))
                m_wipes.append(r);
        });
    }
    void cleanup() { setWipeObserverForTests({}); }

    void madeOnceWhileShown()
    {
        QWidget page;
        auto *edit = new OneTimeSecretEdit(&page);
        (new QVBoxLayout(&page))->addWidget(edit);
        edit->setSecret(SecretBytes(kPsk));
        QVERIFY(edit->text().isEmpty()); // not shown yet: no text made
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(edit->text().toUtf8(), kPsk);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        // Repaints and reveals use the same buffer: nothing makes another copy of the text.
        const QChar *buffer = edit->text().constData();
        edit->setEchoMode(QLineEdit::Normal);
        edit->repaint();
        edit->setEchoMode(QLineEdit::Password);
        QCOMPARE(edit->text().constData(), buffer);
        QVERIFY(m_wipes.isEmpty());
    }

    void wipedWhenHiddenAndMadeAgainWhenShown()
    {
        QWidget page;
        auto *edit = new OneTimeSecretEdit(&page);
        (new QVBoxLayout(&page))->addWidget(edit);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        edit->setSecret(SecretBytes(kPsk));
        QCOMPARE(edit->text().toUtf8(), kPsk);
        page.hide(); // the user left the page
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(m_wipes.size(), 1);
        QVERIFY(m_wipes.first().zeroedAfter);
        page.show(); // back: the key is still unsaved, shown again
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(edit->text().toUtf8(), kPsk);
    }

    void groupedTextIsTheOneBufferAndWiped()
    {
        // Issue 18 item 8: shown in groups of four; that grouped text is the only one, and wiped.
        QWidget page;
        auto *edit = new OneTimeSecretEdit(&page);
        (new QVBoxLayout(&page))->addWidget(edit);
        edit->setGroupSize(4);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        edit->setSecret(SecretBytes(kPsk));
        QCOMPARE(edit->text().toUtf8(), groupedPsk());
        QCOMPARE(edit->secret().expose(), kPsk); // what Copy and Save give: ungrouped
        page.hide();
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(m_wipes.size(), 1);
        QCOMPARE(m_wipes.first().before, groupedPsk());
        QVERIFY(m_wipes.first().zeroedAfter);
    }

    void wipedWhenForgottenOrDestroyed()
    {
        QWidget page;
        auto *edit = new OneTimeSecretEdit(&page);
        (new QVBoxLayout(&page))->addWidget(edit);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        edit->setSecret(SecretBytes(kPsk));
        edit->setSecret(SecretBytes()); // "I have saved it"
        QVERIFY(edit->text().isEmpty());
        QVERIFY(edit->secret().isEmpty());
        QCOMPARE(m_wipes.size(), 1);
        QVERIFY(m_wipes.first().zeroedAfter);

        edit->setSecret(SecretBytes(kPsk));
        delete edit; // the window closed with the key on screen
        QCOMPARE(m_wipes.size(), 2);
        QVERIFY(m_wipes.last().zeroedAfter);
    }

private:
    QList<WipeRecord> m_wipes;
};

QTEST_MAIN(TestOneTimeSecretEdit)
#include "tst_onetimesecretedit.moc"
