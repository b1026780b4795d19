// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, item 4: the pieces that keep texts whole, on their own. A FlowLayout button row wraps
// instead of cutting a button; WrapAnywhereText shows a long token whole at any width; and the
// layout audit (lib/autopilot/LayoutAudit) finds what the same widgets in a QHBoxLayout or a
// QLabel cut, so the end-to-end audit (tests/e2e/tst_layoutaudit) can fail.
#include "autopilot/LayoutAudit.h"
#include "ui/OutboxFeed.h"
#include "ui/OutboxMessageCard.h"
#include "ui/OutboxPanel.h"
#include "ui/Translations.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/TreeFit.h"
#include "ui/widgets/WrapAnywhereText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace snc;

class TestLayoutWidgets : public QObject
{
    Q_OBJECT
private slots:
    void flowLayoutWrapsButtons();
    void flowLayoutRightAligned();
    void wrapAnywhereShowsALongTokenWhole();
    void auditFindsCutButtonsLabelsAndCells();
    void auditFindsWhatAParentCuts();
    void auditFindsABandLowerThanItsSentence();
    void treeCellsWrapAndTheTreeFitsItsRows();
    void practiceCardsFollowThePanelWidth_data();
    void practiceCardsFollowThePanelWidth();

private:
    static QList<QPushButton *> buttons(QWidget *parent, int count);
};

QList<QPushButton *> TestLayoutWidgets::buttons(QWidget *parent, int count)
{
    QList<QPushButton *> list;
    for (int i = 0; i < count; ++i) {
        auto *b = new QPushButton(QStringLiteral("Open the validation page again %1").arg(i), parent);
        b->setObjectName(QStringLiteral("button%1").arg(i));
        list << b;
    }
    return list;
}

void TestLayoutWidgets::flowLayoutWrapsButtons()
{
    QWidget window;
    auto *flow = new FlowLayout(&window);
    const auto row = buttons(&window, 4);
    for (QPushButton *b : row)
        flow->addWidget(b);
    const int oneButton = row.first()->sizeHint().width();
    window.resize(oneButton * 2 + 40, flow->heightForWidth(oneButton * 2 + 40));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Two per line at that width: every button whole, in reading order, the second line lower.
    for (QPushButton *b : row)
        QCOMPARE(b->width(), b->sizeHint().width());
    QCOMPARE(row.at(1)->y(), row.at(0)->y());
    QVERIFY(row.at(1)->x() > row.at(0)->x());
    QVERIFY(row.at(2)->y() > row.at(0)->y());
    QVERIFY(row.at(3)->geometry().bottom() <= window.height());
    QVERIFY(flow->heightForWidth(oneButton * 2 + 40) > flow->heightForWidth(oneButton * 5));
    QVERIFY(flow->minimumSize().width() < flow->sizeHint().width());
    QVERIFY(layoutProblems(&window).isEmpty());
}

