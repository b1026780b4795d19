// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretBytes.h"

#include <QTest>

using namespace snc;

class TestSecretBytes : public QObject
{
    Q_OBJECT
private slots:
    void printsRedacted()
    {
        const SecretBytes s(QByteArrayLiteral("hunter2-super-secret"));
        QString out;
        QDebug(&out) << s;
        QCOMPARE(out.trimmed(), QStringLiteral("<redacted>"));
        QVERIFY(!out.contains(QStringLiteral("hunter2")));
    }

    void moveLeavesSourceEmpty()
    {
        SecretBytes a(QByteArrayLiteral("abcdef"));
        SecretBytes b(std::move(a));
        QVERIFY(a.isEmpty());
        QCOMPARE(b.expose(), QByteArrayLiteral("abcdef"));
        SecretBytes c;
        c = std::move(b);
        QVERIFY(b.isEmpty());
        QCOMPARE(c.expose(), QByteArrayLiteral("abcdef"));
    }

    void cloneIsIndependent()
    {
        SecretBytes a(QByteArrayLiteral("abcdef"));
        SecretBytes b = a.clone();
        QVERIFY(a == b);
        QVERIFY(a.expose().constData() != b.expose().constData());
        a.clear();
        QVERIFY(a.isEmpty());
        QCOMPARE(b.expose(), QByteArrayLiteral("abcdef"));
    }

    void clearWipesOwnBuffer()
    {
        // The constructor detaches, so the wipe reaches the bytes the secret owned.
        QByteArray source = QByteArrayLiteral("0123456789");
        SecretBytes s(source);
        const char *raw = s.expose().constData();
        QByteArray view = QByteArray::fromRawData(raw, 10);
        QCOMPARE(view, QByteArrayLiteral("0123456789"));
        wipe(const_cast<QByteArray &>(s.expose()));
        QCOMPARE(QByteArray(raw, 10), QByteArray(10, '\0'));
        QCOMPARE(source, QByteArrayLiteral("0123456789")); // the caller's copy is untouched
    }

    void equalityIsByValue()
    {
        QVERIFY(SecretBytes(QByteArrayLiteral("x1")) == SecretBytes(QByteArrayLiteral("x1")));
        QVERIFY(!(SecretBytes(QByteArrayLiteral("x1")) == SecretBytes(QByteArrayLiteral("x2"))));
        QVERIFY(!(SecretBytes(QByteArrayLiteral("x1")) == SecretBytes(QByteArrayLiteral("x11"))));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
