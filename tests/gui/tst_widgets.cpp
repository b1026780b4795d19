// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The UI's small widgets, offscreen: countdown (bands, text, announcements only at thresholds),
// task progress, QR view (black on white, quiet zone, whole pixels), secret clipboard, errors.
#include "core/ApiError.h"
#include "core/Clock.h"
#include "otp/QrMatrix.h"
#include "tasks/Countdown.h"
#include "ui/widgets/CountdownWidget.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/QrCodeView.h"
#include "ui/widgets/SecretClipboard.h"
#include "ui/widgets/SelectableText.h"
#include "ui/widgets/TaskProgressWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using CountdownNames = snc::CountdownWidget::Names;

using namespace snc;

class TestWidgets : public QObject
{
    Q_OBJECT
private slots:
    // Labels made selectable while the first window is being built wait for its first paint;
    // then every one of them (still alive) is selectable.
    void selectableTextWaitsForTheDeferral()
    {
        const auto selectable = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;
        auto outer = std::make_unique<snc::SelectableTextDeferral>();
        QLabel kept(QStringLiteral("kept"));
        auto *gone = new QLabel(QStringLiteral("gone"));
        const Qt::TextInteractionFlags plain = kept.textInteractionFlags(); // QLabel's default
        QVERIFY(plain != selectable);
        snc::makeTextSelectable(&kept);
        snc::makeTextSelectable(gone);
        QCOMPARE(kept.textInteractionFlags(), plain);
        delete gone; // held back, then destroyed: released without touching it
        {
            snc::SelectableTextDeferral inner; // nested: the outer one still holds
        }
        QCOMPARE(kept.textInteractionFlags(), plain);
        outer.reset();
        QCOMPARE(kept.textInteractionFlags(), selectable);
        QLabel later(QStringLiteral("later"));
        snc::makeTextSelectable(&later); // no deferral: at once
        QCOMPARE(later.textInteractionFlags(), selectable);
    }

    void countdownBandsAndText();
    void countdownAnnouncesOnlyAtThresholds();
    void taskProgress();
    void qrIsBlackOnWhiteWithQuietZone_data();
    void qrIsBlackOnWhiteWithQuietZone();
    void secretClipboardClears();
    void errorLabelShowsQueryId();
};

