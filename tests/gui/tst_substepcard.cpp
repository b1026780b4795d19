// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 2: a sub-step card shows its body only while current, a summary and "Change"
// once done, and its heading only (with "Not started" in words) before; open only to be read on
// a done stage, it says "Done".
#include "ui/widgets/SubStepCard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using snc::StatusTone;
using snc::SubStepCard;

class TestSubStepCard : public QObject
{
    Q_OBJECT
private slots:
    void statesShowWhatTheySay()
    {
        SubStepCard card;
        card.setCardName("contactStep");
        card.setNumber(QStringLiteral("2.1"));
        card.setTitle(QStringLiteral("Contact details"));
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("phoneEdit"));
        card.addToBody(field);
        card.setSummary(QStringLiteral("+33 6 •• •• •• 78, admin@example.com"));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));

        auto *heading = card.findChild<QLabel *>(QStringLiteral("contactStepHeading"));
        auto *state = card.findChild<QLabel *>(QStringLiteral("contactStepStateLabel"));
        auto *summary = card.findChild<QLabel *>(QStringLiteral("contactStepSummaryLabel"));
        auto *change = card.findChild<QPushButton *>(QStringLiteral("contactStepChangeButton"));
        QVERIFY(heading && state && summary && change);
        QCOMPARE(card.findChild<QLineEdit *>(QStringLiteral("phoneEdit")), field); // its name kept
        QCOMPARE(heading->text(), QStringLiteral("2.1 Contact details"));

        // Later: the heading only, greyed, and "Not started" in words (a stage's status words).
        QCOMPARE(card.state(), SubStepCard::State::Later);
        QVERIFY(heading->isVisible() && !heading->isEnabled());
        QCOMPARE(state->text(), QStringLiteral("Not started"));
        QVERIFY(!field->isVisible() && !summary->isVisible() && !change->isVisible());

        card.setState(SubStepCard::State::Current);
        QVERIFY(field->isVisible() && heading->isEnabled());
        QVERIFY(!summary->isVisible() && !change->isVisible());
        QCOMPARE(state->text(), QStringLiteral("Your turn"));

        card.setState(SubStepCard::State::Done);
        QVERIFY(!field->isVisible());
        QVERIFY(summary->isVisible() && change->isVisible() && change->isEnabled());
        QCOMPARE(summary->text(), QStringLiteral("+33 6 •• •• •• 78, admin@example.com"));
        QCOMPARE(state->text(), QStringLiteral("Done"));
        QCOMPARE(card.accessibleName(), QStringLiteral("2.1 Contact details, Done")); // heard as seen

        // Change asks the page to reopen it; the card does not decide its state by itself.
        QSignalSpy reopen(&card, &SubStepCard::changeRequested);
        QTest::mouseClick(change, Qt::LeftButton);
        QCOMPARE(reopen.count(), 1);
        QCOMPARE(card.state(), SubStepCard::State::Done);

        // Reopened (the page's decision), it offers Close as the way out.
        auto *close = card.findChild<QPushButton *>(QStringLiteral("contactStepCloseButton"));
        QVERIFY(close && !close->isVisible());
        card.setReopened(true);
        card.setState(SubStepCard::State::Current);
        QVERIFY(close->isVisible() && field->isVisible());
        QSignalSpy closed(&card, &SubStepCard::closeRequested);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(closed.count(), 1);
        card.setReopened(false);
        card.setState(SubStepCard::State::Done);

        // Where there is no way back, a done card has no Change.
        card.setChangeable(false);
        QVERIFY(summary->isVisible() && !change->isVisible());
    }

    // A card left open on a done stage only to be read (stage 3's exports, stage 6's report)
    // says "Done" like its stage, its body still shown; later or done cards are not changed by it.
    void openToReadOnADoneStageSaysDone()
    {
        SubStepCard card;
        card.setCardName("reportStep");
        card.setNumber(QStringLiteral("6.2"));
        card.setTitle(QStringLiteral("Compliance report"));
        auto *report = new QLabel(QStringLiteral("report"));
        card.addToBody(report);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *state = card.findChild<QLabel *>(QStringLiteral("reportStepStateLabel"));
        QVERIFY(state);

        card.setNothingLeftToDo(true);
        QCOMPARE(card.shownTone(), StatusTone::Kind::NotStarted); // later: still not started
        card.setState(SubStepCard::State::Current);
        QVERIFY(report->isVisible());
        QCOMPARE(card.shownTone(), StatusTone::Kind::Done);
        QCOMPARE(state->text(), QStringLiteral("Done"));
        QCOMPARE(card.accessibleName(), QStringLiteral("6.2 Compliance report, Done"));

        // Something to do again (the page reopened it, or the stage is no longer done).
        card.setNothingLeftToDo(false);
        QCOMPARE(card.shownTone(), StatusTone::Kind::YourTurn);
        QCOMPARE(state->text(), QStringLiteral("Your turn"));
    }
};

QTEST_MAIN(TestSubStepCard)
#include "tst_substepcard.moc"