void TestLayoutWidgets::flowLayoutRightAligned()
{
    QWidget window;
    auto *flow = new FlowLayout(&window);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->setRightAligned(true);
    const auto row = buttons(&window, 1);
    flow->addWidget(row.first());
    window.resize(row.first()->sizeHint().width() * 3, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(row.first()->geometry().right(), window.width() - 1);
}

void TestLayoutWidgets::wrapAnywhereShowsALongTokenWhole()
{
    const QString url = QStringLiteral("Validation page: https://127.0.0.1:38107/auth/?credentialToken=%1")
                                .arg(QString(300, QLatin1Char('Q')));
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *text = new WrapAnywhereText(&window);
    text->setObjectName(QStringLiteral("urlText"));
    text->setText(url);
    layout->addWidget(text);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(text->text(), url); // what is copied is the URL, no break characters in it
    QVERIFY(text->minimumSizeHint().width() < 200);
    QVERIFY(text->heightForWidth(300) > text->heightForWidth(3000));
    QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
    QVERIFY2(layoutProblems(&window).isEmpty(), qPrintable(layoutProblems(&window).join(u'\n')));

    // A QLabel with the same text cannot go below the token's width: the window must scroll or cut.
    QLabel label(url);
    label.setWordWrap(true);
    QVERIFY(label.minimumSizeHint().width() > 1000);
}

void TestLayoutWidgets::auditFindsCutButtonsLabelsAndCells()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons(&window, 4))
        row->addWidget(b);
    layout->addLayout(row);
    auto *label = new QLabel(QStringLiteral("A label much longer than the window it is shown in, never wrapped"), &window);
    label->setObjectName(QStringLiteral("longLabel"));
    label->setMinimumWidth(1);
    layout->addWidget(label);
    auto *tree = new QTreeWidget(&window);
    tree->setObjectName(QStringLiteral("checksTree"));
    tree->setColumnCount(1);
    (new QTreeWidgetItem(tree))->setText(0, QStringLiteral("A check whose text is far wider than its column, so it is elided"));
    layout->addWidget(tree);
    for (QWidget *w : window.findChildren<QWidget *>())
        w->setMinimumWidth(1); // let the layout squeeze them, as a too-small window does
    window.setFixedSize(300, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList found = layoutProblems(&window, QSize(300, 300));
    const QString all = found.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("button3 (QPushButton) cut")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("longLabel (QLabel) cut")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("checksTree (QTreeWidget) cell 0,0 elided")), qPrintable(all));
    // The wrong size is named too.
    QVERIFY(layoutProblems(&window, QSize(301, 300)).join(u'\n').contains(QStringLiteral("window is 300×300")));
}

void TestLayoutWidgets::auditFindsWhatAParentCuts()
{
    // A button whole by its own measure, in a row wider than the scroll area that shows it, with
    // no horizontal scroll bar: a person sees "Copy the c", the audit must say so.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *area = new QScrollArea(&window);
    area->setObjectName(QStringLiteral("cardsArea"));
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidgetResizable(true);
    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    auto *spacer = new QLabel(QStringLiteral("Code: 111222"), content);
    spacer->setMinimumWidth(260);
    auto *copy = new QPushButton(QStringLiteral("Copy the code"), content);
    copy->setObjectName(QStringLiteral("copyButton"));
    row->addWidget(spacer);
    row->addWidget(copy);
    area->setWidget(content);
    layout->addWidget(area);
    window.setFixedSize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString all = layoutProblems(&window).join(u'\n');
    QVERIFY2(all.contains(QLatin1String("copyButton (QPushButton) cut on the right by its parent")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("cardsArea (QScrollArea) hides")), qPrintable(all));
    // Wide enough, nothing to say.
    window.setFixedSize(content->minimumSizeHint().width() + 40, 200);
    QTRY_VERIFY2(layoutProblems(&window).isEmpty(), qPrintable(layoutProblems(&window).join(u'\n')));
}

void TestLayoutWidgets::auditFindsABandLowerThanItsSentence()
{
    // The status line's sentence at its full height in a band a line too low: the label is whole
    // by its own measure, its parent cuts it. Scrolled out of a view is not cut.
    QWidget window;
    auto *band = new QFrame(&window);
    band->setGeometry(0, 0, 300, 20);
    auto *sentence = new QLabel(QStringLiteral("Your turn: add the hosts-file line on your admin computers"), band);
    sentence->setObjectName(QStringLiteral("sentence"));
    sentence->setWordWrap(true);
    sentence->setGeometry(0, 2, 120, sentence->heightForWidth(120));
    auto *area = new QScrollArea(&window);
    area->setGeometry(0, 40, 300, 60);
    auto *tall = new QLabel(QStringLiteral("A line\nanother\nanother\nanother\nanother\nthe last"));
    area->setWidget(tall);
    window.setFixedSize(300, 120);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(sentence->height() > 20);
    const QString all = layoutProblems(&window).join(u'\n');
    QVERIFY2(all.contains(QLatin1String("sentence (QLabel) cut vertically by its parent")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("vertically by its parent: \"A line")), qPrintable(all));
    band->resize(300, sentence->height() + 4);
    QVERIFY2(layoutProblems(&window).isEmpty(), qPrintable(layoutProblems(&window).join(u'\n')));
}

