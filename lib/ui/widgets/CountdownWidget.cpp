// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountdownWidget.h"
#include "SelectableText.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// A QProgressBar whose accessible interface has no value: QProgressBar::setValue() sends a
/// ValueChanged event on every tick, which AT-SPI turns into a spoken or beeped update unless
/// the interface exposes no value. The bar is decoration; the status label speaks.
class SilentBar : public QProgressBar
{
    Q_OBJECT
public:
    using QProgressBar::QProgressBar;
};

QAccessibleInterface *silentBarFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("snc::SilentBar") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::ProgressBar);
    return nullptr;
}

} // namespace

CountdownWidget::CountdownWidget(QWidget *parent)
    : QWidget(parent), m_time(new QLabel(this)), m_bar(new SilentBar(this)), m_status(new QLabel(this)),
      m_hint(new QLabel(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(silentBarFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)

    setObjectName(Names::countdownWidget);
    m_time->setObjectName(Names::countdownTimeLabel);
    m_bar->setObjectName(Names::countdownProgressBar);
    m_status->setObjectName(Names::countdownStatusLabel);
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_time->setFont(big);
    makeTextSelectable(m_time);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_status->setWordWrap(true);
    m_hint->setObjectName(Names::countdownHintLabel);
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_time);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_hint);
    retranslate();
    refresh();
}

void CountdownWidget::setCountdown(Countdown *countdown)
{
    if (m_countdown)
        disconnect(m_countdown, nullptr, this, nullptr);
    m_countdown = countdown;
    m_hasThreshold = false;
    if (countdown) {
        connect(countdown, &Countdown::tick, this, &CountdownWidget::refresh);
        connect(countdown, &Countdown::runningChanged, this, [this](bool running) {
            if (running) // a restart (new token) forgets the previous announcements
                m_hasThreshold = m_countdown && m_countdown->isExpired();
            refresh();
            retranslate();
        });
        connect(countdown, &Countdown::thresholdCrossed, this, &CountdownWidget::onThreshold);
        connect(countdown, &Countdown::expired, this, &CountdownWidget::refresh);
        connect(countdown, &QObject::destroyed, this, &CountdownWidget::refresh);
    }
    refresh();
    retranslate();
}

CountdownWidget::Band CountdownWidget::bandFor(qint64 remainingMs, bool expired)
{
    if (expired || remainingMs <= 0)
        return Band::Expired;
    if (remainingMs <= 60'000)
        return Band::Critical;
    if (remainingMs <= 5 * 60'000)
        return Band::Warning;
    return Band::Normal;
}

void CountdownWidget::refresh()
{
    const bool started = m_countdown && (m_countdown->isRunning() || m_countdown->isExpired());
    const qint64 remaining = started ? m_countdown->remainingMs() : 0;
    m_time->setText(timeText());
    m_bar->setValue(started ? int(m_countdown->fraction() * 1000) : 0);
    applyBand(started ? bandFor(remaining, m_countdown->isExpired()) : Band::Normal);
    m_hint->setVisible(started);
}

QString CountdownWidget::timeText() const
{
    if (!m_countdown || (!m_countdown->isRunning() && !m_countdown->isExpired()))
        return u"--:--"_s;
    return m_countdown->formatted(locale());
}

QString CountdownWidget::statusText() const
{
    return m_status->text();
}

QString CountdownWidget::hintText() const
{
    return m_hint->isVisibleTo(const_cast<CountdownWidget *>(this)) ? m_hint->text() : QString();
}

QColor CountdownWidget::bandColor(Band band) const
{
    switch (band) {
    case Band::Normal:
        return palette().color(QPalette::Highlight);
    case Band::Warning:
        return QColor(0xb2, 0x6a, 0x00); // amber, readable on light and dark bases
    case Band::Critical:
    case Band::Expired:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

void CountdownWidget::applyBand(Band band)
{
    if (band == m_band && m_bar->property("snc_band_applied").toBool())
        return;
    m_band = band;
    m_bar->setProperty("snc_band_applied", true);
    QPalette pal = m_bar->palette();
    pal.setColor(QPalette::Highlight, bandColor(band));
    m_bar->setPalette(pal);
}

void CountdownWidget::onThreshold(Countdown::Threshold threshold)
{
    m_hasThreshold = true;
    m_lastThreshold = threshold;
    refresh();
    announce(Countdown::announcement(threshold));
}

void CountdownWidget::announce(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    // With an explicit accessible name QLabel stays silent on setText; we speak here, and only
    // here, i.e. at the thresholds.
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    emit announced(text);
}

void CountdownWidget::retranslate()
{
    m_time->setAccessibleName(tr("Time left before the token expires", "@label accessible"));
    m_bar->setAccessibleName(tr("Time left before the token expires", "@label accessible"));
    QString text;
    if (m_hasThreshold)
        text = Countdown::announcement(m_lastThreshold);
    else if (m_countdown && m_countdown->isRunning())
        text = tr("The token is valid for %n minute(s) from when it was sent.", "@info",
                  int(m_countdown->totalMs() / 60'000));
    else
        text = tr("No token has been sent yet.", "@info");
    // Retranslation is not news: update silently (no NameChanged event).
    m_status->setText(text);
    m_status->setAccessibleName(text);
    // Calm, not a threat: an expired token costs nothing but a new SMS.
    m_hint->setText(tr("Nothing changes if it expires: just send a new code.", "@info"));
}

void CountdownWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        m_bar->setProperty("snc_band_applied", false);
        applyBand(m_band);
    }
    QWidget::changeEvent(event);
}

void CountdownWidget::showEvent(QShowEvent *event)
{
    // After sleep the window is shown again: recompute at once rather than at the next tick.
    if (m_countdown)
        m_countdown->check();
    refresh();
    QWidget::showEvent(event);
}

} // namespace snc

#include "CountdownWidget.moc"