void TestWidgets::countdownBandsAndText()
{
    TestClock clock;
    Countdown countdown(&clock);
    CountdownWidget widget;
    widget.setCountdown(&countdown);
    widget.show();
    auto *time = widget.findChild<QLabel *>(QLatin1String(CountdownNames::countdownTimeLabel));
    QVERIFY(time);
    QCOMPARE(time->text(), QStringLiteral("--:--"));

    countdown.start(clock.nowMs() + 15 * 60'000);
    widget.refresh();
    QCOMPARE(time->text(), QStringLiteral("15:00"));
    QCOMPARE(widget.band(), CountdownWidget::Band::Normal);

    clock.advanceMs(10 * 60'000 + 1'000); // 4:59 left
    countdown.check();
    widget.refresh();
    QCOMPARE(time->text(), QStringLiteral("04:59"));
    QCOMPARE(widget.band(), CountdownWidget::Band::Warning);
    auto *bar = widget.findChild<QProgressBar *>(QLatin1String(CountdownNames::countdownProgressBar));
    QCOMPARE(bar->palette().color(QPalette::Highlight), widget.bandColor(CountdownWidget::Band::Warning));

    clock.advanceMs(4 * 60'000 + 30'000); // 0:29 left
    countdown.check();
    widget.refresh();
    QCOMPARE(widget.band(), CountdownWidget::Band::Critical);
    QVERIFY(widget.bandColor(CountdownWidget::Band::Critical) != widget.bandColor(CountdownWidget::Band::Warning));

    clock.advanceMs(60'000);
    countdown.check();
    widget.refresh();
    QCOMPARE(time->text(), QStringLiteral("00:00"));
    QCOMPARE(widget.band(), CountdownWidget::Band::Expired);
}

void TestWidgets::countdownAnnouncesOnlyAtThresholds()
{
    TestClock clock;
    Countdown countdown(&clock);
    CountdownWidget widget;
    widget.setCountdown(&countdown);
    QSignalSpy announced(&widget, &CountdownWidget::announced);
    countdown.start(clock.nowMs() + 15 * 60'000);
    for (int s = 0; s < 9 * 60; s += 7) { // nine minutes of ticks: nothing said
        clock.advanceMs(7'000);
        countdown.check();
    }
    QCOMPARE(announced.count(), 0);
    clock.advanceMs(60'000); // past 5 minutes left
    countdown.check();
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).toString(), Countdown::announcement(Countdown::Threshold::FiveMinutes));
    clock.advanceMs(4 * 60'000 + 30'000);
    countdown.check();
    QCOMPARE(announced.count(), 2);
    clock.advanceMs(60'000);
    countdown.check();
    QCOMPARE(announced.count(), 3);
    QCOMPARE(widget.statusText(), Countdown::announcement(Countdown::Threshold::Expired));
}

void TestWidgets::taskProgress()
{
    QWidget parent;
    TaskProgressWidget progress(&parent);
    parent.show();
    QVERIFY(!progress.isVisible());
    progress.setRunning(QStringLiteral("Adding 203.0.113.7/32…"), 0);
    QVERIFY(progress.isVisible());
    QVERIFY(progress.isRunning());
    QCOMPARE(progress.percent(), 0);
    progress.setRunning(QStringLiteral("Adding 203.0.113.7/32…"), 40);
    QCOMPARE(progress.percent(), 40);
    progress.setFinished(true, QStringLiteral("Done"));
    QVERIFY(!progress.isRunning());
    QCOMPARE(progress.text(), QStringLiteral("Done"));
    QVERIFY(progress.isVisible());
    progress.clear();
    QVERIFY(!progress.isVisible());
}

void TestWidgets::qrIsBlackOnWhiteWithQuietZone_data()
{
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("1.5x") << 1.5;
    QTest::newRow("2x") << 2.0;
}

void TestWidgets::qrIsBlackOnWhiteWithQuietZone()
{
    QFETCH(qreal, dpr);
    const QrMatrix matrix = QrMatrix::encode(QByteArray("otpauth://totp/OVHcloud:admin?secret=JBSWY3DPEHPK3PXP&issuer=OVHcloud"));
    QVERIFY(!matrix.isEmpty());
    QrCodeView view;
    // A dark theme must not change the code.
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    view.setPalette(dark);
    view.setMatrix(matrix);
    const QImage image = view.renderImage(dpr);
    const int ppm = view.pixelsPerModule(dpr, QrCodeView::TargetLogicalSize);
    QVERIFY(ppm >= 1);
    QCOMPARE(image.width(), (matrix.size() + 2 * QrCodeView::QuietZoneModules) * ppm);
    // About 240 logical pixels.
    QVERIFY(image.width() / dpr <= QrCodeView::TargetLogicalSize + 1);
    QVERIFY(image.width() / dpr >= QrCodeView::TargetLogicalSize * 0.6);
    const int q = QrCodeView::QuietZoneModules * ppm;
    for (int i = 0; i < q; ++i) { // the quiet zone is white all around
        QCOMPARE(image.pixelColor(i, image.height() / 2), QColor(Qt::white));
        QCOMPARE(image.pixelColor(image.width() - 1 - i, image.height() / 2), QColor(Qt::white));
    }
    // Every module is one solid colour, black or white (no blur), matching the matrix.
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            const QColor expected = matrix.dark(x, y) ? QColor(Qt::black) : QColor(Qt::white);
            QCOMPARE(image.pixelColor(q + x * ppm, q + y * ppm), expected);
            QCOMPARE(image.pixelColor(q + x * ppm + ppm - 1, q + y * ppm + ppm - 1), expected);
        }
    }
}

void TestWidgets::secretClipboardClears()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    SecretClipboard secret;
    secret.setClearAfterMs(50);
    QSignalSpy cleared(&secret, &SecretClipboard::cleared);
    secret.copy(QStringLiteral("JBSW Y3DP EHPK 3PXP"));
    QCOMPARE(clipboard->text(), QStringLiteral("JBSW Y3DP EHPK 3PXP"));
    QVERIFY(clipboard->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(cleared.wait(5000));
    QVERIFY(clipboard->text().isEmpty());

    // Something the user copied meanwhile is left alone. Waited for: the clearing timer has
    // fired (disarmed; clearIfUnchanged() ran in its slot), not a fixed delay that a loaded
    // machine could end before the timer fires, leaving nothing checked.
    secret.copy(QStringLiteral("JBSWY3DPEHPK3PXP"));
    clipboard->setText(QStringLiteral("user text"));
    QVERIFY(secret.isArmed());
    QTRY_VERIFY_WITH_TIMEOUT(!secret.isArmed(), 5000);
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(clipboard->text(), QStringLiteral("user text"));
}

void TestWidgets::errorLabelShowsQueryId()
{
    QWidget parent;
    ErrorLabel label(&parent);
    parent.show();
    QVERIFY(!label.isVisible());
    ApiError error = ApiError::make(ApiError::Kind::RateLimited);
    error.queryId = QStringLiteral("EU.ext-3.1234");
    label.showError(error);
    QVERIFY(label.isVisible());
    QVERIFY(label.text().contains(error.userMessage()));
    QVERIFY(label.text().contains(QStringLiteral("EU.ext-3.1234")));
    label.clearError();
    QVERIFY(!label.isVisible());
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
