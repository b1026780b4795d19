// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 9: a calm countdown for the SMS token — a bar that empties as time runs out, "nothing
// changes if it expires", and the phone the token went to, masked but for its last digits.
#include "core/Clock.h"
#include "tasks/Countdown.h"
#include "ui/pages/AdminSecurityPage.h"
#include "ui/widgets/CountdownWidget.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace snc;
using Names = CountdownWidget::Names;

class TestTokenCountdown : public QObject
{
    Q_OBJECT
private slots:
    void barEmptiesAsTimeRunsOut()
    {
        TestClock clock;
        Countdown countdown(&clock);
        CountdownWidget widget;
        widget.setCountdown(&countdown);
        widget.show();
        auto *bar = widget.findChild<QProgressBar *>(QLatin1String(Names::countdownProgressBar));
        auto *hint = widget.findChild<QLabel *>(QLatin1String(Names::countdownHintLabel));
        QVERIFY(bar && hint);
        QVERIFY(!hint->isVisible()); // no token yet: nothing to be calm about
        QVERIFY(widget.hintText().isEmpty());

        countdown.start(clock.nowMs() + 15 * 60'000);
        widget.refresh();
        QCOMPARE(bar->value(), bar->maximum()); // full at the start
        QVERIFY(hint->isVisible());
        QVERIFY(widget.hintText().contains(QStringLiteral("Nothing changes if it expires")));
        int last = bar->value();
        for (int minute = 1; minute <= 15; ++minute) {
            clock.advanceMs(60'000);
            countdown.check();
            widget.refresh();
            QVERIFY2(bar->value() < last, qPrintable(QString::number(minute)));
            last = bar->value();
        }
        QCOMPARE(bar->value(), bar->minimum()); // empty at expiry
        QVERIFY(countdown.isExpired());
        QVERIFY(hint->isVisible()); // still said once expired: send a new code
        QVERIFY(widget.hintText().contains(QStringLiteral("send a new code")));
    }

    void phoneMaskedButItsLastDigits_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("masked");
        const QString dot(QChar(0x2022));
        QTest::newRow("ovh format") << QStringLiteral("+33.612345678") << QStringLiteral("+••.•••••••78").replace(u'•', dot);
        QTest::newRow("spaced") << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("+•• • •• •• •• 78").replace(u'•', dot);
        QTest::newRow("short") << QStringLiteral("7") << QStringLiteral("7");
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("no digits") << QStringLiteral("+.") << QString();
    }

    void phoneMaskedButItsLastDigits()
    {
        QFETCH(QString, number);
        QFETCH(QString, masked);
        QCOMPARE(AdminSecurityPage::maskedPhone(number), masked);
        // Never more than the last two digits readable.
        int digits = 0;
        for (QChar c : AdminSecurityPage::maskedPhone(number))
            digits += c.isDigit() ? 1 : 0;
        QVERIFY(digits <= 2);
    }
};

QTEST_MAIN(TestTokenCountdown)
#include "tst_tokencountdown.moc"