void TestLayoutWidgets::treeCellsWrapAndTheTreeFitsItsRows()
{
    const QString longText = QStringLiteral("Your hosts file maps the vSphere names to the private address, "
                                            "or the browser and the consoles stop working");
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *tree = new QTreeWidget(&window);
    tree->setObjectName(QStringLiteral("checksTree"));
    tree->setColumnCount(2);
    tree->setRootIsDecorated(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(tree);
    layout->addStretch(1);
    window.resize(320, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Plain word wrap: QTreeView measures one line, the long text is elided. The audit says so.
    tree->setWordWrap(true);
    for (int i = 0; i < 2; ++i) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, QStringLiteral("✓ passed"));
        item->setText(1, longText);
    }
    QTRY_VERIFY(layoutProblems(&window).join(u'\n').contains(QLatin1String("checksTree (QTreeWidget) cell 0,1 elided")));

    // Measured at the column's width: every line shown, even after the column changes width.
    wrapCellsToColumns(tree);
    fitHeightToRows(tree, 2, 8);
    QTRY_VERIFY2(layoutProblems(&window).isEmpty(), qPrintable(layoutProblems(&window).join(u'\n')));
    const int twoRows = tree->height();
    QVERIFY(twoRows > 4 * tree->fontMetrics().height()); // two rows of several lines each
    window.resize(260, 500);
    QTRY_VERIFY2(layoutProblems(&window).isEmpty(), qPrintable(layoutProblems(&window).join(u'\n')));
    QTRY_VERIFY(tree->height() > twoRows); // narrower: more lines, and the tree grew with them

    // Sized to its rows: an empty tree keeps the height of its minimum rows, not a tall empty box.
    tree->clear();
    fitHeightToRows(tree, 2, 8);
    QVERIFY(tree->height() < twoRows);
    QVERIFY(tree->height() >= 2 * tree->fontMetrics().height());
}

void TestLayoutWidgets::practiceCardsFollowThePanelWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestLayoutWidgets::practiceCardsFollowThePanelWidth()
{
    // Issue 18 item 4: in French the cards were wider than the panel's viewport, which has no
    // horizontal scroll bar, so "Copier le code" read "Copier le cod". At the panel's narrowest
    // and at the window's usual widths, every text of every card is whole.
    QFETCH(QString, language);
    Translations translations;
    QVERIFY(translations.setLanguage(language));
    OutboxFeed feed(nullptr, QUrl(QStringLiteral("https://127.0.0.1:1")), {});
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *panel = new OutboxPanel(&feed, &window);
    layout->addWidget(panel);
    feed.ingest(R"([
        {"id": 1, "channel": "sms", "to": "+33600000000", "body": "Your code: 111 222", "code": "111222",
         "sentAt": "2026-12-05T09:00:00Z"},
        {"id": 2, "channel": "email", "to": "demo.administrator@practice.example.com",
         "subject": "Secure interface reset", "body": "Code 33344455", "code": "33344455",
         "sentAt": "2026-12-05T09:01:00Z"}
    ])");
    QCOMPARE(panel->cards().size(), 2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const int width : {panel->minimumSizeHint().width(), 240, 320}) {
        window.resize(width, 700);
        QTRY_COMPARE(window.width(), qMax(width, window.minimumSizeHint().width()));
        const QStringList found = layoutProblems(&window);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(found.join(u'\n'))));
        for (const OutboxMessageCard *card : panel->cards()) {
            const QPushButton *copy = card->copyButton();
            QVERIFY(copy->isVisible());
            QVERIFY(copy->mapTo(&window, QPoint(copy->width(), 0)).x() <= window.width());
        }
    }
}

QTEST_MAIN(TestLayoutWidgets)
#include "tst_layoutwidgets.moc"
