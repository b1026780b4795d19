// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 10, the visual system's parts on their own: a status as icon, word and colour
// (dark palettes too), tables with an empty state and the new row brought into view, the practice
// panel's cards (code in bold, Copy), its empty state and its Hide button.
#include "ui/OutboxFeed.h"
#include "ui/OutboxMessageCard.h"
#include "ui/OutboxPanel.h"
#include "ui/widgets/StatusTone.h"
#include "ui/widgets/TreeFit.h"
#include "ui/widgets/WrapAnywhereText.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace snc;
using Kind = StatusTone::Kind;

class TestVisualWidgets : public QObject
{
    Q_OBJECT
private slots:
    void statusTonesAreReadableOnLightAndDarkWindows();
    void statusIconsDifferByShapeNotOnlyColour();
    void emptyTableSaysSoInWords();
    void newRowIsSelectedAndScrolledIntoThePage();
    void practicePanelWithoutMessagesHasNoEmptyBoxes();
    void practicePanelShowsOneCardPerMessage();
    void practicePanelHideAsksTheWindow();
};

namespace {
QPalette windowPalette(const QColor &window, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    return p;
}
const QList<Kind> allKinds{Kind::Done, Kind::YourTurn, Kind::Waiting, Kind::NotStarted, Kind::NotRead, Kind::Failed};
} // namespace

void TestVisualWidgets::statusTonesAreReadableOnLightAndDarkWindows()
{
    const QPalette light = windowPalette(QColor(0xef, 0xef, 0xef), Qt::black);
    const QPalette dark = windowPalette(QColor(30, 30, 30), QColor(235, 235, 235));
    // A theme whose window is mid-grey: no tone reaches 3:1 on it, the text colour is used.
    const QPalette grey = windowPalette(QColor(128, 128, 128), Qt::black);
    for (Kind kind : allKinds) {
        for (const QPalette &p : {light, dark}) {
            const double ratio = StatusTone::contrast(StatusTone::colour(kind, p), p.color(QPalette::Window));
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1: %2").arg(StatusTone::word(kind)).arg(ratio)));
        }
        QVERIFY(StatusTone::contrast(StatusTone::colour(kind, grey), grey.color(QPalette::Window)) >= 3.0);
        QVERIFY(!StatusTone::word(kind).isEmpty());
    }
    // Light and dark shades differ: the palette is followed, not one colour for all.
    QVERIFY(StatusTone::colour(Kind::Done, light) != StatusTone::colour(Kind::Done, dark));
    QVERIFY(StatusTone::colour(Kind::Done, light) != StatusTone::colour(Kind::Failed, light));
    QCOMPARE(StatusTone::word(Kind::YourTurn), QStringLiteral("Your turn"));
    QCOMPARE(StatusTone::word(Kind::NotRead), QStringLiteral("Not read yet"));
}

void TestVisualWidgets::statusIconsDifferByShapeNotOnlyColour()
{
    // Drawn in one colour (a palette where every tone falls back to the text colour), the icons
    // still differ: a colour-blind person tells them apart by shape.
    const QPalette grey = windowPalette(QColor(128, 128, 128), Qt::black);
    QList<QImage> images;
    for (Kind kind : allKinds) {
        const QPixmap icon = StatusTone::icon(kind, grey, 16, 2.0);
        QCOMPARE(icon.deviceIndependentSize().toSize(), QSize(16, 16));
        QCOMPARE(icon.size(), QSize(32, 32));
        const QImage image = icon.toImage();
        QVERIFY2(!images.contains(image), qPrintable(StatusTone::word(kind)));
        images << image;
    }
}

void TestVisualWidgets::emptyTableSaysSoInWords()
{
    QTreeWidget tree;
    tree.setColumnCount(2);
    fitHeightToRows(&tree, 2, 8);
    setEmptyText(&tree, QStringLiteral("No address authorized yet"));
    tree.resize(400, tree.height());
    tree.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tree));
    auto *empty = tree.viewport()->findChild<QLabel *>(QLatin1String(emptyStateLabelName));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No address authorized yet"));
    // Laid out over the viewport (the layout is activated after the show).
    QTRY_VERIFY2(tree.viewport()->rect().contains(empty->geometry()) && empty->height() > 0,
                 qPrintable(QStringLiteral("label %1,%2 %3×%4 in a viewport of %5×%6").arg(empty->x()).arg(empty->y())
                                    .arg(empty->width()).arg(empty->height()).arg(tree.viewport()->width())
                                    .arg(tree.viewport()->height())));
    // A row arrives: the empty state goes; the last row removed: it comes back.
    auto *item = new QTreeWidgetItem(&tree, {QStringLiteral("203.0.113.7/32"), QStringLiteral("Office")});
    QVERIFY(!empty->isVisible());
    delete item;
    QVERIFY(empty->isVisible());
    // A new text (language change) replaces the old one; still one label.
    setEmptyText(&tree, QStringLiteral("Aucune adresse autorisée"));
    QCOMPARE(tree.viewport()->findChildren<QLabel *>(QLatin1String(emptyStateLabelName)).size(), 1);
    QCOMPARE(empty->text(), QStringLiteral("Aucune adresse autorisée"));
}

