// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tasks/Countdown.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace snc {

/**
 * @brief Shows a Countdown (the 15-minute SMS token): "mm:ss", a bar that turns amber in the
 * last 5 minutes and red in the last minute, and a status sentence.
 *
 * Everything is read from the Countdown at each tick (remaining = deadline − now there), so the
 * widget never drifts. Screen readers: the ticking label has a fixed accessible name and the bar
 * exposes no value (no announcement every second); only the status label (`countdownStatusLabel`)
 * changes, at 5 min, 1 min and expiry, with a QAccessible::NameChanged event. (Qt 6.8's
 * QAccessibleAnnouncementEvent would be the modern way; Debian's Qt 6.4 lacks it.)
 *
 * Does not own the Countdown.
 */
class CountdownWidget : public QWidget
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char countdownWidget[] = "countdownWidget";
        static constexpr char countdownTimeLabel[] = "countdownTimeLabel";
        static constexpr char countdownProgressBar[] = "countdownProgressBar";
        static constexpr char countdownStatusLabel[] = "countdownStatusLabel";
        /// "Nothing changes if it expires…": said while a token runs or has expired (issue 18 item 9).
        static constexpr char countdownHintLabel[] = "countdownHintLabel";
    };

    /// Colour band of the bar, also exposed for tests.
    enum class Band { Normal, Warning, Critical, Expired };
    Q_ENUM(Band)

    explicit CountdownWidget(QWidget *parent = nullptr);

    void setCountdown(Countdown *countdown);
    Countdown *countdown() const { return m_countdown; }

    /// Re-reads the countdown (called on each tick; public for tests and on show).
    void refresh();
    Band band() const { return m_band; }
    QString timeText() const;
    QString statusText() const;
    QString hintText() const;
    /// Bar colour for a band; the palette's own highlight for Normal.
    QColor bandColor(Band band) const;

signals:
    /// Mirrors Countdown::thresholdCrossed after the status label was updated.
    void announced(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onThreshold(Countdown::Threshold threshold);
    void announce(const QString &text);
    void applyBand(Band band);
    void retranslate();
    static Band bandFor(qint64 remainingMs, bool expired);

    QPointer<Countdown> m_countdown;
    QLabel *m_time;
    QProgressBar *m_bar;
    QLabel *m_status;
    QLabel *m_hint;
    Band m_band = Band::Normal;
    bool m_hasThreshold = false;
    Countdown::Threshold m_lastThreshold = Countdown::Threshold::FiveMinutes;
};

} // namespace snc
