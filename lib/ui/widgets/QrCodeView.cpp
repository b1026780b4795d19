// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeView.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace snc {

QrCodeView::QrCodeView(QWidget *parent) : QWidget(parent)
{
    setObjectName(Names::qrCodeView);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    retranslate();
}

void QrCodeView::setModules(int size, const QBitArray &dark)
{
    if (size < 0 || dark.size() != size * size) {
        size = 0;
    }
    m_size = size;
    m_dark = size ? dark : QBitArray();
    updateGeometry();
    update();
}

int QrCodeView::pixelsPerModule(qreal dpr, int availableLogical) const
{
    if (m_size == 0)
        return 0;
    const int total = m_size + 2 * QuietZoneModules;
    const int side = std::min(availableLogical, int(TargetLogicalSize));
    // Whole device pixels per module; never below one (a code smaller than asked beats none).
    return std::max(1, int(std::floor(side * dpr / total)));
}

QImage QrCodeView::renderImage(qreal dpr, int availableLogical) const
{
    if (m_size == 0)
        return {};
    const int ppm = pixelsPerModule(dpr, availableLogical);
    const int total = m_size + 2 * QuietZoneModules;
    QImage image(total * ppm, total * ppm, QImage::Format_RGB32);
    image.fill(Qt::white); // the quiet zone, whatever the palette
    const QRgb black = qRgb(0, 0, 0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!m_dark.testBit(y * m_size + x))
                continue;
            const int x0 = (x + QuietZoneModules) * ppm;
            const int y0 = (y + QuietZoneModules) * ppm;
            for (int dy = 0; dy < ppm; ++dy) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y0 + dy));
                std::fill(line + x0, line + x0 + ppm, black);
            }
        }
    }
    image.setDevicePixelRatio(dpr);
    return image;
}

QSize QrCodeView::sizeHint() const
{
    return {TargetLogicalSize, TargetLogicalSize};
}

QSize QrCodeView::minimumSizeHint() const
{
    // One device pixel per module at DPR 1 is the floor a phone can still read on screen;
    // two keeps it comfortable.
    const int side = m_size ? (m_size + 2 * QuietZoneModules) * 2 : 0;
    return {side, side};
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    if (m_size == 0)
        return;
    const qreal dpr = devicePixelRatioF();
    const QImage image = renderImage(dpr, std::min(width(), height()));
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    // Centre on a device-pixel boundary so module edges stay sharp.
    const int devX = int((width() * dpr - image.width()) / 2);
    const int devY = int((height() * dpr - image.height()) / 2);
    painter.drawImage(QPointF(std::max(0, devX) / dpr, std::max(0, devY) / dpr), image);
}

void QrCodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QrCodeView::retranslate()
{
    setAccessibleName(tr("QR code for your authenticator app", "@label accessible"));
    setAccessibleDescription(
        tr("Scan it with the authenticator app on your phone. If you cannot scan it, type the "
           "secret key shown next to it instead.",
           "@info accessible"));
}

} // namespace snc