void TestVisualWidgets::newRowIsSelectedAndScrolledIntoThePage()
{
    // A page taller than its window, with the table at its bottom (the networks page on a small
    // screen): the added row must end up seen, selected, in the table and in the page.
    QScrollArea area;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addSpacing(900);
    auto *tree = new QTreeWidget;
    tree->setColumnCount(1);
    layout->addWidget(tree);
    layout->addSpacing(300);
    area.setWidget(page);
    area.setWidgetResizable(true);
    area.resize(400, 300);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QTreeWidgetItem *last = nullptr;
    for (int i = 0; i < 20; ++i)
        last = new QTreeWidgetItem(tree, {QStringLiteral("198.51.100.%1/32").arg(i)});
    fitHeightToRows(tree, 2, 8); // 8 rows seen, the 20th scrolled out of the table
    QCOMPARE(area.verticalScrollBar()->value(), 0);
    revealRow(tree, tree->indexFromItem(last));
    QCOMPARE(tree->currentItem(), last);
    QVERIFY(last->isSelected());
    QTRY_VERIFY(area.verticalScrollBar()->value() > 0);
    const QRect row = tree->visualItemRect(last);
    QVERIFY(tree->viewport()->rect().contains(row));
    const QPoint inArea = tree->viewport()->mapTo(area.viewport(), row.center());
    QVERIFY2(area.viewport()->rect().contains(inArea), "the new row is outside the page's visible part");
}

void TestVisualWidgets::practicePanelWithoutMessagesHasNoEmptyBoxes()
{
    OutboxFeed feed(nullptr, QUrl(QStringLiteral("https://127.0.0.1:1")), {});
    OutboxPanel panel(&feed);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *empty = panel.findChild<QLabel *>(QLatin1String(OutboxPanel::Names::outboxEmptyLabel));
    QVERIFY(empty && empty->isVisible() && !empty->text().isEmpty());
    QVERIFY(!panel.findChild<QWidget *>(QLatin1String(OutboxPanel::Names::outboxSmsList))->isVisible());
    QVERIFY(!panel.findChild<QWidget *>(QLatin1String(OutboxPanel::Names::outboxEmailList))->isVisible());
    QVERIFY(panel.cards().isEmpty());
    // Narrow by default: less than a fifth of a 1366-pixel screen.
    QVERIFY(panel.minimumSizeHint().width() < 1366 / 5);
}

void TestVisualWidgets::practicePanelShowsOneCardPerMessage()
{
    OutboxFeed feed(nullptr, QUrl(QStringLiteral("https://127.0.0.1:1")), {});
    OutboxPanel panel(&feed);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    feed.ingest(R"([
        {"id": 1, "channel": "sms", "to": "+33600000000", "body": "Your code: 111 222", "code": "111222",
         "sentAt": "2026-12-05T09:00:00Z"},
        {"id": 2, "channel": "email", "to": "admin@example.com", "subject": "Secure interface reset",
         "body": "Code 333444", "code": "333444", "sentAt": "2026-12-05T09:01:00Z"},
        {"id": 3, "channel": "sms", "to": "+33600000000", "body": "Operation Id: 7, code 555666", "code": "555666",
         "sentAt": "2026-12-05T09:02:00Z"}
    ])");
    const QList<OutboxMessageCard *> cards = panel.cards();
    QCOMPARE(cards.size(), 3);
    QVERIFY(!panel.findChild<QLabel *>(QLatin1String(OutboxPanel::Names::outboxEmptyLabel))->isVisible());
    auto *sms = panel.findChild<QWidget *>(QLatin1String(OutboxPanel::Names::outboxSmsList));
    QVERIFY(sms->isVisible());
    // Newest first.
    const QList<OutboxMessageCard *> smsCards = sms->findChildren<OutboxMessageCard *>();
    QCOMPARE(smsCards.size(), 2);
    QVERIFY(smsCards.at(0)->y() < smsCards.at(1)->y());
    QCOMPARE(smsCards.at(0)->message().code, QStringLiteral("555666"));
    // The code in bold, with the recipient and, for the e-mail, its subject.
    for (OutboxMessageCard *card : cards) {
        auto *code = card->findChild<QLabel *>(QLatin1String(OutboxMessageCard::Names::outboxCodeLabel));
        QVERIFY(code && code->isVisible());
        QCOMPARE(code->text(), card->message().code);
        QVERIFY(code->font().bold());
        const QStringList texts = [card] {
            QStringList t;
            for (const QLabel *l : card->findChildren<QLabel *>())
                t << l->text();
            for (const WrapAnywhereText *w : card->findChildren<WrapAnywhereText *>())
                t << w->text(); // the address and the text, which wrap anywhere
            return t;
        }();
        QVERIFY(texts.join(QLatin1Char('\n')).contains(card->message().to));
        if (card->message().channel == OutboxMessage::Channel::Email)
            QVERIFY(texts.contains(QStringLiteral("Subject: Secure interface reset")));
    }
    // Copy puts the code on the clipboard.
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QTest::mouseClick(smsCards.at(0)->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("555666"));
}

void TestVisualWidgets::practicePanelHideAsksTheWindow()
{
    OutboxFeed feed(nullptr, QUrl(QStringLiteral("https://127.0.0.1:1")), {});
    OutboxPanel panel(&feed);
    QSignalSpy hide(&panel, &OutboxPanel::hideRequested);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *button = panel.findChild<QToolButton *>(QLatin1String(OutboxPanel::Names::outboxHideButton));
    QVERIFY(button && button->isVisible() && !button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(hide.size(), 1);
}

QTEST_MAIN(TestVisualWidgets)
#include "tst_visualwidgets.moc"
